package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TIPS hedge inflation in the projection and nominal bonds do not: an inflation-linked class earns
 * its real return plus each year's inflation, and a TIPS fund pays its real coupon plus the
 * year's accrual, so in the futures with the most inflation its real income holds while a nominal
 * bond fund's falls.
 */
class InflationHedgeTest {

  private static final int YEARS = 10;
  private static final int PATHS = 2_000;
  /** Inflation as the plan's default: 2.5 % mean, 1.26 % volatility, persistence 0.27 (1985–2018). */
  private static final InflationAssumption INFLATION = new InflationAssumption(0.025, 0.0126, 0.27);

  private static ScenarioSet market() {
    return ParametricMonteCarlo.builder()
        .assetClass("tips", 1.0461 / 1.025 - 1.0, 0.0744) // the TIPS class's 4.61 % nominal, as real
        .inflationLinked("tips")
        .assetClass("treasuries", 0.0471, 0.0700)
        .correlation(new double[][] {{1.0, 0.79}, {0.79, 1.0}})
        .inflation(INFLATION)
        .inflationCorrelation(new double[] {0.05, -0.10})
        .paths(PATHS)
        .seed(7)
        .build()
        .scenarios(List.of("tips", "treasuries"), YEARS);
  }

  /** One fund, all income reinvested (its real income is counted as if paid out). */
  private static ProjectionModel holding(String series, double yield, IncomeModel income) {
    return ProjectionModel.builder()
        .position(new Position(series, series, AccountType.TAX_FREE, 100_000, yield, income, 1.0))
        .years(YEARS)
        .build();
  }

  @Test
  void anInflationLinkedClassEarnsItsRealReturnTimesInflation() {
    ScenarioSet scenarios = ParametricMonteCarlo.builder()
        .assetClass("tips", 0.02, 0.0)
        .inflationLinked("tips")
        .inflation(INFLATION)
        .paths(3)
        .build()
        .scenarios(List.of("tips"), YEARS);
    PathScenario path = new PathScenario(YEARS, 1);
    for (int p = 0; p < 3; p++) {
      scenarios.fill(p, path);
      for (int t = 0; t < YEARS; t++) {
        // By hand: no volatility of the real return, so 1 + R = 1.02 × (1 + π_t) exactly.
        assertThat(path.gross(t, 0)).isCloseTo(1.02 * (1 + path.inflation(t)), within(1e-12));
      }
    }
  }

  @Test
  void inTheMostInflationaryFuturesTipsRealIncomeHoldsWhileNominalBondRealIncomeFalls() {
    ScenarioSet scenarios = market();
    ProjectionModel tips = holding("tips", 0.043, new IncomeModel.InflationLinked(0.018));
    ProjectionModel bonds = holding("treasuries", 0.0414, new IncomeModel.ConstantYield());
    double[] level = new double[PATHS];
    double[] tipsIncome = new double[PATHS];
    double[] bondIncome = new double[PATHS];
    int last = YEARS - 1;
    for (int p = 0; p < PATHS; p++) {
      PathTrace t = Projection.trace(tips, scenarios, p);
      PathTrace b = Projection.trace(bonds, scenarios, p);
      level[p] = t.priceLevel()[last];
      tipsIncome[p] = t.realIncome()[last];
      bondIncome[p] = b.realIncome()[last];
    }
    Integer[] order = new Integer[PATHS];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(level[a], level[b]));
    int fifth = PATHS / 5;
    double tipsHigh = 0;
    double tipsLow = 0;
    double bondHigh = 0;
    double bondLow = 0;
    for (int k = 0; k < fifth; k++) {
      tipsLow += tipsIncome[order[k]] / fifth;
      bondLow += bondIncome[order[k]] / fifth;
      tipsHigh += tipsIncome[order[PATHS - 1 - k]] / fifth;
      bondHigh += bondIncome[order[PATHS - 1 - k]] / fifth;
    }
    double levelHigh = level[order[PATHS - 1 - fifth / 2]];
    double levelLow = level[order[fifth / 2]];
    // The most inflationary fifth of futures has a price level in year 10 about 10 % above the
    // least inflationary fifth's (1.26 % a year, persistence 0.27).
    assertThat(levelHigh / levelLow).isGreaterThan(1.08);
    // A nominal fund's real income is its fixed yield × value ÷ price level: it falls about as much
    // as the price level rises (the bonds' returns do not make up for inflation).
    assertThat(bondHigh / bondLow).isLessThan(0.94);
    // TIPS: the value carries the inflation and the payout adds the year's accrual: real income holds.
    assertThat(tipsHigh / tipsLow).isGreaterThan(0.99);
  }
}
