package io.perennial.optimize;

/** What to do with a covariance matrix that is not positive semidefinite. */
public enum CovarianceRepair {
  /**
   * Clip its negative eigenvalues to zero (the nearest PSD matrix in Frobenius norm, PyPortfolioOpt's
   * "spectral" fix) and say so in the problem's notes.
   */
  SPECTRAL,
  /** Refuse it: building the problem throws IllegalArgumentException naming the smallest eigenvalue. */
  REFUSE
}
