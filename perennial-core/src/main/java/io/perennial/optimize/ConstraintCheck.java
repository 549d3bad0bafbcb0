package io.perennial.optimize;

import io.perennial.optimize.AllocationConstraint.MaxHoldings;
import io.perennial.optimize.AllocationConstraint.MaxTurnover;
import io.perennial.optimize.AllocationConstraint.MaxVolatility;
import io.perennial.optimize.AllocationConstraint.MinPosition;
import java.util.ArrayList;
import java.util.List;

/** Whether given weights keep named constraints: the rules' own compiled rows, read at a point. */
final class ConstraintCheck {

  /** Largest violation of a weight bound or linear row accepted. */
  static final double TOLERANCE = 1e-9;

  private ConstraintCheck() {}

  /** The names of the constraints among {@code constraints} that weights {@code w} break. */
  static List<String> broken(AllocationProblem problem, List<AllocationConstraint> constraints, double[] w) {
    List<String> broken = new ArrayList<>();
    for (AllocationConstraint c : constraints) {
      if (!holds(problem, c, w)) {
        broken.add(c.name());
      }
    }
    return broken;
  }

  /** Whether weights {@code w} keep constraint {@code c} (a turnover limit is read against the problem's current weights). */
  static boolean holds(AllocationProblem problem, AllocationConstraint c, double[] w) {
    if (c instanceof MaxVolatility cap) {
      return PortfolioMath.volatility(problem, w) <= cap.volatility() * (1 + 1e-9);
    }
    if (c instanceof MinPosition p) {
      for (double v : w) {
        if (Math.abs(v) > TOLERANCE && Math.abs(v) < p.minimum() - TOLERANCE) {
          return false;
        }
      }
      return true;
    }
    if (c instanceof MaxHoldings h) {
      long held = java.util.Arrays.stream(w).filter(v -> Math.abs(v) > TOLERANCE).count();
      return held <= h.count();
    }
    if (c instanceof MaxTurnover t) {
      double[] current = problem.currentWeights().orElse(new double[w.length]);
      double sum = 0.0;
      for (int i = 0; i < w.length; i++) {
        sum += Math.abs(w[i] - current[i]);
      }
      return sum <= t.limit() + TOLERANCE;
    }
    LinearModel model = LinearModel.of(problem, List.of(c));
    for (int i = 0; i < w.length; i++) {
      if (w[i] < model.weightLower[i] - TOLERANCE || w[i] > model.weightUpper[i] + TOLERANCE) {
        return false;
      }
    }
    for (int r = 0; r < model.weightRows.size(); r++) {
      double value = PortfolioMath.dot(model.weightRows.get(r), w);
      if (value < model.weightRowLower.get(r) - TOLERANCE || value > model.weightRowUpper.get(r) + TOLERANCE) {
        return false;
      }
    }
    return true;
  }
}
