package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.domain.AssetClass;
import java.math.BigDecimal;
import java.util.List;

/**
 * The plan's projection section: will the holdings keep paying the spending goal, after tax and
 * inflation, for as long as it is needed? A parametric Monte Carlo of the current holdings under
 * the capital-market assumptions, with this year's taxes as flat rates (made by
 * {@link PlanProjector}).
 *
 * <p>Years count from 1 (year 1 is the valuation year, {@code calendarYear} its calendar year).
 * Numbers only: the sentences about them (the verdict, how the projection is built, where each
 * tax rate comes from) are written by {@code io.perennial.report.ProjectionView}.
 *
 * <p>"Real" amounts are in today's money (money of year 1), after tax. Amounts are doubles rounded
 * to the cent (they are statistics of simulated futures, not bookkeeping); rates, shares and
 * probabilities are fractions.
 *
 * @param method always {@code "parametric-monte-carlo"}
 * @param paths the number of simulated futures
 * @param seed the random seed (the same seed gives the same numbers)
 * @param distribution {@code "lognormal"} or {@code "student-t"}
 * @param degreesOfFreedom ν of the Student-t distribution; null for lognormal
 * @param spendingRule {@code constant}, {@code income-only}, {@code percentage} or {@code guardrails}
 * @param withdrawalRate the rate of the {@code percentage} and {@code guardrails} rules; null for the others
 * @param years the simulated years: yearsUntilIncome + horizonYears
 * @param yearsUntilIncome years of saving before the spending starts
 * @param horizonYears years of spending
 * @param firstCalendarYear the calendar year of year 1
 * @param startingValue the holdings' value today
 * @param spendingGoal the yearly spending goal after tax, today's money
 * @param annualContribution yearly savings until the spending starts, today's money (indexed)
 * @param rebalanceEveryYears how often the holdings return to their starting mix within each account (0 = never)
 * @param otherIncome the profile's other income as an income stream
 * @param inflation the inflation simulated
 * @param taxRates the flat tax rates, derived from this year's taxes
 * @param assets the return and income assumptions of each asset held
 * @param successRate the share of futures in which the spending was met in every year
 * @param successRateStandardError the Monte Carlo standard error of the success rate, √(p(1 − p)/paths)
 * @param failures futures in which the spending failed in some year
 * @param worstRealIncomeDrop how far real after-tax income falls below its earlier peak
 * @param goalReached for a saver (yearsUntilIncome &gt; 0): when real after-tax income first
 *     reaches the spending goal; null when the spending has started
 * @param withdrawalRates the safe and perpetual withdrawal rates of the portfolio alone; null
 *     when nothing is held today (a saver starting from zero), as they are fractions of today's value
 * @param milestoneYears the years the text report shows
 * @param byYear every year's figures, year 1 first
 */
