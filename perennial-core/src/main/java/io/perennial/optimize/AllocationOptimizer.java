package io.perennial.optimize;

import io.perennial.optimize.AllocationConstraint.MaxHoldings;
import io.perennial.optimize.AllocationConstraint.MaxVolatility;
import io.perennial.optimize.AllocationConstraint.MinPosition;
import io.perennial.optimize.solver.ActiveSetSolver;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QpStatus;
import io.perennial.optimize.solver.QuadraticProgram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Solves {@link AllocationProblem}s. Stateless and thread-safe.
 *
 * <p>Methods, by case:
 * <ul>
 *   <li>Linear constraints with a quadratic or linear objective: one convex QP (or LP) solved by the
 *       active-set solver of {@code optimize.solver}.
 *   <li>A volatility cap √(wᵀΣw) ≤ σ (a convex quadratic constraint): by its Lagrange multiplier λ.
 *       The optimum of "maximise f(w) − λ·wᵀΣw" has a volatility that falls as λ rises; if the
 *       optimum at λ = 0 is within the cap the cap is slack, otherwise a safeguarded root search
 *       in u = 1/λ finds λ* with volatility = σ to 1e-10 relative, each QP warm-started from the
 *       previous one. On one face of the constraints the optimum moves on a straight line in u, so
 *       once two trials share a face the root of a quadratic lands on the answer.
 *       By the KKT conditions that point is the exact optimum of the capped problem. If even the
 *       minimum-volatility portfolio exceeds σ the cap conflicts with the other constraints.
 *   <li>Maximum Sharpe: exactly by the change of variables y = κw (see {@link Objective.MaxSharpe}).
 *       With a turnover limit, a volatility cap or integer rules, which do not survive that change,
 *       by a golden-section search for the best Sharpe ratio along the efficient frontier (the
 *       ratio is unimodal on a concave frontier), to 1e-10 in the frontier parameter.
 *   <li>Minimum positions and a maximum number of holdings: mixed-integer, by branch and bound
 *       around the exact continuous optimizer ({@link IntegerSearch}); a search stopped by its node
 *       limit returns FEASIBLE. (ojAlgo 57.1's own MIQP was tried and returned non-optimal answers
 *       marked optimal on small cardinality problems.)
 *   <li>Infeasible problems: the smallest conflicting set of named constraints, by the deletion
 *       filter over feasibility solves ({@link ConflictFinder}).
 * </ul>
 */
public final class AllocationOptimizer {

  private static final String EXCESS_RETURN = "return>risk-free-rate";

  /** Relative tolerance on a binding volatility cap: the answer's volatility is within σ(1 ± 1e-10). */
  static final double CAP_TOLERANCE = 1e-10;

  /** Nodes the integer search may spend on one feasibility question of the conflict finder. */
  static final int FEASIBILITY_NODE_LIMIT = 300;

  private final ActiveSetSolver solver = new ActiveSetSolver();
  private final int nodeLimit;

  public AllocationOptimizer() {
    this(IntegerSearch.DEFAULT_NODE_LIMIT);
  }

  /** An optimizer whose branch-and-bound searches stop after {@code nodeLimit} nodes (then FEASIBLE). */
  public AllocationOptimizer(int nodeLimit) {
    if (nodeLimit <= 0) {
      throw new IllegalArgumentException("node limit must be more than zero, got " + nodeLimit);
    }
    this.nodeLimit = nodeLimit;
  }

  /** Solves {@code problem}; never throws for an infeasible or unbounded problem (see the result's status). */
  public AllocationResult optimize(AllocationProblem problem) {
    return optimize(problem, null);
  }

  /** Solves {@code problem} starting from {@code startWeights} (a warm start; null for cold). */
  AllocationResult optimize(AllocationProblem problem, double[] startWeights) {
    return optimize(problem, startWeights, null);
  }

  /** As {@link #optimize(AllocationProblem, double[])}, sharing what related solves know ({@code hint}, may be null). */
  AllocationResult optimize(AllocationProblem problem, double[] startWeights, CapHint hint) {
    LinearModel model = LinearModel.of(problem);
    List<String> diagnostics = new ArrayList<>(problem.notes());
    Outcome outcome;
    if (problem.objective() instanceof Objective.MaxSharpe) {
      outcome = maxSharpe(model, diagnostics);
    } else {
      outcome = solve(model, Canonical.of(problem), startWeights, hint, diagnostics);
    }
    return finish(problem, problem.objective(), outcome, diagnostics);
  }

  // ---------------------------------------------------------------------------------------------
  // The canonical form: maximise cᵀw − q·wᵀΣw − γ‖w‖² subject to the linear model and volatility caps.

