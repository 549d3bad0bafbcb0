package io.perennial.ledger;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.YearMonth;

/**
 * One month of the income calendar.
 *
 * @param month the month
 * @param paid income already received in it (only the month of the as-of date has any)
 * @param declared declared distributions paid in it
 * @param estimated distributions estimated from the payment history paid in it
 */
public record ForecastMonth(YearMonth month, Money paid, Money declared, Money estimated) {

  public ForecastMonth {
    Checks.notNull(month, "month");
    Checks.notNull(paid, "paid");
    Checks.notNull(declared, "declared");
    Checks.notNull(estimated, "estimated");
  }

  /** Paid + declared + estimated. */
  public Money amount() {
    return paid.plus(declared).plus(estimated);
  }

  /** Estimated when anything is estimated; else declared when anything is declared; else paid. */
  public ForecastStatus status() {
    if (estimated.amount().signum() != 0) {
      return ForecastStatus.ESTIMATED;
    }
    if (declared.amount().signum() != 0) {
      return ForecastStatus.DECLARED;
    }
    return paid.amount().signum() != 0 ? ForecastStatus.PAID : ForecastStatus.ESTIMATED;
  }
}
