package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.io.WidePriceCsv;
import io.perennial.market.PriceTable;
import io.perennial.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimators on PyPortfolioOpt's {@code tests/resources/stock_prices.csv}, against numbers
 * computed independently:
 *
 * <ul>
 *   <li>PyPortfolioOpt's own published test values ({@code tests/test_expected_returns.py}:
 *       7,125 return rows; {@code correct_mean} of {@code mean_historical_return}, to 6 decimals);
 *   <li>NumPy, by {@code src/test/resources/reference/pypfopt_conventions.py} (run once with
 *       Debian's {@code /usr/bin/python3}, numpy 1.24.2): returns with explicit NaN masks, pandas'
 *       pairwise covariance and {@code ewm(adjust=True)} written out as loops over masks and weights,
 *       scikit-learn's {@code ledoit_wolf} and PyPortfolioOpt's single-factor and
 *       constant-correlation code in their matrix form. The printed values are pasted below.
 * </ul>
 */
class PyPortfolioOptConventionsTest {

  private static final double RELATIVE = 1e-9;
  private static ReturnTable returns;
  private static List<AssetId> tickers;

  @BeforeAll
  static void load() {
    PriceTable prices = WidePriceCsv.read(SharedData.require("validation/pypfopt/stock_prices.csv"));
    returns = ReturnTable.fromPrices(prices);
    tickers = prices.tickers();
  }

  private static int index(String ticker) {
    return tickers.indexOf(AssetId.of(ticker));
  }

  private static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
  }

  @Test
  void returnRowsAsPyPortfolioOpt() {
    assertThat(returns.size()).isEqualTo(7125); // test_returns_dataframe
  }

  @Test
  void meanHistoricalReturnMatchesPyPortfolioOptsPublishedValues() {
    double[] correctMean = {
        0.247967, 0.294304, 0.284037, 0.1923164, 0.371327, 0.1360093, 0.0328503, 0.1200115, 0.105540, 0.0423457,
        0.1002559, 0.1442237, -0.0792602, 0.1430506, 0.0736356, 0.238835, 0.388665, 0.226717, 0.1561701, 0.2318153};
    double[] mu = ExpectedReturnEstimator.MeanHistorical.geometricDaily().estimate(returns).values();
    // np.testing.assert_array_almost_equal (decimal = 6): |difference| < 1.5e-6.
    assertThat(mu).containsExactly(correctMean, within(1.5e-6));
  }

  @Test
  void expectedReturnsMatchNumPy() {
    // pypfopt_conventions.py: name, count, geometric, arithmetic, EMA(500) geometric, EMA(500) arithmetic.
    Object[][] expected = {
        {"GOOG", 3434, 0.2479671394835612, 0.2677028381241279, 0.1773172849394704, 0.1632912448216356},
        {"AAPL", 7125, 0.2943046823052571, 0.363786404876319, 0.268149380415871, 0.23767066462010933},
        {"FB", 1482, 0.2840374345617638, 0.3170903217255154, 0.19608680909223763, 0.17911886347018693},
        {"SBUX", 6495, 0.23181535843043455, 0.284749726171487, 0.10261334402459177, 0.09770206439999626}};
    ExpectedReturns geometric = new ExpectedReturnEstimator.MeanHistorical(Compounding.GEOMETRIC, 252).estimate(returns);
    ExpectedReturns arithmetic = new ExpectedReturnEstimator.MeanHistorical(Compounding.ARITHMETIC, 252).estimate(returns);
    ExpectedReturns emaGeometric = new ExpectedReturnEstimator.ExponentiallyWeighted(Compounding.GEOMETRIC, 500, 252).estimate(returns);
    ExpectedReturns emaArithmetic = new ExpectedReturnEstimator.ExponentiallyWeighted(Compounding.ARITHMETIC, 500, 252).estimate(returns);
    for (Object[] row : expected) {
      int i = index((String) row[0]);
      assertThat(geometric.observations()[i]).isEqualTo(row[1]);
      assertRelative(geometric.values()[i], (double) row[2]);
      assertRelative(arithmetic.values()[i], (double) row[3]);
      assertRelative(emaGeometric.values()[i], (double) row[4]);
      assertRelative(emaArithmetic.values()[i], (double) row[5]);
    }
  }

  @Test
  void sampleAndExponentialCovariancesMatchNumPy() {
    CovarianceEstimate sample = new CovarianceEstimator.Sample(252).estimate(returns);
    // The pairwise matrix is positive definite here (NumPy: smallest eigenvalue 0.0287), so no repair.
    assertThat(sample.repair().repaired()).isFalse();
    assertRelative(sample.get(index("GOOG"), index("AAPL")), 0.04620227917174633);
    assertRelative(sample.get(index("AAPL"), index("AAPL")), 0.20753690517551251);
    assertRelative(sample.get(index("FB"), index("BABA")), 0.030073473606999423);
    assertRelative(sample.get(index("SBUX"), index("XOM")), 0.023474646497726986);

    CovarianceEstimate exp = new CovarianceEstimator.ExponentiallyWeighted(180, 252).estimate(returns);
    assertRelative(exp.get(index("GOOG"), index("AAPL")), 0.04157811124047791);
    assertRelative(exp.get(index("AAPL"), index("AAPL")), 0.05338645531793045);
    assertRelative(exp.get(index("FB"), index("BABA")), 0.058769325052202996);
  }

  @Test
  void ledoitWolfTargetsMatchNumPy() {
    // name: δ, Σ(GOOG, AAPL), Σ(AAPL, AAPL), all annualised (× 252).
    Object[][] expected = {
        {ShrinkageTarget.CONSTANT_VARIANCE, 0.006256103367537102, 0.022142793443999245, 0.20703745322378442},
        {ShrinkageTarget.SINGLE_FACTOR, 0.01850688895408131, 0.02231367212693195, 0.20750777718882174},
        {ShrinkageTarget.CONSTANT_CORRELATION, 0.01795506398722623, 0.046002102325263416, 0.20753690517551251}};
    for (Object[] row : expected) {
      CovarianceEstimate estimate = new CovarianceEstimator.LedoitWolfShrinkage((ShrinkageTarget) row[0], 252).estimate(returns);
      assertThat(estimate.shrinkage()).as(row[0].toString()).isCloseTo((double) row[1], within(1e-9 * (double) row[1]));
      assertRelative(estimate.get(index("GOOG"), index("AAPL")), (double) row[2]);
      assertRelative(estimate.get(index("AAPL"), index("AAPL")), (double) row[3]);
      assertThat(estimate.repair().repaired()).isFalse();
    }
  }

  @Test
  void pairwiseCovarianceOfTheSp500UniverseMatchesNumPyIncludingGappyColumns() {
    PriceTable prices = WidePriceCsv.read(SharedData.require("data/sp500-universe-2021/adjusted_close_daily_wide.csv"));
    ReturnTable sp500 = ReturnTable.fromPrices(prices);
    double[][] annual = PairwiseCovariance.sample(sp500);
    // KIM, RHI, SPGI, VIAC and WELL have gaps inside their histories; VAR ends on 2021-04-16.
    Object[][] expected = {
        {"AAPL", "MSFT", 0.05759512149438133}, {"KIM", "SPGI", 0.0538423563184483},
        {"VIAC", "WELL", 0.062255122464821434}, {"VAR", "AAPL", 0.030483858408749454},
        {"KIM", "KIM", 0.15444407139186275}, {"RHI", "ABBV", 0.02945651375705807}};
    assertThat(sp500.size()).isEqualTo(5401);
    for (Object[] row : expected) {
      int i = prices.indexOf(AssetId.of((String) row[0]));
      int j = prices.indexOf(AssetId.of((String) row[1]));
      assertRelative(annual[i][j] * 252, (double) row[2]);
    }
    // The pairwise matrix of this universe is far from PSD (stocks seen over different years, and
    // vendor errors such as TRMB +100 % on 2007-02-23). NumPy's eigvalsh of the annual matrix:
    // smallest eigenvalue −1.3114246054991432, 19 eigenvalues ≤ 0, spectral repair changes it by
    // 1.4029036861750257 (Frobenius).
    CovarianceEstimate estimate = new CovarianceEstimator.Sample(252).estimate(sp500);
    assertThat(estimate.repair().repaired()).isTrue();
    assertThat(estimate.repair().clippedEigenvalues()).isEqualTo(19);
    assertThat(estimate.repair().smallestEigenvalue()).isCloseTo(-1.3114246054991432, within(1e-9));
    assertThat(estimate.repair().frobeniusChange()).isCloseTo(1.4029036861750257, within(1e-9));
  }
}
