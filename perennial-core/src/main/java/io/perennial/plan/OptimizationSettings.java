package io.perennial.plan;

import io.perennial.market.UniverseAsset;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Identified;
import io.perennial.tax.DeferredValuation;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a plan's allocation is optimized: the plan file's {@code optimization:} section. Rates and
 * weights are decimal fractions (0.25 = 25 %); amounts are money a year.
 *
 * @param enabled whether {@code perennial plan} optimizes at all (false: the analysis of the
 *     current holdings only)
 * @param objective what is maximised or minimised
 * @param incomeEmphasis e of {@code income-and-growth}, in [0, 1]: 0 pure real total return, 1 pure
 *     income
 * @param minIncome the after-tax income floor of {@code min-volatility}, money a year; empty: the
 *     spending the portfolio must provide after tax (coverage after tax ≥ 1)
 * @param riskFreeRate the risk-free rate of {@code max-sharpe}, a fraction per year
 * @param location whether allocation and location are decided together (true) or the allocation
 *     is chosen on pre-tax figures and placed by the classic rule of thumb (false)
 * @param deferredValuation how tax-deferred accounts are counted
 * @param withdrawalRate the tax rate of tax-deferred money when withdrawn; empty: the household's
 *     marginal ordinary rate today
 * @param yieldTraps what to do with assets the plan flags as possible yield traps
 * @param incomeGrowthFloor whether the portfolio's income must grow at least as fast as inflation
 *     + {@code incomeGrowthMargin} (rule {@code income-growth>=inflation})
 * @param incomeGrowthMargin the margin over inflation of that floor (may be negative)
 * @param realReturnFloor whether the expected return (after the tax on income) must at least
 *     match inflation + {@code realReturnMargin} (rule {@code real-return>=M})
 * @param realReturnMargin the margin of that floor
 * @param defaultMaxEachAsset the cap on each tradeable asset when the plan has no
 *     {@code max-each-asset} rule ({@code default-max-each-asset:ID}); 1 turns it off
 * @param defaultMaxEachClass the cap on each asset class the plan has no {@code max-class} or
 *     {@code min-class} rule for ({@code default-max-class:CLASS}); 1 turns it off
 * @param wholeShares whether trades are in whole shares (false: fractional shares to 1/10,000)
 * @param maxTurnover the most that may be traded, Σ|new − current| over assets and accounts, as a
 *     fraction of the household (buys plus sells); empty for no limit
 * @param targetSuccess the share of projected futures in which the {@code goal} objective's
 *     recommendation must meet the spending goal (and never less than the current holdings do), in
 *     (0, 1]
 */
