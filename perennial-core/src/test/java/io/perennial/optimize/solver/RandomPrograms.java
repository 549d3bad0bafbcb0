package io.perennial.optimize.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

/** Random convex programs for tests, feasible by construction, and an independent KKT check. */
final class RandomPrograms {

  private RandomPrograms() {}

  /** A random annualised covariance matrix B·Bᵀ/k + small diagonal, volatilities about 10–40 %. */
  static double[][] covariance(Random random, int n) {
    int k = n + 2;
    double[][] b = new double[n][k];
    for (int i = 0; i < n; i++) {
      double scale = 0.1 + 0.3 * random.nextDouble();
      for (int j = 0; j < k; j++) {
        b[i][j] = scale * random.nextGaussian();
      }
    }
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int t = 0; t < k; t++) {
          sum += b[i][t] * b[j][t];
        }
        sigma[i][j] = sum / k;
      }
      sigma[i][i] += 1e-4;
    }
    return sigma;
  }

  /**
   * A random program in n variables with m extra inequality rows: a budget row, bounds around a
   * random point x0 that satisfies everything, a quadratic objective (or linear when {@code linear}).
   */
  static QuadraticProgram feasible(Random random, int n, int m, boolean linear) {
    double[] x0 = new double[n];
    double sum = 0;
    for (int j = 0; j < n; j++) {
      x0[j] = random.nextDouble();
      sum += x0[j];
    }
    for (int j = 0; j < n; j++) {
      x0[j] /= sum;
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(n);
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = random.nextGaussian() * 0.1;
    }
    builder.linear(c);
    if (!linear) {
      double[][] sigma = covariance(random, n);
      for (double[] row : sigma) {
        for (int j = 0; j < n; j++) {
          row[j] *= 2;
        }
      }
      builder.hessian(sigma);
    }
    for (int j = 0; j < n; j++) {
      double lower = random.nextInt(4) == 0 ? -0.2 : 0.0;
      double upper = random.nextInt(3) == 0 ? Math.max(x0[j], 0.1) + 0.2 * random.nextDouble() : 1.0;
      builder.bounds(j, Math.min(lower, x0[j]), Math.max(upper, x0[j]));
    }
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    builder.row(ones, 1.0, 1.0);
    for (int r = 0; r < m; r++) {
      double[] a = new double[n];
      double value = 0;
      for (int j = 0; j < n; j++) {
        a[j] = random.nextInt(2) == 0 ? 0.0 : random.nextGaussian();
        value += a[j] * x0[j];
      }
      if (random.nextBoolean()) {
        builder.row(a, Double.NEGATIVE_INFINITY, value + 0.05 * random.nextDouble());
      } else {
        builder.row(a, value - 0.05 * random.nextDouble(), Double.POSITIVE_INFINITY);
      }
    }
    return builder.build();
  }

  /**
   * Checks the KKT conditions at the solution from first principles: the gradient Hx + c computed
   * here equals Aᵀy + d, each multiplier has the sign its active bound allows and is zero when its
   * bound is slack.
   */
  static void assertKkt(QuadraticProgram program, QpSolution solution, double tolerance) {
    int n = program.size();
    int m = program.rowCount();
    double[] x = solution.x();
    double[] y = solution.rowMultipliers();
    double[] d = solution.boundMultipliers();
    double scale = 1e-3;
    for (int i = 0; i < n; i++) {
      double gradient = program.linear(i);
      for (int j = 0; j < n; j++) {
        gradient += program.hessian(i, j) * x[j];
      }
      scale = Math.max(scale, Math.abs(gradient));
      double combination = d[i];
      for (int r = 0; r < m; r++) {
        combination += program.row(r, i) * y[r];
      }
      assertThat(gradient - combination).as("stationarity of variable %d", i).isCloseTo(0.0, org.assertj.core.api.Assertions.within(tolerance * 10));
    }
    double tol = tolerance * scale;
    for (int j = 0; j < n; j++) {
      boolean atLower = x[j] - program.lower(j) <= 1e-9;
      boolean atUpper = program.upper(j) - x[j] <= 1e-9;
      if (!atLower) {
        assertThat(d[j]).as("bound multiplier of %d (not at lower)", j).isLessThanOrEqualTo(tol);
      }
      if (!atUpper) {
        assertThat(d[j]).as("bound multiplier of %d (not at upper)", j).isGreaterThanOrEqualTo(-tol);
      }
    }
    for (int r = 0; r < m; r++) {
      double v = program.rowValue(r, x);
      boolean atLower = v - program.rowLower(r) <= 1e-9;
      boolean atUpper = program.rowUpper(r) - v <= 1e-9;
      if (!atLower) {
        assertThat(y[r]).as("row multiplier of %d (not at lower)", r).isLessThanOrEqualTo(tol);
      }
      if (!atUpper) {
        assertThat(y[r]).as("row multiplier of %d (not at upper)", r).isGreaterThanOrEqualTo(-tol);
      }
    }
  }
}
