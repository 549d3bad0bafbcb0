package io.perennial.optimize.solver;

import java.util.Arrays;

/**
 * The state of one {@link ActiveSetSolver} solve and the operations on it: the variables (n
 * structural, then m row slacks, then m phase-one artificials), their bounds, which are free and
 * which held at a bound (the working set), the row multipliers, H·x kept as group sums, and the
 * gradient, columns and residuals the iteration reads. The iteration itself is
 * {@link ActiveSetIteration}. Confined to one thread.
 */
class WorkingSet {
  static final double BOUND_TOLERANCE = 1e-11;
  static final double STEP_TOLERANCE = 1e-11;

  final QuadraticProgram qp;
  final int n;
  final int m;
  final int total;
  final int limit;
  final double[] x;
  final double[] lo;
  final double[] up;
  final boolean[] free;
  final boolean[] atUpper;
  final boolean[] refused;
  final double[] sigma;
  /** H, or null for a linear program. */
  final GroupedMatrix h;
  /** Group sums z = G·x of the structural variables and u = C·z: H·x is s[j]·u[g[j]] + d[j]·x[j]. */
  double[] z;
  double[] u;
  final double delta;
  double[] y;
  int phase;
  int iterations;
  int lastReleased = -1;

  WorkingSet(QuadraticProgram qp, double[] start, int limit) {
    this.qp = qp;
    this.n = qp.size();
    this.m = qp.rowCount();
    this.total = n + 2 * m;
    this.limit = limit;
    this.x = new double[total];
    this.lo = new double[total];
    this.up = new double[total];
    this.free = new boolean[total];
    this.atUpper = new boolean[total];
    this.refused = new boolean[total];
    this.sigma = new double[m];
    this.h = qp.hessianMatrix();
    this.y = new double[m];
    double hScale = 0.0;
    if (h != null) {
      for (int i = 0; i < n; i++) {
        hScale = Math.max(hScale, Math.abs(h.entry(i, i)));
      }
    }
    this.delta = 1e-10 * Math.max(hScale, 1e-2);
    initialise(start);
  }

  private void initialise(double[] start) {
    for (int j = 0; j < n; j++) {
      double l = qp.lower(j);
      double u = qp.upper(j);
      lo[j] = l;
      up[j] = u;
      if (start != null) {
        double v = Math.min(Math.max(start[j], l), u);
        if (v - l <= BOUND_TOLERANCE) {
          fix(j, false);
        } else if (u - v <= BOUND_TOLERANCE) {
          fix(j, true);
        } else {
          free[j] = true;
          x[j] = v;
        }
      } else if (l == u) {
        fix(j, false);
      } else if (l < 0.0 && u > 0.0) {
        free[j] = true;
        x[j] = 0.0;
      } else if (Double.isFinite(l) && (!Double.isFinite(u) || Math.abs(l) <= Math.abs(u))) {
        fix(j, false);
      } else if (Double.isFinite(u)) {
        fix(j, true);
      } else {
        free[j] = true;
        x[j] = 0.0;
      }
    }
    recomputeHx();
    for (int r = 0; r < m; r++) {
      int s = n + r;
      int a = n + m + r;
      double l = qp.rowLower(r);
      double u = qp.rowUpper(r);
      lo[s] = l;
      up[s] = u;
      double v = qp.rowValue(r, x);
      sigma[r] = 1.0;
      lo[a] = 0.0;
      up[a] = 0.0;
      x[a] = 0.0;
      if (v < l - ActiveSetSolver.FEASIBILITY_TOLERANCE) {
        fix(s, false);
        sigma[r] = 1.0;
        up[a] = Double.POSITIVE_INFINITY;
        x[a] = l - v;
        free[a] = true;
      } else if (v > u + ActiveSetSolver.FEASIBILITY_TOLERANCE) {
        fix(s, true);
        sigma[r] = -1.0;
        up[a] = Double.POSITIVE_INFINITY;
        x[a] = v - u;
        free[a] = true;
      } else if (l == u) {
        fix(s, false);
      } else {
        x[s] = Math.min(Math.max(v, l), u);
        free[s] = true;
      }
    }
  }

