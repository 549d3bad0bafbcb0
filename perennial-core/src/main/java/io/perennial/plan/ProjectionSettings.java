package io.perennial.plan;

import io.perennial.basics.Checks;
import io.perennial.domain.Identified;
import io.perennial.market.InflationRisk;
import io.perennial.project.ReturnDistribution;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How the plan's projection runs (the plan file's {@code projection:} section). Every field has a
 * default ({@link #DEFAULTS}); rates are fractions per year.
 *
 * @param paths simulated futures, 100 to 1,000,000
 * @param seed the random seed: the same seed gives the same report
 * @param distribution the shape of the yearly return shocks
 * @param degreesOfFreedom ν of the Student-t distribution, in (2, 1000] (used only with it)
 * @param spendingRule how much is spent each year
 * @param withdrawalRate for {@code percentage} and {@code guardrails}: the yearly (first-year)
 *     spending ÷ the portfolio's value, in (0, 1); empty = the spending goal ÷ today's value
 *     (allowed only when the spending has started)
 * @param otherIncomeIndexation the share of inflation the other income follows each year, in
 *     [0, 1] (1: Social Security; 0: a pension fixed in dollars)
 * @param otherIncomeStartsIn years from now until the other income is first paid, 0 to 100;
 *     empty = when the spending starts
 * @param inflationVolatility standard deviation of yearly inflation, in [0, 0.2] (0: inflation is
 *     the profile's every year)
 * @param inflationPersistence year-to-year autocorrelation of inflation, in [0, 0.99]
 * @param rebalanceEveryYears the positions return to their starting mix within each account every
 *     this many years, 0 to 100 (0 = never)
 * @param targetSuccess the share of futures the safe and perpetual withdrawal rates must succeed
 *     in, in (0, 1]
 */
public record ProjectionSettings(
    int paths,
    long seed,
    ReturnDistribution distribution,
    double degreesOfFreedom,
    Rule spendingRule,
    OptionalDouble withdrawalRate,
    double otherIncomeIndexation,
    OptionalInt otherIncomeStartsIn,
    double inflationVolatility,
    double inflationPersistence,
    int rebalanceEveryYears,
    double targetSuccess,
    boolean ratesMove) {

  /** Default number of simulated futures (see BENCHMARKS.md for the time it takes). */
  public static final int DEFAULT_PATHS = 10_000;
  /** Default seed: fixed, so that the same plan gives the same report. */
  public static final long DEFAULT_SEED = 20_260_101L;
  /** Default degrees of freedom of the Student-t distribution. */
  public static final double DEFAULT_DEGREES_OF_FREEDOM = 5.0;
  /**
   * Default volatility of inflation: 1.26 %, CPI-U 1985–2018, the window of the classes'
   * volatilities ({@link InflationRisk#VOLATILITY}, derivation there).
   */
  public static final double DEFAULT_INFLATION_VOLATILITY = InflationRisk.VOLATILITY;
  /**
   * Default persistence of inflation: 0.27, the lag-1 autocorrelation of the same years
   * ({@link InflationRisk#PERSISTENCE}).
   */
  public static final double DEFAULT_INFLATION_PERSISTENCE = InflationRisk.PERSISTENCE;
  /** Default share of futures the safe withdrawal rate must succeed in. */
  public static final double DEFAULT_TARGET_SUCCESS = 0.95;
  /** Fewest and most paths accepted. */
  public static final int MIN_PATHS = 100;
  public static final int MAX_PATHS = 1_000_000;

  /**
   * The defaults: 10,000 lognormal paths, a fixed seed, constant real spending of the goal,
   * inflation that varies (1.26 %, persistence 0.27) and moves with the returns.
   */
  public static final ProjectionSettings DEFAULTS = new ProjectionSettings(DEFAULT_PATHS, DEFAULT_SEED,
      ReturnDistribution.LOGNORMAL, DEFAULT_DEGREES_OF_FREEDOM, Rule.CONSTANT, OptionalDouble.empty(), 1.0,
      OptionalInt.empty(), DEFAULT_INFLATION_VOLATILITY, DEFAULT_INFLATION_PERSISTENCE, 1, DEFAULT_TARGET_SUCCESS,
      true);

  public ProjectionSettings {
    Checks.check(paths >= MIN_PATHS && paths <= MAX_PATHS,
        "paths must lie between " + MIN_PATHS + " and " + MAX_PATHS + ", got " + paths);
    Checks.notNull(distribution, "return distribution");
    Checks.check(degreesOfFreedom > 2.0 && degreesOfFreedom <= 1000.0,
        "Student-t degrees of freedom must lie above 2 and at most 1000, got " + degreesOfFreedom);
    Checks.notNull(spendingRule, "spending rule");
    withdrawalRate = withdrawalRate == null ? OptionalDouble.empty() : withdrawalRate;
    withdrawalRate.ifPresent(rate -> Checks.check(rate > 0.0 && rate < 1.0,
        "withdrawal rate must lie above 0 and below 1, got " + rate));
    Checks.inRange(otherIncomeIndexation, 0.0, 1.0, "other income's inflation indexation");
    otherIncomeStartsIn = otherIncomeStartsIn == null ? OptionalInt.empty() : otherIncomeStartsIn;
    otherIncomeStartsIn.ifPresent(year -> Checks.check(year >= 0 && year <= 100,
        "years until the other income starts must lie between 0 and 100, got " + year));
    Checks.inRange(inflationVolatility, 0.0, 0.2, "inflation volatility");
    Checks.inRange(inflationPersistence, 0.0, 0.99, "inflation persistence");
    Checks.check(rebalanceEveryYears >= 0 && rebalanceEveryYears <= 100,
        "years between rebalancings must lie between 0 and 100, got " + rebalanceEveryYears);
    Checks.check(targetSuccess > 0.0 && targetSuccess <= 1.0, "target success must lie above 0 and at most 1, got " + targetSuccess);
  }

  /** These settings with another number of paths. */
  public ProjectionSettings withPaths(int count) {
    return new ProjectionSettings(count, seed, distribution, degreesOfFreedom, spendingRule, withdrawalRate,
        otherIncomeIndexation, otherIncomeStartsIn, inflationVolatility, inflationPersistence, rebalanceEveryYears,
        targetSuccess, ratesMove);
  }

  /** These settings with another inflation volatility and persistence (volatility 0: constant inflation). */
  public ProjectionSettings withInflation(double volatility, double persistence) {
    return new ProjectionSettings(paths, seed, distribution, degreesOfFreedom, spendingRule, withdrawalRate,
        otherIncomeIndexation, otherIncomeStartsIn, volatility, persistence, rebalanceEveryYears, targetSuccess, ratesMove);
  }

  /** These settings with moving rates or with every yield constant. */
  public ProjectionSettings withRatesMoving(boolean moving) {
    return new ProjectionSettings(paths, seed, distribution, degreesOfFreedom, spendingRule, withdrawalRate,
        otherIncomeIndexation, otherIncomeStartsIn, inflationVolatility, inflationPersistence, rebalanceEveryYears,
        targetSuccess, moving);
  }

  /** These settings with another spending rule and withdrawal rate. */
  public ProjectionSettings withSpendingRule(Rule rule, OptionalDouble rate) {
    return new ProjectionSettings(paths, seed, distribution, degreesOfFreedom, rule, rate, otherIncomeIndexation,
        otherIncomeStartsIn, inflationVolatility, inflationPersistence, rebalanceEveryYears, targetSuccess, ratesMove);
  }

  /** How much is spent each year, after tax. */
  public enum Rule implements Identified {
    /** The spending goal every year, grown with inflation (constant real spending). */
    CONSTANT("constant"),
    /** The goal paid from income (and other income) only; principal is never sold. */
    INCOME_ONLY("income-only"),
    /** The withdrawal rate × the portfolio's value each year. */
    PERCENTAGE("percentage"),
    /** Guyton–Klinger guardrails from the withdrawal rate. */
    GUARDRAILS("guardrails");

    private final String id;

    Rule(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }
}
