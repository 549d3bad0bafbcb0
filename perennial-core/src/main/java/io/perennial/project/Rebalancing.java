package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * When the positions are brought back to their target shares, at the end of a year, within each
 * kind of account (money does not move between accounts).
 *
 * @param everyYears rebalance every this many years (1 = every year); 0 = never on a calendar
 * @param band also rebalance an account as soon as a position's share drifts more than this from
 *     its target (absolute, 0.05 = 5 points); 0 = no band
 */
public record Rebalancing(int everyYears, double band) {

  /** Every year (the historical-check convention). */
  public static final Rebalancing ANNUAL = new Rebalancing(1, 0.0);
  /** Never: the positions drift. */
  public static final Rebalancing NEVER = new Rebalancing(0, 0.0);

  public Rebalancing {
    Checks.nonNegative(everyYears, "years between rebalancings");
    Checks.inRange(band, 0.0, 1.0, "rebalancing band");
  }

  boolean dueAfter(int year) {
    return everyYears > 0 && (year + 1) % everyYears == 0;
  }
}
