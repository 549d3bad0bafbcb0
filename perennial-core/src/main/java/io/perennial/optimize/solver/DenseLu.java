package io.perennial.optimize.solver;

/**
 * LU factorisation with partial pivoting of a small dense square matrix, done in place
 * ({@code P·A = L·U}); used for the KKT systems of the active-set solver.
 */
final class DenseLu {

  private final double[][] lu;
  private final int[] pivot;
  private final int n;

  private DenseLu(double[][] lu, int[] pivot, int n) {
    this.lu = lu;
    this.pivot = pivot;
    this.n = n;
  }

  /**
   * Factors the leading {@code n × n} block of {@code a} in place, or returns null when a pivot is
   * smaller than {@code relativeTolerance} times the largest entry (numerically singular).
   */
  static DenseLu factor(double[][] a, int n, double relativeTolerance) {
    double scale = 0.0;
    for (int i = 0; i < n; i++) {
      double[] ai = a[i];
      for (int j = 0; j < n; j++) {
        scale = Math.max(scale, Math.abs(ai[j]));
      }
    }
    if (scale == 0.0) {
      return null;
    }
    double tiny = relativeTolerance * scale;
    int[] pivot = new int[n];
    for (int k = 0; k < n; k++) {
      int p = k;
      double best = Math.abs(a[k][k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(a[i][k]);
        if (v > best) {
          best = v;
          p = i;
        }
      }
      if (best <= tiny) {
        return null;
      }
      pivot[k] = p;
      if (p != k) {
        double[] t = a[p];
        a[p] = a[k];
        a[k] = t;
      }
      double[] ak = a[k];
      double inv = 1.0 / ak[k];
      for (int i = k + 1; i < n; i++) {
        double[] ai = a[i];
        double f = ai[k] * inv;
        if (f != 0.0) {
          ai[k] = f;
          for (int j = k + 1; j < n; j++) {
            ai[j] -= f * ak[j];
          }
        } else {
          ai[k] = 0.0;
        }
      }
    }
    return new DenseLu(a, pivot, n);
  }

  /** Solves A·x = b in place (b is overwritten by x). */
  void solve(double[] b) {
    for (int k = 0; k < n; k++) {
      int p = pivot[k];
      if (p != k) {
        double t = b[p];
        b[p] = b[k];
        b[k] = t;
      }
    }
    for (int i = 1; i < n; i++) {
      double[] li = lu[i];
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= li[k] * b[k];
      }
      b[i] = sum;
    }
    for (int i = n - 1; i >= 0; i--) {
      double[] ui = lu[i];
      double sum = b[i];
      for (int k = i + 1; k < n; k++) {
        sum -= ui[k] * b[k];
      }
      b[i] = sum / ui[i];
    }
  }
}
