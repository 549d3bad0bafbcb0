package io.perennial.estimate;

import static io.perennial.estimate.EstimatorFixtures.pricesByRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.linalg.SymmetricEigen;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CovarianceEstimatorTest {

  private static final double NaN = Double.NaN;

  @Test
  void sampleCovarianceMatchesPyPortfolioOptsPublishedDummyMatrix() {
    // tests/test_risk_models.py::test_sample_cov_dummy: sample_cov(data) / 252 equals this matrix.
    double[][] prices = {{4.0, 2.0, 0.6}, {4.2, 2.1, 0.59}, {3.9, 2.0, 0.58}, {4.3, 2.1, 0.62}, {4.1, 2.2, 0.63}};
    double[][] expected = {
        {0.006661687937656102, 0.00264970955585574, 0.0020849735375206195},
        {0.00264970955585574, 0.0023450491307634215, 0.00096770864287974},
        {0.0020849735375206195, 0.00096770864287974, 0.0016396416271856837}};
    CovarianceEstimate estimate = new CovarianceEstimator.Sample(1).estimate(ReturnTable.fromPrices(pricesByRow(prices)));
    assertThat(estimate.repair().repaired()).isFalse();
    for (int i = 0; i < 3; i++) {
      assertThat(estimate.matrix()[i]).containsExactly(expected[i], within(1e-17));
    }
  }

  @Test
  void sampleCovarianceIsPairwiseComplete() {
    // A: 0.01, 0.03, 0.02, NaN ; B: NaN, 0.01, 0.05, 0.00.
    // Pair over periods 1, 2: A (0.03, 0.02) mean 0.025, B (0.01, 0.05) mean 0.03:
    // ((0.005)(−0.02) + (−0.005)(0.02)) / (2 − 1) = −0.0002.
    // Var A over its 3 returns: mean 0.02, ((−0.01)² + 0.01² + 0²)/2 = 0.0001.
    // Var B over its 3: mean 0.02, ((−0.01)² + 0.03² + (−0.02)²)/2 = 0.0007.
    ReturnTable returns = EstimatorFixtures.returns(new double[] {0.01, 0.03, 0.02, NaN}, new double[] {NaN, 0.01, 0.05, 0.00});
    double[][] raw = PairwiseCovariance.sample(returns);
    assertThat(raw[0][1]).isCloseTo(-0.0002, within(1e-18));
    assertThat(raw[1][0]).isCloseTo(-0.0002, within(1e-18));
    assertThat(raw[0][0]).isCloseTo(0.0001, within(1e-18));
    assertThat(raw[1][1]).isCloseTo(0.0007, within(1e-18));
    // Annualised by 252 and repaired: the pairwise matrix has det 0.0001·0.0007 − 0.0002² = 3e-8 > 0, so PSD.
    CovarianceEstimate estimate = new CovarianceEstimator.Sample(252).estimate(returns);
    assertThat(estimate.get(0, 1)).isCloseTo(-0.0002 * 252, within(1e-15));
    assertThat(estimate.volatility(1)).isCloseTo(Math.sqrt(0.0007 * 252), within(1e-15));
  }

  @Test
  void pairwiseEstimatesThatAreNotPsdAreRepairedAndSaySo() {
    // Three assets observed on disjoint-ish windows so that pairwise correlations are inconsistent:
    // A and B move together, B and C move together, A and C move opposite.
    double[] a = {0.01, -0.01, 0.02, -0.02, NaN, NaN, NaN, NaN, 0.01, -0.01};
    double[] b = {0.01, -0.01, 0.02, -0.02, 0.01, -0.01, 0.02, -0.02, NaN, NaN};
    double[] c = {NaN, NaN, NaN, NaN, 0.01, -0.01, 0.02, -0.02, -0.01, 0.01};
    CovarianceEstimate estimate = new CovarianceEstimator.Sample(1).estimate(EstimatorFixtures.returns(a, b, c));
    assertThat(estimate.repair().repaired()).isTrue();
    assertThat(estimate.repair().smallestEigenvalue()).isNegative();
    assertThat(SymmetricEigen.decompose(estimate.matrix()).minValue()).isGreaterThan(-1e-15);
  }

  @Test
  void exponentialCovarianceDemeansByFullMeansAndWeighsCommonPeriods() {
    // span 3 → α = 0.5, weights by position (latest = 1): 0.25, 0.5, 1.
    // A: 0.01, 0.02, 0.03 (mean 0.02) → deviations −0.01, 0, 0.01.
    // B: NaN, 0.04, 0.00 (mean 0.02) → deviations −, 0.02, −0.02.
    // Cov(A,B) over periods 1, 2: (0.5·0·0.02 + 1·0.01·(−0.02)) / (0.5 + 1) = −0.0002/1.5.
    // Var(A): (0.25·1e-4 + 0 + 1·1e-4)/1.75 = 1.25e-4/1.75. Var(B): (0.5·4e-4 + 1·4e-4)/1.5 = 4e-4.
    ReturnTable returns = EstimatorFixtures.returns(new double[] {0.01, 0.02, 0.03}, new double[] {NaN, 0.04, 0.00});
    double[][] raw = PairwiseCovariance.exponential(returns, 3);
    assertThat(raw[0][1]).isCloseTo(-0.0002 / 1.5, within(1e-18));
    assertThat(raw[0][0]).isCloseTo(1.25e-4 / 1.75, within(1e-18));
    assertThat(raw[1][1]).isCloseTo(4e-4, within(1e-18));
  }

  @Test
  void ledoitWolfConstantVarianceIntensityMatchesTheClosedFormWorkedByHand() {
    // Two assets, four periods, already centred (means 0); in units of 1 % (shrinkage is scale-free):
    //   a = (2, −1, 0, −1), b = (1, 0, 1, −2).
    // S = XᵀX/4: s_aa = 6/4 = 1.5, s_bb = 6/4 = 1.5, s_ab = (2 + 0 + 0 + 2)/4 = 1.
    // μ = tr(S)/2 = 1.5; d² = ‖S − μI‖²/n = (1² + 1²)/2 = 1.
    // b̄² = (1/t²) Σ_k ‖x_k x_kᵀ − S‖²/n: the four terms are 8.5, 4.5, 4.5, 8.5 (e.g. x_1 = (2, 1):
    //   [[4,2],[2,1]] − S = [[2.5,1],[1,−0.5]] → 6.25 + 1 + 1 + 0.25), so b̄² = 26/(16·2) = 0.8125.
    // δ = min(b̄², d²)/d² = 0.8125. Shrunk: diagonal 0.1875·1.5 + 0.8125·1.5 = 1.5; off-diagonal 0.1875·1.
    ReturnTable returns = EstimatorFixtures.returns(
        new double[] {0.02, -0.01, 0.00, -0.01}, new double[] {0.01, 0.00, 0.01, -0.02});
    CovarianceEstimate estimate = new CovarianceEstimator.LedoitWolfShrinkage(ShrinkageTarget.CONSTANT_VARIANCE, 1).estimate(returns);
    assertThat(estimate.shrinkage()).isCloseTo(0.8125, within(1e-12));
    assertThat(estimate.get(0, 0)).isCloseTo(1.5e-4, within(1e-16));
    assertThat(estimate.get(1, 1)).isCloseTo(1.5e-4, within(1e-16));
    assertThat(estimate.get(0, 1)).isCloseTo(0.1875e-4, within(1e-16));
  }

  @Property(tries = 60)
  void pairwiseSampleCovarianceEqualsTheTwoPassFormula(
      @ForAll @IntRange(min = 1, max = 9) int assets, @ForAll @IntRange(min = 3, max = 60) int periods,
      @ForAll long seed, @ForAll boolean gaps) {
    ReturnTable returns = EstimatorFixtures.randomReturns(assets, periods, seed, gaps);
    double[][] fast = PairwiseCovariance.sample(returns);
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        double expected = TwoPass.covariance(returns.column(i), returns.column(j));
        if (Double.isNaN(expected)) {
          assertThat(fast[i][j]).isNaN();
        } else {
          assertThat(fast[i][j]).isCloseTo(expected, within(1e-12 * Math.max(1e-4, Math.abs(expected))));
        }
      }
    }
  }

  @Property(tries = 60)
  void exponentialCovarianceEqualsTheDirectWeightedMean(
      @ForAll @IntRange(min = 1, max = 7) int assets, @ForAll @IntRange(min = 3, max = 60) int periods,
      @ForAll long seed, @ForAll boolean gaps, @ForAll @IntRange(min = 2, max = 400) int span) {
    ReturnTable returns = EstimatorFixtures.randomReturns(assets, periods, seed, gaps);
    double[][] fast = PairwiseCovariance.exponential(returns, span);
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        double expected = TwoPass.exponentialCovariance(returns.column(i), returns.column(j), span);
        assertThat(fast[i][j]).isCloseTo(expected, within(1e-12 * Math.max(1e-4, Math.abs(expected))));
      }
    }
  }

  @Property(tries = 40)
  void ledoitWolfTargetsAgreeWithPyPortfolioOptsMatrixFormulas(
      @ForAll @IntRange(min = 2, max = 8) int assets, @ForAll @IntRange(min = 10, max = 80) int periods,
      @ForAll long seed, @ForAll boolean gaps) {
    ReturnTable returns = EstimatorFixtures.randomReturns(assets, periods, seed, gaps);
    for (ShrinkageTarget target : ShrinkageTarget.values()) {
      LedoitWolf.Shrunk fast = LedoitWolf.estimate(returns, target);
      TwoPass.Shrunk literal = TwoPass.ledoitWolf(returns, target);
      // With two assets the constant-correlation target equals the sample matrix (γ̂ = 0 up to
      // rounding), so the intensity is arbitrary; only the matrix is compared then.
      if (!(target == ShrinkageTarget.CONSTANT_CORRELATION && assets == 2)) {
        assertThat(fast.shrinkage()).as(target.name()).isCloseTo(literal.shrinkage(), within(1e-9));
      }
      for (int i = 0; i < assets; i++) {
        for (int j = 0; j < assets; j++) {
          assertThat(fast.covariance()[i][j]).as(target.name())
              .isCloseTo(literal.covariance()[i][j], within(1e-12 * Math.max(1e-4, Math.abs(literal.covariance()[i][j]))));
        }
      }
    }
  }

  @Test
  void refusesPairsWithoutCommonReturns() {
    ReturnTable returns = EstimatorFixtures.returns(new double[] {0.01, 0.02, NaN, NaN}, new double[] {NaN, NaN, 0.01, 0.03});
    assertThatThrownBy(() -> new CovarianceEstimator.Sample(252).estimate(returns))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A0 and A1 have fewer than two periods with returns in common");
  }
}
