package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The household calculator's total tax (federal + NIIT + state) of every year of a projection, as
 * one precomputed piecewise-linear table per year ({@link YearTaxFunction}) of one kind of income
 * (usually the withdrawals from tax-deferred accounts) on top of that year's other income, so that
 * a simulation can tax each simulated year in a few nanoseconds without allocating.
 *
 * <p>Year t (0 = {@code firstYear}) is built on the planned path: the base rules indexed by the
 * planned price level F<sub>t</sub> = (1 + inflation)<sup>firstYear + t − base year</sup>
 * ({@link IndexedTaxRules}), the filer of that year (its ages) and that year's other income in
 * that year's money on the planned path. A simulated path whose price level in year t is
 * r × F<sub>t</sub> (r = {@code priceRatio}, the path's cumulative inflation over the planned one)
 * is taxed as r × table<sub>t</sub>(amount ÷ r): its bracket floors, deductions and capital-gain
 * bands are indexed exactly by the path's inflation, and its other income is taken to move with
 * the price level (as indexed benefits do). The figures the Code does not index (NIIT thresholds,
 * the benefits' base amounts, the senior deduction) then move with r too: the table is exact, to
 * the cent, when r = 1 (a path with the planned inflation, e.g. inflation held fixed), and off by
 * at most the effect of such a threshold moved by r − 1 otherwise.
 *
 * <p>Read-only after {@link #build}; safe to share between simulation threads.
 */
public final class ProjectedYearTaxes {

  private final int firstYear;
  private final IncomeKind variable;
  private final double[][] xs;
  private final double[][] ys;
  private final double[][] slopes;
  /** Per year and breakpoint: the amount left after the tax it adds, x − (tax(x) − tax(0)). */
  private final double[][] nets;

  private ProjectedYearTaxes(int firstYear, IncomeKind variable, List<YearTaxFunction> functions) {
    this.firstYear = firstYear;
    this.variable = variable;
    int years = functions.size();
    this.xs = new double[years][];
    this.ys = new double[years][];
    this.slopes = new double[years][];
    this.nets = new double[years][];
    for (int t = 0; t < years; t++) {
      YearTaxFunction f = functions.get(t);
      int n = f.breakpoints().size();
      xs[t] = new double[n];
      ys[t] = new double[n];
      slopes[t] = new double[n];
      nets[t] = new double[n];
      for (int i = 0; i < n; i++) {
        xs[t][i] = f.breakpoints().get(i).doubleValue();
        ys[t][i] = f.valuesAtBreakpoints().get(i).doubleValue();
        slopes[t][i] = f.marginalRate(xs[t][i]);
        nets[t][i] = xs[t][i] - (ys[t][i] - ys[t][0]);
      }
    }
  }

  /**
   * The tables of {@code filers.size()} projected years from {@code firstYear}.
   *
   * @param base the rules of the latest year with data (not after {@code firstYear})
   * @param firstYear the calendar year of projection year 0
   * @param inflation the planned inflation per year (0.025 = 2.5 %), above −1
   * @param filers the household of each projected year (its ages that year), one per year
   * @param otherIncome each year's income besides the variable, in that year's money on the planned
   *     path (benefits, pensions, dividends, ...), one per year; none of it of the {@code variable} kind
   * @param variable the kind the tables are of, e.g. {@link IncomeKind#RETIREMENT_WITHDRAWALS}
   */
  public static ProjectedYearTaxes build(TaxYearRules base, int firstYear, double inflation, List<TaxFiler> filers,
      List<HouseholdIncome> otherIncome, IncomeKind variable) {
    Checks.notNull(base, "base rules");
    Checks.notNull(filers, "filers");
    Checks.notNull(otherIncome, "other income");
    Checks.check(!filers.isEmpty(), "a projection's taxes need at least one year");
    Checks.check(filers.size() == otherIncome.size(), "one filer and one other income per projected year, got "
        + filers.size() + " and " + otherIncome.size());
    Checks.check(firstYear >= base.year(), "the projection starts in " + firstYear + ", before the rules' year "
        + base.year());
    Checks.check(inflation > -1.0 && Double.isFinite(inflation), "the planned inflation must be above -100 %, got "
        + inflation);
    BigDecimal growth = BigDecimal.ONE.add(new BigDecimal(Double.toString(inflation)));
    List<YearTaxFunction> functions = new java.util.ArrayList<>(filers.size());
    for (int t = 0; t < filers.size(); t++) {
      int year = firstYear + t;
      BigDecimal factor = growth.pow(year - base.year(), MathContext.DECIMAL64);
      functions.add(YearTaxFunction.build(IndexedTaxRules.of(base, year, factor), filers.get(t), otherIncome.get(t),
          variable, BigDecimal.ZERO));
    }
    return new ProjectedYearTaxes(firstYear, variable, functions);
  }

  /** The calendar year of projection year 0. */
  public int firstYear() {
    return firstYear;
  }

  /** The number of projected years covered. */
  public int years() {
    return xs.length;
  }

  /** The kind of income the tables are of. */
  public IncomeKind variable() {
    return variable;
  }

  /**
   * The year's total tax with {@code amount} of the variable, in the year's money of the path.
   *
   * @param t the projection year (0 = the first)
   * @param amount the variable, zero or more
   * @param priceRatio the path's price level in year t ÷ the planned one, above 0 (1 on the planned path)
   */
  public double tax(int t, double amount, double priceRatio) {
    double[] x = xs[t];
    double a = amount / priceRatio;
    checkAmount(a);
    int i = segment(x, a);
    return priceRatio * (ys[t][i] + slopes[t][i] * (a - x[i]));
  }

  /** The tax on the next dollar of the variable at {@code amount} (the slope to the right). */
  public double marginalRate(int t, double amount, double priceRatio) {
    double a = amount / priceRatio;
    checkAmount(a);
    return slopes[t][segment(xs[t], a)];
  }

  /**
   * The amount of the variable that leaves {@code net} after the tax it adds to the year's tax
   * without it: the x with x − (tax(x) − tax(0)) = net (the gross-up of a withdrawal). The table
   * is inverted segment by segment, so the answer is as exact as the table; marginal rates must
   * stay below 100 % (they do: the calculator's highest is 37 % + 3.8 % + the state's, at most 20 %).
   *
   * @param net the amount wanted after tax, zero or more
   */
  public double amountForNet(int t, double net, double priceRatio) {
    double n = net / priceRatio;
    checkAmount(n);
    double[] g = nets[t];
    int i = segment(g, n);
    return priceRatio * (xs[t][i] + (n - g[i]) / (1.0 - slopes[t][i]));
  }

  private static void checkAmount(double amount) {
    if (!(amount >= 0.0) || amount == Double.POSITIVE_INFINITY) {
      throw new InvalidInputException("the amount must be finite and zero or more, got " + amount);
    }
  }

  /** The last index i with {@code points[i] <= value} (0 below the first), by binary search. */
  private static int segment(double[] points, double value) {
    int i = java.util.Arrays.binarySearch(points, value);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }
}
