package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * Wages earned until a given year, as the plan file gives them: taxed as ordinary income in the
 * years they are paid (so a saver's marginal rates today are those of the wages), and not counted
 * toward the spending after {@link #lastYear()} — the projection stops them there. Savings from
 * the wages are the profile's {@code annualContribution}; the wages themselves are not invested.
 *
 * @param annualAmount yearly wages before tax, today's dollars, zero or more (zero: no wages)
 * @param lastYear the last calendar year they are paid
 */
public record Wages(Money annualAmount, int lastYear) {

  /** No wages. */
  public static final Wages NONE = new Wages(Money.ZERO_USD, 0);

  public Wages {
    Checks.notNull(annualAmount, "yearly wages");
    Checks.check(!annualAmount.isNegative(), "yearly wages must be zero or more, got " + annualAmount);
    Checks.check(lastYear >= 0, "the last year of the wages must be a calendar year, got " + lastYear);
  }

  /** The wages paid in calendar year {@code year}: the yearly amount up to {@link #lastYear()}, else zero. */
  public Money paidIn(int year) {
    return year <= lastYear ? annualAmount : Money.zero(annualAmount.currency());
  }
}