public record PlanProjection(
    String method,
    int paths,
    long seed,
    String distribution,
    Double degreesOfFreedom,
    String spendingRule,
    Double withdrawalRate,
    int years,
    int yearsUntilIncome,
    int horizonYears,
    int firstCalendarYear,
    double startingValue,
    double spendingGoal,
    double annualContribution,
    int rebalanceEveryYears,
    OtherIncome otherIncome,
    Inflation inflation,
    TaxRatesUsed taxRates,
    List<AssetAssumption> assets,
    double successRate,
    double successRateStandardError,
    int failures,
    IncomeDrop worstRealIncomeDrop,
    GoalReached goalReached,
    WithdrawalRatesFound withdrawalRates,
    List<Integer> milestoneYears,
    List<Year> byYear) {

  public PlanProjection {
    assets = List.copyOf(assets);
    milestoneYears = List.copyOf(milestoneYears);
    byYear = List.copyOf(byYear);
  }

  /** The figures of year {@code year} (1-based). */
  public Year year(int year) {
    return byYear.get(year - 1);
  }

  /**
   * The profile's other income as it enters the projection: after its own tax, as the tax
   * analysis computes it (the tax on the taxable other income alone), paid each year from
   * {@code startsInYear}.
   *
   * @param amount the yearly other income before tax, today's money
   * @param tax this year's tax on the taxable other income alone
   * @param afterTax amount − tax, the yearly amount paid in the projection (today's money when indexed)
   * @param startsInYear the first year (1-based) it is paid
   * @param indexation the share of inflation it follows (1 = keeps its real value)
   * @param socialSecurity the Social Security benefits, each a stream of its own (empty when none
   *     are given apart from the other income)
   */
  public record OtherIncome(double amount, double tax, double afterTax, int startsInYear, double indexation,
      List<Benefit> socialSecurity) {

    public OtherIncome {
      socialSecurity = List.copyOf(socialSecurity);
    }

    /** Other income without Social Security benefits apart. */
    public OtherIncome(double amount, double tax, double afterTax, int startsInYear, double indexation) {
      this(amount, tax, afterTax, startsInYear, indexation, List.of());
    }
  }

  /**
   * One person's Social Security benefit as it enters the projection: the claimed benefit of a
   * year, after a flat tax rate (the tax on the household's outside income alone ÷ that income, in
   * the benefit's first year, at this year's rules), paid every year from {@code startsInYear} for
   * life and fully indexed to inflation (cost-of-living adjustments).
   *
   * @param birthYear the person's year of birth
   * @param claimingAge the age it is claimed at
   * @param amount the yearly benefit before tax, today's money (12 × the claimed monthly benefit)
   * @param taxRate the flat rate applied to it
   * @param afterTax amount × (1 − taxRate), the yearly amount paid in the projection, today's money
   * @param startsInYear the first projection year (1-based) it is paid
   */
  public record Benefit(int birthYear, int claimingAge, double amount, double taxRate, double afterTax, int startsInYear) {}

  /**
   * Inflation in the projection: AR(1) around the profile's inflation, independent of returns.
   *
   * @param mean mean yearly inflation (the profile's)
   * @param volatility its standard deviation (0: the mean every year)
   * @param persistence its year-to-year autocorrelation
   */
  public record Inflation(double mean, double volatility, double persistence) {}

  /**
   * The flat tax rates the projection applies, each derived from this year's exact taxes.
   *
   * @param incomeRate on income paid in taxable accounts: the tax the taxable accounts' income
   *     causes ÷ that income
   * @param deferredWithdrawalRate on everything taken out of tax-deferred accounts: the tax caused
   *     by withdrawing their income ÷ that income (the marginal ordinary rate when they pay none)
   * @param taxableSaleRate on principal sold from taxable accounts: the marginal long-term-gain
   *     rate × the share of their value that is unrealised gain
   * @param otherIncomeRate on the other income: the tax on it alone ÷ the other income
   * @param unrealisedGainShare (value − cost) ÷ value of the taxable holdings whose cost is known
   * @param workings the figures the rates come from
   */
  public record TaxRatesUsed(
      double incomeRate, double deferredWithdrawalRate, double taxableSaleRate, double otherIncomeRate,
      double unrealisedGainShare, Workings workings) {

    /**
     * The figures of this year's exact taxes the rates come from, in dollars (the plan's currency).
     *
     * @param rulesYear the year of the tax rules
     * @param taxableIncome this year's income of the taxable accounts
     * @param taxableIncomeTax the tax that income causes on top of the other income
     * @param deferredIncome this year's income of the tax-deferred accounts
     * @param deferredWithdrawalTax the tax caused by withdrawing that income
     * @param longTermGainRate the marginal long-term-gain rate
     * @param gainFromLots whether the unrealised gain share comes from the lots' cost (false: no
     *     cost is known, the share is 0)
     * @param otherIncome the profile's yearly other income before tax
     * @param otherIncomeTax the tax on the taxable other income alone
     */
    public record Workings(
        int rulesYear, BigDecimal taxableIncome, BigDecimal taxableIncomeTax, BigDecimal deferredIncome,
        BigDecimal deferredWithdrawalTax, double longTermGainRate, boolean gainFromLots, BigDecimal otherIncome,
        BigDecimal otherIncomeTax) {}
  }

  /**
   * One asset's assumptions, as the holdings analysis uses them.
   *
   * @param asset the asset id (the name of its return series)
   * @param assetClass its class (whose correlations it takes)
   * @param value the value held, all accounts
   * @param expectedReturn arithmetic mean yearly total return, nominal
   * @param volatility standard deviation of the yearly total return
   * @param yield the starting yield on value
   * @param incomeGrowth the expected yearly growth of its income per share (dividend models)
   * @param incomeModel {@code dividend} (income per share grows and is cut after bad years, fitted
   *     on US dividends), {@code contractual} (grows at its rate whatever the returns: rents,
   *     royalties), {@code inflation-linked} (income = (real coupon + the year's inflation) × value:
   *     TIPS funds, which distribute the inflation accrual), {@code rate-linked} (income = yield ×
   *     value, the yield following the path's bill rate as 1/duration of the holding reprices each
   *     year: cash, nominal bonds) or {@code constant-yield} (income = yield × value)
   */
  public record AssetAssumption(
      AssetId asset, AssetClass assetClass, double value, double expectedReturn, double volatility, double yield,
      double incomeGrowth, String incomeModel) {}

  /**
   * The worst fall of real after-tax income (portfolio income and other income) below its earlier
   * peak within a future, across futures.
   *
   * @param median the median future's worst fall (0.2 = 20 % below its peak)
   * @param p95 one future in twenty fell further
   * @param worst the worst fall of any future
   */
  public record IncomeDrop(double median, double p95, double worst) {}

  /**
   * When a saver's real after-tax income (all portfolio income, as if paid out and taxed, plus
   * other income once it starts) first reaches the spending goal.
   *
   * @param goal the spending goal, today's money
   * @param reachedShare the share of futures in which it is reached within the projection
   * @param yearP25 the year (1-based) by which a quarter of the futures reached it; null if fewer did
   * @param medianYear the year by which half did; null if fewer did
   * @param yearP75 the year by which three quarters did; null if fewer did
   * @param medianCalendarYear the calendar year of medianYear; null with it
   */
  public record GoalReached(
      double goal, double reachedShare, Integer yearP25, Integer medianYear, Integer yearP75, Integer medianCalendarYear) {}

  /**
   * The safe and perpetual withdrawal rates of the portfolio alone (other income left out): the
   * largest constant real after-tax spending, as a fraction of today's value, met in every year
   * from the first year of spending in {@code targetSuccess} of the futures (perpetual: also
   * leaving the real value at the end at least today's value). Taxes, income, contributions and
   * rebalancing as in the projection.
   *
   * @param targetSuccess the share of futures that must succeed
   * @param paths the futures searched (the first ones of the projection)
   * @param safe the safe withdrawal rate
   * @param perpetual the perpetual withdrawal rate
   * @param safeSpending safe × today's value: yearly spending from the portfolio, today's money
   * @param perpetualSpending perpetual × today's value
   */
  public record WithdrawalRatesFound(
      double targetSuccess, int paths, double safe, double perpetual, double safeSpending, double perpetualSpending) {}

  /**
   * Percentiles across futures of one quantity in one year.
   *
   * @param p5 5th percentile
   * @param p25 25th
   * @param p50 median
   * @param p75 75th
   * @param p95 95th
   */
  public record Bands(double p5, double p25, double p50, double p75, double p95) {}

  /**
   * One year of the projection.
   *
   * @param year the year, from 1
   * @param calendarYear its calendar year
   * @param phase {@code saving} (before the spending starts) or {@code spending}
   * @param incomeCoverage the share of futures in which after-tax income (portfolio income and
   *     other income) alone pays the year's spending (while saving: reaches the goal)
   * @param failuresThisYear futures whose spending failed for the first time this year
   * @param realIncome real after-tax income: portfolio income, as if paid out and taxed, plus other income
   * @param realValue real portfolio value at the end of the year
   */
  public record Year(
      int year, int calendarYear, String phase, double incomeCoverage, int failuresThisYear, Bands realIncome,
      Bands realValue) {}
}
