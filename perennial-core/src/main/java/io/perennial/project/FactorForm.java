package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.basics.linalg.SymmetricEigen;

/** The factor form's matrices: F (G+1 square, inflation last, row-major) and √(1 − B[g][g]) per group. */
record FactorForm(int groups, double[][] b, double[] factor, double[] idiosyncratic) {

  static FactorForm of(int[] group, double[][] b, int n) {
    Checks.check(group.length == n, "group factors: " + group.length + " groups for " + n + " asset classes");
    Checks.notNull(b, "group correlation");
    int g = b.length;
    for (int i = 0; i < n; i++) {
      Checks.check(group[i] >= 0 && group[i] < g, "group " + group[i] + " of class " + (i + 1) + " is outside 0.." + (g - 1));
    }
    for (int p = 0; p < g; p++) {
      Checks.check(b[p].length == g, "row " + (p + 1) + " of the group correlation has " + b[p].length + " entries, expected " + g);
      Checks.inRange(b[p][p], 0.0, 1.0, "correlation within group " + (p + 1));
      for (int q = 0; q < g; q++) {
        Checks.inRange(b[p][q], -1.0, 1.0, "correlation of groups " + (p + 1) + " and " + (q + 1));
        Checks.check(Math.abs(b[p][q] - b[q][p]) <= 1e-12, "the group correlation is not symmetric at " + (p + 1) + "/" + (q + 1));
      }
    }
    int d = g + 1;
    double[][] full = new double[d][d];
    for (int p = 0; p < g; p++) {
      System.arraycopy(b[p], 0, full[p], 0, g);
    }
    full[g][g] = 1.0;
    SymmetricEigen eigen = SymmetricEigen.decompose(full);
    double[] values = eigen.values();
    Checks.check(eigen.minValue() >= -1e-9, "the group correlation is not positive semidefinite (smallest eigenvalue "
        + eigen.minValue() + "); repair it first, e.g. with PsdRepair");
    double[][] vectors = eigen.vectors();
    double[] factor = new double[d * d];
    for (int p = 0; p < d; p++) {
      for (int k = 0; k < d; k++) {
        factor[p * d + k] = vectors[p][k] * Math.sqrt(Math.max(0.0, values[k]));
      }
    }
    double[] idiosyncratic = new double[g];
    for (int p = 0; p < g; p++) {
      idiosyncratic[p] = Math.sqrt(Math.max(0.0, 1.0 - b[p][p]));
    }
    return new FactorForm(g, b, factor, idiosyncratic);
  }

  double[][] implied(int[] group) {
    int n = group.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = i == j ? 1.0 : b[group[i]][group[j]];
      }
    }
    return c;
  }
}
