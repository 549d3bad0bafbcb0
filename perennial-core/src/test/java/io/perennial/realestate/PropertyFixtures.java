package io.perennial.realestate;

import io.perennial.basics.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/** Properties worked by hand in the tests. */
final class PropertyFixtures {

  private PropertyFixtures() {}

  /**
   * A single-family rental analysed the way BiggerPockets' rental property calculator does: price
   * 200,000 plus 6,000 closing costs, rent 2,000 a month, 5 % vacancy, property tax 3,000,
   * insurance 1,200, management 10 % of collected rent, maintenance and capital expenditures 5 %
   * of rent each; 20 % down, 160,000 at 7 % over 30 years; land 20 %. Bought 2025-03-03 and
   * rented from March; the analysis starts in April 2025, with the first loan payment.
   */
  static RentalProperty singleFamily() {
    Money zero = Money.usd("0");
    return RentalProperty.builder("Maple Street single-family")
        .value(Money.usd("200000"), LocalDate.of(2025, 4, 1))
        .monthlyRent(Money.usd("2000"))
        .vacancy(0.05)
        .expenses(new OperatingExpenses(Money.usd("3000"), Money.usd("1200"), 0.10,
            new Reserve.ShareOfRent(0.05), new Reserve.ShareOfRent(0.05), zero, zero))
        .growth(0.03, 0.025, 0.035)
        .purchase(Purchase.of(Money.usd("200000"), LocalDate.of(2025, 3, 3), Money.usd("6000")))
        .landShare(0.20)
        .mortgage(Mortgage.original(Money.usd("160000"), 0.07, 30, YearMonth.of(2025, 4)))
        .build();
  }
}
