package io.perennial.estimate;

import io.perennial.basics.AssetId;
import io.perennial.basics.linalg.Matrices;
import io.perennial.basics.linalg.PsdRepair;
import java.util.List;

/**
 * An annualised covariance matrix of returns (units: fraction² per year; the square root of a
 * diagonal entry is an annual volatility), positive semidefinite, with how it was made: the
 * estimator, the shrinkage intensity (Ledoit-Wolf only, else NaN) and the PSD repair applied to
 * the raw estimate, if any.
 */
public final class CovarianceEstimate {

  private final List<AssetId> assets;
  private final double[][] matrix;
  private final CovarianceEstimator estimator;
  private final double shrinkage;
  private final PsdRepair repair;

  CovarianceEstimate(List<AssetId> assets, CovarianceEstimator estimator, double shrinkage, PsdRepair repair) {
    this.assets = List.copyOf(assets);
    this.matrix = repair.matrix();
    this.estimator = estimator;
    this.shrinkage = shrinkage;
    this.repair = repair;
  }

  public List<AssetId> assets() {
    return assets;
  }

  /** The annualised covariance matrix in the order of {@link #assets()} (a copy). */
  public double[][] matrix() {
    return Matrices.copy(matrix);
  }

  /** The annualised covariance of assets {@code i} and {@code j}. */
  public double get(int i, int j) {
    return matrix[i][j];
  }

  /** The annual volatility of asset {@code i}: √Σ_ii. */
  public double volatility(int i) {
    return Math.sqrt(matrix[i][i]);
  }

  /** The correlation matrix Σ_ij / √(Σ_ii Σ_jj) (NaN where a variance is zero). */
  public double[][] correlation() {
    int n = matrix.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = matrix[i][j] / Math.sqrt(matrix[i][i] * matrix[j][j]);
      }
    }
    return c;
  }

  public CovarianceEstimator estimator() {
    return estimator;
  }

  /** The Ledoit-Wolf shrinkage intensity δ ∈ [0, 1] (weight of the target), or NaN for other estimators. */
  public double shrinkage() {
    return shrinkage;
  }

  /** The positive-semidefinite repair of the raw estimate: whether it happened and by how much. */
  public PsdRepair repair() {
    return repair;
  }
}
