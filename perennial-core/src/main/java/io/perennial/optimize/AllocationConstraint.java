package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named rule the weights must follow. Names are what an infeasible result reports
 * ({@code max-class:reits}, {@code income-growth>=inflation}, {@code volatility<=0.12}); the
 * factories make the standard names, the record constructors take any non-blank name. Every
 * constraint only removes allocations (relaxing one never shrinks the feasible set), which is what
 * lets the optimizer find the smallest conflicting set. Weights w are fractions of the portfolio.
 */
public sealed interface AllocationConstraint {

  /** The name reported in results and conflicts. */
  String name();

  /** A one-line statement for people, e.g. "class reits ≤ 20 %". */
  String describe();

  /** Whether the constraint needs integer variables (mixed-integer solve). */
  default boolean isInteger() {
    return false;
  }

  /** The sum of weights equals {@code total}: 1 for a fully invested portfolio, 0 for market-neutral. */
  record Budget(String name, double total) implements AllocationConstraint {
    public Budget {
      Checks.notBlank(name, "constraint name");
      Checks.finite(total, "budget total");
    }

    @Override
    public String describe() {
      return "weights sum to " + number(total);
    }
  }

  /** Every weight lies in [lower, upper] (±∞ for none): {@code weight-bounds}. */
  record WeightBounds(String name, double lower, double upper) implements AllocationConstraint {
    public WeightBounds {
      Checks.notBlank(name, "constraint name");
      checkRange(lower, upper, name);
    }

    @Override
    public String describe() {
      return "each weight in [" + number(lower) + ", " + number(upper) + "]";
    }
  }

  /** One asset's weight lies in [lower, upper], on top of the general bounds: {@code bounds:SCHD}. */
  record AssetBounds(String name, AssetId asset, double lower, double upper) implements AllocationConstraint {
    public AssetBounds {
      Checks.notBlank(name, "constraint name");
      Checks.notNull(asset, "asset of " + name);
      checkRange(lower, upper, name);
    }

    @Override
    public String describe() {
      return asset + " weight in [" + number(lower) + ", " + number(upper) + "]";
    }
  }

  /**
   * The total weight of the assets whose {@code kind} tag equals {@code group} lies in
   * [lower, upper]: {@code max-class:reits}, {@code min-sector:utilities}, {@code max-issuer:vanguard}.
   */
  record GroupBounds(String name, GroupKind kind, String group, double lower, double upper) implements AllocationConstraint {
    public GroupBounds {
      Checks.notBlank(name, "constraint name");
      Checks.notNull(kind, "group kind of " + name);
      Checks.notBlank(group, "group of " + name);
      checkRange(lower, upper, name);
    }

    @Override
    public String describe() {
      String what = kind.id() + " " + group;
      if (lower == Double.NEGATIVE_INFINITY || lower == 0.0) {
        return what + " ≤ " + number(upper);
      }
      if (upper == Double.POSITIVE_INFINITY) {
        return what + " ≥ " + number(lower);
      }
      return what + " in [" + number(lower) + ", " + number(upper) + "]";
    }
  }

  /** Portfolio volatility √(wᵀΣw) at most {@code volatility}: {@code volatility<=0.12}. */
  record MaxVolatility(String name, double volatility) implements AllocationConstraint {
    public MaxVolatility {
      Checks.notBlank(name, "constraint name");
      Checks.positive(volatility, "volatility cap of " + name);
    }

    @Override
    public String describe() {
      return "volatility ≤ " + number(volatility);
    }
  }

  /** Expected return μᵀw at least {@code minimum}: {@code return>=0.05}. */
  record MinReturn(String name, double minimum) implements AllocationConstraint {
    public MinReturn {
      Checks.notBlank(name, "constraint name");
      Checks.finite(minimum, "minimum return of " + name);
    }

    @Override
    public String describe() {
      return "expected return ≥ " + number(minimum);
    }
  }

  /**
   * The expected return beats inflation by at least {@code margin}: μᵀw ≥ inflation + margin. With
   * margin 0 this is exactly a real return (1 + μᵀw)/(1 + inflation) − 1 ≥ 0: the principal keeps
   * its purchasing power ({@code real-return>=0}).
   */
  record RealReturnFloor(String name, double inflation, double margin) implements AllocationConstraint {
    public RealReturnFloor {
      Checks.notBlank(name, "constraint name");
      Checks.finite(inflation, "inflation of " + name);
      Checks.finite(margin, "margin of " + name);
    }

    @Override
    public String describe() {
      return "expected return ≥ inflation " + number(inflation) + (margin == 0 ? "" : " + " + number(margin));
    }
  }

