package io.perennial.report;

import io.perennial.basics.Rates;
import io.perennial.domain.AssetClass;
import io.perennial.market.InflationRisk;
import io.perennial.market.RateRisk;
import io.perennial.plan.HoldingsAnalyzer;
import io.perennial.plan.PlanProjection;
import io.perennial.plan.ProjectionSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan's projection as every renderer shows it: the figures of a {@link PlanProjection} (the
 * engine's result, numbers only) with the sentences about them, the verdict, how the projection
 * is built and where each tax rate comes from ({@link TaxRatesView}). Its components are in the
 * order of the {@code projection} object of {@code perennial plan --json}.
 *
 * @param method always {@code "parametric-monte-carlo"}
 * @param paths the number of simulated futures
 * @param seed the random seed
 * @param distribution {@code "lognormal"} or {@code "student-t"}
 * @param degreesOfFreedom ν of the Student-t distribution; null for lognormal
 * @param spendingRule the spending rule's id
 * @param withdrawalRate the rate of the {@code percentage} and {@code guardrails} rules; null for the others
 * @param years the simulated years
 * @param yearsUntilIncome years of saving before the spending starts
 * @param horizonYears years of spending
 * @param firstCalendarYear the calendar year of year 1
 * @param startingValue the holdings' value today
 * @param spendingGoal the yearly spending goal after tax, today's money
 * @param annualContribution yearly savings until the spending starts, today's money
 * @param rebalanceEveryYears how often the holdings return to their starting mix (0 = never)
 * @param otherIncome the profile's other income as an income stream
 * @param inflation the inflation simulated
 * @param taxRates the flat tax rates and where each comes from
 * @param assets the return and income assumptions of each asset held
 * @param verdict the answer in one line ({@link #verdict})
 * @param successRate the share of futures in which the spending was met in every year
 * @param successRateStandardError the Monte Carlo standard error of the success rate
 * @param failures futures in which the spending failed in some year
 * @param worstRealIncomeDrop how far real after-tax income falls below its earlier peak
 * @param goalReached for a saver, when real after-tax income first reaches the goal; else null
 * @param withdrawalRates the safe and perpetual withdrawal rates; null when nothing is held today
 * @param milestoneYears the years the text report shows
 * @param byYear every year's figures, year 1 first
 * @param assumptions how the projection is built, one sentence each ({@link #assumptions})
 */
public record ProjectionView(
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
    PlanProjection.OtherIncome otherIncome,
    PlanProjection.Inflation inflation,
    TaxRatesView taxRates,
    List<PlanProjection.AssetAssumption> assets,
    String verdict,
    double successRate,
    double successRateStandardError,
    int failures,
    PlanProjection.IncomeDrop worstRealIncomeDrop,
    PlanProjection.GoalReached goalReached,
    PlanProjection.WithdrawalRatesFound withdrawalRates,
    List<Integer> milestoneYears,
    List<PlanProjection.Year> byYear,
    List<String> assumptions) {

  public ProjectionView {
    assets = List.copyOf(assets);
    milestoneYears = List.copyOf(milestoneYears);
    byYear = List.copyOf(byYear);
    assumptions = List.copyOf(assumptions);
  }

  /** The view of {@code p}: its figures as they are, and the sentences. */
  public static ProjectionView of(PlanProjection p) {
    return new ProjectionView(p.method(), p.paths(), p.seed(), p.distribution(), p.degreesOfFreedom(), p.spendingRule(),
        p.withdrawalRate(), p.years(), p.yearsUntilIncome(), p.horizonYears(), p.firstCalendarYear(), p.startingValue(),
        p.spendingGoal(), p.annualContribution(), p.rebalanceEveryYears(), p.otherIncome(), p.inflation(),
        TaxRatesView.of(p.taxRates()), p.assets(), verdict(p), p.successRate(), p.successRateStandardError(), p.failures(),
        p.worstRealIncomeDrop(), p.goalReached(), p.withdrawalRates(), p.milestoneYears(), p.byYear(), assumptions(p));
  }

  /** The answer in one line: "91.7 % of 10,000 simulated futures meet the spending goal every year for 30 years (…)". */
  public static String verdict(PlanProjection p) {
    int horizon = p.horizonYears();
    int untilIncome = p.yearsUntilIncome();
    int paths = p.paths();
    boolean none = p.successRate() >= 1.0;
    String share = (none ? "All " : Rates.percent(p.successRate(), 1) + " of ") + String.format(Locale.US, "%,d", paths)
        + " simulated futures ";
    String what = switch (rule(p)) {
      case CONSTANT -> "meet the spending goal every year for " + horizon + " years";
      case INCOME_ONLY -> "pay the spending goal from income alone, never selling, every year for " + horizon + " years";
      case PERCENTAGE -> "pay " + Rates.percent(p.withdrawalRate(), 2) + " of the portfolio every year for " + horizon + " years";
      case GUARDRAILS -> "pay the guardrails spending (from " + Rates.percent(p.withdrawalRate(), 2) + ") every year for "
          + horizon + " years";
    };
    String start = untilIncome > 0 ? " from year " + (untilIncome + 1) + ", after " + untilIncome + " years of saving" : "";
    // With no failure the standard error is 0; the rule of three bounds the failure rate instead.
    String precision = none
        ? "none failed: the failure rate is below " + smallPercent(3.0 / paths) + " with 95 % confidence"
        : "Monte Carlo standard error ±" + points(p.successRateStandardError()) + " points";
    return share + what + start + " (" + precision + ").";
  }

  /** How the projection is built, one sentence each: returns, income, inflation, spending, other income, taxes, rebalancing, success, withdrawal rates. */
  public static List<String> assumptions(PlanProjection p) {
    int spendingFrom = p.yearsUntilIncome() + 1;
    PlanProjection.Inflation inflation = p.inflation();
    List<String> lines = new ArrayList<>();
    lines.add("Returns: each asset's yearly total return is drawn "
        + (p.degreesOfFreedom() == null ? "from a lognormal distribution"
            : "from a Student-t distribution (" + trim(p.degreesOfFreedom()) + " degrees of freedom, crashes shared by all assets)")
        + " with the expected return and volatility of the risk section; assets are correlated as there (class "
        + "correlations, " + trim(HoldingsAnalyzer.WITHIN_CLASS_CORRELATION) + " within a class), applied to log returns; "
        + "years are independent.");
    boolean ratesMove = p.assets().stream().anyMatch(a -> a.incomeModel().equals("rate-linked"));
    lines.add("Income: stocks and REITs pay dividends that grow at the asset's income growth and are cut after bad years "
        + "(fitted on Shiller's US dividends 1871-2022); cash and bonds pay yield x value"
        + (ratesMove ? ", their yield following a bill rate that reverts from today's to its long-run level (volatility "
            + Rates.percent(RateRisk.VOLATILITY, 2) + ", persistence " + trim(RateRisk.PERSISTENCE) + ", 1985-2018) as "
            + "1/duration of each bond fund reprices a year" : "") + "; TIPS pay their real coupon plus the year's inflation (the accrual is distributed); rental real estate and royalties "
        + "grow at their rate whatever the returns.");
    lines.add("Inflation: " + Rates.percent(inflation.mean(), 2) + " a year"
        + (inflation.volatility() > 0.0 ? " on average (standard deviation " + Rates.percent(inflation.volatility(), 2)
            + ", persistence " + trim(inflation.persistence()) + ", 1985-2018; its surprises move with the returns, e.g. "
            + "intermediate Treasuries " + trim(InflationRisk.correlation(AssetClass.INTERMEDIATE_TREASURIES))
            + ", cash " + trim(InflationRisk.correlation(AssetClass.CASH)) + "; TIPS earn their real return plus each "
            + "year's inflation)" : ", every year")
        + "; real figures are in today's money.");
    String goal = TaxRatesView.dollars(p.spendingGoal());
    String spending = switch (rule(p)) {
      case CONSTANT -> "the goal, " + goal + " after tax in today's money, grown with inflation";
      case INCOME_ONLY -> "the goal, " + goal + " after tax in today's money, grown with "
          + "inflation, from income only (principal is never sold; a year whose income falls short fails)";
      case PERCENTAGE -> Rates.percent(p.withdrawalRate(), 2) + " of the portfolio's value each year (other income included)";
      case GUARDRAILS -> "Guyton-Klinger guardrails from " + Rates.percent(p.withdrawalRate(), 2) + " of the portfolio's "
          + "value (other income included): +/-10 % when the rate leaves 80-120 % of the initial one";
    };
    lines.add("Spending: " + spending + ", each year from year " + spendingFrom + ": first from other income,"
        + " then from the holdings' income, then from principal (taxable accounts, then tax-deferred, then tax-free). "
        + "Income not spent is reinvested where it was paid"
        + (p.annualContribution() > 0.0 ? "; " + TaxRatesView.dollars(p.annualContribution()) + " a year (today's money) is saved "
            + "before the spending starts, into today's mix" : "") + ".");
    PlanProjection.OtherIncome other = p.otherIncome();
    if (other.amount() > 0.0) {
      lines.add("Other income: " + TaxRatesView.dollars(other.amount()) + " a year less its own tax ("
          + Rates.percent(p.taxRates().otherIncomeRate(), 2) + "), from year " + other.startsInYear() + ", "
          + (other.indexation() == 1.0 ? "fully indexed to inflation" : other.indexation() == 0.0 ? "fixed in dollars"
              : "following " + Rates.percent(other.indexation(), 0) + " of inflation") + ".");
    }
    for (PlanProjection.Benefit benefit : other.socialSecurity()) {
      lines.add("Social Security (born " + benefit.birthYear() + ", claimed at " + benefit.claimingAge() + "): "
          + TaxRatesView.dollars(benefit.amount()) + " a year less " + Rates.percent(benefit.taxRate(), 2)
          + " tax, from year " + benefit.startsInYear() + ", fully indexed to inflation.");
    }
    lines.add("Taxes: flat rates from this year's exact taxes, the same in every year (brackets are taken to grow with inflation; larger withdrawals do not reach higher "
        + "brackets): " + String.join("; ", TaxRatesView.basis(p.taxRates())) + ".");
    int every = p.rebalanceEveryYears();
    lines.add("Rebalancing: " + (every == 0 ? "never" : every == 1 ? "every year" : "every " + every + " years")
        + ", within each kind of account, back to today's mix.");
    lines.add("Success: the spending is met in every year. A future that fails goes on with what is left.");
    PlanProjection.WithdrawalRatesFound rates = p.withdrawalRates();
    if (rates == null) {
      lines.add("Withdrawal rates: none, as they are fractions of today's value and nothing is held today.");
    } else {
      lines.add("Withdrawal rates: the portfolio alone (other income left out), constant real spending from year "
          + spendingFrom + " as a fraction of today's value, met in " + Rates.percent(rates.targetSuccess(), 0)
          + " of the first " + String.format(Locale.US, "%,d", rates.paths()) + " futures (perpetual: also keeping "
          + "today's real value at the end).");
    }
    return lines;
  }

  /** A small share in percent, to its first significant digit and at least two decimals: 0.03 %, 0.002 %. */
  static String smallPercent(double share) {
    int decimals = Math.max(2, (int) Math.floor(-Math.log10(share * 100.0)) + 1);
    return Rates.percent(share, decimals);
  }

  /** A standard error in percentage points: one decimal, two below 0.1 points. */
  static String points(double standardError) {
    double points = standardError * 100.0;
    return String.format(Locale.ROOT, points < 0.095 ? "%.2f" : "%.1f", points);
  }

  private static ProjectionSettings.Rule rule(PlanProjection p) {
    for (ProjectionSettings.Rule rule : ProjectionSettings.Rule.values()) {
      if (rule.id().equals(p.spendingRule())) {
        return rule;
      }
    }
    throw new IllegalArgumentException("unknown spending rule: " + p.spendingRule());
  }

  private static String trim(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
