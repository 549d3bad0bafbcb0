package io.perennial.optimize.solver;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Mixed-integer programs (some variables integer) by branch and bound over {@link ActiveSetSolver}:
 * each node is the continuous relaxation with tightened bounds, solved warm from its parent;
 * a node is pruned when infeasible or when its relaxed objective cannot beat the incumbent; the
 * most fractional integer variable is split into x ≤ ⌊v⌋ and x ≥ ⌈v⌉, the nearer side explored
 * first (depth first). Exact (to the solver's tolerance) when the search ends within its node
 * limit; otherwise the best integer point found is returned as {@link QpStatus#FEASIBLE}.
 *
 * <p>Written because ojAlgo 57.1's integer solver returned non-optimal answers on small
 * portfolio problems (see BENCHMARKS.md); tested against exhaustive search.
 */
public final class BranchAndBoundSolver {

  private static final double INTEGRALITY = 1e-9;

  private final ActiveSetSolver relaxation = new ActiveSetSolver();
  private final int nodeLimit;

  public BranchAndBoundSolver(int nodeLimit) {
    if (nodeLimit <= 0) {
      throw new IllegalArgumentException("node limit must be more than zero, got " + nodeLimit);
    }
    this.nodeLimit = nodeLimit;
  }

  /**
   * Solves {@code program} with the variables flagged in {@code integer} restricted to integers;
   * {@code incumbent} (may be null) is a known integer-feasible point whose objective the search
   * must beat.
   */
  public QpSolution solve(QuadraticProgram program, boolean[] integer, double[] incumbent) {
    int n = program.size();
    double[] bestX = null;
    double best = Double.POSITIVE_INFINITY;
    if (incumbent != null && program.maxViolation(incumbent) <= ActiveSetSolver.FEASIBILITY_TOLERANCE
        && isIntegral(incumbent, integer)) {
      bestX = incumbent.clone();
      best = program.objective(incumbent);
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int j = 0; j < n; j++) {
      lower[j] = integer[j] ? Math.ceil(program.lower(j) - INTEGRALITY) : program.lower(j);
      upper[j] = integer[j] ? Math.floor(program.upper(j) + INTEGRALITY) : program.upper(j);
      if (lower[j] > upper[j]) {
        return new QpSolution(QpStatus.INFEASIBLE, new double[n], new double[program.rowCount()], new double[n],
            Double.NaN, Double.NaN, 0);
      }
    }
    Deque<double[][]> stack = new ArrayDeque<>();
    stack.push(new double[][] {lower, upper, null});
    int nodes = 0;
    int iterations = 0;
    boolean unbounded = false;
    while (!stack.isEmpty()) {
      if (nodes >= nodeLimit) {
        return answer(program, bestX, false, nodes, iterations);
      }
      double[][] node = stack.pop();
      nodes++;
      QpSolution solution = relaxation.solve(program.withBounds(node[0], node[1]), node[2]);
      iterations += solution.iterations();
      if (solution.status() == QpStatus.UNBOUNDED) {
        unbounded = true;
        continue;
      }
      if (solution.status() != QpStatus.OPTIMAL) {
        continue;
      }
      double value = solution.objective();
      if (value >= best - 1e-9 * Math.max(1.0, Math.abs(best))) {
        continue;
      }
      double[] x = solution.x();
      int branch = -1;
      double fraction = INTEGRALITY;
      for (int j = 0; j < n; j++) {
        if (integer[j]) {
          double f = Math.abs(x[j] - Math.rint(x[j]));
          if (f > fraction) {
            fraction = f;
            branch = j;
          }
        }
      }
      if (branch < 0) {
        for (int j = 0; j < n; j++) {
          if (integer[j]) {
            x[j] = Math.rint(x[j]);
          }
        }
        bestX = x;
        best = program.objective(x);
        continue;
      }
      double v = x[branch];
      double[] downUpper = node[1].clone();
      downUpper[branch] = Math.floor(v);
      double[] upLower = node[0].clone();
      upLower[branch] = Math.ceil(v);
      double[][] down = {node[0], downUpper, x};
      double[][] up = {upLower, node[1], x};
      if (v - Math.floor(v) < 0.5) {
        stack.push(up);
        stack.push(down);
      } else {
        stack.push(down);
        stack.push(up);
      }
    }
    if (bestX == null && unbounded) {
      return new QpSolution(QpStatus.UNBOUNDED, new double[n], new double[program.rowCount()], new double[n],
          Double.NaN, Double.NaN, iterations);
    }
    return answer(program, bestX, true, nodes, iterations);
  }

  private static boolean isIntegral(double[] x, boolean[] integer) {
    for (int j = 0; j < x.length; j++) {
      if (integer[j] && Math.abs(x[j] - Math.rint(x[j])) > INTEGRALITY) {
        return false;
      }
    }
    return true;
  }

  private static QpSolution answer(QuadraticProgram program, double[] x, boolean complete, int nodes, int iterations) {
    int n = program.size();
    if (x == null) {
      return new QpSolution(complete ? QpStatus.INFEASIBLE : QpStatus.FAILED, new double[n],
          new double[program.rowCount()], new double[n], Double.NaN, Double.NaN, iterations);
    }
    return new QpSolution(complete ? QpStatus.OPTIMAL : QpStatus.FEASIBLE, x, new double[program.rowCount()],
        new double[n], program.objective(x), 0.0, iterations);
  }
}
