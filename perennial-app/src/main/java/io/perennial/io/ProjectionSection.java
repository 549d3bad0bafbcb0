package io.perennial.io;

import io.perennial.basics.InvalidInputException;
import io.perennial.domain.InvestorProfile;
import io.perennial.plan.ProjectionSettings;
import io.perennial.project.ReturnDistribution;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The {@code projection:} section of a plan file as {@link ProjectionSettings}: every field optional, each checked with the fix named. */
final class ProjectionSection {

  private final FieldReader fields;

  /** Reads the section through {@code fields}, whose errors name the file's lines. */
  ProjectionSection(FieldReader fields) {
    this.fields = fields;
  }

  /** The {@code projection:} section: every field optional, each checked with the fix named. */
  ProjectionSettings read(PlanFileModel.Projection entry, InvestorProfile profile) {
    ProjectionSettings defaults = ProjectionSettings.DEFAULTS;
    if (entry == null) {
      return defaults;
    }
    String at = "/projection";
    int paths = fields.whole(at + "/paths", entry.paths(), defaults.paths(), ProjectionSettings.MIN_PATHS,
        ProjectionSettings.MAX_PATHS, "number of paths");
    long seed = entry.seed() == null ? defaults.seed() : entry.seed();
    ReturnDistribution distribution = defaults.distribution();
    if (entry.distribution() != null) {
      try {
        distribution = ReturnDistribution.parse(entry.distribution());
      } catch (InvalidInputException e) {
        throw fields.error(at + "/distribution", "unknown distribution '" + entry.distribution() + "'",
            entry.distribution().strip().equalsIgnoreCase("normal")
                ? "use lognormal (normally distributed log returns, so prices never fall below zero) or student-t (fat tails)"
                : Suggestions.didYouMean(entry.distribution(), List.of("lognormal", "student-t")) + "use lognormal or student-t");
      }
    }
    double dof = defaults.degreesOfFreedom();
    if (entry.degreesOfFreedom() != null) {
      if (distribution != ReturnDistribution.STUDENT_T) {
        throw fields.error(at + "/degreesOfFreedom", "degreesOfFreedom is for the Student-t distribution",
            "add distribution: student-t, or remove degreesOfFreedom");
      }
      dof = entry.degreesOfFreedom();
      if (!Double.isFinite(dof) || dof <= 2.0 || dof > 1000.0) {
        throw fields.error(at + "/degreesOfFreedom", "degrees of freedom must lie above 2 and at most 1000, got " + FieldReader.trim(dof),
            "write a number such as 5 (fat tails) or 30 (close to lognormal)");
      }
    }
    ProjectionSettings.Rule rule = entry.spendingRule() == null ? defaults.spendingRule()
        : fields.id(ProjectionSettings.Rule.class, at + "/spendingRule", entry.spendingRule(), "spending rule");
    boolean rated = rule == ProjectionSettings.Rule.PERCENTAGE || rule == ProjectionSettings.Rule.GUARDRAILS;
    OptionalDouble withdrawalRate = OptionalDouble.empty();
    if (entry.withdrawalRate() != null) {
      if (!rated) {
        throw fields.error(at + "/withdrawalRate", "withdrawalRate is for the percentage and guardrails spending rules, not "
            + rule.id(), "remove withdrawalRate, or add spendingRule: percentage (or guardrails)");
      }
      double rate = fields.rate(at + "/withdrawalRate", entry.withdrawalRate(), 0.0, 0.0, 1.0, "withdrawal rate");
      if (rate <= 0.0 || rate >= 1.0) {
        throw fields.error(at + "/withdrawalRate", "the withdrawal rate must lie above 0 and below 1, got " + FieldReader.trim(rate),
            "write a yearly fraction of the portfolio such as 0.04");
      }
      withdrawalRate = OptionalDouble.of(rate);
    } else if (rated && profile.goal().yearsUntilStart() > 0) {
      throw fields.error(at + "/spendingRule", "the " + rule.id() + " rule needs a withdrawal rate when the spending starts later "
          + "(yearsUntilIncome is " + profile.goal().yearsUntilStart() + ")", "add withdrawalRate: under projection, e.g. 0.04");
    }
    double indexation = fields.rate(at + "/otherIncomeIndexation", entry.otherIncomeIndexation(), defaults.otherIncomeIndexation(),
        0.0, 1.0, "other income's indexation");
    OptionalInt startsIn = entry.otherIncomeStartsIn() == null ? OptionalInt.empty()
        : OptionalInt.of(fields.whole(at + "/otherIncomeStartsIn", entry.otherIncomeStartsIn(), 0, 0, 100,
            "years until the other income starts"));
    double inflationVolatility = fields.rate(at + "/inflationVolatility", entry.inflationVolatility(),
        defaults.inflationVolatility(), 0.0, 0.2, "inflation volatility");
    double inflationPersistence = fields.rate(at + "/inflationPersistence", entry.inflationPersistence(),
        defaults.inflationPersistence(), 0.0, 0.99, "inflation persistence");
    int rebalance = fields.whole(at + "/rebalanceEveryYears", entry.rebalanceEveryYears(), defaults.rebalanceEveryYears(), 0, 100,
        "years between rebalancings");
    double target = fields.rate(at + "/targetSuccess", entry.targetSuccess(), defaults.targetSuccess(), 0.0, 1.0, "target success");
    if (target <= 0.0) {
      throw fields.error(at + "/targetSuccess", "the target success must be more than 0", "write a share of futures such as 0.95");
    }
    try {
      boolean ratesMove = entry.ratesMove() == null ? defaults.ratesMove() : entry.ratesMove();
      return new ProjectionSettings(paths, seed, distribution, dof, rule, withdrawalRate, indexation, startsIn,
          inflationVolatility, inflationPersistence, rebalance, target, ratesMove);
    } catch (InvalidInputException e) {
      throw fields.error(at, e.getMessage(), "correct the projection section");
    }
  }
}
