package io.perennial.optimize.solver;

import java.util.Arrays;

/**
 * A symmetric n × n matrix with the structure of portfolio Hessians over asset × account cells:
 *
 * <pre>
 *   M[i][j] = s[i] · s[j] · C[g[i]][g[j]] + (i == j ? d[i] : 0)
 * </pre>
 *
 * Each variable i belongs to group g[i] (its asset) with a coefficient s[i] (1 for a weight, −1 for
 * a sale, 0 for a variable outside the quadratic form), C is the small symmetric core over the groups
 * (the assets' covariance) and d a diagonal (an L2 term). A dense matrix is the special case of one
 * group per variable. Products cost O(n + G·nnz) instead of O(n²) for G groups, and the matrix is
 * never expanded: the asset location problem of 300 assets in 20 accounts has 6,000 cells, whose
 * dense Hessian alone would take 288 MB.
 *
 * <p>Immutable; the arrays are owned (callers hand over fresh arrays and never change them).
 */
public final class GroupedMatrix {

  private final int[] group;
  private final double[] sign;
  private final double[][] core;
  private final double[] diagonal;

  private GroupedMatrix(int[] group, double[] sign, double[][] core, double[] diagonal) {
    this.group = group;
    this.sign = sign;
    this.core = core;
    this.diagonal = diagonal;
  }

  /**
   * M = diag(s)·C[g, g]·diag(s) + diag(d). Arrays are taken, not copied; {@code core} must be
   * square and finite (checked) and symmetric (the caller's promise, as for a Hessian handed over
   * with {@link QuadraticProgram.Builder#hessianOwned}), {@code group[i]} index into it; {@code
   * diagonal} may be null (zero).
   */
  public static GroupedMatrix of(int[] group, double[] sign, double[][] core, double[] diagonal) {
    int n = group.length;
    if (sign.length != n || (diagonal != null && diagonal.length != n)) {
      throw new IllegalArgumentException("groups, signs and diagonal must have the same length " + n);
    }
    for (int i = 0; i < core.length; i++) {
      if (core[i].length != core.length) {
        throw new IllegalArgumentException("core row " + i + " has " + core[i].length + " entries, expected " + core.length);
      }
      for (int j = 0; j < core.length; j++) {
        if (!Double.isFinite(core[i][j])) {
          throw new IllegalArgumentException("core[" + i + "][" + j + "] must be finite, got " + core[i][j]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (group[i] < 0 || group[i] >= core.length) {
        throw new IllegalArgumentException("group " + group[i] + " of variable " + i + " is outside 0.." + (core.length - 1));
      }
      if (!Double.isFinite(sign[i]) || (diagonal != null && !Double.isFinite(diagonal[i]))) {
        throw new IllegalArgumentException("sign and diagonal of variable " + i + " must be finite");
      }
    }
    return new GroupedMatrix(group, sign, core, diagonal == null ? new double[n] : diagonal);
  }

  /** The dense matrix {@code m} (taken, not copied), one group per variable. */
  public static GroupedMatrix dense(double[][] m) {
    int n = m.length;
    int[] group = new int[n];
    double[] sign = new double[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
      sign[i] = 1.0;
    }
    return of(group, sign, m, null);
  }

  /** The diagonal matrix diag(d) (taken, not copied). */
  public static GroupedMatrix diagonal(double[] d) {
    int n = d.length;
    return of(new int[n], new double[n], new double[1][1], d);
  }

  public int size() {
    return group.length;
  }

  /** The number of groups G (the core's order). */
  public int groups() {
    return core.length;
  }

  public int group(int i) {
    return group[i];
  }

  public double sign(int i) {
    return sign[i];
  }

  public double diagonal(int i) {
    return diagonal[i];
  }

  /** C[p][q]. */
  public double core(int p, int q) {
    return core[p][q];
  }

  /** M[i][j]. */
  public double entry(int i, int j) {
    double v = sign[i] * sign[j] * core[group[i]][group[j]];
    return i == j ? v + diagonal[i] : v;
  }

  /**
   * The same structure scaled: factor·(diag(s)·C·diag(s)) + diag(extraDiagonal) (or no diagonal
   * when null). The core is scaled into a new array; groups and signs are shared.
   */
  public GroupedMatrix scaled(double factor, double[] extraDiagonal) {
    double[][] c = new double[core.length][];
    for (int p = 0; p < core.length; p++) {
      c[p] = core[p].clone();
      for (int q = 0; q < c[p].length; q++) {
        c[p][q] *= factor;
      }
    }
    double[] d = new double[group.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = factor * diagonal[i] + (extraDiagonal == null ? 0.0 : extraDiagonal[i]);
    }
    return new GroupedMatrix(group, sign, c, d);
  }

  /**
   * This matrix over new variables: variable k of the result is variable {@code source[k]} of this
   * one with its sign times {@code factor[k]} (0 for a variable outside the quadratic form) and no
   * diagonal unless {@code diagonal} is given. The core is shared.
   */
  public GroupedMatrix remapped(int[] source, double[] factor, double[] newDiagonal) {
    int size = source.length;
    int[] g = new int[size];
    double[] s = new double[size];
    for (int k = 0; k < size; k++) {
      g[k] = group[source[k]];
      s[k] = sign[source[k]] * factor[k];
    }
    return of(g, s, core, newDiagonal);
  }

  /** The group sums z[p] = Σ_{g[i] = p} s[i]·x[i]. */
  public double[] groupSums(double[] x) {
    double[] z = new double[core.length];
    for (int i = 0; i < group.length; i++) {
      if (x[i] != 0.0) {
        z[group[i]] += sign[i] * x[i];
      }
    }
    return z;
  }

  /** C·z for group sums z (skipping zero entries of z). */
  public double[] coreTimes(double[] z) {
    double[] u = new double[core.length];
    for (int q = 0; q < z.length; q++) {
      double zq = z[q];
      if (zq == 0.0) {
        continue;
      }
      for (int p = 0; p < u.length; p++) {
        u[p] += core[p][q] * zq;
      }
    }
    return u;
  }

  /** M·x. */
  public double[] times(double[] x) {
    double[] u = coreTimes(groupSums(x));
    double[] y = new double[group.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = sign[i] * u[group[i]] + diagonal[i] * x[i];
    }
    return y;
  }

  /** xᵀMy. */
  public double bilinear(double[] x, double[] y) {
    double[] u = coreTimes(groupSums(y));
    double[] z = groupSums(x);
    double sum = 0.0;
    for (int p = 0; p < z.length; p++) {
      sum += z[p] * u[p];
    }
    for (int i = 0; i < group.length; i++) {
      sum += diagonal[i] * x[i] * y[i];
    }
    return sum;
  }

  /** xᵀMx. */
  public double quadratic(double[] x) {
    return bilinear(x, x);
  }

  /** The dense matrix (for small problems and cross-checks). */
  public double[][] toDense() {
    int n = group.length;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = entry(i, j);
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return "GroupedMatrix[" + group.length + " variables, " + core.length + " groups, diagonal "
        + (Arrays.stream(diagonal).anyMatch(v -> v != 0.0) ? "yes" : "no") + "]";
  }
}
