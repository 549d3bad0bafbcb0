package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The projection against results that can be worked out in closed form. */
class ProjectionClosedFormTest {

  private static final double START = 1_000_000.0; // money
  private static final double RETURN = 0.06; // nominal, per year
  private static final double INFLATION = 0.02; // per year
  private static final double SPENDING = 40_000.0; // first year, after tax
  private static final int YEARS = 30;
  private static final double CENT = 0.005;

  private static ScenarioSet deterministic(double expectedReturn, double inflation, int years) {
    return ParametricMonteCarlo.builder()
        .assetClass("stocks", expectedReturn, 0.0)
        .inflation(InflationAssumption.constant(inflation))
        .paths(3)
        .seed(11)
        .build()
        .scenarios(java.util.List.of("stocks"), years);
  }

  private static ProjectionModel constantSpending(Timing timing) {
    return ProjectionModel.builder()
        .position(Position.totalReturn("stocks", START))
        .spending(new SpendingRule.ConstantSpending(SPENDING, true))
        .years(YEARS)
        .timing(timing)
        .build();
  }

  @Test
  void zeroVolatilityReproducesTheCompoundPathToTheCentWithStartOfYearWithdrawals() {
    PathTrace trace = Projection.trace(constantSpending(Timing.START), deterministic(RETURN, INFLATION, YEARS), 1);

    // By hand, in exact decimals: V_t = (V_{t−1} − W_t) · 1.06 with W_t = 40,000 · 1.02^t.
    BigDecimal value = BigDecimal.valueOf(START);
    BigDecimal withdrawal = BigDecimal.valueOf(SPENDING);
    for (int t = 0; t < YEARS; t++) {
      value = value.subtract(withdrawal).multiply(BigDecimal.valueOf(1 + RETURN));
      withdrawal = withdrawal.multiply(BigDecimal.valueOf(1 + INFLATION));
      assertThat(trace.value()[t]).as("value at the end of year %d", t + 1).isCloseTo(value.doubleValue(), within(CENT));
    }
    assertThat(trace.success()).isTrue();
    // Closed form: 1,000,000·1.06^30 − 42,400·1.06^29·Σ_{k<30} (1.02/1.06)^k
    //   = 5,743,491 − 42,400 · 5.418388 · 18.1479 = 5,743,491 − 4,169,200 ≈ 1,574,300.
    assertThat(value.doubleValue()).isCloseTo(1.5743e6, within(2e3));
  }

  @Test
  void zeroVolatilityReproducesTheCompoundPathToTheCentWithEndOfYearWithdrawals() {
    PathTrace trace = Projection.trace(constantSpending(Timing.END), deterministic(RETURN, INFLATION, YEARS), 0);

    // V_t = V_{t−1} · 1.06 − W_t.
    BigDecimal value = BigDecimal.valueOf(START);
    BigDecimal withdrawal = BigDecimal.valueOf(SPENDING);
    for (int t = 0; t < YEARS; t++) {
      value = value.multiply(BigDecimal.valueOf(1 + RETURN)).subtract(withdrawal);
      withdrawal = withdrawal.multiply(BigDecimal.valueOf(1 + INFLATION));
      assertThat(trace.value()[t]).as("value at the end of year %d", t + 1).isCloseTo(value.doubleValue(), within(CENT));
    }
  }

  @Test
  void zeroVolatilityRealValueDeflatesByTheCompoundedInflation() {
    PathTrace trace = Projection.trace(constantSpending(Timing.START), deterministic(RETURN, INFLATION, YEARS), 2);

    for (int t = 0; t < YEARS; t++) {
      double priceLevelAtYearEnd = Math.pow(1 + INFLATION, t + 1);
      assertThat(trace.realValue()[t]).isCloseTo(trace.value()[t] / priceLevelAtYearEnd, within(1e-6));
    }
  }

  @Test
  void medianTerminalValueOfLognormalReturnsMatchesTheAnalyticMedian() {
    // One class, μ = 7 %, σ = 18 %, no withdrawals, no inflation, 30 years, 20,000 paths.
    double mu = 0.07;
    double sigma = 0.18;
    int years = 30;
    int paths = 20_000;
    ScenarioSet scenarios = ParametricMonteCarlo.builder()
        .assetClass("stocks", mu, sigma)
        .paths(paths)
        .seed(2024)
        .build()
        .scenarios(java.util.List.of("stocks"), years);
    ProjectionModel model = ProjectionModel.builder()
        .position(Position.totalReturn("stocks", START))
        .years(years)
        .build();

    ProjectionResult result = Projection.run(model, scenarios, RunOptions.threads(2));

    // ln(1+R) ~ N(m, s²): s² = ln(1 + σ²/(1+μ)²) = ln(1 + 0.0324/1.1449) = 0.027902,
    // m = ln 1.07 − s²/2 = 0.067659 − 0.013951 = 0.053708. ln V_30 ~ N(ln V0 + 30m, 30 s²), so the
    // median is V0 · e^{30m} = 1,000,000 · e^{1.61124} = 5,008,900 (about).
    double s2 = Math.log(1 + sigma * sigma / ((1 + mu) * (1 + mu)));
    double m = Math.log(1 + mu) - s2 / 2;
    double analyticMedian = START * Math.exp(years * m);
    assertThat(analyticMedian).isCloseTo(5.0089e6, within(2e3));
    // Monte Carlo error of a sample median of ln V: √(π/2) · √(30 s²) / √n = 1.2533 · 0.91490 / 141.42
    // = 0.0081 in log terms, i.e. 0.81 %. We allow 4 standard errors: 3.3 %.
    double standardError = Math.sqrt(Math.PI / 2) * Math.sqrt(years * s2) / Math.sqrt(paths);
    assertThat(standardError).isCloseTo(0.0081, within(0.0002));
    double median = result.realValue().p50()[years - 1];
    assertThat(Math.log(median / analyticMedian)).isCloseTo(0.0, within(4 * standardError));
    assertThat(result.successRate()).isEqualTo(1.0);
  }

