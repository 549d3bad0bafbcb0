package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Rates;
import io.perennial.optimize.AllocationOptimizer.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The last step of {@link AllocationOptimizer}: an outcome of the solves becomes an
 * {@link AllocationResult} (weights by asset id, the objective's value, return, volatility, Sharpe
 * ratio, income and growth, the binding constraints in the problem's order), or, for an infeasible
 * problem, the smallest conflicting set of named constraints ({@link ConflictFinder}). Stateless.
 */
final class AllocationResults {

  private AllocationResults() {}

  /**
   * The result of {@code outcome} for {@code problem} under {@code objective}; {@code feasible}
   * tells whether a subset of the problem's constraints can hold (for the conflict search).
   */
  static AllocationResult of(AllocationProblem problem, Objective objective, Outcome outcome, List<String> diagnostics,
      Predicate<List<AllocationConstraint>> feasible) {
    if (outcome.status() == AllocationStatus.INFEASIBLE) {
      List<AllocationConstraint> conflict = outcome.presetConflicts() != null
          ? outcome.presetConflicts()
          : ConflictFinder.find(LinearModel.allConstraints(problem, objective), feasible);
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
    Map<AssetId, Double> weights = new LinkedHashMap<>();
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
        Rates.percent(expectedReturn, 2), Rates.percent(volatility, 2),
        Rates.percent(income, 2));
    return new AllocationResult(outcome.status(), weights, value, expectedReturn, volatility, sharpe, income, growth,
        binding, List.of(), message, diagnostics);
  }
}
