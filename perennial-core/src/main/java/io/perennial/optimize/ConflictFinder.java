package io.perennial.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds a smallest set of named constraints that cannot hold together, by the deletion filter
 * (Chinneck and Dravnieks 1991): starting from all constraints (infeasible), drop each one in turn
 * and keep it dropped when the rest is still infeasible. What remains is irreducible: infeasible,
 * and feasible as soon as any one member is removed. The budget and the general weight bounds are
 * tried first, so they appear only when the conflict needs them.
 */
final class ConflictFinder {

  private ConflictFinder() {}

  /**
   * The irreducible conflicting subset of {@code constraints} under {@code feasible}, or an empty
   * list when {@code feasible} accepts the whole set.
   */
  static List<AllocationConstraint> find(List<AllocationConstraint> constraints, Predicate<List<AllocationConstraint>> feasible) {
    List<AllocationConstraint> working = new ArrayList<>(constraints);
    if (feasible.test(working)) {
      return List.of();
    }
    List<AllocationConstraint> order = new ArrayList<>(constraints);
    order.sort(Comparator.comparingInt(ConflictFinder::priority));
    for (AllocationConstraint candidate : order) {
      List<AllocationConstraint> trial = new ArrayList<>(working);
      trial.remove(candidate);
      if (!feasible.test(trial)) {
        working = trial;
      }
    }
    return List.copyOf(working);
  }

  /** Lower first: structural constraints are dropped first when they are not needed. */
  private static int priority(AllocationConstraint constraint) {
    if (constraint instanceof AllocationConstraint.Budget) {
      return 0;
    }
    if (constraint instanceof AllocationConstraint.WeightBounds) {
      return 1;
    }
    return 2;
  }

  /** "max-class:bonds (class bonds ≤ 0.2) and volatility<=0.06 (volatility ≤ 0.06) cannot all hold". */
  static String explain(List<AllocationConstraint> conflict) {
    if (conflict.isEmpty()) {
      return "the constraints cannot all hold, but no single smaller set was isolated (numerical difficulty)";
    }
    List<String> parts = conflict.stream().map(c -> c.name() + " (" + c.describe() + ")").toList();
    if (parts.size() == 1) {
      return parts.get(0) + " cannot hold on its own";
    }
    return String.join(" and ", parts) + " cannot all hold together";
  }
}
