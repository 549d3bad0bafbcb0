package io.perennial.basics.linalg;

/**
 * A matrix given to {@link Cholesky} is not (numerically) positive definite: the pivot of row
 * {@link #row()} was {@link #pivot()} ≤ 0. A covariance matrix fails this way when an asset is a
 * linear combination of others, has zero variance, or was estimated from too few common
 * observations; {@link PsdRepair#spectral(double[][])} repairs the last case.
 */
public final class NotPositiveDefiniteException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int row;
  private final double pivot;

  NotPositiveDefiniteException(String name, int row, double pivot) {
    super(name + " is not positive definite: the Cholesky pivot of row " + row + " is " + pivot
        + " (must be > 0); the matrix is singular or has a negative eigenvalue");
    this.row = row;
    this.pivot = pivot;
  }

  /** The 0-based row whose pivot was not positive. */
  public int row() {
    return row;
  }

  /** The pivot found: the would-be squared diagonal entry of the factor (≤ 0, or NaN). */
  public double pivot() {
    return pivot;
  }
}
