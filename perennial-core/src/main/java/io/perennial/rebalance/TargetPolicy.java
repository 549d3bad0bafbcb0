package io.perennial.rebalance;

import io.perennial.basics.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The household's target allocation: targets by asset class or by asset (one kind per policy), each
 * across the household or in one account, with weights that are fractions of the household and add
 * up to 1. What no target covers has a target of zero.
 *
 * @param targets the targets, in the order given
 */
public record TargetPolicy(List<Target> targets) {

  /** How far the weights may add up from 1 (rounding of fractions written by hand). */
  public static final double SUM_TOLERANCE = 1e-6;

  public TargetPolicy {
    targets = List.copyOf(targets);
    Checks.check(!targets.isEmpty(), "a target policy needs at least one target");
    boolean byClass = targets.get(0).assetClass() != null;
    Set<String> labels = new HashSet<>();
    Set<String> householdWide = new HashSet<>();
    Set<String> perAccount = new HashSet<>();
    double sum = 0;
    for (Target target : targets) {
      Checks.check((target.assetClass() != null) == byClass,
          "a target policy is either by asset class or by asset; " + target.label() + " mixes them");
      Checks.check(labels.add(target.label()), "the target " + target.label() + " is given twice");
      String what = target.asset() != null ? target.asset().value() : target.assetClass().id();
      (target.account().isPresent() ? perAccount : householdWide).add(what);
      Checks.check(!(householdWide.contains(what) && perAccount.contains(what)),
          what + " has a household-wide target and a target in an account; give one or the other");
      sum += target.weight();
    }
    Checks.check(Math.abs(sum - 1) <= SUM_TOLERANCE, "the target weights add up to " + sum + ", not 1");
  }

  /** Whether the targets are by asset class (else by asset). */
  public boolean byClass() {
    return targets.get(0).assetClass() != null;
  }
}
