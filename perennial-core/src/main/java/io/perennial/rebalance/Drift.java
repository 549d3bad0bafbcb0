package io.perennial.rebalance;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the household's holdings lie from a target policy: per target, its weight today, the
 * drift (weight − target) and whether it is outside its band; and the value no target covers.
 *
 * @param householdValue the value of every position
 * @param targets one line per target of the policy, in its order
 * @param untargeted the value of the positions no target covers (their target is zero)
 */
public record Drift(Money householdValue, List<TargetDrift> targets, Money untargeted) {

  public Drift {
    Checks.notNull(householdValue, "household value");
    targets = List.copyOf(targets);
    Checks.notNull(untargeted, "untargeted");
  }

  /**
   * One target's drift.
   *
   * @param target the target
   * @param value the value it covers today
   * @param weight {@code value ÷ household value} (0 for an empty household)
   * @param halfWidth the band's half-width
   * @param drift {@code weight − target}
   * @param outside whether the weight lies outside the band
   */
  public record TargetDrift(Target target, Money value, double weight, double halfWidth, double drift, boolean outside) {}

  /** The drift of {@code positions} from {@code policy}. */
  public static Drift of(TargetPolicy policy, List<Position> positions) {
    Checks.notNull(policy, "policy");
    Money total = Money.ZERO_USD;
    for (Position position : positions) {
      total = total.plus(position.value());
    }
    Money covered = Money.ZERO_USD;
    List<TargetDrift> lines = new ArrayList<>();
    for (Target target : policy.targets()) {
      Money value = Money.ZERO_USD;
      for (Position position : positions) {
        if (target.covers(position.account(), position.asset(), position.assetClass())) {
          value = value.plus(position.value());
        }
      }
      covered = covered.plus(value);
      double weight = total.isZero() ? 0 : value.toDouble() / total.toDouble();
      Band band = target.effectiveBand();
      lines.add(new TargetDrift(target, value, weight, band.halfWidth(), weight - target.weight(),
          !total.isZero() && !band.contains(weight, target.weight())));
    }
    return new Drift(total, lines, total.minus(covered));
  }

  /** Whether any target lies outside its band, or some value is untargeted. */
  public boolean anyOutside() {
    return !untargeted.isZero() || targets.stream().anyMatch(TargetDrift::outside);
  }

  /** The largest |drift| of a target, as a fraction of the household. */
  public double largest() {
    return targets.stream().mapToDouble(t -> Math.abs(t.drift())).max().orElse(0);
  }
}
