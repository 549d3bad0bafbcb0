package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import io.perennial.market.AnnualReturnsTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dividend model: income per share reacts to the previous year's return. */
class DividendIncomeTest {

  // Returns of a made-up market: steady 8 %, a crash, a rebound.
  private static final double[] RETURNS = {0.08, 0.08, -0.40, 0.25, 0.08, 0.08};

  private static ScenarioSet market() {
    int[] years = {1, 2, 3, 4, 5, 6};
    AnnualReturnsTable table = AnnualReturnsTable.of(years, Map.of("stocks", RETURNS));
    return new HistoricalSequences(table, 1, 6, null).scenarios(List.of("stocks"), 6);
  }

  private static ProjectionModel spendAllIncome(IncomeModel income) {
    return ProjectionModel.builder()
        .position(new Position("index", "stocks", AccountType.TAX_FREE, 1000, 0.03, income, 0.0))
        .spending(new SpendingRule.IncomeOnly(1e9, false)) // spends every cent of income; units stay constant
        .years(6)
        .build();
  }

  @Test
  void incomePerShareGrowsByTheResponseToLastYearsSurprise() {
    ScenarioSet s = market();
    double growth = 0.04;
    PathTrace trace = Projection.trace(spendAllIncome(IncomeModel.DividendGrowth.usEquity(growth)), s, 0);

    // Second method: the formula g_t = γ + 0.66·min(x,0) + 0.07·max(x,0) + 0.10·2(y₀ − y)/(y₀ + y)
    // with x = ln(1+R) − m, the yield following y ← y·e^g/((1 − y)·(1 + R)).
    double m = 0;
    for (double r : RETURNS) {
      m += Math.log1p(r) / RETURNS.length;
    }
    double down = 0;
    double up = 0;
    for (double r : RETURNS) {
      down += Math.min(Math.log1p(r) - m, 0) / RETURNS.length;
      up += Math.max(Math.log1p(r) - m, 0) / RETURNS.length;
    }
    double gamma = Math.log1p(growth) - 0.66 * down - 0.07 * up;
    double income = 30; // 3 % of 1,000
    double y = 0.03;
    for (int t = 0; t < 6; t++) {
      assertThat(trace.grossIncome()[t]).as("income of year %d", t).isCloseTo(income, within(1e-9));
      double x = Math.log1p(RETURNS[t]) - m;
      double g = gamma + 0.66 * Math.min(x, 0) + 0.07 * Math.max(x, 0) + 0.10 * 2 * (0.03 - y) / (0.03 + y);
      income *= Math.exp(g);
      y = y * Math.exp(g) / ((1 - y) * (1 + RETURNS[t]));
    }
    // The crash of year 2 (−40 %, x ≈ −0.56) cuts year 3's income: e^(γ − 0.37) ≈ 0.75.
    assertThat(trace.grossIncome()[3] / trace.grossIncome()[2]).isLessThan(0.8);
    assertThat(trace.grossIncome()[2] / trace.grossIncome()[1]).isGreaterThan(1.0);
  }

  @Test
  void withoutAResponseIncomeGrowsAtItsRateWhateverTheMarket() {
    PathTrace trace = Projection.trace(spendAllIncome(new IncomeModel.DividendGrowth(0.05, IncomeResponse.NONE)), market(), 0);

    for (int t = 0; t < 6; t++) {
      assertThat(trace.grossIncome()[t]).isCloseTo(30 * Math.pow(1.05, t), within(1e-9));
    }
  }

  @Test
  void endOfYearPaymentsReactToTheYearBefore() {
    // End timing: the income paid at the end of year t follows the surprise of year t−1; the
    // first payment is 3 % of the grown value, 1,080. (Without the yield reversion, whose pull
    // depends on the yield and so on the timing, the growth factors are the same in both timings.)
    IncomeModel income = new IncomeModel.DividendGrowth(0.04, new IncomeResponse(0.66, 0.07, 0.0));
    PathTrace trace = Projection.trace(spendAllIncome(income), market(), 0);
    ProjectionModel end = ProjectionModel.builder()
        .position(new Position("index", "stocks", AccountType.TAX_FREE, 1000, 0.03, income, 0.0))
        .spending(new SpendingRule.IncomeOnly(1e9, false))
        .timing(Timing.END)
        .years(6)
        .build();

    PathTrace endTrace = Projection.trace(end, market(), 0);

    assertThat(endTrace.grossIncome()[0]).isCloseTo(0.03 * 1080, within(1e-9));
    // Income per share then grows by the same factors as with start-of-year payments.
    for (int t = 1; t < 6; t++) {
      assertThat(endTrace.grossIncome()[t] / endTrace.grossIncome()[t - 1])
          .isCloseTo(trace.grossIncome()[t] / trace.grossIncome()[t - 1], within(1e-12));
    }
  }

  /** Mean yearly log growth of income per share over 30 years and 4,000 lognormal paths. */
  private static double realisedGrowth(double assumedGrowth) {
    ScenarioSet s = ParametricMonteCarlo.builder().assetClass("stocks", 0.08, 0.18).paths(4_000).seed(5).build()
        .scenarios(List.of("stocks"), 30);
    ProjectionModel model = ProjectionModel.builder()
        .position(new Position("index", "stocks", AccountType.TAX_FREE, 1000, 0.03,
            IncomeModel.DividendGrowth.usEquity(assumedGrowth), 0.0))
        .spending(new SpendingRule.IncomeOnly(1e9, false)) // all income spent: income per share = income
        .years(30)
        .build();
    double sum = 0;
    for (int p = 0; p < 4_000; p++) {
      PathTrace trace = Projection.trace(model, s, p);
      sum += Math.log(trace.grossIncome()[29] / trace.grossIncome()[0]) / 29;
    }
    return sum / 4_000;
  }

  @Test
  void incomeGrowsAtTheAssumedRateWhenTheAssumptionsAgree() {
    // μ = 8 %, σ = 18 %: m = ln 1.08 − s²/2 with s² = ln(1 + 0.0324/1.1664) = 0.02740, m = 0.06326.
    // A 3 % yield keeps its level when income per share grows like the ex-income price:
    // ln(1 + g) = m + ln(1 − 0.03) = 0.06326 − 0.03046 = 0.03280 → g = 3.33 %.
    double s2 = Math.log(1 + 0.18 * 0.18 / (1.08 * 1.08));
    double consistent = Math.expm1(Math.log(1.08) - s2 / 2 + Math.log(1 - 0.03));
    assertThat(consistent).isCloseTo(0.0333, within(0.0001));

    // Per path the mean of 29 growths has sd ≈ 0.66·0.17·0.6/√29 ≈ 0.013; over 4,000 paths 0.0002.
    assertThat(realisedGrowth(consistent)).isCloseTo(Math.log1p(consistent), within(0.001));
  }

  @Test
  void anInconsistentGrowthAssumptionIsPulledTowardTheConsistentOne() {
    // Assumed 5 % against a consistent 3.33 %: the yield would climb without end; the reversion
    // holds it, so the realised growth lies between the two.
    double realised = realisedGrowth(0.05);

    assertThat(realised).isBetween(Math.log1p(0.0333), Math.log1p(0.05));
  }
}