public record OptimizationSettings(
    boolean enabled,
    PlanObjective objective,
    double incomeEmphasis,
    Optional<Money> minIncome,
    double riskFreeRate,
    boolean location,
    DeferredValuation deferredValuation,
    OptionalDouble withdrawalRate,
    YieldTrapHandling yieldTraps,
    boolean incomeGrowthFloor,
    double incomeGrowthMargin,
    boolean realReturnFloor,
    double realReturnMargin,
    double defaultMaxEachAsset,
    double defaultMaxEachClass,
    boolean wholeShares,
    OptionalDouble maxTurnover,
    double targetSuccess) {

  /** The default income emphasis of {@code income-and-growth}: income and real return alike. */
  public static final double DEFAULT_INCOME_EMPHASIS = 0.5;
  /** The default risk-free rate of {@code max-sharpe}, 2 % (as the optimizer's default). */
  public static final double DEFAULT_RISK_FREE_RATE = 0.02;
  /**
   * The default cap on each tradeable asset, 25 %: judgement. With four or more funds no single one
   * carries the plan; a plan can raise it (a single all-in-one fund) or write its own
   * {@code max-each-asset}.
   */
  public static final double DEFAULT_MAX_EACH_ASSET = 0.25;
  /**
   * The default cap on each asset class, 40 %: judgement, the over-concentration guard. Income
   * portfolios drift into one high-yield class (REITs, high-yield bonds, one sector of dividend
   * payers); 40 % still lets a class lead. Classes the plan limits itself, and classes of holdings
   * kept as they are (a rental property), are exempt.
   */
  public static final double DEFAULT_MAX_EACH_CLASS = 0.40;

  /**
   * The default target success of the {@code goal} objective, 90 %: the probability floor
   * goals-based planners commonly use for essential spending (a plan that fails in one future in
   * ten is revisited, not abandoned); a household already above it keeps its own margin.
   */
  public static final double DEFAULT_TARGET_SUCCESS = 0.90;

  /** Everything at its default: the goal objective, location on, guards on. */
  public static final OptimizationSettings DEFAULT = new OptimizationSettings(true, PlanObjective.GOAL,
      DEFAULT_INCOME_EMPHASIS, Optional.empty(), DEFAULT_RISK_FREE_RATE, true, DeferredValuation.TAXED_AT_WITHDRAWAL,
      OptionalDouble.empty(), YieldTrapHandling.EXCLUDE, true, 0.0, true, 0.0, DEFAULT_MAX_EACH_ASSET, DEFAULT_MAX_EACH_CLASS,
      true, OptionalDouble.empty(), DEFAULT_TARGET_SUCCESS);

  public OptimizationSettings {
    Checks.notNull(objective, "objective");
    Checks.inRange(incomeEmphasis, 0.0, 1.0, "income emphasis");
    minIncome = minIncome == null ? Optional.empty() : minIncome;
    minIncome.ifPresent(m -> Checks.check(!m.isNegative(), "minimum income must be zero or more, got " + m));
    Checks.inRange(riskFreeRate, -0.5, 1.0, "risk-free rate");
    Checks.notNull(deferredValuation, "deferred valuation");
    withdrawalRate = withdrawalRate == null ? OptionalDouble.empty() : withdrawalRate;
    withdrawalRate.ifPresent(r -> Checks.inRange(r, 0.0, 0.99, "withdrawal rate"));
    Checks.notNull(yieldTraps, "yield-trap handling");
    Checks.inRange(incomeGrowthMargin, -1.0, 1.0, "income growth margin");
    Checks.inRange(realReturnMargin, -1.0, 1.0, "real return margin");
    Checks.check(defaultMaxEachAsset > 0 && defaultMaxEachAsset <= 1, "default cap on each asset must lie in (0, 1], got "
        + defaultMaxEachAsset);
    Checks.check(defaultMaxEachClass > 0 && defaultMaxEachClass <= 1, "default cap on each class must lie in (0, 1], got "
        + defaultMaxEachClass);
    maxTurnover = maxTurnover == null ? OptionalDouble.empty() : maxTurnover;
    maxTurnover.ifPresent(t -> Checks.inRange(t, 0.0, 2.0, "turnover limit"));
    Checks.check(targetSuccess > 0.0 && targetSuccess <= 1.0, "target success must lie in (0, 1], got " + targetSuccess);
  }

  /** These settings with another objective. */
  public OptimizationSettings withObjective(PlanObjective newObjective) {
    return new OptimizationSettings(enabled, newObjective, incomeEmphasis, minIncome, riskFreeRate, location, deferredValuation,
        withdrawalRate, yieldTraps, incomeGrowthFloor, incomeGrowthMargin, realReturnFloor, realReturnMargin,
        defaultMaxEachAsset, defaultMaxEachClass, wholeShares, maxTurnover, targetSuccess);
  }

  /** These settings with another target success of the goal objective. */
  public OptimizationSettings withTargetSuccess(double target) {
    return new OptimizationSettings(enabled, objective, incomeEmphasis, minIncome, riskFreeRate, location, deferredValuation,
        withdrawalRate, yieldTraps, incomeGrowthFloor, incomeGrowthMargin, realReturnFloor, realReturnMargin,
        defaultMaxEachAsset, defaultMaxEachClass, wholeShares, maxTurnover, target);
  }

  /** These settings with whole shares on or off. */
  public OptimizationSettings withWholeShares(boolean whole) {
    return new OptimizationSettings(enabled, objective, incomeEmphasis, minIncome, riskFreeRate, location, deferredValuation,
        withdrawalRate, yieldTraps, incomeGrowthFloor, incomeGrowthMargin, realReturnFloor, realReturnMargin,
        defaultMaxEachAsset, defaultMaxEachClass, whole, maxTurnover, targetSuccess);
  }

  /** These settings with location on or off. */
  public OptimizationSettings withLocation(boolean on) {
    return new OptimizationSettings(enabled, objective, incomeEmphasis, minIncome, riskFreeRate, on, deferredValuation,
        withdrawalRate, yieldTraps, incomeGrowthFloor, incomeGrowthMargin, realReturnFloor, realReturnMargin,
        defaultMaxEachAsset, defaultMaxEachClass, wholeShares, maxTurnover, targetSuccess);
  }

  /** These settings with the default caps (1 turns one off). */
  public OptimizationSettings withDefaultCaps(double eachAsset, double eachClass) {
    return new OptimizationSettings(enabled, objective, incomeEmphasis, minIncome, riskFreeRate, location, deferredValuation,
        withdrawalRate, yieldTraps, incomeGrowthFloor, incomeGrowthMargin, realReturnFloor, realReturnMargin,
        eachAsset, eachClass, wholeShares, maxTurnover, targetSuccess);
  }

  /** These settings with the pitfall guards on or off. */
  public OptimizationSettings withGuards(boolean incomeGrowth, boolean realReturn) {
    return new OptimizationSettings(enabled, objective, incomeEmphasis, minIncome, riskFreeRate, location, deferredValuation,
        withdrawalRate, yieldTraps, incomeGrowth, incomeGrowthMargin, realReturn, realReturnMargin,
        defaultMaxEachAsset, defaultMaxEachClass, wholeShares, maxTurnover, targetSuccess);
  }

  /** What the plan's optimization maximises or minimises. */
  public enum PlanObjective implements Identified {
    /**
     * Goals-based (the default): for a household drawing income, the least volatility on the
     * after-tax efficient frontier whose projected spending is met in at least
     * {@link OptimizationSettings#targetSuccess()} of the futures and in no fewer than the current
     * holdings meet it; for a saver, the best after-tax expected return at the profile's
     * volatility that passes the same check (see {@code GoalSearch}, docs/goal.md).
     */
    GOAL("goal"),
    /** The most after-tax income (net of expected cuts) at the profile's volatility. */
    MAX_INCOME("max-income"),
    /**
     * {@code e·income + (1 − e)·(return − inflation)}, after tax, at the profile's volatility:
     * {@link OptimizationSettings#incomeEmphasis()} is e.
     */
    INCOME_AND_GROWTH("income-and-growth"),
    /** The least volatility with an after-tax income floor ({@link OptimizationSettings#minIncome()}). */
    MIN_VOLATILITY("min-volatility"),
    /** The best Sharpe ratio of the after-tax expected return, within the profile's volatility. */
    MAX_SHARPE("max-sharpe");

    private final String id;

    PlanObjective(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static PlanObjective parse(String text) {
      return Identified.parse(PlanObjective.class, text, "objective");
    }
  }

  /** What happens to assets the plan flags as possible yield traps ({@link UniverseAsset#yieldTrap()}). */
  public enum YieldTrapHandling implements Identified {
    /** Flagged assets may not be held ({@code exclude-yield-traps}); what is held is sold. */
    EXCLUDE("exclude"),
    /** Flagged assets may be held; their income counts net of their {@link UniverseAsset#expectedCut()}. */
    HAIRCUT("haircut");

    private final String id;

    YieldTrapHandling(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static YieldTrapHandling parse(String text) {
      return Identified.parse(YieldTrapHandling.class, text, "yield-trap handling");
    }
  }
}
