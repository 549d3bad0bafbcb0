package io.perennial.ledger;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The income calendar of the twelve months starting with the month of {@code asOf}.
 *
 * @param asOf the day the forecast is made (income up to it is paid)
 * @param months twelve months, in order
 * @param holdings the forecast of each holding
 */
public record IncomeForecast(LocalDate asOf, List<ForecastMonth> months, List<HoldingForecast> holdings) {

  public IncomeForecast {
    Checks.notNull(asOf, "as-of date");
    months = List.copyOf(months);
    Checks.check(months.size() == 12, "a forecast has twelve months, got " + months.size());
    holdings = List.copyOf(holdings);
  }

  /** The sum of the twelve months. */
  public Money total() {
    Money total = Money.ZERO_USD;
    for (ForecastMonth month : months) {
      total = total.plus(month.amount());
    }
    return total;
  }
}
