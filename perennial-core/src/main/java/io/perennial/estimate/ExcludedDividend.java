package io.perennial.estimate;

import io.perennial.basics.Checks;
import io.perennial.market.DividendEvent;

/**
 * A dividend left out of the regular income figures, and why.
 *
 * @param event the payment (marked special)
 * @param reason for people, e.g. "10.00 is 15.4× the median 0.65 of the 8 payments within ±730 days"
 */
public record ExcludedDividend(DividendEvent event, String reason) {

  public ExcludedDividend {
    Checks.notNull(event, "event");
    Checks.notBlank(reason, "reason");
  }
}
