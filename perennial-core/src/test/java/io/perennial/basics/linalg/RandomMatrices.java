package io.perennial.basics.linalg;

import java.util.Random;

/** Random test matrices from a seed. */
final class RandomMatrices {

  private RandomMatrices() {}

  /** A symmetric n × n matrix with entries uniform in [−1, 1]. */
  static double[][] symmetric(int n, long seed) {
    Random random = new Random(seed);
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        a[i][j] = 2 * random.nextDouble() - 1;
        a[j][i] = a[i][j];
      }
    }
    return a;
  }

  /** B·Bᵀ + n·10⁻³·I for a random n × n B: symmetric positive definite. */
  static double[][] positiveDefinite(int n, long seed) {
    Random random = new Random(seed);
    double[][] b = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[i][j] = random.nextGaussian();
      }
    }
    double[][] a = Matrices.multiply(b, Matrices.transpose(b));
    for (int i = 0; i < n; i++) {
      a[i][i] += n * 1e-3;
    }
    // Symmetrise exactly against rounding.
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        a[j][i] = a[i][j];
      }
    }
    return a;
  }

  static double maxAbs(double[][] a) {
    double max = 0;
    for (double[] row : a) {
      for (double x : row) {
        max = Math.max(max, Math.abs(x));
      }
    }
    return Math.max(max, 1e-300);
  }
}
