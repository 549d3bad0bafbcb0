package io.perennial.estimate;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.linalg.PsdRepair;

/**
 * How an annual covariance matrix is estimated from periodic simple returns. Each estimator
 * follows PyPortfolioOpt's {@code risk_models} (so that optimisations on the same prices agree),
 * annualises by multiplying the periodic covariance by {@link #frequency()}, and repairs a result
 * that is not positive semidefinite by clipping negative eigenvalues ({@link PsdRepair}, the
 * "spectral" fix PyPortfolioOpt applies), reporting the repair in the result.
 */
public sealed interface CovarianceEstimator
    permits CovarianceEstimator.Sample, CovarianceEstimator.ExponentiallyWeighted, CovarianceEstimator.LedoitWolfShrinkage {

  /** Estimates the annualised covariance of every asset pair of {@code returns}. */
  CovarianceEstimate estimate(ReturnTable returns);

  /** Periods per year used to annualise (252 trading days, 52 weeks, 12 months). */
  int frequency();

  /**
   * Pairwise-complete sample covariance (pandas {@code DataFrame.cov}, PyPortfolioOpt
   * {@code sample_cov}): for each pair, {@code Σ (x − x̄)(y − ȳ) / (n − 1)} over the n periods where
   * both returns are present, means over those periods; times {@code frequency}.
   */
  record Sample(int frequency) implements CovarianceEstimator {

    public Sample {
      Checks.positive(frequency, "frequency");
    }

    @Override
    public CovarianceEstimate estimate(ReturnTable returns) {
      double[][] daily = PairwiseCovariance.sample(returns);
      return finish(returns, this, daily, Double.NaN);
    }

    /**
     * The annualised pairwise matrix before any positive-semidefinite repair (what pandas'
     * {@code returns.cov() * frequency} gives); NaN for a pair with fewer than two common periods.
     * For comparisons and benchmarks; estimates should come from {@link #estimate(ReturnTable)}.
     */
    public double[][] unrepaired(ReturnTable returns) {
      double[][] matrix = PairwiseCovariance.sample(returns);
      for (double[] row : matrix) {
        for (int j = 0; j < row.length; j++) {
          row[j] *= frequency;
        }
      }
      return matrix;
    }

    @Override
    public String toString() {
      return "sample covariance (pairwise complete, " + frequency + " periods/year)";
    }
  }

  /**
   * Exponentially weighted covariance (PyPortfolioOpt {@code exp_cov}): for each pair, the
   * products {@code (x_t − x̄)(y_t − ȳ)}, each series demeaned by its own mean over all its present
   * periods, averaged over the common periods with weights {@code (1 − α)^(T−1−t)} (latest period
   * weight 1, α = 2/(span + 1)) normalised to sum to 1; times {@code frequency}. Default span 180.
   */
  record ExponentiallyWeighted(double span, int frequency) implements CovarianceEstimator {

    public ExponentiallyWeighted {
      Checks.check(Double.isFinite(span) && span >= 1, "span must be at least 1 period, got " + span);
      Checks.positive(frequency, "frequency");
    }

    @Override
    public CovarianceEstimate estimate(ReturnTable returns) {
      double[][] daily = PairwiseCovariance.exponential(returns, span);
      return finish(returns, this, daily, Double.NaN);
    }

    @Override
    public String toString() {
      return "exponentially weighted covariance (span " + span + ", " + frequency + " periods/year)";
    }
  }

  /**
   * Ledoit-Wolf shrinkage towards {@code target}, exactly as PyPortfolioOpt's
   * {@code CovarianceShrinkage.ledoit_wolf}: missing returns are taken as 0 (PyPortfolioOpt's
   * {@code np.nan_to_num}), the sample matrix is the biased one (divided by t) for the constant
   * variance and single-factor targets and the pairwise (n − 1) one for constant correlation; the
   * estimate {@code δF + (1 − δ)S} is multiplied by {@code frequency}. The intensity δ is in the result.
   */
  record LedoitWolfShrinkage(ShrinkageTarget target, int frequency) implements CovarianceEstimator {

    public LedoitWolfShrinkage {
      Checks.notNull(target, "target");
      Checks.positive(frequency, "frequency");
    }

    @Override
    public CovarianceEstimate estimate(ReturnTable returns) {
      if (target == ShrinkageTarget.CONSTANT_CORRELATION) {
        requireFinite(returns, PairwiseCovariance.sample(returns));
      }
      LedoitWolf.Shrunk shrunk = LedoitWolf.estimate(returns, target);
      return finish(returns, this, shrunk.covariance(), shrunk.shrinkage());
    }

    @Override
    public String toString() {
      return "Ledoit-Wolf shrinkage to " + target.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + " (" + frequency + " periods/year)";
    }
  }

  private static CovarianceEstimate finish(ReturnTable returns, CovarianceEstimator estimator, double[][] periodic,
      double shrinkage) {
    requireFinite(returns, periodic);
    int n = periodic.length;
    double[][] annual = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        annual[i][j] = periodic[i][j] * estimator.frequency();
      }
    }
    return new CovarianceEstimate(returns.assets(), estimator, shrinkage, PsdRepair.spectral(annual));
  }

  /** Refuses a matrix with a NaN entry, naming the pair: they share fewer than two periods. */
  private static void requireFinite(ReturnTable returns, double[][] matrix) {
    for (int i = 0; i < matrix.length; i++) {
      for (int j = 0; j <= i; j++) {
        if (!Double.isFinite(matrix[i][j])) {
          String who = i == j ? returns.assets().get(i) + " has"
              : returns.assets().get(j) + " and " + returns.assets().get(i) + " have";
          throw new InvalidInputException("cannot estimate a covariance: " + who
              + " fewer than two periods with returns in common; give longer price histories or leave an asset out");
        }
      }
    }
  }
}
