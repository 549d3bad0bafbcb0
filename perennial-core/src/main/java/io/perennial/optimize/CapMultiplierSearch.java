package io.perennial.optimize;

import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QuadraticProgram;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The multiplier search of a volatility cap √(wᵀΣw) ≤ σ (see {@link AllocationOptimizer}): the
 * λ ≥ 0 at which the optimum of "maximise f(w) − λ·wᵀΣw" has volatility σ, by a bracket in
 * u = 1/λ narrowed by straight-line roots on one face of the constraints and Illinois steps.
 * Stateless.
 */
final class CapMultiplierSearch {

  private CapMultiplierSearch() {}

  /** One evaluation in a multiplier search: the solution, its weights and volatility. */
  record Evaluation(QpSolution solution, QuadraticProgram program, double[] weights, double volatility) {}

  /** The search's answer: the evaluation kept, its multiplier, the solves spent and a note (empty when clean). */
  record Result(Evaluation evaluation, double lambda, int solves, String note) {}

  /**
   * Finds the multiplier λ ≥ 0 of the volatility cap: λ = 0 when the optimum without it is within
   * σ, else the λ where volatility(λ) = σ (volatility falls as λ rises). The search keeps a bracket
   * in u = 1/λ. When both ends of the bracket lie on the same face of the constraints the optimum
   * moves along a straight line in weights between them (exactly so for a linear objective without
   * L2), so volatility² is a quadratic in u whose root is the next trial; otherwise an Illinois
   * regula falsi step on volatility² − σ². Stops at |volatility − σ| ≤ 1e-10·σ (the solver's
   * weights are exact to about 1e-11). Returns the evaluation with volatility ≤ σ(1 + 1e-10).
   */
  static Result search(LinearModel model, DoubleFunction<Evaluation> at, double sigma, double guess) {
    int solves = 0;
    double lambdaLow;
    double lambdaHigh;
    Evaluation low;
    Evaluation high;
    Evaluation first = at.apply(guess);
    solves++;
    if (!first.solution().status().hasPoint()) {
      return new Result(null, guess, solves, "solve at λ = " + guess + " ended " + first.solution().status());
    }
    if (first.volatility() <= sigma) {
      Evaluation free = at.apply(0.0);
      solves++;
      if (free.solution().status().hasPoint() && free.volatility() <= sigma * (1 + AllocationOptimizer.CAP_TOLERANCE)) {
        return new Result(free, 0.0, solves, "");
      }
      high = first;
      lambdaHigh = guess;
      low = null;
      lambdaLow = guess;
      for (int k = 0; k < 80 && low == null; k++) {
        lambdaLow /= 4.0;
        Evaluation e = at.apply(lambdaLow);
        solves++;
        if (!e.solution().status().hasPoint() || e.volatility() > sigma) {
          low = e.solution().status().hasPoint() ? e : null;
          if (low == null) {
            return new Result(high, lambdaHigh, solves, "no solution at small λ");
          }
        } else {
          high = e;
          lambdaHigh = lambdaLow;
        }
      }
      if (low == null) {
        return new Result(high, lambdaHigh, solves, "");
      }
    } else {
      low = first;
      lambdaLow = guess;
      high = null;
      lambdaHigh = guess;
      for (int k = 0; k < 80 && high == null; k++) {
        lambdaHigh *= 4.0;
        Evaluation e = at.apply(lambdaHigh);
        solves++;
        if (!e.solution().status().hasPoint()) {
          return new Result(null, lambdaHigh, solves, "solve at λ = " + lambdaHigh + " ended " + e.solution().status());
        }
        if (e.volatility() <= sigma) {
          high = e;
        } else {
          low = e;
          lambdaLow = lambdaHigh;
        }
      }
      if (high == null) {
        return new Result(null, lambdaHigh, solves, "volatility stays above the cap as λ grows");
      }
    }
    double s2 = sigma * sigma;
    double uLow = 1.0 / lambdaHigh;
    double uHigh = 1.0 / lambdaLow;
    double gLow = high.volatility() * high.volatility() - s2;
    double gHigh = low.volatility() * low.volatility() - s2;
    int side = 0;
    for (int k = 0; k < 100; k++) {
      if (Math.abs(high.volatility() - sigma) <= AllocationOptimizer.CAP_TOLERANCE * sigma || uHigh - uLow <= 1e-15 * uHigh) {
        break;
      }
      double u = Double.NaN;
      if (sameFace(high, low)) {
        double t = straightLineRoot(model.problem, high.weights(), low.weights(), s2);
        u = uLow + t * (uHigh - uLow);
      }
      if (!(u > uLow && u < uHigh)) {
        u = uLow - gLow * (uHigh - uLow) / (gHigh - gLow);
      }
      if (!(u > uLow && u < uHigh)) {
        u = 0.5 * (uLow + uHigh);
      }
      Evaluation e = at.apply(1.0 / u);
      solves++;
      if (!e.solution().status().hasPoint()) {
        return new Result(high, 1.0 / uLow, solves, "a trial solve ended " + e.solution().status());
      }
      double g = e.volatility() * e.volatility() - s2;
      if (e.volatility() <= sigma * (1 + AllocationOptimizer.CAP_TOLERANCE)) {
        uLow = u;
        gLow = g;
        high = e;
        if (side == -1) {
          gHigh /= 2.0;
        }
        side = -1;
      } else {
        uHigh = u;
        gHigh = g;
        low = e;
        if (side == 1) {
          gLow /= 2.0;
        }
        side = 1;
      }
    }
    String note = Math.abs(high.volatility() - sigma) <= 1e-9 * sigma ? ""
        : String.format(Locale.ROOT, "stopped at volatility %.9f below the cap: the optimum jumps there", high.volatility());
    return new Result(high, 1.0 / uLow, solves, note);
  }

  /** Whether two solutions hold the same variables at the same bounds and the same rows at a bound. */
  private static boolean sameFace(Evaluation a, Evaluation b) {
    QuadraticProgram p = a.program();
    QuadraticProgram q = b.program();
    double[] x = a.solution().x();
    double[] y = b.solution().x();
    for (int j = 0; j < p.size(); j++) {
      if (state(x[j], p.lower(j), p.upper(j)) != state(y[j], q.lower(j), q.upper(j))) {
        return false;
      }
    }
    for (int r = 0; r < p.rowCount(); r++) {
      if (state(p.rowValue(r, x), p.rowLower(r), p.rowUpper(r)) != state(q.rowValue(r, y), q.rowLower(r), q.rowUpper(r))) {
        return false;
      }
    }
    return true;
  }

  private static int state(double v, double lower, double upper) {
    if (lower == upper) {
      return 3;
    }
    if (v - lower <= 1e-10) {
      return 1;
    }
    if (upper - v <= 1e-10) {
      return 2;
    }
    return 0;
  }

  /**
   * The t in [0, 1] where the volatility² of a + t·(b − a) equals s2, assuming volatility² of a is
   * ≤ s2 ≤ that of b; NaN when the quadratic has no such root.
   */
  private static double straightLineRoot(AllocationProblem problem, double[] a, double[] b, double s2) {
    int n = a.length;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = b[i] - a[i];
    }
    double va = PortfolioMath.variance(problem, a);
    double vd = PortfolioMath.variance(problem, d);
    double cross = problem.covarianceMatrix().bilinear(a, d);
    // vd·t² + 2·cross·t + (va − s2) = 0, increasing root.
    double disc = cross * cross - vd * (va - s2);
    if (!(vd > 0) || disc < 0) {
      return Double.NaN;
    }
    double root = (-cross + Math.sqrt(disc)) / vd;
    return root;
  }
}