  @Test
  void constantYieldPaysYieldTimesValueEveryYear() {
    double yield = 0.04;
    ScenarioSet scenarios = ParametricMonteCarlo.builder()
        .assetClass("bonds", 0.05, 0.08)
        .inflation(new InflationAssumption(0.025, 0.01, 0.5))
        .paths(5)
        .seed(7)
        .build()
        .scenarios(java.util.List.of("bonds"), YEARS);
    ProjectionModel model = ProjectionModel.builder()
        .position(new Position("bond fund", "bonds", AccountType.TAXABLE, START, yield, new IncomeModel.ConstantYield(), 0.0))
        .spending(new SpendingRule.ConstantSpending(30_000, true))
        .years(YEARS)
        .build();

    for (int path = 0; path < 5; path++) {
      PathTrace trace = Projection.trace(model, scenarios, path);
      // Start-of-year payment: the value at the payment date is last year's closing value.
      double valueAtPayment = START;
      for (int t = 0; t < YEARS; t++) {
        assertThat(trace.positionIncome()[t][0]).isCloseTo(yield * valueAtPayment, within(1e-9 * valueAtPayment));
        assertThat(trace.positionYield()[t][0]).isEqualTo(yield);
        valueAtPayment = trace.positionValue()[t][0];
      }
    }
  }

  @Test
  void constantYieldWithEndOfYearPaymentsPaysYieldTimesTheGrownValue() {
    double yield = 0.035;
    ScenarioSet scenarios = ParametricMonteCarlo.builder()
        .assetClass("bonds", 0.05, 0.08)
        .paths(2)
        .seed(8)
        .build()
        .scenarios(java.util.List.of("bonds"), 10);
    ProjectionModel model = ProjectionModel.builder()
        .position(new Position("bond fund", "bonds", AccountType.TAXABLE, START, yield, new IncomeModel.ConstantYield(), 0.0))
        .years(10)
        .timing(Timing.END)
        .build();
    PathScenario returns = scenarios.newBuffer();
    scenarios.fill(1, returns);

    PathTrace trace = Projection.trace(model, scenarios, 1);

    double opening = START;
    for (int t = 0; t < 10; t++) {
      double atPayment = opening * returns.gross(t, 0);
      assertThat(trace.positionIncome()[t][0]).isCloseTo(yield * atPayment, within(1e-9 * atPayment));
      // No spending: the income is reinvested, so the closing value is the grown value.
      assertThat(trace.positionValue()[t][0]).isCloseTo(atPayment, within(1e-6));
      opening = trace.positionValue()[t][0];
    }
  }

  @Test
  void safeAndPerpetualRatesMatchTheAnnuityFormulasWhenReturnsAreCertain() {
    // Real gross return g = 1.06/1.02. Start-of-year withdrawals w for N years exhaust V0 when
    // V0 = w · Σ_{k=0}^{N−1} g^{−k} (an annuity due); keeping the real value needs (V − w)·g = V,
    // i.e. w = V0 · (g − 1)/g.
    double g = (1 + RETURN) / (1 + INFLATION);
    double annuity = 0.0;
    for (int k = 0; k < YEARS; k++) {
      annuity += Math.pow(g, -k);
    }
    ScenarioSet scenarios = deterministic(RETURN, INFLATION, YEARS);

    WithdrawalRates rates = WithdrawalRates.of(constantSpending(Timing.START), scenarios, 1.0, RunOptions.threads(1));

    assertThat(rates.safe()).isCloseTo(1.0 / annuity, within(2e-7));
    assertThat(rates.perpetual()).isCloseTo((g - 1) / g, within(2e-7));
    BigDecimal check = BigDecimal.ONE.divide(BigDecimal.valueOf(annuity), new MathContext(10, RoundingMode.HALF_EVEN));
    assertThat(check.doubleValue()).isBetween(0.055, 0.056); // about 5.56 % for 30 years at a 3.92 % real return
  }
}
