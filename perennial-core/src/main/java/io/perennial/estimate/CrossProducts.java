package io.perennial.estimate;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The computational kernel of the covariance estimators: sums of cross-products of columns over
 * the periods where both are present, on primitive arrays, cache-blocked and spread over the
 * available cores.
 *
 * <p>A column is a {@code double[]} over periods with zeros where the value is missing, together
 * with its <i>support</i>: the index of its first present value and one past its last. Because
 * missing values are zeros, the cross-product of two columns over all periods equals the sum over
 * the periods where both are present; the supports only let the loops skip the zeros at either end
 * (a stock listed later starts with a run of missing days).
 */
final class CrossProducts {

  /** Rows of the left operand handled together; each column of the right operand is then read once per block. */
  private static final int BLOCK = 4;

  private CrossProducts() {}

  /**
   * The symmetric matrix {@code G[i][j] = Σ_t a_i[t]·a_j[t]}, summing over {@code t} in the
   * intersection of the supports (the zeros elsewhere contribute nothing).
   *
   * @param a the columns, zero where missing
   * @param first index of the first present value of each column ({@code end} when none)
   * @param end one past the index of the last present value of each column
   */
  static double[][] gram(double[][] a, int[] first, int[] end) {
    int n = a.length;
    double[][] g = new double[n][n];
    int blocks = (n + BLOCK - 1) / BLOCK;
    IntStream.range(0, blocks).parallel().forEach(block -> gramBlockRow(a, first, end, g, block * BLOCK));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        g[i][j] = g[j][i];
      }
    }
    return g;
  }

  /** Fills {@code g[i][j]} for the rows {@code i0 .. i0+3} and every {@code j ≥ i0}. */
  private static void gramBlockRow(double[][] a, int[] first, int[] end, double[][] g, int i0) {
    int n = a.length;
    int rows = Math.min(BLOCK, n - i0);
    if (rows < BLOCK) {
      for (int i = i0; i < n; i++) {
        for (int j = i; j < n; j++) {
          int lo = Math.max(first[i], first[j]);
          int hi = Math.min(end[i], end[j]);
          g[i][j] = dot(a[i], a[j], lo, hi);
        }
      }
      return;
    }
    double[] a0 = a[i0];
    double[] a1 = a[i0 + 1];
    double[] a2 = a[i0 + 2];
    double[] a3 = a[i0 + 3];
    int blockFirst = Math.min(Math.min(first[i0], first[i0 + 1]), Math.min(first[i0 + 2], first[i0 + 3]));
    int blockEnd = Math.max(Math.max(end[i0], end[i0 + 1]), Math.max(end[i0 + 2], end[i0 + 3]));
    int j = i0;
    // Two right-hand columns at a time: eight independent accumulators keep the floating-point
    // units busy, and each loaded value is used two or four times.
    for (; j + 1 < n; j += 2) {
      double[] b = a[j];
      double[] c = a[j + 1];
      int lo = Math.max(blockFirst, Math.min(first[j], first[j + 1]));
      int hi = Math.min(blockEnd, Math.max(end[j], end[j + 1]));
      double s0b = 0, s1b = 0, s2b = 0, s3b = 0;
      double s0c = 0, s1c = 0, s2c = 0, s3c = 0;
      for (int t = lo; t < hi; t++) {
        double bt = b[t];
        double ct = c[t];
        double x0 = a0[t];
        double x1 = a1[t];
        double x2 = a2[t];
        double x3 = a3[t];
        s0b += x0 * bt;
        s1b += x1 * bt;
        s2b += x2 * bt;
        s3b += x3 * bt;
        s0c += x0 * ct;
        s1c += x1 * ct;
        s2c += x2 * ct;
        s3c += x3 * ct;
      }
      g[i0][j] = s0b;
      g[i0 + 1][j] = s1b;
      g[i0 + 2][j] = s2b;
      g[i0 + 3][j] = s3b;
      g[i0][j + 1] = s0c;
      g[i0 + 1][j + 1] = s1c;
      g[i0 + 2][j + 1] = s2c;
      g[i0 + 3][j + 1] = s3c;
    }
    for (; j < n; j++) {
      double[] b = a[j];
      int lo = Math.max(blockFirst, first[j]);
      int hi = Math.min(blockEnd, end[j]);
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (int t = lo; t < hi; t++) {
        double bt = b[t];
        s0 += a0[t] * bt;
        s1 += a1[t] * bt;
        s2 += a2[t] * bt;
        s3 += a3[t] * bt;
      }
      g[i0][j] = s0;
      g[i0 + 1][j] = s1;
      g[i0 + 2][j] = s2;
      g[i0 + 3][j] = s3;
    }
  }

  /** {@code Σ_{t ∈ [lo, hi)} x[t]·y[t]} (zero when the range is empty). */
  static double dot(double[] x, double[] y, int lo, int hi) {
    double s0 = 0, s1 = 0;
    int t = lo;
    for (; t + 1 < hi; t += 2) {
      s0 += x[t] * y[t];
      s1 += x[t + 1] * y[t + 1];
    }
    if (t < hi) {
      s0 += x[t] * y[t];
    }
    return s0 + s1;
  }

  /** {@code Σ_{t ∈ [lo, hi)} x[t]·y[t]·z[t]}. */
  static double dot(double[] x, double[] y, double[] z, int lo, int hi) {
    double s = 0;
    for (int t = lo; t < hi; t++) {
      s += x[t] * y[t] * z[t];
    }
    return s;
  }

  /** Prefix sums: {@code p[k] = Σ_{t < k} x[t]}, length {@code x.length + 1}. */
  static double[] prefixSums(double[] x) {
    double[] p = new double[x.length + 1];
    double sum = 0;
    for (int t = 0; t < x.length; t++) {
      sum += x[t];
      p[t + 1] = sum;
    }
    return p;
  }

  /** {@code Σ_t x[t]}. */
  static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /** The n × n zero matrix filled with NaN. */
  static double[][] nanMatrix(int n) {
    double[][] m = new double[n][n];
    for (double[] row : m) {
      Arrays.fill(row, Double.NaN);
    }
    return m;
  }
}
