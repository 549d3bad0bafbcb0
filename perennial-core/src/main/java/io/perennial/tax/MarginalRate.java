package io.perennial.tax;

import java.math.BigDecimal;

/**
 * The tax on the next dollar of one kind of income, split by tax: the increase of each tax when one
 * more dollar of that kind is received, all else equal (a finite difference of the exact,
 * unrounded computation). Includes every knock-on effect: a bracket change, the worksheet's
 * stacking, the senior-deduction phase-out, the section 199A limit, the NIIT threshold.
 *
 * @param federal change of the federal income tax (without NIIT), a fraction of the dollar
 * @param niit change of the net investment income tax
 * @param state change of the state tax
 * @param total the sum
 */
public record MarginalRate(BigDecimal federal, BigDecimal niit, BigDecimal state, BigDecimal total) {

  /** The total as a double, for statistics and optimization. */
  public double totalAsDouble() {
    return total.doubleValue();
  }
}
