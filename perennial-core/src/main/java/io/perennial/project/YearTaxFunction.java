package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.RequiredMinimumDistributions;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * One projected year's total tax (federal income tax + NIIT + state, all of the household
 * calculator: taxable Social Security benefits, the worksheet's stacking, every phase-out) as a
 * function of one kind of income on top of the year's other income, precomputed as a
 * piecewise-linear function so that a simulation can evaluate it in a few nanoseconds.
 *
 * <p>With everything else fixed, the calculator's tax is piecewise linear in any one amount (it is
 * made of sums, products by constants, minima and maxima). {@link #build} finds the kinks by
 * evaluating the exact calculator: from starting points every few thousand dollars, each interval
 * whose end slopes differ is split where the lines from its two ends meet (the kink, when there is
 * one) and both halves searched again, until every piece is linear: equal slopes at both ends and
 * the calculator on that line at the far end and at two interior points. The breakpoints are the calculator's exact
 * values (kink positions rounded to 10⁻⁸ dollar); between them the function is linear, as the tax
 * is. Beyond the last breakpoint (above every threshold of the year) the last slope continues.
 *
 * <p>The required minimum distribution of the year ({@link #requiredMinimum}) is the floor of
 * the variable when it is the withdrawal from tax-deferred accounts: {@link #taxOfWithdrawal}
 * takes at least that much out, as the projection does (RMDs first).
 */
public final class YearTaxFunction {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final int POSITION_SCALE = 8;
  private static final BigDecimal H = new BigDecimal("0.0001");
  private static final BigDecimal VALUE_TOLERANCE = new BigDecimal("0.000001");
  private static final BigDecimal SLOPE_TOLERANCE = new BigDecimal("0.0000001");
  private static final BigDecimal SMALLEST = new BigDecimal("0.000001");
  private static final BigDecimal PRUNE_TOLERANCE = new BigDecimal("1e-12");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal LOWER = new BigDecimal("0.381966");
  private static final BigDecimal UPPER = new BigDecimal("0.618034");

  private final int year;
  private final IncomeKind variable;
  private final BigDecimal requiredMinimum;
  private final double[] xs;
  private final double[] ys;
  private final double[] slopes;
  private final List<BigDecimal> exactXs;
  private final List<BigDecimal> exactYs;

  private YearTaxFunction(int year, IncomeKind variable, BigDecimal requiredMinimum, TreeMap<BigDecimal, BigDecimal> points,
      BigDecimal lastSlope) {
    this.year = year;
    this.variable = variable;
    this.requiredMinimum = requiredMinimum;
    prune(points);
    int n = points.size();
    this.xs = new double[n];
    this.ys = new double[n];
    this.slopes = new double[n];
    this.exactXs = List.copyOf(points.keySet());
    this.exactYs = List.copyOf(points.values());
    for (int i = 0; i < n; i++) {
      xs[i] = exactXs.get(i).doubleValue();
      ys[i] = exactYs.get(i).doubleValue();
    }
    for (int i = 0; i + 1 < n; i++) {
      slopes[i] = exactYs.get(i + 1).subtract(exactYs.get(i)).divide(exactXs.get(i + 1).subtract(exactXs.get(i)), MC)
          .doubleValue();
    }
    slopes[n - 1] = lastSlope.doubleValue();
  }

  /** Drops the points where the slope does not change (the search's splits that were no kinks). */
  private static void prune(TreeMap<BigDecimal, BigDecimal> points) {
    List<BigDecimal> x = new ArrayList<>(points.keySet());
    for (int i = 1; i + 1 < x.size(); i++) {
      BigDecimal left = slope(points, x.get(i - 1), x.get(i));
      BigDecimal right = slope(points, x.get(i), x.get(i + 1));
      if (left.subtract(right).abs().compareTo(PRUNE_TOLERANCE) <= 0) {
        points.remove(x.get(i));
        x.remove(i);
        i--;
      }
    }
  }

  private static BigDecimal slope(TreeMap<BigDecimal, BigDecimal> points, BigDecimal a, BigDecimal b) {
    return points.get(b).subtract(points.get(a)).divide(b.subtract(a), MC);
  }

  /**
   * The tax of a year as a function of {@code variable} added to {@code fixed}.
   *
   * @param rules the year's rules (for a projected year, {@link IndexedTaxRules#of})
   * @param filer the household that year (its ages that year)
   * @param fixed the year's other income (benefits, pensions, dividends, ...), without the variable
   * @param variable the kind the function is of, e.g. {@link IncomeKind#RETIREMENT_WITHDRAWALS};
   *     one whose amount may not be negative
   * @param requiredMinimum the year's required minimum distribution (zero when none), dollars
   */
  public static YearTaxFunction build(TaxYearRules rules, TaxFiler filer, HouseholdIncome fixed, IncomeKind variable,
      BigDecimal requiredMinimum) {
    Checks.notNull(rules, "tax rules");
    Checks.notNull(filer, "filer");
    Checks.notNull(fixed, "fixed income");
    Checks.notNull(variable, "variable income kind");
    Checks.check(!variable.mayBeNegative(), "the variable of a year's tax function is an amount of zero or more, not "
        + variable.id());
    Checks.check(fixed.amount(variable).signum() == 0, "the fixed income already holds " + variable.id()
        + "; leave it out of the fixed income, it is the variable");
    Checks.notNull(requiredMinimum, "required minimum distribution");
    Checks.check(requiredMinimum.signum() >= 0, "the required minimum distribution must be zero or more");
    Finder finder = new Finder(rules, filer, fixed, variable);
    BigDecimal top = upperBound(rules, filer, fixed);
    for (BigDecimal seed : seeds(top)) {
      finder.point(seed);
    }
    List<BigDecimal> seeded = new ArrayList<>(finder.points.keySet());
    for (int i = 0; i + 1 < seeded.size(); i++) {
      BigDecimal a = seeded.get(i);
      BigDecimal b = seeded.get(i + 1);
      finder.search(a, finder.rightSlope(a), b, finder.leftSlope(b), 0);
    }
    return new YearTaxFunction(rules.year(), variable, requiredMinimum, finder.points, finder.rightSlope(top));
  }

  /**
   * The required minimum distribution of a year: the sum over the household's tax-deferred
   * accounts of each one's (prior year-end balance ÷ its owner's divisor).
   *
   * @param year the distribution year
   * @param birthYears the owner's year of birth of each account
   * @param priorYearEndBalances each account's balance on 31 December of the year before, dollars
   */
  public static BigDecimal requiredMinimum(int year, int[] birthYears, BigDecimal[] priorYearEndBalances) {
    Checks.check(birthYears.length == priorYearEndBalances.length, "one birth year per account balance");
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < birthYears.length; i++) {
      total = total.add(RequiredMinimumDistributions.required(birthYears[i], year, priorYearEndBalances[i]).required());
    }
    return total;
  }

  /** The tax year. */
  public int year() {
    return year;
  }

  /** The kind of income the function is of. */
  public IncomeKind variable() {
    return variable;
  }

  /** The year's required minimum distribution, dollars. */
  public BigDecimal requiredMinimum() {
    return requiredMinimum;
  }

  /** The total tax with {@code amount} dollars of the variable (zero or more). */
  public double tax(double amount) {
    checkAmount(amount);
    int i = segment(amount);
    return ys[i] + slopes[i] * (amount - xs[i]);
  }

  /** The tax when {@code planned} dollars are to be withdrawn: at least the required minimum is. */
  public double taxOfWithdrawal(double planned) {
    return tax(Math.max(planned, requiredMinimum.doubleValue()));
  }

  /** The tax on the next dollar of the variable at {@code amount}: the slope to the right. */
  public double marginalRate(double amount) {
    checkAmount(amount);
    return slopes[segment(amount)];
  }

  /** The breakpoints (dollars of the variable), ascending, the first 0. */
  public List<BigDecimal> breakpoints() {
    return exactXs;
  }

  /** The exact tax at each breakpoint. */
  public List<BigDecimal> valuesAtBreakpoints() {
    return exactYs;
  }

  private static void checkAmount(double amount) {
    if (!(amount >= 0.0) || amount == Double.POSITIVE_INFINITY) {
      throw new InvalidInputException("the amount must be finite and zero or more, got " + amount);
    }
  }

  private int segment(double amount) {
    int i = Arrays.binarySearch(xs, amount);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /**
   * An amount of the variable above which the tax has no more kinks: beyond every bracket floor,
   * capital-gain band, deduction, phase-out and threshold of the year, and the benefits fully
   * phased in, whatever the other income.
   */
  private static BigDecimal upperBound(TaxYearRules rules, TaxFiler filer, HouseholdIncome fixed) {
    var status = rules.rules(filer);
    List<io.perennial.tax.TaxBracket> brackets = status.schedule().brackets();
    BigDecimal highest = brackets.get(brackets.size() - 1).floor().max(status.capitalGainFifteenRateMax())
        .max(status.niitThreshold()).max(new BigDecimal("250000"));
    BigDecimal deductions = status.standardDeduction().add(status.additionalStandardDeduction().multiply(TWO))
        .add(rules.seniorDeductionAmount().multiply(TWO)).add(filer.itemizedDeductions());
    BigDecimal losses = BigDecimal.ZERO;
    for (IncomeKind kind : IncomeKind.values()) {
      BigDecimal amount = fixed.amount(kind);
      if (amount.signum() < 0) {
        losses = losses.add(amount.negate());
      }
    }
    BigDecimal bound = highest.add(deductions).add(losses).add(fixed.amount(IncomeKind.SOCIAL_SECURITY).multiply(TWO))
        .add(status.benefitAdjustedBaseAmount()).add(new BigDecimal("100000"));
    return bound.multiply(TWO).setScale(0, RoundingMode.CEILING);
  }

  /** Starting points: every 5,000 to 250,000, every 25,000 to 1,000,000, then doubling to the bound. */
  private static List<BigDecimal> seeds(BigDecimal top) {
    List<BigDecimal> seeds = new ArrayList<>();
    for (int x = 0; x < 250_000; x += 5_000) {
      seeds.add(BigDecimal.valueOf(x));
    }
    for (int x = 250_000; x < 1_000_000; x += 25_000) {
      seeds.add(BigDecimal.valueOf(x));
    }
    for (BigDecimal x = BigDecimal.valueOf(1_000_000); x.compareTo(top) < 0; x = x.multiply(TWO)) {
      seeds.add(x);
    }
    seeds.removeIf(x -> x.compareTo(top) >= 0);
    seeds.add(top);
    return seeds;
  }

  /** The exact calculator at points of the variable, and the search for kinks between them. */
  private static final class Finder {
    private final TaxYearRules rules;
    private final TaxFiler filer;
    private final HouseholdIncome fixed;
    private final IncomeKind variable;
    final TreeMap<BigDecimal, BigDecimal> points = new TreeMap<>();

    Finder(TaxYearRules rules, TaxFiler filer, HouseholdIncome fixed, IncomeKind variable) {
      this.rules = rules;
      this.filer = filer;
      this.fixed = fixed;
      this.variable = variable;
    }

    BigDecimal tax(BigDecimal x) {
      return HouseholdTaxCalculator.exactTotalTax(fixed.plus(variable, x), filer, rules);
    }

    BigDecimal point(BigDecimal x) {
      BigDecimal key = x.setScale(POSITION_SCALE, RoundingMode.HALF_UP);
      return points.computeIfAbsent(key, this::tax);
    }

    BigDecimal rightSlope(BigDecimal x) {
      return tax(x.add(H)).subtract(point(x)).divide(H, MC);
    }

    BigDecimal leftSlope(BigDecimal x) {
      return x.signum() == 0 ? rightSlope(x) : point(x).subtract(tax(x.subtract(H))).divide(H, MC);
    }

    /**
     * Kinks strictly between a and b, given the slope just right of a and just left of b. An
     * interval is taken as linear when both slopes agree and the calculator lies on that line at b
     * and at two interior points (0.382 and 0.618 of the way, away from the round numbers of the
     * thresholds); otherwise it is split where the two end lines meet (the kink, when there is one)
     * or in the middle, and both halves are searched.
     */
    void search(BigDecimal a, BigDecimal sa, BigDecimal b, BigDecimal sb, int depth) {
      BigDecimal width = b.subtract(a);
      if (width.compareTo(SMALLEST) <= 0 || depth > 200) {
        return;
      }
      BigDecimal fa = point(a);
      boolean sameSlope = sa.subtract(sb).abs().compareTo(SLOPE_TOLERANCE) <= 0;
      if (sameSlope && onLine(fa, sa, a, b, point(b)) && onLine(fa, sa, a, at(a, width, LOWER), tax(at(a, width, LOWER)))
          && onLine(fa, sa, a, at(a, width, UPPER), tax(at(a, width, UPPER)))) {
        return;
      }
      BigDecimal split = mid(a, b);
      if (!sameSlope) {
        // where the line from a and the line from b meet: the kink, if there is only one
        BigDecimal x = point(b).subtract(fa).add(sa.multiply(a)).subtract(sb.multiply(b)).divide(sa.subtract(sb), MC)
            .setScale(POSITION_SCALE, RoundingMode.HALF_UP);
        if (x.compareTo(a.add(SMALLEST)) > 0 && x.compareTo(b.subtract(SMALLEST)) < 0) {
          split = x;
        }
      }
      point(split);
      search(a, sa, split, leftSlope(split), depth + 1);
      search(split, rightSlope(split), b, sb, depth + 1);
    }

    private static BigDecimal at(BigDecimal a, BigDecimal width, BigDecimal share) {
      return a.add(width.multiply(share)).setScale(POSITION_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal mid(BigDecimal a, BigDecimal b) {
      return a.add(b).divide(TWO).setScale(POSITION_SCALE, RoundingMode.HALF_UP);
    }

    /** Whether (x, fx) lies on the line through (x0, f0) with slope s. */
    private static boolean onLine(BigDecimal f0, BigDecimal s, BigDecimal x0, BigDecimal x, BigDecimal fx) {
      return f0.add(s.multiply(x.subtract(x0))).subtract(fx).abs().compareTo(VALUE_TOLERANCE) <= 0;
    }
  }
}
