package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tax lot: shares bought together.
 *
 * @param acquired the trade date
 * @param quantity shares (or units), more than zero, exact
 * @param cost total cost basis of the lot (not per share), zero or more
 */
public record Lot(LocalDate acquired, BigDecimal quantity, Money cost) {

  public Lot {
    Checks.notNull(acquired, "acquired");
    Checks.notNull(quantity, "quantity");
    Checks.check(quantity.signum() > 0, "lot quantity must be more than zero, got " + quantity.toPlainString());
    Checks.notNull(cost, "cost");
    Checks.check(!cost.isNegative(), "lot cost must be zero or more, got " + cost);
  }

  /** Cost per share. */
  public BigDecimal costPerShare() {
    return cost.amount().divide(quantity, java.math.MathContext.DECIMAL64);
  }

  /** True when the lot has been held more than one year on {@code date} (long-term for tax). */
  public boolean isLongTermOn(LocalDate date) {
    return date.isAfter(acquired.plusYears(1));
  }
}