  void fix(int j, boolean upper) {
    free[j] = false;
    atUpper[j] = upper;
    x[j] = upper ? up[j] : lo[j];
  }


  /** The gradient of the current phase's objective with respect to variable j. */
  double gradient(int j) {
    if (phase == 1) {
      return j >= n + m ? 1.0 : 0.0;
    }
    if (j >= n) {
      return 0.0;
    }
    return h == null ? qp.linear(j) : h.sign(j) * u[h.group(j)] + h.diagonal(j) * x[j] + qp.linear(j);
  }

  /** Entry r of the column of variable j in [A, −I, diag(σ)]. */
  double column(int j, int r) {
    if (j < n) {
      return qp.row(r, j);
    }
    if (j < n + m) {
      return j - n == r ? -1.0 : 0.0;
    }
    return j - n - m == r ? sigma[r] : 0.0;
  }

  /** Aᵀv over the structural variables (the sparse rows). */
  double[] transposeTimes(double[] v) {
    double[] out = new double[n];
    for (int r = 0; r < m; r++) {
      double vr = v[r];
      if (vr == 0.0) {
        continue;
      }
      int[] index = qp.rowIndex(r);
      double[] a = qp.rowEntries(r);
      for (int e = 0; e < index.length; e++) {
        out[index[e]] += a[e] * vr;
      }
    }
    return out;
  }

  /** The column of variable j times v, given aty = Aᵀv. */
  double dot(int j, double[] v, double[] aty) {
    if (j < n) {
      return aty[j];
    }
    if (j < n + m) {
      return -v[j - n];
    }
    return sigma[j - n - m] * v[j - n - m];
  }

  /** A·x − s + σ·e, which the iteration keeps at zero (corrects drift in the next step). */
  double[] rowResidual() {
    double[] residual = new double[m];
    for (int r = 0; r < m; r++) {
      residual[r] = qp.rowValue(r, x) - x[n + r] + sigma[r] * x[n + m + r];
    }
    return residual;
  }

  /** The largest violation of a row bound by the structural variables alone. */
  double rowViolation() {
    double worst = 0.0;
    for (int r = 0; r < m; r++) {
      double v = qp.rowValue(r, x);
      worst = Math.max(worst, Math.max(qp.rowLower(r) - v, v - qp.rowUpper(r)));
    }
    return worst;
  }

  double artificialSum() {
    double sum = 0.0;
    for (int r = 0; r < m; r++) {
      sum += x[n + m + r];
    }
    return sum;
  }

  /** Keeps H·x current after x[i] moved by {@code step}: O(G) for G groups (the diagonal part reads x). */
  void addHessianColumn(int i, double step) {
    double s = h.sign(i);
    if (s == 0.0) {
      return;
    }
    int g = h.group(i);
    double dz = s * step;
    z[g] += dz;
    for (int p = 0; p < u.length; p++) {
      u[p] += h.core(p, g) * dz;
    }
  }

  void recomputeHx() {
    if (h == null) {
      return;
    }
    z = h.groupSums(Arrays.copyOf(x, n));
    u = h.coreTimes(z);
  }

  QpSolution answer(QpStatus status, double infeasibility) {
    double[] point = Arrays.copyOf(x, n);
    double[] boundMultipliers = new double[n];
    if (status == QpStatus.OPTIMAL) {
      recomputeHx();
      double[] aty = transposeTimes(y);
      for (int j = 0; j < n; j++) {
        if (!free[j]) {
          boundMultipliers[j] = gradient(j) - dot(j, y, aty);
        }
      }
    }
    double[] rowMultipliers = status == QpStatus.OPTIMAL ? y.clone() : new double[m];
    return new QpSolution(status, point, rowMultipliers, boundMultipliers, qp.objective(point),
        infeasibility, iterations);
  }
}
