package io.perennial.optimize.solver;

import java.util.Arrays;

/**
 * The iteration of one {@link ActiveSetSolver} solve on its {@link WorkingSet}: phase one (the sum
 * of artificial row violations) when the start is infeasible, then phase two; each iteration
 * solves the KKT system of the free variables and active rows, takes the ratio-tested step or, at a
 * subproblem minimiser, releases the bound priced best (Dantzig). Confined to one thread.
 */
final class ActiveSetIteration extends WorkingSet {

  ActiveSetIteration(QuadraticProgram qp, double[] start, int limit) {
    super(qp, start, limit);
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
      if (status == QpStatus.ITERATION_LIMIT || violation > ActiveSetSolver.FEASIBILITY_TOLERANCE) {
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
}
