package io.perennial.optimize.solver;

import java.util.Arrays;

/**
 * A primal active-set solver for convex quadratic (and linear) programs in the form of
 * {@link QuadraticProgram}, written for portfolio problems: hundreds of bounded variables, a few
 * general rows, and optima where most variables sit at a bound.
 *
 * <p>Method. Each row gets a slack {@code s = A·x} bounded by the row's bounds, so every
 * inequality is a bound. The working set is the set of variables held at a bound; the others are
 * <em>free</em>. Each iteration solves the equality-constrained subproblem on the free variables
 * (a KKT system of size free + active rows, by LU with partial pivoting; a row whose slack is free
 * stays out of it, its slack following A·x, until the slack reaches a bound), steps towards its minimiser
 * until a free variable hits a bound (which then joins the working set), and at a subproblem
 * minimiser releases the bound whose multiplier has the wrong sign (Dantzig pricing). The step
 * system uses {@code H + δI} with a tiny δ (a proximal step): stationarity at a fixed point is that
 * of the true problem, directions of zero curvature become long steps that a bound stops (as in the
 * simplex method), and the system is always non-singular in H. A feasible start comes from a
 * phase one that minimises the sum of artificial row violations by the same iteration. A warm
 * start (a previous answer) skips phase one when it is still feasible, which makes sequences of
 * related solves (frontiers, parameter searches) cheap. Flat objectives (a Hessian Σ ⊗ J over
 * asset × account cells is flat along "swap two assets between two accounts") leave rounding noise
 * that δ would turn into useless steps; a step that is flat and whose implied projected gradient is
 * at rounding level counts as no step, and a released bound that produced no step is not released
 * again before the next real step (which stops tolerance-level cycling at degenerate vertices).
 *
 * <p>Complexity per iteration: O((k + a)³ + n + nnz(A) + G·k) for k free variables, a active rows,
 * nnz(A) non-zero row entries and a Hessian of G groups ({@link GroupedMatrix}: H·x is kept as
 * group sums, so a move costs O(G), not O(n)). Stateless and thread-safe.
 */
public final class ActiveSetSolver {

  /** Largest violation of a bound or row accepted as feasible. */
  public static final double FEASIBILITY_TOLERANCE = 1e-9;

  private final int maxIterations;

  /** A solver with an automatic iteration limit (50 · (n + m) + 1000). */
  public ActiveSetSolver() {
    this(0);
  }

  /** A solver with the given iteration limit (0 = automatic). */
  public ActiveSetSolver(int maxIterations) {
    if (maxIterations < 0) {
      throw new IllegalArgumentException("max iterations must be zero or more, got " + maxIterations);
    }
    this.maxIterations = maxIterations;
  }

  /** Solves from a cold start. */
  public QpSolution solve(QuadraticProgram program) {
    return solve(program, null);
  }

  /**
   * Solves starting from {@code start} (length n, e.g. the answer to a related program), or cold
   * when null. Variables of the start at a bound start in the working set.
   */
  public QpSolution solve(QuadraticProgram program, double[] start) {
    if (start != null && start.length != program.size()) {
      throw new IllegalArgumentException("start has " + start.length + " entries, expected " + program.size());
    }
    int limit = maxIterations > 0 ? maxIterations : 50 * (program.size() + program.rowCount()) + 1000;
    return new Run(program, start, limit).run();
  }

  /** The state of one solve. Variables: n structural, then m slacks, then m artificials. */
  private static final class Run {
    private static final double BOUND_TOLERANCE = 1e-11;
    private static final double STEP_TOLERANCE = 1e-11;

    private final QuadraticProgram qp;
    private final int n;
    private final int m;
    private final int total;
    private final int limit;
    private final double[] x;
    private final double[] lo;
    private final double[] up;
    private final boolean[] free;
    private final boolean[] atUpper;
    private final boolean[] refused;
    private final double[] sigma;
    /** H, or null for a linear program. */
    private final GroupedMatrix h;
    /** Group sums z = G·x of the structural variables and u = C·z: H·x is s[j]·u[g[j]] + d[j]·x[j]. */
    private double[] z;
    private double[] u;
    private final double delta;
    private double[] y;
    private int phase;
    private int iterations;
    private int lastReleased = -1;

