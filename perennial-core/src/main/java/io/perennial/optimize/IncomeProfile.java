package io.perennial.optimize;

import io.perennial.basics.Checks;

/**
 * What an asset is expected to pay, as the income objectives and floors see it. All rates are
 * decimal fractions per year.
 *
 * @param yield the distribution yield: next-12-month regular distributions ÷ price (0.04 = 4 %)
 * @param afterTaxFactor the part of a distribution the investor keeps after the taxes it causes
 *     (1 = untaxed, 0.85 = 15 % tax), in [0, 1]
 * @param expectedCut the fraction of the distribution expected to be cut next year, in [0, 1]
 *     (the haircut the dividend-safety screen applies to possible yield traps; 0 for safe payers)
 * @param yieldTrap whether the dividend-safety screen flags the asset as a possible yield trap
 * @param incomeGrowth the expected nominal annual growth of distributions per share (may be
 *     negative)
 */
public record IncomeProfile(double yield, double afterTaxFactor, double expectedCut, boolean yieldTrap, double incomeGrowth) {

  /** No income: yield zero. */
  public static final IncomeProfile NONE = new IncomeProfile(0.0, 1.0, 0.0, false, 0.0);

  public IncomeProfile {
    Checks.inRange(yield, 0.0, 1.0, "yield");
    Checks.inRange(afterTaxFactor, 0.0, 1.0, "after-tax factor");
    Checks.inRange(expectedCut, 0.0, 1.0, "expected cut");
    Checks.inRange(incomeGrowth, -1.0, 1.0, "income growth");
  }

  /** An untaxed payer with no expected cut and no flag. */
  public static IncomeProfile of(double yield, double incomeGrowth) {
    return new IncomeProfile(yield, 1.0, 0.0, false, incomeGrowth);
  }

  /**
   * The expected after-tax income per unit of weight: {@code yield × afterTaxFactor × (1 −
   * expectedCut)}, a fraction per year.
   */
  public double afterTaxIncome() {
    return yield * afterTaxFactor * (1.0 - expectedCut);
  }

  public IncomeProfile withYieldTrap(boolean flagged, double cut) {
    return new IncomeProfile(yield, afterTaxFactor, cut, flagged, incomeGrowth);
  }
}
