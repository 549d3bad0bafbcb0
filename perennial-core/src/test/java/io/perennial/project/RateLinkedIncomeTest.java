package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cash and bond income follow a mean-reverting bill rate as the holdings reprice. */
class RateLinkedIncomeTest {

  private static final int YEARS = 12;
  /** Today's bill rate 3.56 %, long run 2.9 % (0.4 % real + 2.5 %), persistence 0.85. */
  private static final double START = 0.0356;
  private static final double LONG_RUN = 0.029;
  private static final double PERSISTENCE = 0.85;
  private static final double BOND_YIELD = 0.0414;

  private static ScenarioSet still(double rateVolatility) {
    return ParametricMonteCarlo.builder()
        .assetClass("cash", 0.03, 0.0)
        .assetClass("bonds", 0.04, 0.0)
        .billRate(new RateAssumption(START, LONG_RUN, rateVolatility, PERSISTENCE))
        .inflation(InflationAssumption.constant(0.025))
        .paths(4)
        .build()
        .scenarios(List.of("cash", "bonds"), YEARS);
  }

  private static ProjectionModel holding(String series, double yield, IncomeModel income) {
    return ProjectionModel.builder()
        .position(new Position(series, series, AccountType.TAX_FREE, 100_000, yield, income, 0.0))
        .spending(new SpendingRule.IncomeOnly(1e9, false)) // spends every cent of income
        .years(YEARS)
        .build();
  }

  /** The yield paid in year t: income ÷ the value at the payment date. */
  private static double yieldPaid(PathTrace trace, int t) {
    double value = t == 0 ? 100_000 : trace.positionValue()[t - 1][0];
    return trace.positionIncome()[t][0] / value;
  }

  @Test
  void cashIncomeFollowsTheClosedFormMeanReversion() {
    PathTrace trace = Projection.trace(holding("cash", START, IncomeModel.RateLinked.cash()), still(0.0), 0);

    // By hand: b_t = 2.9 % + (3.56 % − 2.9 %) × 0.85^t: 3.5600 %, 3.4610 %, 3.37685 %, ...
    assertThat(yieldPaid(trace, 0)).isCloseTo(0.0356, within(1e-12));
    assertThat(yieldPaid(trace, 1)).isCloseTo(0.034610, within(1e-12));
    assertThat(yieldPaid(trace, 2)).isCloseTo(0.0337685, within(1e-12));
    for (int t = 0; t < YEARS; t++) {
      assertThat(yieldPaid(trace, t)).as("cash yield of year %d", t)
          .isCloseTo(LONG_RUN + (START - LONG_RUN) * Math.pow(PERSISTENCE, t), within(1e-12));
    }
  }

  @Test
  void aBondFundRepricesOneFifthAYearTowardTheMovedYield() {
    PathTrace trace = Projection.trace(holding("bonds", BOND_YIELD, new IncomeModel.RateLinked(0.2)), still(0.0), 0);

    // By hand: the market yield is 4.14 % − 0.66 % × (1 − 0.85^t); a fifth reprices each year, so
    // y_t = 4.14 % − 0.66 % × [1 − 0.8^t − 0.2 × Σ_{j=1..t} 0.8^(t−j) 0.85^j]
    //     = 4.14 % − 0.66 % × [1 − 0.8^t − 3.4 × (0.85^t − 0.8^t)]
    // (Σ = 0.85 (0.85^t − 0.8^t) / 0.05). Year 1: 4.14 % − 0.66 % × (0.2 − 0.17) = 4.1202 %.
    assertThat(yieldPaid(trace, 1)).isCloseTo(0.041202, within(1e-12));
    for (int t = 0; t < YEARS; t++) {
      double closed = BOND_YIELD - (START - LONG_RUN)
          * (1 - Math.pow(0.8, t) - 3.4 * (Math.pow(0.85, t) - Math.pow(0.8, t)));
      assertThat(yieldPaid(trace, t)).as("bond yield of year %d", t).isCloseTo(closed, within(1e-12));
    }
  }

  @Test
  void aMovingRateChangesIncomeButNotTheReturns() {
    ScenarioSet still = still(0.0);
    ScenarioSet moving = still(0.0263);
    PathScenario a = new PathScenario(YEARS, 2);
    PathScenario b = new PathScenario(YEARS, 2);
    boolean anyDifferent = false;
    for (int p = 0; p < 4; p++) {
      still.fill(p, a);
      moving.fill(p, b);
      for (int t = 0; t < YEARS; t++) {
        assertThat(b.gross(t, 0)).isEqualTo(a.gross(t, 0));
        assertThat(b.inflation(t)).isEqualTo(a.inflation(t));
        anyDifferent |= b.billRate(t) != a.billRate(t);
      }
      assertThat(b.billRate(0)).isEqualTo(START);
    }
    assertThat(anyDifferent).isTrue();
  }

  @Test
  void withoutARatePathTheYieldStaysAsItStarts() {
    ScenarioSet plain = ParametricMonteCarlo.builder().assetClass("cash", 0.03, 0.0).paths(1).build()
        .scenarios(List.of("cash"), YEARS);
    PathTrace trace = Projection.trace(holding("cash", START, IncomeModel.RateLinked.cash()), plain, 0);
    for (int t = 0; t < YEARS; t++) {
      assertThat(yieldPaid(trace, t)).isCloseTo(START, within(1e-12));
    }
  }
}
