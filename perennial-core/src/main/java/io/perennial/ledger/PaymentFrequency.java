package io.perennial.ledger;

import io.perennial.domain.Identified;
import java.util.Optional;

/**
 * How often an asset pays, inferred from the mean gap between its regular payments with Portfolio
 * Performance's thresholds ({@code DividendCalculation}): over 270 days annual, over 130
 * semi-annual, over 60 quarterly, otherwise monthly; a mean gap of 430 days or more is irregular.
 */
public enum PaymentFrequency implements Identified {
  MONTHLY("monthly", 12),
  QUARTERLY("quarterly", 4),
  SEMIANNUAL("semiannual", 2),
  ANNUAL("annual", 1);

  /** Mean gaps at or above this many days are irregular: no frequency. */
  public static final double IRREGULAR_DAYS = 430;

  private final String id;
  private final int perYear;

  PaymentFrequency(String id, int perYear) {
    this.id = id;
    this.perYear = perYear;
  }

  @Override
  public String id() {
    return id;
  }

  /** Payments per year. */
  public int perYear() {
    return perYear;
  }

  /** Months between payments. */
  public int months() {
    return 12 / perYear;
  }

  /** The frequency of a mean gap in days; empty when irregular (430 days or more). */
  public static Optional<PaymentFrequency> ofMeanGap(double days) {
    if (!(days < IRREGULAR_DAYS)) {
      return Optional.empty();
    }
    if (days > 270) {
      return Optional.of(ANNUAL);
    }
    if (days > 130) {
      return Optional.of(SEMIANNUAL);
    }
    if (days > 60) {
      return Optional.of(QUARTERLY);
    }
    return Optional.of(MONTHLY);
  }
}