  /** maximise cᵀw − riskWeight·wᵀΣw − γ‖w‖² (+ constant). */
  record Canonical(double riskWeight, double[] linear) {

    static Canonical of(AllocationProblem problem) {
      int n = problem.size();
      Objective objective = problem.objective();
      if (objective instanceof Objective.MinVolatility || objective instanceof Objective.EfficientReturn) {
        return new Canonical(1.0, new double[n]);
      }
      if (objective instanceof Objective.EfficientRisk || objective instanceof Objective.MaxReturn) {
        return new Canonical(0.0, problem.expectedReturns());
      }
      if (objective instanceof Objective.MaxUtility utility) {
        return new Canonical(utility.riskAversion() / 2.0, problem.expectedReturns());
      }
      if (objective instanceof Objective.MaxIncome) {
        return new Canonical(0.0, problem.afterTaxIncome());
      }
      if (objective instanceof Objective.IncomeAndGrowth blend) {
        double[] income = problem.afterTaxIncome();
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
          c[i] = blend.incomeEmphasis() * income[i] + (1.0 - blend.incomeEmphasis()) * problem.expectedReturn(i);
        }
        return new Canonical(0.0, c);
      }
      throw new IllegalArgumentException("no canonical form for " + objective.id());
    }

    double[] minimised() {
      double[] c = new double[linear.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = -linear[i];
      }
      return c;
    }
  }

  /** What a solve produced, before it becomes a result. */
  record Outcome(AllocationStatus status, double[] weights, Set<String> binding, String message,
      List<AllocationConstraint> presetConflicts) {

    static Outcome failed(AllocationStatus status, String message) {
      return new Outcome(status, null, Set.of(), message, null);
    }
  }

  /** One evaluation in a multiplier search: the solution, its weights and volatility. */
  private record Evaluation(QpSolution solution, QuadraticProgram program, double[] weights, double volatility) {}

  /**
   * What a sequence of related solves (a frontier) can share: the minimum-volatility portfolio of
   * the constraints and the last volatility-cap multiplier. Mutable, confined to one thread.
   */
  static final class CapHint {
    double minVolatility = Double.NaN;
    double[] minWeights;
    double lambda = Double.NaN;
  }

  Outcome solve(LinearModel model, Canonical canonical, double[] startWeights, List<String> diagnostics) {
    return solve(model, canonical, startWeights, null, diagnostics);
  }

  Outcome solve(LinearModel model, Canonical canonical, double[] startWeights, CapHint hint, List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    double gamma = problem.l2Gamma();
    MaxVolatility cap = model.tightestCap();
    if (model.isMixedInteger()) {
      return solveInteger(model, canonical, diagnostics);
    }
    double[] start = startWeights == null ? null : model.start(startWeights);
    if (cap == null) {
      QuadraticProgram program = model.program(canonical.riskWeight(), gamma, canonical.minimised());
      QpSolution solution = solver.solve(program, start);
      diagnostics.add(method(model, solution));
      return outcome(model, program, solution, Set.of());
    }
    return solveCapped(model, canonical, start, hint, cap.name(), cap.volatility(), diagnostics);
  }

  /** The cap part of {@link #solve}: maximise the canonical objective subject to volatility ≤ sigma (named {@code capName}). */
  private Outcome solveCapped(LinearModel model, Canonical canonical, double[] start, CapHint hint, String capName,
      double sigma, List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    double gamma = problem.l2Gamma();
    double minVolatility;
    double[] minimumX;
    if (hint != null && hint.minWeights != null) {
      minVolatility = hint.minVolatility;
      minimumX = model.start(hint.minWeights);
    } else {
      Evaluation minimum = evaluate(model, 1.0, 0.0, new double[problem.size()], start);
      if (!minimum.solution().status().hasPoint()) {
        diagnostics.add(method(model, minimum.solution()));
        return outcome(model, minimum.program(), minimum.solution(), Set.of());
      }
      minVolatility = minimum.volatility();
      minimumX = minimum.solution().x();
      if (hint != null) {
        hint.minVolatility = minVolatility;
        hint.minWeights = minimum.weights();
      }
    }
    if (minVolatility > sigma * (1 + 1e-9)) {
      diagnostics.add(String.format(Locale.ROOT, "the lowest volatility the other constraints allow is %.6f, above the cap %s",
          minVolatility, AllocationConstraint.number(sigma)));
      return new Outcome(AllocationStatus.INFEASIBLE, null, Set.of(), null, null);
    }
    double[] c = canonical.minimised();
    double[] first = start != null ? start : minimumX;
    DoubleFunction<Evaluation> at = new DoubleFunction<>() {
      double[] warm = first;

      @Override
      public Evaluation apply(double lambda) {
        Evaluation e = evaluate(model, canonical.riskWeight() + lambda, gamma, c, warm);
        if (e.solution().status().hasPoint()) {
          warm = e.solution().x();
        }
        return e;
      }
    };
    double guess = hint != null && hint.lambda > 0 ? hint.lambda
        : Math.max(PortfolioMath.maxAbs(c), 1e-8) / (2 * sigma * sigma);
    SearchResult search = searchMultiplier(model, at, sigma, guess);
    if (search.evaluation() == null) {
      return Outcome.failed(AllocationStatus.FAILED, "the volatility-cap search for " + capName + " failed: "
          + search.note());
    }
    if (hint != null) {
      hint.lambda = search.lambda();
    }
    Evaluation best = search.evaluation();
    if (search.lambda() == 0.0) {
      diagnostics.add(method(model, best.solution()) + "; volatility cap " + capName + " not binding");
      return outcome(model, best.program(), best.solution(), Set.of());
    }
    diagnostics.add(String.format(Locale.ROOT,
        "volatility cap %s by multiplier search: λ = %.6g after %d warm-started active-set solves%s", capName,
        search.lambda(), search.solves(), search.note().isEmpty() ? "" : " (" + search.note() + ")"));
    return outcome(model, best.program(), best.solution(), Set.of(capName));
  }

  private Evaluation evaluate(LinearModel model, double riskWeight, double gamma, double[] linear, double[] warm) {
    QuadraticProgram program = model.program(riskWeight, gamma, linear);
    QpSolution solution = solver.solve(program, warm);
    double[] w = model.weights(solution.x());
    return new Evaluation(solution, program, w, PortfolioMath.volatility(model.problem, w));
  }

  private record SearchResult(Evaluation evaluation, double lambda, int solves, String note) {}

  /**
   * Finds the multiplier λ ≥ 0 of the volatility cap: λ = 0 when the optimum without it is within
   * σ, else the λ where volatility(λ) = σ (volatility falls as λ rises). The search keeps a bracket
   * in u = 1/λ. When both ends of the bracket lie on the same face of the constraints the optimum
   * moves along a straight line in weights between them (exactly so for a linear objective without
   * L2), so volatility² is a quadratic in u whose root is the next trial; otherwise an Illinois
   * regula falsi step on volatility² − σ². Stops at |volatility − σ| ≤ 1e-10·σ (the solver's
   * weights are exact to about 1e-11). Returns the evaluation with volatility ≤ σ(1 + 1e-10).
   */
  private SearchResult searchMultiplier(LinearModel model, DoubleFunction<Evaluation> at, double sigma, double guess) {
    int solves = 0;
    double lambdaLow;
    double lambdaHigh;
    Evaluation low;
    Evaluation high;
    Evaluation first = at.apply(guess);
    solves++;
    if (!first.solution().status().hasPoint()) {
      return new SearchResult(null, guess, solves, "solve at λ = " + guess + " ended " + first.solution().status());
    }
    if (first.volatility() <= sigma) {
      Evaluation free = at.apply(0.0);
      solves++;
      if (free.solution().status().hasPoint() && free.volatility() <= sigma * (1 + CAP_TOLERANCE)) {
        return new SearchResult(free, 0.0, solves, "");
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
            return new SearchResult(high, lambdaHigh, solves, "no solution at small λ");
          }
        } else {
          high = e;
          lambdaHigh = lambdaLow;
        }
      }
      if (low == null) {
        return new SearchResult(high, lambdaHigh, solves, "");
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
          return new SearchResult(null, lambdaHigh, solves, "solve at λ = " + lambdaHigh + " ended " + e.solution().status());
        }
        if (e.volatility() <= sigma) {
          high = e;
        } else {
          low = e;
          lambdaLow = lambdaHigh;
        }
      }
      if (high == null) {
        return new SearchResult(null, lambdaHigh, solves, "volatility stays above the cap as λ grows");
      }
    }
    double s2 = sigma * sigma;
    double uLow = 1.0 / lambdaHigh;
    double uHigh = 1.0 / lambdaLow;
    double gLow = high.volatility() * high.volatility() - s2;
    double gHigh = low.volatility() * low.volatility() - s2;
    int side = 0;
    for (int k = 0; k < 100; k++) {
      if (Math.abs(high.volatility() - sigma) <= CAP_TOLERANCE * sigma || uHigh - uLow <= 1e-15 * uHigh) {
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
        return new SearchResult(high, 1.0 / uLow, solves, "a trial solve ended " + e.solution().status());
      }
      double g = e.volatility() * e.volatility() - s2;
      if (e.volatility() <= sigma * (1 + CAP_TOLERANCE)) {
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
    return new SearchResult(high, 1.0 / uLow, solves, note);
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

  // ---------------------------------------------------------------------------------------------
  // Frontiers: many related solves on one compiled model.

  /**
   * Efficient-return points (minimum volatility at μᵀw ≥ target) for each target, on one compiled
   * model, each warm-started from the previous point. Problems with integer rules or volatility caps
   * go through {@link #optimize} point by point.
   */
  List<AllocationResult> efficientReturns(AllocationProblem problem, double[] targets, double[] warmWeights) {
    List<AllocationResult> results = new ArrayList<>(targets.length);
    AllocationProblem base = problem.withObjective(new Objective.EfficientReturn(targets[0]));
    LinearModel model = LinearModel.of(base);
    if (model.isMixedInteger() || model.tightestCap() != null) {
      double[] warm = warmWeights;
      for (double target : targets) {
        AllocationResult point = optimize(problem.withObjective(new Objective.EfficientReturn(target)), warm);
        results.add(point);
        warm = point.hasAllocation() ? weightsOf(problem, point) : warm;
      }
      return results;
    }
    int row = model.rowOwner.lastIndexOf(AllocationConstraint.minReturn(targets[0]).name());
    double offset = targets[0] - model.rowLower.get(row);
    QuadraticProgram first = model.program(1.0, problem.l2Gamma(), new double[problem.size()]);
    double[] warm = warmWeights == null ? null : model.start(warmWeights);
    for (double target : targets) {
      model.rowOwner.set(row, AllocationConstraint.minReturn(target).name());
      QuadraticProgram program = first.withRowBounds(row, target - offset, Double.POSITIVE_INFINITY);
      QpSolution solution = solver.solve(program, warm);
      List<String> diagnostics = new ArrayList<>(problem.notes());
      diagnostics.add(method(model, solution) + " (frontier point, warm-started)");
      results.add(finish(problem, new Objective.EfficientReturn(target), outcome(model, program, solution, Set.of()),
          diagnostics));
      if (solution.status().hasPoint()) {
        warm = solution.x();
      }
    }
    return results;
  }

  /**
   * Maximum-income points at each volatility cap (and the problem's own caps), on one compiled
   * model, sharing the minimum-volatility portfolio and the cap multiplier between points.
   */
  List<AllocationResult> incomeAtCaps(AllocationProblem problem, double[] caps, double[] warmWeights,
      double minVolatility, double[] minWeights) {
    List<AllocationResult> results = new ArrayList<>(caps.length);
    AllocationProblem base = problem.withObjective(new Objective.MaxIncome());
    LinearModel model = LinearModel.of(base);
    CapHint hint = new CapHint();
    hint.minVolatility = minVolatility;
    hint.minWeights = minWeights;
    if (model.isMixedInteger()) {
      double[] warm = warmWeights;
      for (double cap : caps) {
        AllocationResult point = optimize(base.withConstraint(new MaxVolatility(FRONTIER_CAP, cap)), warm, hint);
        results.add(point);
        warm = point.hasAllocation() ? weightsOf(problem, point) : warm;
      }
      return results;
    }
    Canonical canonical = Canonical.of(base);
    MaxVolatility own = model.tightestCap();
    double[] warm = warmWeights == null ? null : model.start(warmWeights);
    for (double cap : caps) {
      String name = own != null && own.volatility() < cap ? own.name() : FRONTIER_CAP;
      double sigma = own != null ? Math.min(own.volatility(), cap) : cap;
      List<String> diagnostics = new ArrayList<>(problem.notes());
      Outcome outcome = solveCapped(model, canonical, warm, hint, name, sigma, diagnostics);
      results.add(finish(base, base.objective(), outcome, diagnostics));
      if (outcome.status().hasAllocation()) {
        warm = model.start(outcome.weights());
      }
    }
    return results;
  }

  /** The name of the per-point volatility cap of the income frontier. */
  static final String FRONTIER_CAP = "frontier-volatility";

  private static double[] weightsOf(AllocationProblem problem, AllocationResult result) {
    double[] w = new double[problem.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = result.weight(problem.assets().get(i).id());
    }
    return w;
  }

  // ---------------------------------------------------------------------------------------------
  // Maximum Sharpe ratio.

  private Outcome maxSharpe(LinearModel model, List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    if (!(model.budget > 0.0)) {
      throw new IllegalArgumentException("max-sharpe needs weights that sum to a positive budget (not market-neutral)");
    }
    if (model.split || model.isMixedInteger() || model.tightestCap() != null) {
      return maxSharpeBySearch(model, diagnostics);
    }
    int n = problem.size();
    int kappa = n;
    double rf = problem.riskFreeRate();
    double budget = model.budget;
    boolean longOnly = true;
    for (int i = 0; i < n; i++) {
      longOnly &= model.weightLower[i] >= 0.0;
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(n + 1);
    // H = 2·(Σ + γI) over the weights; the scale variable κ (last) has no curvature.
    int[] source = new int[n + 1];
    double[] factor = new double[n + 1];
    double[] diagonal = new double[n + 1];
    for (int i = 0; i < n; i++) {
      source[i] = i;
      factor[i] = 1.0;
      diagonal[i] = 2.0 * problem.l2Gamma();
    }
    builder.hessian(problem.covarianceMatrix().scaled(2.0, null).remapped(source, factor, diagonal));
    List<String> owners = new ArrayList<>();
    double[] excess = new double[n + 1];
    for (int i = 0; i < n; i++) {
      excess[i] = problem.expectedReturn(i) - rf;
    }
    builder.row(excess, 1.0, 1.0);
    owners.add(EXCESS_RETURN);
    for (int r = 0; r < model.weightRows.size(); r++) {
      double[] a = model.weightRows.get(r);
      double lo = model.weightRowLower.get(r);
      double hi = model.weightRowUpper.get(r);
      double[] row = java.util.Arrays.copyOf(a, n + 1);
      if (lo == hi) {
        row[kappa] = -lo;
        builder.row(row, 0.0, 0.0);
        owners.add(model.weightRowOwner.get(r));
        continue;
      }
      if (hi < Double.POSITIVE_INFINITY) {
        row[kappa] = -hi;
        builder.row(row, Double.NEGATIVE_INFINITY, 0.0);
        owners.add(model.weightRowOwner.get(r));
      }
      if (lo > Double.NEGATIVE_INFINITY) {
        double[] other = java.util.Arrays.copyOf(a, n + 1);
        other[kappa] = -lo;
        builder.row(other, 0.0, Double.POSITIVE_INFINITY);
        owners.add(model.weightRowOwner.get(r));
      }
    }
    String[] lowerOwner = new String[n + 1];
    String[] upperOwner = new String[n + 1];
    for (int i = 0; i < n; i++) {
      double lo = model.weightLower[i];
      double hi = model.weightUpper[i];
      double boundLow = Double.NEGATIVE_INFINITY;
      double boundHigh = Double.POSITIVE_INFINITY;
      if (lo == 0.0) {
        boundLow = 0.0;
        lowerOwner[i] = model.weightLowerOwner[i];
      } else if (lo > Double.NEGATIVE_INFINITY) {
        double[] row = new double[n + 1];
        row[i] = 1.0;
        row[kappa] = -lo;
        builder.row(row, 0.0, Double.POSITIVE_INFINITY);
        owners.add(model.weightLowerOwner[i]);
      }
      if (hi == 0.0) {
        boundHigh = 0.0;
        upperOwner[i] = model.weightUpperOwner[i];
      } else if (hi < Double.POSITIVE_INFINITY && !(longOnly && hi >= budget)) {
        double[] row = new double[n + 1];
        row[i] = 1.0;
        row[kappa] = -hi;
        builder.row(row, Double.NEGATIVE_INFINITY, 0.0);
        owners.add(model.weightUpperOwner[i]);
      }
      builder.bounds(i, boundLow, boundHigh);
    }
    builder.bounds(kappa, 0.0, Double.POSITIVE_INFINITY);
    QuadraticProgram program = builder.build();
    QpSolution solution = solver.solve(program);
    diagnostics.add("max Sharpe by the change of variables y = κw: one active-set QP, "
        + solution.iterations() + " iterations");
    if (solution.status() == QpStatus.INFEASIBLE) {
      QpSolution linear = solver.solve(model.program(0.0, 0.0, new double[model.size]));
      if (linear.status() == QpStatus.INFEASIBLE) {
        return new Outcome(AllocationStatus.INFEASIBLE, null, Set.of(), null, null);
      }
      AllocationConstraint pseudo = new AllocationConstraint.MinReturn(EXCESS_RETURN, rf);
      return new Outcome(AllocationStatus.INFEASIBLE, null, Set.of(),
          "no allowed portfolio has an expected return above the risk-free rate " + AllocationConstraint.number(rf)
              + ", so no Sharpe ratio is positive", List.of(pseudo));
    }
    if (solution.status() != QpStatus.OPTIMAL) {
      return Outcome.failed(status(solution.status()), "max Sharpe: the solver stopped with " + solution.status());
    }
    double k = solution.x(kappa);
    double scale = PortfolioMath.maxAbs(solution.x());
    if (!(k > 1e-12 * Math.max(scale, 1e-300)) || solution.objective() <= 1e-14 * scale * scale) {
      return Outcome.failed(AllocationStatus.UNBOUNDED,
          "the Sharpe ratio is unbounded: some allowed portfolio has (almost) zero volatility and an expected return"
              + " above the risk-free rate (the covariance is singular)");
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = solution.x(i) / k;
    }
    Set<String> binding = new LinkedHashSet<>();
    collectBinding(program, solution, lowerOwner, upperOwner, owners, binding);
    binding.remove(EXCESS_RETURN);
    return new Outcome(AllocationStatus.OPTIMAL, w, binding, null, null);
  }

  /** Golden-section search for the best Sharpe ratio along the frontier min wᵀΣw + γ‖w‖² − t·μᵀw, t = u/(1 − u). */
  private Outcome maxSharpeBySearch(LinearModel model, List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    double rf = problem.riskFreeRate();
    double[] mu = problem.expectedReturns();
    List<String> ignored = new ArrayList<>();
    Map<Double, Outcome> cache = new LinkedHashMap<>();
    DoubleFunction<Double> sharpe = u -> {
      double t = u / (1.0 - u);
      double[] c = new double[mu.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = t * mu[i];
      }
      Outcome o = cache.computeIfAbsent(u, key -> solve(model, new Canonical(1.0, c), null, ignored));
      if (!o.status().hasAllocation()) {
        return Double.NEGATIVE_INFINITY;
      }
      double vol = PortfolioMath.volatility(problem, o.weights());
      return (PortfolioMath.dot(mu, o.weights()) - rf) / vol;
    };
    double a = 0.0;
    double b = 1.0 - 1e-9;
    double ratio = (Math.sqrt(5.0) - 1.0) / 2.0;
    double x1 = b - ratio * (b - a);
    double x2 = a + ratio * (b - a);
    double f1 = sharpe.apply(x1);
    double f2 = sharpe.apply(x2);
    int evaluations = 2;
    while (b - a > 1e-10 && evaluations < 200) {
      if (f1 < f2) {
        a = x1;
        x1 = x2;
        f1 = f2;
        x2 = a + ratio * (b - a);
        f2 = sharpe.apply(x2);
      } else {
        b = x2;
        x2 = x1;
        f2 = f1;
        x1 = b - ratio * (b - a);
        f1 = sharpe.apply(x1);
      }
      evaluations++;
    }
    double bestU = f1 >= f2 ? x1 : x2;
    Outcome best = cache.get(bestU);
    if (best == null || !best.status().hasAllocation()) {
      Outcome first = cache.values().iterator().next();
      return first.status().hasAllocation() ? Outcome.failed(AllocationStatus.FAILED, "max Sharpe search failed") : first;
    }
    diagnostics.add("max Sharpe by golden-section search along the frontier (" + evaluations
        + " solves; the change of variables does not apply with a turnover limit, a volatility cap or integer rules)");
    AllocationStatus status = model.isMixedInteger() ? AllocationStatus.FEASIBLE : best.status();
    return new Outcome(status, best.weights(), best.binding(), null, null);
  }

  // ---------------------------------------------------------------------------------------------
  // Integer rules: branch and bound around the continuous optimizer.

  private Outcome solveInteger(LinearModel model, Canonical canonical, List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    for (int i = 0; i < model.n; i++) {
      boolean minimumPosition = model.integerRules.stream().anyMatch(r -> r instanceof MinPosition);
      if (minimumPosition && model.weightLower[i] < 0.0) {
        throw new IllegalArgumentException(model.integerRules.get(0).name()
            + " needs long-only weight bounds (a minimum position is not defined for short positions)");
      }
    }
    List<String> ignored = new ArrayList<>();
    IntegerSearch search = new IntegerSearch(problem, model.constraints,
        (node, warm) -> solve(LinearModel.of(problem, node), canonical, warm, ignored),
        w -> minimised(problem, canonical, w), nodeLimit);
    IntegerSearch.Answer answer = search.run();
    diagnostics.add("integer rules by branch and bound over the exact continuous optimizer: " + answer.nodes()
        + " nodes" + (answer.complete() ? " (search complete: optimal)" : " (node limit reached: best found, not proven optimal)"));
    Outcome best = answer.outcome();
    if (best == null || !best.status().hasAllocation()) {
      if (best != null && best.status() != AllocationStatus.INFEASIBLE) {
        return best;
      }
      return answer.complete()
          ? new Outcome(AllocationStatus.INFEASIBLE, null, Set.of(), null, null)
          : Outcome.failed(AllocationStatus.FAILED, "no allocation satisfying the integer rules was found within "
              + nodeLimit + " branch-and-bound nodes");
    }
    Set<String> binding = new LinkedHashSet<>();
    for (String name : best.binding()) {
      if (!IntegerSearch.isBranchBound(name)) {
        binding.add(name);
      }
    }
    double[] w = best.weights();
    for (AllocationConstraint rule : model.integerRules) {
      if (rule instanceof MaxHoldings h) {
        long held = java.util.Arrays.stream(w).filter(v -> Math.abs(v) > 1e-9).count();
        if (held >= h.count()) {
          binding.add(h.name());
        }
      } else if (rule instanceof MinPosition p) {
        if (java.util.Arrays.stream(w).anyMatch(v -> Math.abs(Math.abs(v) - p.minimum()) <= 1e-9)) {
          binding.add(p.name());
        }
      }
    }
    return new Outcome(answer.complete() ? best.status() : AllocationStatus.FEASIBLE, w, binding, null, null);
  }

  /** The minimised form of the canonical objective: q·wᵀΣw + γ‖w‖² − cᵀw. */
  private static double minimised(AllocationProblem problem, Canonical canonical, double[] w) {
    return canonical.riskWeight() * PortfolioMath.variance(problem, w) + problem.l2Gamma() * PortfolioMath.squares(w)
        - PortfolioMath.dot(canonical.linear(), w);
  }

  // ---------------------------------------------------------------------------------------------
  // From solver answers to results.

  private Outcome outcome(LinearModel model, QuadraticProgram program, QpSolution solution, Set<String> extraBinding) {
    AllocationStatus status = status(solution.status());
    if (!status.hasAllocation()) {
      String message = switch (status) {
        case UNBOUNDED -> "the objective is unbounded: nothing limits the weights in the direction it improves; add weight bounds";
        case FAILED -> "the solver stopped without an answer (" + solution.status() + ")";
        default -> null;
      };
      return new Outcome(status, null, Set.of(), message, null);
    }
    Set<String> binding = new LinkedHashSet<>();
    collectBinding(program, solution, model.lowerOwner, model.upperOwner, model.rowOwner, binding);
    binding.addAll(extraBinding);
    return new Outcome(status, model.weights(solution.x()), binding, null, null);
  }

  /** Constraints whose bound or row holds with a non-zero multiplier. */
  private static void collectBinding(QuadraticProgram program, QpSolution solution, String[] lowerOwner,
      String[] upperOwner, List<String> rowOwner, Set<String> binding) {
    double[] x = solution.x();
    double scale = 0.0;
    double[] hx = program.hessianTimes(x);
    for (int i = 0; i < program.size(); i++) {
      scale = Math.max(scale, Math.abs(program.linear(i) + hx[i]));
    }
    double tolerance = 1e-9 * Math.max(scale, 1e-9);
    double[] d = solution.boundMultipliers();
    for (int j = 0; j < d.length; j++) {
      if (d[j] > tolerance && lowerOwner[j] != null) {
        binding.add(lowerOwner[j]);
      } else if (d[j] < -tolerance && upperOwner[j] != null) {
        binding.add(upperOwner[j]);
      }
    }
    double[] y = solution.rowMultipliers();
    for (int r = 0; r < y.length; r++) {
      if (Math.abs(y[r]) > tolerance && rowOwner.get(r) != null) {
        binding.add(rowOwner.get(r));
      }
    }
  }

  private static AllocationStatus status(QpStatus status) {
    return switch (status) {
      case OPTIMAL -> AllocationStatus.OPTIMAL;
      case FEASIBLE -> AllocationStatus.FEASIBLE;
      case INFEASIBLE -> AllocationStatus.INFEASIBLE;
      case UNBOUNDED -> AllocationStatus.UNBOUNDED;
      case ITERATION_LIMIT, FAILED -> AllocationStatus.FAILED;
    };
  }

  private static String method(LinearModel model, QpSolution solution) {
    return (model.problem.objective() instanceof Objective.MaxIncome || model.problem.l2Gamma() == 0
        && model.problem.objective() instanceof Objective.EfficientRisk ? "active-set LP/QP" : "active-set QP")
        + ", " + solution.iterations() + " iterations";
  }

  private AllocationResult finish(AllocationProblem problem, Objective objective, Outcome outcome, List<String> diagnostics) {
    if (outcome.status() == AllocationStatus.INFEASIBLE) {
      List<AllocationConstraint> conflict = outcome.presetConflicts() != null
          ? outcome.presetConflicts()
          : ConflictFinder.find(LinearModel.allConstraints(problem, objective), subset -> isFeasible(problem, subset));
      String message = outcome.message() != null ? outcome.message() : ConflictFinder.explain(conflict);
      return AllocationResult.without(AllocationStatus.INFEASIBLE,
          conflict.stream().map(AllocationConstraint::name).toList(), message, diagnostics);
    }
    if (!outcome.status().hasAllocation()) {
      return AllocationResult.without(outcome.status(), List.of(), outcome.message(), diagnostics);
    }
    double[] w = outcome.weights().clone();
    for (int i = 0; i < w.length; i++) {
      if (Math.abs(w[i]) < 1e-13) {
        w[i] = 0.0;
      }
    }
    Map<io.perennial.basics.AssetId, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < w.length; i++) {
      weights.put(problem.assets().get(i).id(), w[i]);
    }
    double expectedReturn = PortfolioMath.dot(problem.expectedReturns(), w);
    double variance = Math.max(0.0, PortfolioMath.variance(problem, w));
    double volatility = Math.sqrt(variance);
    double sharpe = volatility > 0 ? (expectedReturn - problem.riskFreeRate()) / volatility : Double.NaN;
    double income = PortfolioMath.dot(problem.afterTaxIncome(), w);
    double growth = PortfolioMath.incomeGrowth(problem, w);
    double l2 = problem.l2Gamma() * PortfolioMath.squares(w);
    double value;
    if (objective instanceof Objective.MinVolatility || objective instanceof Objective.EfficientReturn) {
      value = variance + l2;
    } else if (objective instanceof Objective.MaxSharpe) {
      value = sharpe;
    } else if (objective instanceof Objective.EfficientRisk || objective instanceof Objective.MaxReturn) {
      value = expectedReturn - l2;
    } else if (objective instanceof Objective.MaxUtility u) {
      value = expectedReturn - 0.5 * u.riskAversion() * variance - l2;
    } else if (objective instanceof Objective.MaxIncome) {
      value = income - l2;
    } else if (objective instanceof Objective.IncomeAndGrowth blend) {
      value = blend.incomeEmphasis() * income + (1 - blend.incomeEmphasis()) * (expectedReturn - blend.inflation()) - l2;
    } else {
      throw new IllegalStateException("unknown objective " + objective);
    }
    List<String> binding = new ArrayList<>();
    for (AllocationConstraint c : LinearModel.allConstraints(problem, objective)) {
      if (outcome.binding().contains(c.name())) {
        binding.add(c.name());
      }
    }
    for (String name : outcome.binding()) {
      if (!binding.contains(name) && !IntegerSearch.isBranchBound(name)) {
        binding.add(name);
      }
    }
    String message = String.format(Locale.ROOT, "%s %s: expected return %s, volatility %s, after-tax income %s",
        outcome.status() == AllocationStatus.OPTIMAL ? "optimal" : "feasible (optimality not proven)", objective.id(),
        io.perennial.basics.Rates.percent(expectedReturn, 2), io.perennial.basics.Rates.percent(volatility, 2),
        io.perennial.basics.Rates.percent(income, 2));
    return new AllocationResult(outcome.status(), weights, value, expectedReturn, volatility, sharpe, income, growth,
        binding, List.of(), message, diagnostics);
  }

  /** Whether some allocation satisfies {@code constraints} (all of one problem; volatility caps included). */
  boolean isFeasible(AllocationProblem problem, List<AllocationConstraint> constraints) {
    LinearModel model = LinearModel.of(problem, constraints);
    if (model.isMixedInteger()) {
      // A subset the integer search cannot settle within a few hundred nodes counts as feasible:
      // the deletion filter then keeps the rule it tried to drop, so the conflict reported may be
      // larger than the smallest one but always cannot hold, and explaining an infeasible plan
      // takes seconds, not minutes (issue 8: an exhaustive search per subset took 48 s).
      AllocationOptimizer probe = nodeLimit <= FEASIBILITY_NODE_LIMIT ? this : new AllocationOptimizer(FEASIBILITY_NODE_LIMIT);
      AllocationStatus status = probe.solve(model, new Canonical(0.0, new double[model.n]), null, new ArrayList<>()).status();
      return status.hasAllocation() || status == AllocationStatus.FAILED;
    }
    MaxVolatility cap = model.tightestCap();
    QuadraticProgram program = cap == null
        ? model.program(0.0, 0.0, new double[model.n])
        : model.program(1.0, 0.0, new double[model.n]);
    QpSolution solution = solver.solve(program);
    if (solution.status() == QpStatus.INFEASIBLE) {
      return false;
    }
    if (cap != null && solution.status().hasPoint()) {
      return PortfolioMath.volatility(problem, model.weights(solution.x())) <= cap.volatility() * (1 + 1e-9);
    }
    return true;
  }
}
