package io.perennial.optimize;

import io.perennial.basics.InvalidInputException;
import io.perennial.optimize.AllocationOptimizer.Canonical;
import io.perennial.optimize.AllocationOptimizer.Outcome;
import io.perennial.optimize.solver.ActiveSetSolver;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QpStatus;
import io.perennial.optimize.solver.QuadraticProgram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * The maximum-Sharpe part of {@link AllocationOptimizer}: exactly by the change of variables
 * y = κw (see {@link Objective.MaxSharpe}), or, where a turnover limit, a volatility cap or integer
 * rules do not survive that change, by a golden-section search along the efficient frontier.
 * Stateless.
 */
final class MaxSharpeSolve {

  private MaxSharpeSolve() {}

  /** The maximum-Sharpe outcome of {@code model}, solving on {@code solver} (and {@code optimizer} for the search). */
  static Outcome solve(AllocationOptimizer optimizer, ActiveSetSolver solver, LinearModel model,
      List<String> diagnostics) {
    AllocationProblem problem = model.problem;
    if (!(model.budget > 0.0)) {
      throw new InvalidInputException("max-sharpe needs weights that sum to a positive budget (not market-neutral)");
    }
    if (model.split || model.isMixedInteger() || model.tightestCap() != null) {
      return bySearch(optimizer, model, diagnostics);
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
    owners.add(AllocationOptimizer.EXCESS_RETURN);
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
      AllocationConstraint pseudo = new AllocationConstraint.MinReturn(AllocationOptimizer.EXCESS_RETURN, rf);
      return new Outcome(AllocationStatus.INFEASIBLE, null, Set.of(),
          "no allowed portfolio has an expected return above the risk-free rate " + AllocationConstraint.number(rf)
              + ", so no Sharpe ratio is positive", List.of(pseudo));
    }
    if (solution.status() != QpStatus.OPTIMAL) {
      return Outcome.failed(AllocationOptimizer.status(solution.status()), "max Sharpe: the solver stopped with " + solution.status());
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
    AllocationOptimizer.collectBinding(program, solution, lowerOwner, upperOwner, owners, binding);
    binding.remove(AllocationOptimizer.EXCESS_RETURN);
    return new Outcome(AllocationStatus.OPTIMAL, w, binding, null, null);
  }

  /** Golden-section search for the best Sharpe ratio along the frontier min wᵀΣw + γ‖w‖² − t·μᵀw, t = u/(1 − u). */
  private static Outcome bySearch(AllocationOptimizer optimizer, LinearModel model,
      List<String> diagnostics) {
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
      Outcome o = cache.computeIfAbsent(u, key -> optimizer.solve(model, new Canonical(1.0, c), null, ignored));
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
}
