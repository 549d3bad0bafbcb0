package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;

/**
 * One row of a tax rate table: {@code rate} applies to taxable income above {@code floor} (up to
 * the next row's floor).
 *
 * @param floor dollars of taxable income above which the rate applies, zero or more
 * @param rate the marginal rate, a fraction between 0 and 1
 */
public record TaxBracket(BigDecimal floor, BigDecimal rate) {

  public TaxBracket {
    Checks.nonNegative(Checks.notNull(floor, "bracket floor"), "bracket floor");
    Checks.notNull(rate, "bracket rate");
    Checks.check(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0,
        "bracket rate must lie between 0 and 1, got " + rate.toPlainString());
  }
}
