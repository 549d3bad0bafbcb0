package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.market.UniverseAsset;
import io.perennial.plan.OptimizationSettings.PlanObjective;
import io.perennial.plan.OptimizationSettings.YieldTrapHandling;
import io.perennial.plan.OptimizationSettings;
import io.perennial.tax.DeferredValuation;
import java.util.Map;
import java.util.OptionalDouble;

/** The {@code optimization:} section of a plan file as {@link OptimizationSettings}; every field optional. */
final class OptimizationSection {

  private final FieldReader fields;

  /** Reads the section through {@code fields}, whose errors name the file's lines. */
  OptimizationSection(FieldReader fields) {
    this.fields = fields;
  }

  /** The optimization section; every field optional. */
  OptimizationSettings read(PlanFileModel.Optimization entry, Map<AssetId, UniverseAsset> universe) {
    OptimizationSettings d = OptimizationSettings.DEFAULT;
    if (entry == null) {
      return d;
    }
    String at = "/optimization";
    PlanObjective objective = entry.objective() == null ? d.objective()
        : fields.id(PlanObjective.class, at + "/objective", entry.objective(), "objective");
    if (entry.incomeEmphasis() != null && objective != PlanObjective.INCOME_AND_GROWTH) {
      throw fields.error(at + "/incomeEmphasis", "incomeEmphasis is the parameter of income-and-growth, not of " + objective.id(),
          "remove incomeEmphasis, or set objective: income-and-growth");
    }
    if (entry.minIncome() != null && objective != PlanObjective.MIN_VOLATILITY) {
      throw fields.error(at + "/minIncome", "minIncome is the income floor of min-volatility, not of " + objective.id(),
          "remove minIncome, or set objective: min-volatility");
    }
    if (entry.riskFreeRate() != null && objective != PlanObjective.MAX_SHARPE) {
      throw fields.error(at + "/riskFreeRate", "riskFreeRate is the parameter of max-sharpe, not of " + objective.id(),
          "remove riskFreeRate, or set objective: max-sharpe");
    }
    double emphasis = fields.rate(at + "/incomeEmphasis", entry.incomeEmphasis(), d.incomeEmphasis(), 0.0, 1.0, "income emphasis");
    java.util.Optional<Money> minIncome = entry.minIncome() == null ? java.util.Optional.empty()
        : java.util.Optional.of(fields.amount(at + "/minIncome", entry.minIncome(), null));
    double riskFree = fields.rate(at + "/riskFreeRate", entry.riskFreeRate(), d.riskFreeRate(), -0.05, 0.25, "risk-free rate");
    DeferredValuation valuation = entry.deferredValuation() == null ? d.deferredValuation()
        : fields.id(DeferredValuation.class, at + "/deferredValuation", entry.deferredValuation(), "deferred valuation");
    OptionalDouble withdrawal = fields.optionalRate(at + "/withdrawalRate", entry.withdrawalRate(), 0.0, 0.9, "withdrawal rate");
    YieldTrapHandling traps = entry.yieldTraps() == null ? d.yieldTraps()
        : fields.id(YieldTrapHandling.class, at + "/yieldTraps", entry.yieldTraps(), "yield-trap handling");
    if (traps == YieldTrapHandling.HAIRCUT) {
      for (UniverseAsset candidate : universe.values()) {
        if (candidate.yieldTrap() && candidate.expectedCut() == 0.0) {
          throw fields.error(at + "/yieldTraps", "yieldTraps: haircut, but " + candidate.asset().id()
                  + " is flagged as a possible yield trap without an expectedCut",
              "give " + candidate.asset().id() + " an expectedCut (the share of its income expected to be cut, e.g. 0.3),"
                  + " or use yieldTraps: exclude");
        }
      }
    }
    double growthMargin = fields.rate(at + "/incomeGrowthMargin", entry.incomeGrowthMargin(), 0.0, -0.2, 0.2, "income growth margin");
    double returnMargin = fields.rate(at + "/realReturnMargin", entry.realReturnMargin(), 0.0, -0.2, 0.2, "real return margin");
    double eachAsset = fields.rate(at + "/defaultMaxEachAsset", entry.defaultMaxEachAsset(), d.defaultMaxEachAsset(), 0.0, 1.0,
        "default cap on each asset");
    double eachClass = fields.rate(at + "/defaultMaxEachClass", entry.defaultMaxEachClass(), d.defaultMaxEachClass(), 0.0, 1.0,
        "default cap on each class");
    if (eachAsset == 0.0) {
      throw fields.error(at + "/defaultMaxEachAsset", "a cap of 0 would allow no asset", "give a fraction above 0 (1 turns the cap off)");
    }
    if (eachClass == 0.0) {
      throw fields.error(at + "/defaultMaxEachClass", "a cap of 0 would allow no class", "give a fraction above 0 (1 turns the cap off)");
    }
    OptionalDouble turnover = fields.optionalRate(at + "/maxTurnover", entry.maxTurnover(), 0.0, 2.0, "turnover limit");
    if (entry.targetSuccess() != null && objective != PlanObjective.GOAL) {
      throw fields.error(at + "/targetSuccess", "targetSuccess is the parameter of goal, not of " + objective.id(),
          "remove targetSuccess, or set objective: goal");
    }
    double target = fields.rate(at + "/targetSuccess", entry.targetSuccess(), d.targetSuccess(), 0.0, 1.0, "target success");
    if (target == 0.0) {
      throw fields.error(at + "/targetSuccess", "a target success of 0 asks nothing of the plan",
          "give the share of futures that must meet the goal, e.g. 0.9");
    }
    try {
      return new OptimizationSettings(entry.enabled() == null || entry.enabled(), objective, emphasis, minIncome, riskFree,
          entry.location() == null ? d.location() : entry.location(), valuation, withdrawal, traps,
          entry.incomeGrowthFloor() == null ? d.incomeGrowthFloor() : entry.incomeGrowthFloor(), growthMargin,
          entry.realReturnFloor() == null ? d.realReturnFloor() : entry.realReturnFloor(), returnMargin, eachAsset, eachClass,
          entry.wholeShares() == null ? d.wholeShares() : entry.wholeShares(), turnover, target);
    } catch (InvalidInputException e) {
      throw fields.error(at, e.getMessage(), "correct the optimization section");
    }
  }
}
