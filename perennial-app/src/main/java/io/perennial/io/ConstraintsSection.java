package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.domain.AssetCategory;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Identified;
import io.perennial.io.PlanFileModel.ConstraintEntry;
import io.perennial.market.UniverseAsset;
import io.perennial.plan.ConstraintKind;
import io.perennial.plan.PlanConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code constraints:} section of a plan file as {@link PlanConstraint}s, their subjects checked against the universe and minimums against maximums. */
final class ConstraintsSection {

  private final FieldReader fields;

  /** Reads the section through {@code fields}, whose errors name the file's lines. */
  ConstraintsSection(FieldReader fields) {
    this.fields = fields;
  }

  List<PlanConstraint> read(List<ConstraintEntry> entries, Map<AssetId, UniverseAsset> universe) {
    List<PlanConstraint> constraints = new ArrayList<>();
    if (entries == null) {
      return constraints;
    }
    Set<String> names = new HashSet<>();
    Map<String, Double> minimumSums = new HashMap<>();
    Map<String, Double> minimums = new HashMap<>();
    Map<String, Integer> minimumEntries = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = "/constraints/" + i;
      ConstraintEntry entry = entries.get(i);
      if (entry == null) {
        throw fields.error(at, "an empty constraint", "give type: and limit:, or remove the '-' line");
      }
      if (entry.type() == null) {
        throw fields.error(at, "a constraint without type", "add type: with one of: " + Identified.ids(ConstraintKind.class));
      }
      ConstraintKind kind = fields.id(ConstraintKind.class, at + "/type", entry.type(), "constraint type");
      Map<String, String> subjects = new LinkedHashMap<>();
      subjects.put("class", entry.assetClass());
      subjects.put("category", entry.category());
      subjects.put("sector", entry.sector());
      subjects.put("issuer", entry.issuer());
      subjects.put("asset", entry.asset());
      String field = kind.subject().field();
      for (Map.Entry<String, String> subject : subjects.entrySet()) {
        if (subject.getValue() != null && !subject.getKey().equals(field)) {
          throw fields.error(at + "/" + subject.getKey(), "a " + kind.id() + " constraint takes no " + subject.getKey(),
              field.isEmpty() ? "remove " + subject.getKey() + ": (the rule applies to the whole portfolio)"
                  : "name its " + field + " with " + field + ": and remove " + subject.getKey() + ":");
        }
      }
      String subject = "";
      if (!field.isEmpty()) {
        String given = subjects.get(field);
        if (given == null || given.isBlank()) {
          throw fields.error(at, "a " + kind.id() + " constraint needs " + field + ":", "add " + field + ": naming the " + field);
        }
        subject = subject(at + "/" + field, kind.subject(), given.strip(), universe);
      }
      if (entry.limit() == null) {
        throw fields.error(at, "constraint " + PlanConstraint.defaultName(kind, subject) + " has no limit",
            "add limit: " + switch (kind.limit()) {
              case WEIGHT -> "as a fraction of the portfolio, e.g. 0.15";
              case RATE -> "as a yearly rate, e.g. 0.03";
              case COUNT -> "as a whole number, e.g. 12";
            });
      }
      double limit = entry.limit();
      String limitAt = at + "/limit";
      switch (kind.limit()) {
        case WEIGHT -> fields.rate(limitAt, limit, 0, 0.0, 1.0, "limit (a weight)");
        case RATE -> fields.rate(limitAt, limit, 0, -1.0, 1.0, "limit (a yearly rate)");
        case COUNT -> {
          if (!Double.isFinite(limit) || limit < 1 || limit != Math.rint(limit)) {
            throw fields.error(limitAt, "the limit of " + kind.id() + " must be a whole number of at least 1, got " + FieldReader.trim(limit),
                "write a count such as 12");
          }
        }
        default -> throw new IllegalStateException("unhandled limit " + kind.limit());
      }
      PlanConstraint constraint;
      try {
        constraint = new PlanConstraint(entry.name(), kind, subject, limit);
      } catch (InvalidInputException e) {
        throw fields.error(at, e.getMessage(), "correct the constraint");
      }
      if (!names.add(constraint.name())) {
        throw fields.error(entry.name() != null ? at + "/name" : at, "two constraints are named " + constraint.name(),
            entry.name() != null ? "give each constraint its own name" : "remove the repeated constraint, or give each a name:");
      }
      // A minimum and a maximum on the same subject must leave room.
      String key = kind.subject() + ":" + subject;
      if (kind.limit() == ConstraintKind.Limit.WEIGHT && kind.subject() != ConstraintKind.Subject.NONE) {
        if (kind.isMinimum()) {
          minimums.put(key, limit);
          minimumEntries.put(key, i);
          minimumSums.merge(kind.subject().field(), limit, Double::sum);
          if (minimumSums.get(kind.subject().field()) > 1.0 + 1e-9) {
            throw fields.error(limitAt, "the minimum weights by " + kind.subject().field() + " add up to "
                    + FieldReader.trim(minimumSums.get(kind.subject().field())) + ", more than the whole portfolio",
                "lower the minimums so that they add up to 1 or less");
          }
        }
      }
      constraints.add(constraint);
    }
    for (int i = 0; i < entries.size(); i++) {
      PlanConstraint constraint = constraints.get(i);
      if (!constraint.kind().isMinimum() && constraint.kind().limit() == ConstraintKind.Limit.WEIGHT
          && constraint.kind().subject() != ConstraintKind.Subject.NONE) {
        String key = constraint.kind().subject() + ":" + constraint.subject();
        Double minimum = minimums.get(key);
        if (minimum != null && minimum > constraint.limit() + 1e-12) {
          throw fields.error("/constraints/" + i + "/limit", constraint.name() + " allows at most " + FieldReader.trim(constraint.limit())
                  + " but constraints[" + minimumEntries.get(key) + "] asks for at least " + FieldReader.trim(minimum),
              "raise the maximum or lower the minimum");
        }
      }
    }
    return constraints;
  }

  private String subject(String at, ConstraintKind.Subject kind, String given, Map<AssetId, UniverseAsset> universe) {
    switch (kind) {
      case CLASS:
        return fields.id(AssetClass.class, at, given, "asset class").id();
      case CATEGORY:
        return fields.id(AssetCategory.class, at, given, "asset category").id();
      case ASSET: {
        AssetId id = fields.assetId(at, given);
        if (!universe.containsKey(id)) {
          throw fields.error(at, "the constraint names " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), PlanFile.ids(universe)) + "name an asset of the universe");
        }
        return id.value();
      }
      case SECTOR:
      case ISSUER: {
        boolean sector = kind == ConstraintKind.Subject.SECTOR;
        Set<String> used = new TreeSet<>();
        for (UniverseAsset candidate : universe.values()) {
          String value = sector ? candidate.asset().sector() : candidate.asset().issuer();
          if (!value.isEmpty()) {
            used.add(value);
          }
        }
        for (String value : used) {
          if (value.equalsIgnoreCase(given)) {
            return value;
          }
        }
        throw fields.error(at, "no asset in the universe has " + kind.field() + " '" + given + "'",
            used.isEmpty() ? "give the assets a " + kind.field() + ": first"
                : Suggestions.didYouMean(given, used) + "the " + kind.field() + "s in the universe are: " + String.join(", ", used));
      }
      default:
        throw new IllegalStateException("no subject expected for " + kind);
    }
  }
}