    Run(QuadraticProgram qp, double[] start, int limit) {
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
        if (v < l - FEASIBILITY_TOLERANCE) {
          fix(s, false);
          sigma[r] = 1.0;
          up[a] = Double.POSITIVE_INFINITY;
          x[a] = l - v;
          free[a] = true;
        } else if (v > u + FEASIBILITY_TOLERANCE) {
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

    private void fix(int j, boolean upper) {
      free[j] = false;
      atUpper[j] = upper;
      x[j] = upper ? up[j] : lo[j];
    }

    QpSolution run() {
      boolean needPhaseOne = false;
      for (int r = 0; r < m; r++) {
        needPhaseOne |= free[n + m + r];
      }
      if (needPhaseOne) {
        phase = 1;
        QpStatus status = iterate();
        double violation = rowViolation();
        if (status == QpStatus.ITERATION_LIMIT || violation > FEASIBILITY_TOLERANCE) {
          return answer(status == QpStatus.ITERATION_LIMIT ? QpStatus.ITERATION_LIMIT : QpStatus.INFEASIBLE,
              artificialSum());
        }
        for (int r = 0; r < m; r++) {
          int a = n + m + r;
          up[a] = 0.0;
          fix(a, false);
        }
      }
      phase = 2;
      Arrays.fill(refused, false);
      lastReleased = -1;
      recomputeHx();
      QpStatus status = iterate();
      return answer(status, 0.0);
    }

    /** Runs active-set iterations for the current phase until optimal, unbounded or the limit. */
    private QpStatus iterate() {
      int[] freeIndex = new int[total];
      int[] stepIndex = new int[total];
      double[] step = new double[total];
      int[] activeRows = new int[m];
      int[] slackRows = new int[m];
      int sinceRefresh = 0;
      while (true) {
        if (++iterations > limit) {
          return QpStatus.ITERATION_LIMIT;
        }
        if (++sinceRefresh >= 32) {
          recomputeHx();
          sinceRefresh = 0;
        }
        // Free variables in the KKT system (structural and artificial), rows whose slack is held at
        // a bound (active), and rows whose slack is free: those leave the system, their multiplier
        // is zero and their slack simply follows A·x.
        int k = 0;
        int active = 0;
        int inactive = 0;
        double xScale = 1.0;
        for (int j = 0; j < total; j++) {
          if (free[j]) {
            xScale = Math.max(xScale, Math.abs(x[j]));
            if (j >= n && j < n + m) {
              slackRows[inactive++] = j - n;
            } else {
              freeIndex[k++] = j;
            }
          }
        }
        for (int r = 0; r < m; r++) {
          if (!free[n + r]) {
            activeRows[active++] = r;
          }
        }
        double[] residual = rowResidual();
        double[] solution = solveKkt(freeIndex, k, activeRows, active, residual);
        if (solution == null) {
          return QpStatus.ITERATION_LIMIT;
        }
        y = new double[m];
        for (int q = 0; q < active; q++) {
          y[activeRows[q]] = solution[k + q];
        }
        int steps = 0;
        double pMax = 0.0;
        for (int a = 0; a < k; a++) {
          stepIndex[steps] = freeIndex[a];
          step[steps++] = solution[a];
          pMax = Math.max(pMax, Math.abs(solution[a]));
        }
        for (int q = 0; q < inactive; q++) {
          int r = slackRows[q];
          double[] row = qp.rowArray(r);
          double ps = residual[r];
          for (int a = 0; a < k; a++) {
            int i = freeIndex[a];
            if (i < n) {
              ps += row[i] * solution[a];
            }
          }
          stepIndex[steps] = n + r;
          step[steps++] = ps;
          pMax = Math.max(pMax, Math.abs(ps));
        }
        if (pMax <= STEP_TOLERANCE * xScale || (phase == 2 && isNoise(freeIndex, k, solution))) {
          if (lastReleased >= 0) {
            // Releasing it moved nothing: its multiplier's sign was rounding. Do not release it
            // again before the next real step (else tolerances at the rounding level can cycle).
            refused[lastReleased] = true;
          }
          int entering = price();
          if (entering < 0) {
            return QpStatus.OPTIMAL;
          }
          free[entering] = true;
          lastReleased = entering;
          continue;
        }
        // Ratio test (Harris, two passes): the largest step keeping free variables within bounds.
        double pivotTolerance = 1e-11 * pMax;
        double alphaMax = Double.POSITIVE_INFINITY;
        for (int a = 0; a < steps; a++) {
          int i = stepIndex[a];
          double p = step[a];
          if (p < -pivotTolerance && lo[i] > Double.NEGATIVE_INFINITY) {
            alphaMax = Math.min(alphaMax, (x[i] - lo[i] + BOUND_TOLERANCE) / -p);
          } else if (p > pivotTolerance && up[i] < Double.POSITIVE_INFINITY) {
            alphaMax = Math.min(alphaMax, (up[i] - x[i] + BOUND_TOLERANCE) / p);
          }
        }
        double alpha = 1.0;
        int blocking = -1;
        boolean blockingUpper = false;
        if (alphaMax < 1.0) {
          double bestPivot = -1.0;
          boolean bestArtificial = false;
          for (int a = 0; a < steps; a++) {
            int i = stepIndex[a];
            double p = step[a];
            double ratio;
            boolean upper;
            if (p < -pivotTolerance && lo[i] > Double.NEGATIVE_INFINITY) {
              ratio = (x[i] - lo[i]) / -p;
              upper = false;
            } else if (p > pivotTolerance && up[i] < Double.POSITIVE_INFINITY) {
              ratio = (up[i] - x[i]) / p;
              upper = true;
            } else {
              continue;
            }
            if (ratio <= alphaMax) {
              boolean artificial = i >= n + m;
              double size = Math.abs(p);
              if ((artificial && !bestArtificial) || (artificial == bestArtificial && size > bestPivot)) {
                bestPivot = size;
                bestArtificial = artificial;
                blocking = i;
                blockingUpper = upper;
                alpha = Math.max(0.0, ratio);
              }
            }
          }
        } else if (pMax > 1e7 * xScale) {
          return phase == 2 ? QpStatus.UNBOUNDED : QpStatus.ITERATION_LIMIT;
        }
        for (int a = 0; a < steps; a++) {
          int i = stepIndex[a];
          double change = alpha * step[a];
          if (change != 0.0) {
            x[i] += change;
            if (i < n && h != null) {
              addHessianColumn(i, change);
            }
          }
          if (x[i] < lo[i]) {
            x[i] = lo[i];
          } else if (x[i] > up[i]) {
            x[i] = up[i];
          }
        }
        if (blocking >= 0) {
          double before = x[blocking];
          fix(blocking, blockingUpper);
          double correction = x[blocking] - before;
          if (blocking < n && correction != 0.0 && h != null) {
            addHessianColumn(blocking, correction);
          }
        }
        if (alpha * pMax > BOUND_TOLERANCE) {
          Arrays.fill(refused, false);
        } else if (blocking >= 0 && blocking == lastReleased) {
          refused[blocking] = true;
        }
        lastReleased = -1;
      }
    }

    /**
     * Whether a phase-two step only follows rounding noise. Where the objective is flat along a
     * direction (zero curvature, and a gradient that is constant along it: e.g. swapping one asset
     * between two accounts taxed alike, under a Hessian Σ ⊗ J) the KKT solve leaves rounding noise
     * of about 1e-17 in the projected gradient, which the proximal term δ turns into steps of up to
     * 1e-6 that improve nothing and can cycle through degenerate vertices. A step is noise when it
     * is flat (curvature pᵀHp ≤ δ‖p‖²: a proximal step along a flat direction is p = −g⊥/δ) and the
     * projected gradient it implies, δ‖p‖, is at rounding level (1e-13 of the largest gradient
     * entry); a real one, a cost difference between two placements, is many orders larger. Such a
     * point is a subproblem minimiser.
     */
    private boolean isNoise(int[] freeIndex, int k, double[] solution) {
      double pp = 0.0;
      double gScale = 0.0;
      for (int a = 0; a < k; a++) {
        int i = freeIndex[a];
        if (i < n) {
          pp += solution[a] * solution[a];
          gScale = Math.max(gScale, Math.abs(gradient(i)));
        }
      }
      if (pp == 0.0 || delta * Math.sqrt(pp) > 1e-13 * gScale) {
        return false;
      }
      return curvature(freeIndex, k, solution) <= delta * pp;
    }

    /** pᵀHp for the step p of the free structural variables (O(k + t²) for t groups touched). */
    private double curvature(int[] freeIndex, int k, double[] solution) {
      if (h == null) {
        return 0.0;
      }
      double[] zp = new double[h.groups()];
      boolean[] listed = new boolean[h.groups()];
      int[] touched = new int[Math.min(k, h.groups())];
      int t = 0;
      double sum = 0.0;
      for (int a = 0; a < k; a++) {
        int i = freeIndex[a];
        double p = solution[a];
        if (i >= n || p == 0.0) {
          continue;
        }
        sum += h.diagonal(i) * p * p;
        double s = h.sign(i);
        if (s != 0.0) {
          int g = h.group(i);
          if (!listed[g]) {
            listed[g] = true;
            touched[t++] = g;
          }
          zp[g] += s * p;
        }
      }
      for (int a = 0; a < t; a++) {
        int p = touched[a];
        double inner = 0.0;
        for (int b = 0; b < t; b++) {
          inner += h.core(p, touched[b]) * zp[touched[b]];
        }
        sum += zp[p] * inner;
      }
      return sum;
    }

    /**
     * Solves the KKT system of the subproblem on the free (non-slack) variables and the active rows:
     * [H_FF + δI, −A_RFᵀ; −A_RF, −εI]·[p; y_R] = [−g_F; residual_R]. Returns [p; y_R], or null
     * when even the regularised system is singular.
     */
    private double[] solveKkt(int[] freeIndex, int k, int[] activeRows, int active, double[] residual) {
      int d = k + active;
      if (d == 0) {
        return new double[0];
      }
      for (double epsilon : new double[] {0.0, 1e-12, 1e-9}) {
        double[][] kkt = new double[d][d];
        for (int a = 0; a < k; a++) {
          int i = freeIndex[a];
          double[] row = kkt[a];
          if (phase == 2 && i < n && h != null) {
            for (int b = 0; b < k; b++) {
              int j = freeIndex[b];
              if (j < n) {
                row[b] = h.entry(i, j);
              }
            }
          }
          row[a] += delta;
          for (int q = 0; q < active; q++) {
            double c = column(i, activeRows[q]);
            row[k + q] = -c;
            kkt[k + q][a] = -c;
          }
        }
        for (int q = 0; q < active; q++) {
          kkt[k + q][k + q] = -epsilon;
        }
        double[] rhs = new double[d];
        for (int a = 0; a < k; a++) {
          rhs[a] = -gradient(freeIndex[a]);
        }
        for (int q = 0; q < active; q++) {
          rhs[k + q] = residual[activeRows[q]];
        }
        DenseLu lu = DenseLu.factor(kkt, d, 1e-15);
        if (lu != null) {
          lu.solve(rhs);
          return rhs;
        }
      }
      return null;
    }

    /** The entering variable: a fixed variable whose multiplier has the wrong sign, or −1 at an optimum. */
    private int price() {
      double gScale = 0.0;
      double[] reduced = new double[total];
      double[] aty = transposeTimes(y);
      for (int j = 0; j < total; j++) {
        if (!free[j] && lo[j] < up[j]) {
          double g = gradient(j);
          gScale = Math.max(gScale, Math.abs(g));
          reduced[j] = g - dot(j, y, aty);
        }
      }
      double tolerance = 1e-11 * Math.max(gScale, 1e-6);
      int best = -1;
      double bestScore = tolerance;
      for (int j = 0; j < total; j++) {
        if (free[j] || lo[j] == up[j] || refused[j]) {
          continue;
        }
        double score = atUpper[j] ? reduced[j] : -reduced[j];
        if (score > bestScore) {
          bestScore = score;
          best = j;
        }
      }
      return best;
    }

    /** The gradient of the current phase's objective with respect to variable j. */
    private double gradient(int j) {
      if (phase == 1) {
        return j >= n + m ? 1.0 : 0.0;
      }
      if (j >= n) {
        return 0.0;
      }
      return h == null ? qp.linear(j) : h.sign(j) * u[h.group(j)] + h.diagonal(j) * x[j] + qp.linear(j);
    }

    /** Entry r of the column of variable j in [A, −I, diag(σ)]. */
    private double column(int j, int r) {
      if (j < n) {
        return qp.row(r, j);
      }
      if (j < n + m) {
        return j - n == r ? -1.0 : 0.0;
      }
      return j - n - m == r ? sigma[r] : 0.0;
    }

    /** Aᵀv over the structural variables (the sparse rows). */
    private double[] transposeTimes(double[] v) {
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
    private double dot(int j, double[] v, double[] aty) {
      if (j < n) {
        return aty[j];
      }
      if (j < n + m) {
        return -v[j - n];
      }
      return sigma[j - n - m] * v[j - n - m];
    }

    /** A·x − s + σ·e, which the iteration keeps at zero (corrects drift in the next step). */
    private double[] rowResidual() {
      double[] residual = new double[m];
      for (int r = 0; r < m; r++) {
        residual[r] = qp.rowValue(r, x) - x[n + r] + sigma[r] * x[n + m + r];
      }
      return residual;
    }

    /** The largest violation of a row bound by the structural variables alone. */
    private double rowViolation() {
      double worst = 0.0;
      for (int r = 0; r < m; r++) {
        double v = qp.rowValue(r, x);
        worst = Math.max(worst, Math.max(qp.rowLower(r) - v, v - qp.rowUpper(r)));
      }
      return worst;
    }

    private double artificialSum() {
      double sum = 0.0;
      for (int r = 0; r < m; r++) {
        sum += x[n + m + r];
      }
      return sum;
    }

    /** Keeps H·x current after x[i] moved by {@code step}: O(G) for G groups (the diagonal part reads x). */
    private void addHessianColumn(int i, double step) {
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

    private void recomputeHx() {
      if (h == null) {
        return;
      }
      z = h.groupSums(Arrays.copyOf(x, n));
      u = h.coreTimes(z);
    }

    private QpSolution answer(QpStatus status, double infeasibility) {
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
}
