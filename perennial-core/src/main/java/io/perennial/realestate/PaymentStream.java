package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;

/**
 * Income held as it is, not as a traded asset: a stream of yearly payments whose value is the
 * present value of what is left of it. Year t = 0 is the first year; the payment of year t is
 * taken at the end of that year for valuation (an ordinary annuity). Payments are nominal money.
 */
public sealed interface PaymentStream permits Royalty, Annuity {

  /** A label. */
  String name();

  /** The number of years with a possible payment (the last is year {@code years(lives)} − 1). */
  int years(Lives lives);

  /** The expected nominal payment of year {@code t} when inflation is {@code inflation} every year. */
  double expectedPayment(int t, double inflation, Lives lives);

  /**
   * One path's nominal payments: {@code out[t]} for t &lt; out.length, given the path's yearly
   * {@code inflation} (at least out.length values) and the lives on it. Deterministic streams
   * ignore {@code random}.
   */
  void payments(SplittableRandom random, double[] inflation, Lives lives, double[] out);

  /**
   * The present value at {@code discountRate} (nominal, a fraction per year) of the expected
   * payments with constant {@code inflation}: Σ_t expectedPayment(t) / (1 + discountRate)^{t+1}.
   */
  default Money presentValue(double discountRate, double inflation, Lives lives, Currency currency) {
    Checks.inRange(discountRate, -0.5, 1.0, "discount rate");
    double value = 0.0;
    double discount = 1.0;
    for (int t = 0; t < years(lives); t++) {
      discount /= 1.0 + discountRate;
      value += expectedPayment(t, inflation, lives) * discount;
    }
    return new Money(BigDecimal.valueOf(value), currency);
  }
}
