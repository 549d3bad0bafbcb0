package io.perennial.optimize;

import io.perennial.basics.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Traces frontiers of an {@link AllocationProblem}, keeping its constraints and replacing its
 * objective at each point. Each point is warm-started from the previous one (the active-set solver
 * then needs a few iterations per point). Stateless and thread-safe.
 */
public final class FrontierCalculator {

  private final AllocationOptimizer optimizer;

  public FrontierCalculator() {
    this(new AllocationOptimizer());
  }

  public FrontierCalculator(AllocationOptimizer optimizer) {
    this.optimizer = Checks.notNull(optimizer, "optimizer");
  }

  /**
   * The mean-variance frontier in {@code points} points (≥ 2): efficient return at returns evenly
   * spaced between that of the minimum-volatility portfolio and the highest expected return
   * allowed.
   */
  public Frontier efficient(AllocationProblem problem, int points) {
    Checks.check(points >= 2, "a frontier needs at least 2 points, got " + points);
    AllocationResult low = optimizer.optimize(problem.withObjective(new Objective.MinVolatility()));
    if (!low.hasAllocation()) {
      return new Frontier(Frontier.Kind.EFFICIENT, List.of(), low.message());
    }
    AllocationResult top = optimizer.optimize(problem.withObjective(new Objective.MaxReturn()));
    if (!top.hasAllocation()) {
      return new Frontier(Frontier.Kind.EFFICIENT, List.of(), "the highest expected return is " + top.status()
          + ": " + top.message());
    }
    double from = low.expectedReturn();
    double to = Math.max(top.expectedReturn(), from);
    double[] targets = new double[points - 1];
    for (int k = 1; k < points; k++) {
      targets[k - 1] = from + (to - from) * k / (points - 1);
    }
    List<AllocationResult> results = new ArrayList<>(points);
    results.add(low);
    results.addAll(optimizer.efficientReturns(problem, targets, weights(problem, low)));
    return new Frontier(Frontier.Kind.EFFICIENT, results, String.format(Locale.ROOT,
        "%d points, expected return %.6f to %.6f", points, from, to));
  }

  /**
   * The income frontier in {@code points} points (≥ 2): maximum after-tax income at volatility caps
   * evenly spaced between the lowest volatility allowed and the volatility of the least risky
   * maximum-income portfolio. The problem's own volatility caps, if any, still apply.
   */
  public Frontier income(AllocationProblem problem, int points) {
    Checks.check(points >= 2, "a frontier needs at least 2 points, got " + points);
    AllocationProblem maxIncome = problem.withObjective(new Objective.MaxIncome());
    AllocationResult low = optimizer.optimize(problem.withObjective(new Objective.MinVolatility()));
    if (!low.hasAllocation()) {
      return new Frontier(Frontier.Kind.INCOME, List.of(), low.message());
    }
    AllocationResult best = optimizer.optimize(maxIncome);
    if (!best.hasAllocation()) {
      return new Frontier(Frontier.Kind.INCOME, List.of(), "the highest income is " + best.status() + ": " + best.message());
    }
    // The least risky of the maximum-income portfolios: minimum volatility at that income.
    AllocationResult top = optimizer.optimize(problem.withObjective(new Objective.MinVolatility())
        .withConstraint(new AllocationConstraint.MinIncome("frontier-top", best.afterTaxIncome() * (1 - 1e-12))));
    double from = low.volatility();
    double to = Math.max(top.hasAllocation() ? top.volatility() : best.volatility(), from);
    double[] caps = new double[points - 1];
    for (int k = 1; k < points; k++) {
      caps[k - 1] = from + (to - from) * k / (points - 1);
    }
    double[] lowWeights = weights(problem, low);
    List<AllocationResult> results = new ArrayList<>(points);
    results.add(low);
    results.addAll(optimizer.incomeAtCaps(problem, caps, lowWeights, low.volatility(), lowWeights));
    return new Frontier(Frontier.Kind.INCOME, results, String.format(Locale.ROOT,
        "%d points, volatility %.6f to %.6f", points, from, to));
  }

  private static double[] weights(AllocationProblem problem, AllocationResult result) {
    double[] w = new double[problem.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = result.weight(problem.assets().get(i).id());
    }
    return w;
  }
}
