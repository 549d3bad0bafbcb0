package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.estimate.DividendSafety;
import io.perennial.rebalance.TargetPolicy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code perennial check} and {@code perennial rebalance} read from a plan file, in one read:
 * the plan, its notes, its {@code targets:} policy and the dividend-safety scores of the assets whose
 * history files ({@code priceHistory}, {@code dividendHistory}) hold distributions.
 *
 * @param plan the plan as {@link PlanFile#read} gives it
 * @param notes what was estimated from history files, and their caveats
 * @param targets the target policy, empty when the file has no {@code targets:}
 * @param safety history-only dividend-safety scores by asset (assets without a history: absent)
 */
public record MonitoredPlan(PlanDocument plan, List<Problem> notes, Optional<TargetPolicy> targets,
    Map<AssetId, DividendSafety> safety) {

  public MonitoredPlan {
    Objects.requireNonNull(plan, "plan");
    notes = List.copyOf(notes);
    Objects.requireNonNull(targets, "targets");
    safety = Map.copyOf(safety);
  }

  /** The plan with its notes. */
  public WithProblems<PlanDocument> input() {
    return WithProblems.of(plan, notes);
  }

  /** The same policy and scores with another plan and notes (the accounts of a store, its notes added). */
  public MonitoredPlan with(WithProblems<PlanDocument> other) {
    return new MonitoredPlan(other.value(), other.problems(), targets, safety);
  }
}
