package io.perennial.estimate;

/**
 * The structured matrix a Ledoit-Wolf estimator shrinks the sample covariance towards.
 */
public enum ShrinkageTarget {
  /**
   * The identity times the average sample variance, μ·I (Ledoit &amp; Wolf 2004, "A well-conditioned
   * estimator for large-dimensional covariance matrices"); as scikit-learn's {@code ledoit_wolf}.
   */
  CONSTANT_VARIANCE,
  /**
   * Sharpe's single-index model with the equal-weighted average of the assets as the market:
   * {@code F_ij = β_i β_j σ²_m}, {@code F_ii = s_ii} (Ledoit &amp; Wolf 2003, "Improved estimation of
   * the covariance matrix of stock returns with an application to portfolio selection").
   */
  SINGLE_FACTOR,
  /**
   * Every pair has the average sample correlation r̄: {@code F_ij = r̄ √(s_ii s_jj)}, {@code F_ii = s_ii}
   * (Ledoit &amp; Wolf 2004, "Honey, I shrunk the sample covariance matrix").
   */
  CONSTANT_CORRELATION
}
