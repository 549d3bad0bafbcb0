package io.perennial.basics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of cash in one currency, exact: a {@link BigDecimal} held at the currency's scale
 * (cents for USD), rounded half-even when made from a wider value. Use it for cash, lots, trades
 * and tax; convert to {@code double} only at the boundary to statistics or optimization
 * ({@link #toDouble()}).
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** US dollars, the default currency of plan files. */
  public static final Currency USD = Currency.getInstance("USD");

  /** Zero US dollars. */
  public static final Money ZERO_USD = new Money(BigDecimal.ZERO, USD);

  public Money {
    Checks.notNull(amount, "amount");
    Checks.notNull(currency, "currency");
    amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
  }

  /** US dollars from an exact decimal. */
  public static Money usd(BigDecimal amount) {
    return new Money(amount, USD);
  }

  /** US dollars from a decimal string, e.g. {@code "1234.56"}. */
  public static Money usd(String amount) {
    return new Money(new BigDecimal(amount), USD);
  }

  /** US dollars from a double (statistics boundary), rounded to the cent. */
  public static Money usd(double amount) {
    Checks.finite(amount, "amount");
    return new Money(BigDecimal.valueOf(amount), USD);
  }

  /** Zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times an exact factor (a quantity of shares, say), rounded to the currency's scale. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount times a rate or weight; the product is rounded to the currency's scale. */
  public Money times(double factor) {
    Checks.finite(factor, "factor");
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** The amount as a double, for statistics and optimization. */
  public double toDouble() {
    return amount.doubleValue();
  }

  @Override
  public int compareTo(Money other) {
    sameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void sameCurrency(Money other) {
    Checks.notNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + ": convert first");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
