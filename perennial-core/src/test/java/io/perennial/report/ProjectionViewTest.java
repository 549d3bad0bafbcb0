package io.perennial.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.plan.PlanProjection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The projection's sentences, written from hand-built {@link PlanProjection} values (no
 * simulation): every figure in an expected sentence is worked by hand from the values given.
 */
class ProjectionViewTest {

  private static final double INFLATION = 0.025; // 2.50 % a year, no volatility
  private static final double GOAL = 40_000.0; // after tax, today's money
  private static final int HORIZON = 30; // years of spending
  private static final int RULES_YEAR = 2025;

  /**
   * Taxes by hand: taxable-account income 10,000 causing 1,500 of tax → 15.00 %; no tax-deferred
   * income, so the marginal ordinary rate, 22.00 %; sales: 15 % long-term-gain rate × 40 % gain
   * share = 6.00 %; other income 20,000 taxed 2,000 alone → 10.00 %.
   */
  private static PlanProjection.TaxRatesUsed taxes(double otherIncome, double otherIncomeTax) {
    PlanProjection.TaxRatesUsed.Workings workings = new PlanProjection.TaxRatesUsed.Workings(RULES_YEAR,
        new BigDecimal("10000.00"), new BigDecimal("1500.00"), BigDecimal.ZERO, BigDecimal.ZERO, 0.15, true,
        BigDecimal.valueOf(otherIncome), BigDecimal.valueOf(otherIncomeTax));
    return new PlanProjection.TaxRatesUsed(0.15, 0.22, 0.06, otherIncome > 0 ? otherIncomeTax / otherIncome : 0.0, 0.40,
        workings);
  }

  private static PlanProjection projection(String rule, Double withdrawalRate, int paths, double successRate,
      double standardError, int yearsUntilIncome, PlanProjection.OtherIncome other,
      PlanProjection.WithdrawalRatesFound rates) {
    int years = yearsUntilIncome + HORIZON;
    return new PlanProjection("parametric-monte-carlo", paths, 42L, "lognormal", null, rule, withdrawalRate, years,
        yearsUntilIncome, HORIZON, 2025, 1_000_000.0, GOAL, 0.0, 3, other, new PlanProjection.Inflation(INFLATION, 0.0, 0.0),
        taxes(other.amount(), other.tax()), List.of(), successRate, standardError, (int) Math.round((1.0 - successRate) * paths),
        new PlanProjection.IncomeDrop(0.1, 0.2, 0.3), null, rates, List.of(1, years), List.of());
  }

  private static final PlanProjection.OtherIncome NO_OTHER_INCOME = new PlanProjection.OtherIncome(0.0, 0.0, 0.0, 1, 1.0);

  @Test
  void theVerdictGivesTheShareOfFuturesAndItsStandardError() {
    // √(0.917 × 0.083 / 10,000) = √(7.6111e-6) = 0.0027588: 0.28 points, shown to one decimal.
    PlanProjection p = projection("constant", null, 10_000, 0.917, 0.0027588, 0, NO_OTHER_INCOME, null);
    assertThat(ProjectionView.verdict(p)).isEqualTo("91.7 % of 10,000 simulated futures meet the spending goal every "
        + "year for 30 years (Monte Carlo standard error ±0.3 points).");
  }

  @Test
  void withNoFailureTheVerdictBoundsTheFailureRateByTheRuleOfThree() {
    // 3 / 100 futures = 3.00 %; the spending starts in year 20 + 1.
    PlanProjection p = projection("percentage", 0.05, 100, 1.0, 0.0, 20, NO_OTHER_INCOME, null);
    assertThat(ProjectionView.verdict(p)).isEqualTo("All 100 simulated futures pay 5.00 % of the portfolio every year "
        + "for 30 years from year 21, after 20 years of saving (none failed: the failure rate is below 3.00 % with 95 % "
        + "confidence).");
    // 3 / 10,000 = 0.0003 = 0.03 %: to its first significant digit.
    assertThat(ProjectionView.smallPercent(3.0 / 10_000)).isEqualTo("0.03 %");
    // 0.0005 = 0.05 points: below 0.1 points, two decimals.
    assertThat(ProjectionView.points(0.0005)).isEqualTo("0.05");
  }

