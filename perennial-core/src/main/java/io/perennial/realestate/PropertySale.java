package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/** The sale of a rental property: its gain split into unrecaptured §1250 gain and the rest ({@link SaleResult}). */
public final class PropertySale {

  private PropertySale() {}

  /**
   * The sale of {@code property} in {@code month} at {@code price}, paying {@code sellingCosts} of
   * the price (a fraction in [0, 0.2]) in costs and repaying the loan balance owed before that
   * month's payment.
   */
  public static SaleResult sell(RentalProperty property, YearMonth month, Money price, double sellingCosts) {
    Checks.notNull(property, "property");
    Checks.notNull(month, "month of the sale");
    Checks.notNull(price, "sale price");
    Checks.check(!price.isNegative(), "sale price must be zero or more, got " + price);
    Checks.inRange(sellingCosts, 0.0, 0.2, "selling costs as a share of the price");
    Checks.check(!month.isBefore(YearMonth.from(property.purchase().date())),
        property.name() + " is sold in " + month + ", before it was bought on " + property.purchase().date());
    DepreciationSchedule depreciation = property.depreciation();
    Money accumulated = depreciation.accumulatedThroughDisposal(month);
    Money inYear = depreciation.inYearOfDisposal(month);
    // Held more than one year (IRC §1222): sold after the anniversary of the purchase date.
    LocalDate saleDate = month.atDay(1);
    boolean longTerm = saleDate.isAfter(property.purchase().date().plusYears(1));
    Money payoff = property.amortization().map(s -> s.balanceBefore(month)).orElse(Money.zero(price.currency()));
    return new SaleResult(month, price, price.times(sellingCosts), property.purchase().costBasis(), accumulated, inYear,
        longTerm, payoff);
  }
}
