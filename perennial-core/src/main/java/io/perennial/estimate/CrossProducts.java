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

  private CrossProducts() {}

  /**
   * The symmetric matrix {@code G[i][j] = Σ_t a_i[t]·a_j[t]}, summing over {@code t} in the
   * intersection of the supports (the zeros elsewhere contribute nothing).
   *
   * <p>Computed as a blocked sum of rank-one updates on the period-major copy {@code r[t][j]} of
   * the columns: for a tile of {@link #TILE_ROWS} rows i and {@link #TILE_COLUMNS} columns j, each
   * period adds {@code r[t][i]·r[t][j..]} to the tile, an inner loop over consecutive j that the JIT
   * turns into SIMD instructions (the dot-product form cannot be: its sums over t are ordered),
   * four periods and two rows at a time. Each entry still sums its products one period after the
   * other from zero, so the result is the same to the last bit as the plain loop; the extra periods
   * a tile spans are exact zeros.
   *
   * @param a the columns, zero where missing
   * @param first index of the first present value of each column ({@code end} when none)
   * @param end one past the index of the last present value of each column
   */
  static double[][] gram(double[][] a, int[] first, int[] end) {
    int n = a.length;
    double[][] g = new double[n][n];
    if (n == 0) {
      return g;
    }
    int periods = a[0].length;
    double[][] rows = new double[periods][n];
    for (int i = 0; i < n; i++) {
      double[] column = a[i];
      for (int t = first[i]; t < end[i]; t++) {
        rows[t][i] = column[t];
      }
    }
    int rowTiles = (n + TILE_ROWS - 1) / TILE_ROWS;
    IntStream.range(0, rowTiles).parallel().forEach(tile -> gramRowTile(rows, first, end, g, tile * TILE_ROWS));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        g[i][j] = g[j][i];
      }
    }
    return g;
  }

  /** Rows i of one tile: their products with a period's row are added while it is in L1. */
  private static final int TILE_ROWS = 16;

  /** Columns j of one tile: {@code TILE_ROWS × TILE_COLUMNS} sums (16 KB) stay in L1. */
  private static final int TILE_COLUMNS = 128;

  /**
   * Periods added per pass over a tile: each sum is loaded and stored once per four products
   * instead of once per product (the bottleneck of the one-period form), two rows sharing the
   * periods' loaded columns.
   */
  private static final int PERIODS = 4;

  /** Fills {@code g[i][j]} for the rows {@code i0 .. i0 + TILE_ROWS − 1} and every {@code j ≥ i}. */
  private static void gramRowTile(double[][] rows, int[] first, int[] end, double[][] g, int i0) {
    int n = g.length;
    int i1 = Math.min(n, i0 + TILE_ROWS);
    int tileFirst = Integer.MAX_VALUE;
    int tileEnd = 0;
    for (int i = i0; i < i1; i++) {
      tileFirst = Math.min(tileFirst, first[i]);
      tileEnd = Math.max(tileEnd, end[i]);
    }
    double[][] sums = new double[TILE_ROWS][TILE_COLUMNS];
    double[] b0 = new double[TILE_COLUMNS];
    double[] b1 = new double[TILE_COLUMNS];
    double[] b2 = new double[TILE_COLUMNS];
    double[] b3 = new double[TILE_COLUMNS];
    for (int j0 = i0; j0 < n; j0 += TILE_COLUMNS) {
      int j1 = Math.min(n, j0 + TILE_COLUMNS);
      int width = j1 - j0;
      int lo = tileFirst;
      int hi = tileEnd;
      int columnsFirst = Integer.MAX_VALUE;
      int columnsEnd = 0;
      for (int j = j0; j < j1; j++) {
        columnsFirst = Math.min(columnsFirst, first[j]);
        columnsEnd = Math.max(columnsEnd, end[j]);
      }
      lo = Math.max(lo, columnsFirst);
      hi = Math.min(hi, columnsEnd);
      for (double[] row : sums) {
        Arrays.fill(row, 0.0);
      }
      int t = lo;
      for (; t + PERIODS - 1 < hi; t += PERIODS) {
        double[] r0 = rows[t];
        double[] r1 = rows[t + 1];
        double[] r2 = rows[t + 2];
        double[] r3 = rows[t + 3];
        System.arraycopy(r0, j0, b0, 0, width);
        System.arraycopy(r1, j0, b1, 0, width);
        System.arraycopy(r2, j0, b2, 0, width);
        System.arraycopy(r3, j0, b3, 0, width);
        int i = i0;
        for (; i + 1 < i1; i += 2) {
          double x0 = r0[i];
          double x1 = r1[i];
          double x2 = r2[i];
          double x3 = r3[i];
          double y0 = r0[i + 1];
          double y1 = r1[i + 1];
          double y2 = r2[i + 1];
          double y3 = r3[i + 1];
          double[] s = sums[i - i0];
          double[] u = sums[i - i0 + 1];
          for (int k = 0; k < width; k++) {
            double c0 = b0[k];
            double c1 = b1[k];
            double c2 = b2[k];
            double c3 = b3[k];
            // Left to right: the four periods are added one after the other, as in the plain loop.
            s[k] = s[k] + x0 * c0 + x1 * c1 + x2 * c2 + x3 * c3;
            u[k] = u[k] + y0 * c0 + y1 * c1 + y2 * c2 + y3 * c3;
          }
        }
        for (; i < i1; i++) {
          double x0 = r0[i];
          double x1 = r1[i];
          double x2 = r2[i];
          double x3 = r3[i];
          double[] s = sums[i - i0];
          for (int k = 0; k < width; k++) {
            s[k] = s[k] + x0 * b0[k] + x1 * b1[k] + x2 * b2[k] + x3 * b3[k];
          }
        }
      }
      for (; t < hi; t++) {
        double[] r = rows[t];
        System.arraycopy(r, j0, b0, 0, width);
        for (int i = i0; i < i1; i++) {
          double x = r[i];
          double[] s = sums[i - i0];
          for (int k = 0; k < width; k++) {
            s[k] += x * b0[k];
          }
        }
      }
      for (int i = i0; i < i1; i++) {
        int from = Math.max(j0, i);
        System.arraycopy(sums[i - i0], from - j0, g[i], from, j1 - from);
      }
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