  @Test
  void eachTaxRateSaysWhereItComesFrom() {
    assertThat(TaxRatesView.basis(taxes(20_000.0, 2_000.0))).containsExactly(
        "taxable-account income 15.00 %: the tax the taxable accounts' income causes ($1,500.00) / that income "
            + "($10,000.00), 2025 rules",
        "tax-deferred withdrawals 22.00 %: the marginal rate of ordinary income (the tax-deferred accounts pay no income)",
        "sales from taxable accounts 6.00 %: the marginal long-term-gain rate (15.00 %) x the unrealised gain share of "
            + "the taxable holdings (40.00 %, from the lots' cost)",
        "other income 10.00 %: the tax on the taxable other income alone ($2,000.00) / the other income ($20,000.00)");
    // No other income: no sentence for it.
    assertThat(TaxRatesView.basis(taxes(0.0, 0.0))).hasSize(3);
  }

  @Test
  void theAssumptionsStateInflationSpendingOtherIncomeRebalancingAndWithdrawalRates() {
    // Other income 20,000 less 2,000 of tax = 18,000 a year, following half of inflation.
    PlanProjection.OtherIncome other = new PlanProjection.OtherIncome(20_000.0, 2_000.0, 18_000.0, 1, 0.5);
    PlanProjection.WithdrawalRatesFound rates = new PlanProjection.WithdrawalRatesFound(0.9, 1_000, 0.04, 0.03,
        40_000.0, 30_000.0);
    List<String> lines = ProjectionView.assumptions(projection("constant", null, 1_000, 0.95, 0.0069, 0, other, rates));
    assertThat(lines).contains(
        "Inflation: 2.50 % a year, every year; real figures are in today's money.",
        "Spending: the goal, $40,000.00 after tax in today's money, grown with inflation, each year from year 1: first "
            + "from other income, then from the holdings' income, then from principal (taxable accounts, then "
            + "tax-deferred, then tax-free). Income not spent is reinvested where it was paid.",
        "Other income: $20,000.00 a year less its own tax (10.00 %), from year 1, following 50 % of inflation.",
        "Rebalancing: every 3 years, within each kind of account, back to today's mix.",
        "Withdrawal rates: the portfolio alone (other income left out), constant real spending from year 1 as a "
            + "fraction of today's value, met in 90 % of the first 1,000 futures (perpetual: also keeping today's real "
            + "value at the end).");
    assertThat(lines).noneMatch(line -> line.startsWith("Withdrawal rates: none"));
    List<String> nothingHeld = ProjectionView.assumptions(projection("constant", null, 1_000, 0.95, 0.0069, 0,
        NO_OTHER_INCOME, null));
    assertThat(nothingHeld).contains(
        "Withdrawal rates: none, as they are fractions of today's value and nothing is held today.");
    assertThat(nothingHeld).noneMatch(line -> line.startsWith("Other income:"));
  }

  @Test
  void theViewKeepsTheFiguresAndAddsTheSentences() {
    PlanProjection p = projection("constant", null, 10_000, 0.917, 0.0027588, 0, NO_OTHER_INCOME, null);
    ProjectionView view = ProjectionView.of(p);
    assertThat(view.successRate()).isEqualTo(0.917);
    assertThat(view.paths()).isEqualTo(10_000);
    assertThat(view.milestoneYears()).containsExactly(1, 30);
    assertThat(view.taxRates().incomeRate()).isEqualTo(0.15);
    assertThat(view.taxRates().basis()).isEqualTo(TaxRatesView.basis(p.taxRates()));
    assertThat(view.verdict()).isEqualTo(ProjectionView.verdict(p));
    assertThat(view.assumptions()).isEqualTo(ProjectionView.assumptions(p));
  }
}