  /**
   * The portfolio's income grows at least as fast as inflation + margin. Portfolio income growth is
   * the income-weighted growth Σ wᵢ·incᵢ·gᵢ / Σ wᵢ·incᵢ, so the floor is the linear row
   * Σ wᵢ·incᵢ·(gᵢ − inflation − margin) ≥ 0: {@code income-growth>=inflation}.
   */
  record IncomeGrowthFloor(String name, double inflation, double margin) implements AllocationConstraint {
    public IncomeGrowthFloor {
      Checks.notBlank(name, "constraint name");
      Checks.finite(inflation, "inflation of " + name);
      Checks.finite(margin, "margin of " + name);
    }

    @Override
    public String describe() {
      return "income growth ≥ inflation " + number(inflation) + (margin == 0 ? "" : " + " + number(margin));
    }
  }

  /** Expected after-tax income incᵀw at least {@code minimum} (a yield): {@code income>=0.04}. */
  record MinIncome(String name, double minimum) implements AllocationConstraint {
    public MinIncome {
      Checks.notBlank(name, "constraint name");
      Checks.finite(minimum, "minimum income of " + name);
    }

    @Override
    public String describe() {
      return "after-tax income ≥ " + number(minimum);
    }
  }

  /**
   * The total weight of assets flagged as possible yield traps at most {@code maxWeight}; 0
   * excludes them: {@code exclude-yield-traps} or {@code max-yield-traps:0.05}.
   */
  record YieldTrapLimit(String name, double maxWeight) implements AllocationConstraint {
    public YieldTrapLimit {
      Checks.notBlank(name, "constraint name");
      Checks.nonNegative(maxWeight, "maximum yield-trap weight of " + name);
    }

    @Override
    public String describe() {
      return maxWeight == 0 ? "no assets flagged as yield traps" : "flagged yield traps ≤ " + number(maxWeight);
    }
  }

  /**
   * Turnover against the current weights, Σ|wᵢ − currentᵢ|, at most {@code limit} (buys plus sells
   * as a fraction of the portfolio; moving 10 % from one asset to another is 0.2):
   * {@code turnover<=0.2}. Needs current weights in the problem.
   */
  record MaxTurnover(String name, double limit) implements AllocationConstraint {
    public MaxTurnover {
      Checks.notBlank(name, "constraint name");
      Checks.nonNegative(limit, "turnover limit of " + name);
    }

    @Override
    public String describe() {
      return "turnover ≤ " + number(limit);
    }
  }

  /**
   * A general linear rule: lower ≤ Σ coefficientᵢ·wᵢ ≤ upper over the named assets (assets not
   * named count zero; ±∞ for no bound). Models built on the allocation problem compile their own
   * rules to it; asset location, for instance, makes {@code balance:roth} (the Roth account's
   * weights sum to its share of the household) and {@code weight-bounds:SCHD} (SCHD's weights over
   * all accounts within the household's bounds) this way.
   *
   * @param name the name reported in results and conflicts
   * @param coefficients the coefficient of each asset, finite, in a stable order
   * @param lower the lower bound (may be −∞)
   * @param upper the upper bound (may be +∞)
   * @param description the rule in words for people, e.g. "Roth IRA holds 0.2 of the household"
   */
  record Linear(String name, Map<AssetId, Double> coefficients, double lower, double upper, String description)
      implements AllocationConstraint {
    public Linear {
      Checks.notBlank(name, "constraint name");
      Checks.notNull(coefficients, "coefficients of " + name);
      Map<AssetId, Double> copy = new LinkedHashMap<>();
      for (Map.Entry<AssetId, Double> entry : coefficients.entrySet()) {
        Checks.notNull(entry.getKey(), "asset of " + name);
        copy.put(entry.getKey(), Checks.finite(Checks.notNull(entry.getValue(), "coefficient of " + entry.getKey()),
            "coefficient of " + entry.getKey() + " in " + name));
      }
      coefficients = Collections.unmodifiableMap(copy);
      checkRange(lower, upper, name);
      description = description == null || description.isBlank()
          ? "a linear rule in [" + number(lower) + ", " + number(upper) + "]" : description;
    }

    @Override
    public String describe() {
      return description;
    }
  }

  /** Each weight is either 0 or at least {@code minimum} (mixed-integer): {@code min-position:0.02}. */
  record MinPosition(String name, double minimum) implements AllocationConstraint {
    public MinPosition {
      Checks.notBlank(name, "constraint name");
      Checks.inRange(minimum, 0.0, 1.0, "minimum position of " + name);
    }

    @Override
    public String describe() {
      return "each position 0 or ≥ " + number(minimum);
    }

    @Override
    public boolean isInteger() {
      return true;
    }
  }

