package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import org.junit.jupiter.api.Test;

/** A TIPS fund's income: the real coupon plus the year's inflation accrual, distributed. */
class InflationLinkedIncomeTest {

  private static final double REAL_COUPON = 0.018;
  private static final double INFLATION = 0.03;
  private static final double VALUE = 100_000;

  private static ProjectionModel spendAllIncome(IncomeModel income) {
    return ProjectionModel.builder()
        .position(new Position("tips", "tips", AccountType.TAX_FREE, VALUE, 0.043, income, 0.0))
        .spending(new SpendingRule.IncomeOnly(1e9, false)) // spends every cent of income
        .years(5)
        .build();
  }

  private static ScenarioSet steady(double inflationVolatility) {
    return ParametricMonteCarlo.builder()
        .assetClass("tips", 0.048, 0.0) // no volatility: the fund earns exactly its coupon + inflation
        .inflation(new InflationAssumption(INFLATION, inflationVolatility, 0.0))
        .paths(1)
        .build()
        .scenarios(java.util.List.of("tips"), 5);
  }

  @Test
  void aZeroVolatilityPathPaysTheRealCouponPlusInflation() {
    PathTrace trace = Projection.trace(spendAllIncome(new IncomeModel.InflationLinked(REAL_COUPON)), steady(0.0), 0);

    // By hand: 1.8 % + 3 % = 4.8 % of value: 4,800 in year 1. The income is paid at the start of
    // the year and spent, the rest grows by the fund's 4.8 %: value_t = 100,000 × (0.952 × 1.048)^t,
    // so year 2 pays 4,800 × 0.997696 = 4,788.94.
    for (int t = 0; t < 5; t++) {
      double value = VALUE * Math.pow(0.952 * 1.048, t);
      assertThat(trace.grossIncome()[t] / value).as("yield of year %d", t).isCloseTo(0.048, within(1e-12));
    }
    assertThat(trace.grossIncome()[1]).isCloseTo(4_788.94, within(0.01));
  }

  @Test
  void theAccrualFollowsEachYearsInflation() {
    ScenarioSet scenarios = steady(0.02);
    PathScenario path = new PathScenario(5, 1);
    scenarios.fill(0, path);
    PathTrace trace = Projection.trace(spendAllIncome(new IncomeModel.InflationLinked(REAL_COUPON)), scenarios, 0);

    // Second method: the position's yield each year is max(0, 1.8 % + π_t), π_t from the path.
    for (int t = 0; t < 5; t++) {
      double yield = Math.max(0.0, REAL_COUPON + path.inflation(t));
      double valueAtPayment = t == 0 ? VALUE : trace.positionValue()[t - 1][0];
      assertThat(trace.grossIncome()[t]).as("income of year %d", t).isCloseTo(yield * valueAtPayment, within(1e-6));
    }
  }

  @Test
  void deflationPaysNoNegativeAccrual() {
    assertThat(new IncomeModel.InflationLinked(REAL_COUPON).yieldWith(-0.05)).isZero();
    assertThat(new IncomeModel.InflationLinked(REAL_COUPON).yieldWith(0.03)).isCloseTo(0.048, within(1e-15));
  }
}
