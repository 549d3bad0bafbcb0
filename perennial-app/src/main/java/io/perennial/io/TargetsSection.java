package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.domain.Account;
import io.perennial.domain.AssetClass;
import io.perennial.io.PlanFileModel.TargetEntry;
import io.perennial.rebalance.Band;
import io.perennial.rebalance.Target;
import io.perennial.rebalance.TargetPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan file's {@code targets:} section: the household's target policy, a list of
 * {@code {class: C}} or {@code {asset: A}} entries with {@code weight:} (a fraction of the household;
 * the weights add up to 1), an optional absolute {@code band:} (else the 5/25 rule) and an optional
 * {@code account:}. Errors name the entry's line and the fix.
 */
final class TargetsSection {

  private final FieldReader fields;

  TargetsSection(FieldReader fields) {
    this.fields = fields;
  }

  /** The policy, or empty when the file has no {@code targets:}. */
  Optional<TargetPolicy> read(List<TargetEntry> entries, Set<AssetId> universe, List<Account> accounts) {
    if (entries == null || entries.isEmpty()) {
      return Optional.empty();
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = "/targets/" + i;
      TargetEntry entry = entries.get(i);
      if (entry == null) {
        throw fields.error(at, "an empty target", "give class: or asset:, and weight:, or remove the '-' line");
      }
      if ((entry.assetClass() == null) == (entry.asset() == null)) {
        throw fields.error(at, "a target names either class: or asset:", "give one of the two");
      }
      if (entry.weight() == null || !(entry.weight() >= 0 && entry.weight() <= 1)) {
        throw fields.error(at + (entry.weight() == null ? "" : "/weight"), "a target needs weight: between 0 and 1"
            + (entry.weight() == null ? "" : ", got " + FieldReader.trim(entry.weight())), "give the target as a fraction: 0.25 = 25 %");
      }
      Target target;
      if (entry.assetClass() != null) {
        target = Target.ofClass(fields.id(AssetClass.class, at + "/class", entry.assetClass(), "asset class"), entry.weight());
      } else {
        AssetId id = fields.assetId(at + "/asset", entry.asset());
        if (!universe.contains(id)) {
          throw fields.error(at + "/asset", "the target names " + id + ", which is not in the universe",
              "name an asset of the universe");
        }
        target = Target.ofAsset(id, entry.weight());
      }
      if (entry.account() != null) {
        if (accounts.stream().noneMatch(a -> a.id().equals(entry.account()))) {
          throw fields.error(at + "/account", "the target names account " + entry.account() + ", which is not in accounts:",
              "name the id of one of the accounts");
        }
        target = target.in(entry.account());
      }
      if (entry.band() != null) {
        if (!(entry.band() > 0 && entry.band() < 1)) {
          throw fields.error(at + "/band", "a band lies between 0 and 1, got " + FieldReader.trim(entry.band()),
              "give the half-width as a fraction of the household: 0.05 = ±5 points");
        }
        target = target.withBand(new Band(entry.band()));
      }
      targets.add(target);
    }
    try {
      return Optional.of(new TargetPolicy(targets));
    } catch (InvalidInputException e) {
      throw fields.error("/targets", e.getMessage(), "correct the targets: weights are fractions of the household adding up to 1");
    }
  }
}
