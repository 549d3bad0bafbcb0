package io.perennial.estimate;

import static io.perennial.estimate.EstimatorFixtures.pricesByRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import org.junit.jupiter.api.Test;

class ExpectedReturnEstimatorTest {

  private static final double NaN = Double.NaN;

  /** The price table of PyPortfolioOpt's tests/test_expected_returns.py::test_mean_historical_returns_dummy (first three columns). */
  private static final double[][] PYPFOPT_DUMMY = {
      {4.0, 2.0, 0.6}, {4.2, 2.1, 0.59}, {3.9, 2.0, 0.58}, {4.3, 2.1, 0.62}, {4.1, 2.2, 0.63}};

  @Test
  void meanHistoricalMatchesPyPortfolioOptsPublishedDummyValues() {
    ReturnTable returns = ReturnTable.fromPrices(pricesByRow(PYPFOPT_DUMMY));
    // PyPortfolioOpt's expected answers (frequency = 1, rtol 1e-3 there):
    // geometric [0.0061922, 0.0241137, 0.0122722], arithmetic [0.0086560, 0.0250000, 0.0128697].
    // By hand for the first column: growth 4.1/4.0 over 4 periods → 1.025^(1/4) − 1 = 0.0061922.
    double[] geometric = new ExpectedReturnEstimator.MeanHistorical(Compounding.GEOMETRIC, 1).estimate(returns).values();
    double[] arithmetic = new ExpectedReturnEstimator.MeanHistorical(Compounding.ARITHMETIC, 1).estimate(returns).values();
    assertThat(geometric).containsExactly(new double[] {0.0061922, 0.0241137, 0.0122722}, within(1e-7));
    assertThat(arithmetic).containsExactly(new double[] {0.0086560, 0.0250000, 0.0128697}, within(1e-7));
  }

  @Test
  void meanHistoricalUsesEachAssetsOwnReturnsAndAnnualises() {
    // A: +10 %, −10 % (n = 2); B: only +21 % (n = 1). Frequency 12.
    ReturnTable returns = EstimatorFixtures.returns(new double[] {0.10, -0.10}, new double[] {NaN, 0.21});
    ExpectedReturns geometric = new ExpectedReturnEstimator.MeanHistorical(Compounding.GEOMETRIC, 12).estimate(returns);
    // A: (1.1 × 0.9)^(12/2) − 1 = 0.99^6 − 1 = −0.058519850599; B: 1.21^12 − 1.
    assertThat(geometric.values()[0]).isCloseTo(Math.pow(0.99, 6) - 1, within(1e-14));
    assertThat(geometric.values()[1]).isCloseTo(Math.pow(1.21, 12) - 1, within(1e-10));
    assertThat(geometric.observations()).containsExactly(2, 1);
    ExpectedReturns arithmetic = new ExpectedReturnEstimator.MeanHistorical(Compounding.ARITHMETIC, 12).estimate(returns);
    assertThat(arithmetic.get(AssetId.of("A0"))).isCloseTo(0.0, within(1e-15));
    assertThat(arithmetic.get(AssetId.of("A1"))).isCloseTo(0.21 * 12, within(1e-14));
  }

  @Test
  void exponentialMeanWeighsByPositionAndSkipsMissingReturns() {
    // span 3 → α = 0.5; returns 0.01, NaN, 0.03: weights by position 0.25, (0.5), 1;
    // mean = (0.25·0.01 + 1·0.03)/(0.25 + 1) = 0.0325/1.25 = 0.026.
    ReturnTable returns = EstimatorFixtures.returns(new double[] {0.01, NaN, 0.03});
    double arithmetic = new ExpectedReturnEstimator.ExponentiallyWeighted(Compounding.ARITHMETIC, 3, 1).estimate(returns).values()[0];
    double geometric = new ExpectedReturnEstimator.ExponentiallyWeighted(Compounding.GEOMETRIC, 3, 2).estimate(returns).values()[0];
    assertThat(arithmetic).isCloseTo(0.026, within(1e-15));
    assertThat(geometric).isCloseTo(1.026 * 1.026 - 1, within(1e-15));
  }

  @Test
  void exponentialMeanWithAHugeSpanIsTheArithmeticMean() {
    // PyPortfolioOpt's test_ema_historical_return_limit, on random data: span 1e10 → equal weights.
    ReturnTable returns = EstimatorFixtures.randomReturns(5, 200, 7, true);
    double[] ema = new ExpectedReturnEstimator.ExponentiallyWeighted(Compounding.ARITHMETIC, 1e10, 252).estimate(returns).values();
    double[] mean = new ExpectedReturnEstimator.MeanHistorical(Compounding.ARITHMETIC, 252).estimate(returns).values();
    assertThat(ema).containsExactly(mean, within(1e-8));
  }

  @Test
  void anAssetWithoutReturnsHasNaN() {
    ReturnTable returns = EstimatorFixtures.returns(new double[] {0.01, 0.02}, new double[] {NaN, NaN});
    assertThat(ExpectedReturnEstimator.MeanHistorical.geometricDaily().estimate(returns).values()[1]).isNaN();
  }
}
