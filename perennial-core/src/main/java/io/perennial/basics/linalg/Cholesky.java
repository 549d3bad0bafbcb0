package io.perennial.basics.linalg;

/**
 * The Cholesky factorisation {@code A = L·Lᵀ} of a symmetric positive definite matrix, with
 * {@code L} lower triangular with a positive diagonal (Cholesky–Banachiewicz, row by row).
 * Only the lower triangle of {@code A} is read after the symmetry check.
 */
public final class Cholesky {

  private final double[][] lower;

  private Cholesky(double[][] lower) {
    this.lower = lower;
  }

  /**
   * Factors {@code a}.
   *
   * @throws NotPositiveDefiniteException when a pivot is ≤ 0 (not positive definite); the
   *     exception names the row
   * @throws IllegalArgumentException when {@code a} is not square, finite and symmetric
   */
  public static Cholesky decompose(double[][] a) {
    Matrices.requireSymmetric(a, "matrix");
    double[] failure = new double[2];
    double[][] l = factor(a, 0.0, failure);
    if (l == null) {
      throw new NotPositiveDefiniteException("matrix", (int) failure[0], failure[1]);
    }
    return new Cholesky(l);
  }

  /**
   * Whether {@code a + jitter·I} has a Cholesky factor (every pivot &gt; 0). With {@code jitter =
   * 1e-16} this is PyPortfolioOpt's test for positive semidefiniteness
   * ({@code risk_models._is_positive_semidefinite}).
   */
  public static boolean succeeds(double[][] a, double jitter) {
    Matrices.requireSymmetric(a, "matrix");
    return factor(a, jitter, new double[2]) != null;
  }

  /** The lower triangular factor {@code L} (a copy). */
  public double[][] lower() {
    return Matrices.copy(lower);
  }

  /** The dimension n of the factored n × n matrix. */
  public int size() {
    return lower.length;
  }

  /** Solves {@code A·x = b} by forward and back substitution. */
  public double[] solve(double[] b) {
    int n = lower.length;
    if (b.length != n) {
      throw new IllegalArgumentException("b has " + b.length + " entries, expected " + n);
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      double[] li = lower[i];
      for (int k = 0; k < i; k++) {
        sum -= li[k] * y[k];
      }
      y[i] = sum / li[i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= lower[k][i] * x[k];
      }
      x[i] = sum / lower[i][i];
    }
    return x;
  }

  /** The natural logarithm of det(A) = 2·Σ log L[i][i]. */
  public double logDeterminant() {
    double sum = 0.0;
    for (int i = 0; i < lower.length; i++) {
      sum += Math.log(lower[i][i]);
    }
    return 2.0 * sum;
  }

  /**
   * The factor of {@code a + jitter·I}, or null at the first pivot that is not &gt; 0, whose row
   * and value are then written to {@code failure[0]} and {@code failure[1]}.
   */
  private static double[][] factor(double[][] a, double jitter, double[] failure) {
    int n = a.length;
    double[][] l = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] li = new double[n];
      l[i] = li;
      for (int j = 0; j <= i; j++) {
        double[] lj = l[j];
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= li[k] * lj[k];
        }
        if (i == j) {
          sum += jitter;
          if (!(sum > 0.0)) {
            failure[0] = i;
            failure[1] = sum;
            return null;
          }
          li[i] = Math.sqrt(sum);
        } else {
          li[j] = sum / lj[j];
        }
      }
    }
    return l;
  }
}
