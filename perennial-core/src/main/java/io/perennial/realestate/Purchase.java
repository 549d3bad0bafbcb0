package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How a property was bought. The cost basis is the price plus the closing costs that are
 * capitalized (title, recording, transfer taxes, legal fees; loan fees are not, IRS Publication
 * 551); the building is placed in service as a rental in {@code placedInService}.
 *
 * @param price the purchase price, &gt; 0
 * @param date the date of purchase (the start of the holding period)
 * @param closingCosts closing costs added to basis, ≥ 0
 * @param placedInService the month the building was first rented or ready to rent (depreciation
 *     starts then), not before the month of purchase
 */
public record Purchase(Money price, LocalDate date, Money closingCosts, YearMonth placedInService) {

  public Purchase {
    Checks.notNull(price, "purchase price");
    Checks.check(price.amount().signum() > 0, "purchase price must be more than zero, got " + price);
    Checks.notNull(date, "purchase date");
    Checks.notNull(closingCosts, "closing costs");
    Checks.check(!closingCosts.isNegative(), "closing costs must be zero or more, got " + closingCosts);
    Checks.notNull(placedInService, "month placed in service");
    Checks.check(!placedInService.isBefore(YearMonth.from(date)),
        "placed in service in " + placedInService + ", before the purchase on " + date);
  }

  /** A purchase rented out from the month it was bought. */
  public static Purchase of(Money price, LocalDate date, Money closingCosts) {
    return new Purchase(price, date, closingCosts, YearMonth.from(date));
  }

  /** The cost basis: price + capitalized closing costs. */
  public Money costBasis() {
    return price.plus(closingCosts);
  }
}