  /** At most {@code count} assets with a non-zero weight (mixed-integer): {@code max-holdings:20}. */
  record MaxHoldings(String name, int count) implements AllocationConstraint {
    public MaxHoldings {
      Checks.notBlank(name, "constraint name");
      Checks.positive(count, "maximum number of holdings of " + name);
    }

    @Override
    public String describe() {
      return "at most " + count + " holdings";
    }

    @Override
    public boolean isInteger() {
      return true;
    }
  }

  // ----- factories with the standard names -----

  /** {@code budget}: weights sum to 1. */
  static Budget fullyInvested() {
    return new Budget("budget", 1.0);
  }

  /** {@code budget}: weights sum to 0 (long-short, market-neutral). */
  static Budget marketNeutral() {
    return new Budget("budget", 0.0);
  }

  /** {@code weight-bounds}: every weight in [lower, upper]. */
  static WeightBounds weightBounds(double lower, double upper) {
    return new WeightBounds("weight-bounds", lower, upper);
  }

  /** {@code bounds:ID}. */
  static AssetBounds assetBounds(AssetId asset, double lower, double upper) {
    return new AssetBounds("bounds:" + asset, asset, lower, upper);
  }

  /** {@code max-class:GROUP}, {@code max-sector:GROUP} or {@code max-issuer:GROUP}. */
  static GroupBounds maxGroup(GroupKind kind, String group, double upper) {
    return new GroupBounds("max-" + kind.id() + ":" + group, kind, group, Double.NEGATIVE_INFINITY, upper);
  }

  /** {@code min-class:GROUP} and so on. */
  static GroupBounds minGroup(GroupKind kind, String group, double lower) {
    return new GroupBounds("min-" + kind.id() + ":" + group, kind, group, lower, Double.POSITIVE_INFINITY);
  }

  /** {@code max-class:GROUP}. */
  static GroupBounds maxClass(String assetClass, double upper) {
    return maxGroup(GroupKind.ASSET_CLASS, assetClass, upper);
  }

  /** {@code min-class:GROUP}. */
  static GroupBounds minClass(String assetClass, double lower) {
    return minGroup(GroupKind.ASSET_CLASS, assetClass, lower);
  }

  /** {@code volatility<=V}. */
  static MaxVolatility maxVolatility(double volatility) {
    return new MaxVolatility("volatility<=" + number(volatility), volatility);
  }

  /** {@code return>=R}. */
  static MinReturn minReturn(double minimum) {
    return new MinReturn("return>=" + number(minimum), minimum);
  }

  /** {@code real-return>=0} (margin 0) or {@code real-return>=M}. */
  static RealReturnFloor realReturnFloor(double inflation, double margin) {
    return new RealReturnFloor("real-return>=" + number(margin), inflation, margin);
  }

  /** {@code income-growth>=inflation} (margin 0) or {@code income-growth>=inflation+M}. */
  static IncomeGrowthFloor incomeGrowthFloor(double inflation, double margin) {
    return new IncomeGrowthFloor("income-growth>=inflation" + (margin == 0 ? "" : (margin > 0 ? "+" : "") + number(margin)),
        inflation, margin);
  }

  /** {@code income>=Y}. */
  static MinIncome minIncome(double minimum) {
    return new MinIncome("income>=" + number(minimum), minimum);
  }

  /** {@code exclude-yield-traps}. */
  static YieldTrapLimit excludeYieldTraps() {
    return new YieldTrapLimit("exclude-yield-traps", 0.0);
  }

  /** {@code max-yield-traps:W}. */
  static YieldTrapLimit maxYieldTraps(double maxWeight) {
    return new YieldTrapLimit("max-yield-traps:" + number(maxWeight), maxWeight);
  }

  /** {@code turnover<=L}. */
  static MaxTurnover maxTurnover(double limit) {
    return new MaxTurnover("turnover<=" + number(limit), limit);
  }

  /** {@code min-position:M}. */
  static MinPosition minPosition(double minimum) {
    return new MinPosition("min-position:" + number(minimum), minimum);
  }

  /** {@code max-holdings:K}. */
  static MaxHoldings maxHoldings(int count) {
    return new MaxHoldings("max-holdings:" + count, count);
  }

  /** A number as short plain text: 0.12 → "0.12", 1.0 → "1", ∞ → "inf". */
  static String number(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "inf";
    }
    if (value == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static void checkRange(double lower, double upper, String name) {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper
        || lower == Double.POSITIVE_INFINITY || upper == Double.NEGATIVE_INFINITY) {
      throw new InvalidInputException(name + ": bounds must satisfy lower ≤ upper, got [" + lower + ", " + upper + "]");
    }
  }
}
