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
 *       (Illinois regula falsi on u = 1/λ, where volatility² is a quadratic on each active set)
 *       finds λ* with volatility = σ to 1e-12 relative, each QP warm-started from the previous one.
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
    LinearModel model = LinearModel.of(problem);
    List<String> diagnostics = new ArrayList<>(problem.notes());
    Outcome outcome;
    if (problem.objective() instanceof Objective.MaxSharpe) {
      outcome = maxSharpe(model, diagnostics);
    } else {
      outcome = solve(model, Canonical.of(problem), startWeights, diagnostics);
    }
    return finish(problem, outcome, diagnostics);
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

  Outcome solve(LinearModel model, Canonical canonical, double[] startWeights, List<String> diagnostics) {
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
    // Volatility cap: is it reachable at all?
    Evaluation minimum = evaluate(model, 1.0, 0.0, new double[problem.size()], start);
    if (!minimum.solution().status().hasPoint()) {
      diagnostics.add(method(model, minimum.solution()));
      return outcome(model, minimum.program(), minimum.solution(), Set.of());
    }
    double sigma = cap.volatility();
    if (minimum.volatility() > sigma * (1 + 1e-9)) {
      diagnostics.add(String.format(Locale.ROOT, "the lowest volatility the other constraints allow is %.6f, above the cap %s",
          minimum.volatility(), AllocationConstraint.number(sigma)));
      return new Outcome(AllocationStatus.INFEASIBLE, null, Set.of(), null, null);
    }
    double[] c = canonical.minimised();
    DoubleFunction<Evaluation> at = new DoubleFunction<>() {
      double[] warm = minimum.solution().x();

      @Override
      public Evaluation apply(double lambda) {
        Evaluation e = evaluate(model, canonical.riskWeight() + lambda, gamma, c, warm);
        if (e.solution().status().hasPoint()) {
          warm = e.solution().x();
        }
        return e;
      }
    };
    Evaluation free = at.apply(0.0);
    if (free.solution().status().hasPoint() && free.volatility() <= sigma * (1 + 1e-12)) {
      diagnostics.add(method(model, free.solution()) + "; volatility cap " + cap.name() + " not binding");
      return outcome(model, free.program(), free.solution(), Set.of());
    }
    SearchResult search = searchMultiplier(at, sigma, Math.max(PortfolioMath.maxAbs(c), 1e-8) / (2 * sigma * sigma));
    Evaluation best = search.evaluation() != null ? search.evaluation() : minimum;
    diagnostics.add(String.format(Locale.ROOT,
        "volatility cap %s by multiplier search: λ = %.6g after %d solves (%s)", cap.name(), search.lambda(),
        search.solves(), "active-set QP, warm-started"));
    return outcome(model, best.program(), best.solution(), Set.of(cap.name()));
  }

  private Evaluation evaluate(LinearModel model, double riskWeight, double gamma, double[] linear, double[] warm) {
    QuadraticProgram program = model.program(riskWeight, gamma, linear);
    QpSolution solution = solver.solve(program, warm);
    double[] w = model.weights(solution.x());
    return new Evaluation(solution, program, w, PortfolioMath.volatility(model.problem, w));
  }

  private record SearchResult(Evaluation evaluation, double lambda, int solves) {}

  /**
   * Finds λ ≥ 0 with volatility(λ) = σ, volatility falling in λ, knowing volatility(0) &gt; σ.
   * Returns the evaluation on the feasible side (volatility ≤ σ) closest to σ.
   */
  private static SearchResult searchMultiplier(DoubleFunction<Evaluation> at, double sigma, double guess) {
    int solves = 0;
    double lambdaLow = 0.0;
    double lambdaHigh = guess;
    Evaluation high = null;
    Evaluation low = null;
    // Bracket: grow λ until the cap holds.
    for (int k = 0; k < 60; k++) {
      Evaluation e = at.apply(lambdaHigh);
      solves++;
      if (!e.solution().status().hasPoint()) {
        return new SearchResult(null, lambdaHigh, solves);
      }
      if (e.volatility() <= sigma) {
        high = e;
        break;
      }
      low = e;
      lambdaLow = lambdaHigh;
      lambdaHigh *= 8.0;
    }
    if (high == null) {
      return new SearchResult(null, lambdaHigh, solves);
    }
    if (low == null) {
      // Shrink λ until the cap is exceeded, so both ends have λ > 0.
      double lambda = lambdaHigh;
      for (int k = 0; k < 60 && low == null; k++) {
        lambda /= 8.0;
        Evaluation e = at.apply(lambda);
        solves++;
        if (e.volatility() > sigma) {
          low = e;
          lambdaLow = lambda;
        } else {
          high = e;
          lambdaHigh = lambda;
        }
      }
      if (low == null) {
        return new SearchResult(high, lambdaHigh, solves);
      }
    }
    // Illinois regula falsi on u = 1/λ with g(u) = volatility² − σ², increasing in u.
    double uLow = 1.0 / lambdaHigh;
    double gLow = high.volatility() * high.volatility() - sigma * sigma;
    double uHigh = 1.0 / lambdaLow;
    double gHigh = low.volatility() * low.volatility() - sigma * sigma;
    int side = 0;
    for (int k = 0; k < 100; k++) {
      if (high.volatility() >= sigma * (1 - 1e-12) || (uHigh - uLow) <= 1e-15 * uHigh) {
        break;
      }
      double u = uLow - gLow * (uHigh - uLow) / (gHigh - gLow);
      if (!(u > uLow && u < uHigh)) {
        u = 0.5 * (uLow + uHigh);
      }
      Evaluation e = at.apply(1.0 / u);
      solves++;
      if (!e.solution().status().hasPoint()) {
        break;
      }
      double g = e.volatility() * e.volatility() - sigma * sigma;
      if (g <= 0.0) {
        uLow = u;
        gLow = g;
        high = e;
        lambdaHigh = 1.0 / u;
        if (side == -1) {
          gHigh /= 2.0;
        }
        side = -1;
      } else {
        uHigh = u;
        gHigh = g;
        if (side == 1) {
          gLow /= 2.0;
        }
        side = 1;
      }
    }
    return new SearchResult(high, lambdaHigh, solves);
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
    double[][] h = new double[n + 1][n + 1];
    for (int i = 0; i < n; i++) {
      double[] row = problem.covarianceRow(i);
      for (int j = 0; j < n; j++) {
        h[i][j] = 2.0 * row[j];
      }
      h[i][i] += 2.0 * problem.l2Gamma();
    }
    builder.hessian(h);
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
    IntegerSearch search = new IntegerSearch(problem, model.integerRules,
        (node, warm) -> solve(LinearModel.of(node), canonical, warm, ignored),
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
    for (int i = 0; i < program.size(); i++) {
      double g = program.linear(i);
      for (int j = 0; j < program.size() && program.hasHessian(); j++) {
        g += program.hessian(i, j) * x[j];
      }
      scale = Math.max(scale, Math.abs(g));
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

  private AllocationResult finish(AllocationProblem problem, Outcome outcome, List<String> diagnostics) {
    if (outcome.status() == AllocationStatus.INFEASIBLE) {
      List<AllocationConstraint> conflict = outcome.presetConflicts() != null
          ? outcome.presetConflicts()
          : ConflictFinder.find(LinearModel.allConstraints(problem), subset -> isFeasible(problem, subset));
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
    Objective objective = problem.objective();
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
    for (AllocationConstraint c : LinearModel.allConstraints(problem)) {
      if (outcome.binding().contains(c.name())) {
        binding.add(c.name());
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
      return solve(model, new Canonical(0.0, new double[model.n]), null, new ArrayList<>()).status().hasAllocation();
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
