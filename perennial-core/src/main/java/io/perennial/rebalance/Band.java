package io.perennial.rebalance;

import io.perennial.basics.Checks;

/**
 * A tolerance band around a target weight: the weight drifts when it lies further from its target
 * than {@code halfWidth} (a fraction of the household, absolute). Inside the band, or on its edge,
 * nothing needs doing.
 *
 * @param halfWidth the largest distance from the target that is not drift, ≥ 0
 */
public record Band(double halfWidth) {

  /** Five percentage points: the absolute half of the 5/25 rule. */
  public static final double ABSOLUTE = 0.05;
  /** A quarter of the target: the relative half of the 5/25 rule. */
  public static final double RELATIVE = 0.25;

  public Band {
    Checks.check(Double.isFinite(halfWidth) && halfWidth >= 0, "a band's half-width must be zero or more, got " + halfWidth);
  }

  /**
   * The 5/25 rule (Larry Swedroe): a target drifts when it is off by 5 percentage points absolute or
   * by 25 % of itself, whichever comes first — a half-width of min(0.05, 0.25 × target). The two meet
   * at a 20 % target: a 60 % target may lie in 55–65 %, a 10 % target in 7.5–12.5 %, a 4 % one in 3–5 %.
   */
  public static Band fiveTwentyFive(double target) {
    Checks.check(Double.isFinite(target) && target >= 0 && target <= 1, "a target weight lies in 0–1, got " + target);
    return new Band(Math.min(ABSOLUTE, RELATIVE * target));
  }

  /** The lowest weight inside the band around {@code target}. */
  public double lower(double target) {
    return Math.max(0, target - halfWidth);
  }

  /** The highest weight inside the band around {@code target}. */
  public double upper(double target) {
    return Math.min(1, target + halfWidth);
  }

  /**
   * Whether {@code weight} lies inside the band around {@code target} (the edge included; a relative
   * tolerance of 1e-12 absorbs the rounding of weights computed from cents).
   */
  public boolean contains(double weight, double target) {
    return Math.abs(weight - target) <= halfWidth * (1 + 1e-12) + 1e-12;
  }
}
