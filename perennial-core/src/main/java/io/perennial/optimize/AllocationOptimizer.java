package io.perennial.optimize;

import io.perennial.basics.InvalidInputException;
import io.perennial.optimize.AllocationConstraint.MaxHoldings;
import io.perennial.optimize.AllocationConstraint.MaxVolatility;
import io.perennial.optimize.AllocationConstraint.MinPosition;
import io.perennial.optimize.CapMultiplierSearch.Evaluation;
import io.perennial.optimize.solver.ActiveSetSolver;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QpStatus;
import io.perennial.optimize.solver.QuadraticProgram;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  static final String EXCESS_RETURN = "return>risk-free-rate";

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
      outcome = MaxSharpeSolve.solve(this, solver, model, diagnostics);
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
    CapMultiplierSearch.Result search = CapMultiplierSearch.search(model, at, sigma, guess);
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
  // Integer rules: branch and bound around the continuous optimizer.

  private Outcome solveInteger(LinearModel model, Canonical canonical, List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    for (int i = 0; i < model.n; i++) {
      boolean minimumPosition = model.integerRules.stream().anyMatch(r -> r instanceof MinPosition);
      if (minimumPosition && model.weightLower[i] < 0.0) {
        throw new InvalidInputException(model.integerRules.get(0).name()
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
  static void collectBinding(QuadraticProgram program, QpSolution solution, String[] lowerOwner,
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

  static AllocationStatus status(QpStatus status) {
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
    return AllocationResults.of(problem, objective, outcome, diagnostics, subset -> isFeasible(problem, subset));
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
