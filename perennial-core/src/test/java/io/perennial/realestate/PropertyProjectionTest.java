package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A property projected over the years on its own expectations. */
class PropertyProjectionTest {

  @Test
  void theLoanIsPaidOffInTheYearOfItsLastPaymentAndTheCashFlowJumps() {
    RentalProperty p = PropertyFixtures.singleFamily();
    PropertyProjectionResult r = PropertyProjection.expected(p, 35);
    List<PropertyYear> years = r.years();

    // First payment April 2025, the 360th in March 2055: the twelve months from April 2054 hold
    // the last twelve payments, so year 29 (0-based) ends the loan.
    assertThat(r.payoffYear()).isEqualTo(29);
    assertThat(years.get(29).balanceEnd().isZero()).isTrue();
    assertThat(years.get(30).debtService().isZero()).isTrue();
    assertThat(years.get(30).cashFlow()).isEqualTo(years.get(30).noi());
    Money principal = Money.usd("0");
    for (PropertyYear y : years) {
      principal = principal.plus(y.principal());
    }
    assertThat(principal).isEqualTo(Money.usd("160000.00"));
  }

  @Test
  void rentExpensesAndValueGrowAtTheirOwnRates() {
    RentalProperty p = PropertyFixtures.singleFamily();
    List<PropertyYear> years = PropertyProjection.expected(p, 11).years();

    // Year 10: rent 24,000 × 1.03^10 = 32,253.99; fixed 4,200 × 1.025^10 = 5,376.35;
    // value 200,000 × 1.035^10 = 282,119.76 at the start of the year.
    PropertyYear y10 = years.get(10);
    assertThat(y10.grossRent().toDouble()).isCloseTo(24_000 * Math.pow(1.03, 10), within(0.006));
    assertThat(y10.fixedExpenses().toDouble()).isCloseTo(4_200 * Math.pow(1.025, 10), within(0.006));
    assertThat(y10.valueStart().toDouble()).isCloseTo(200_000 * Math.pow(1.035, 10), within(0.006));
    assertThat(y10.grossRent()).isEqualTo(Money.usd("32253.99"));
    // Depreciation: 2025 partial, 2026–2035 full years of 5,992.73.
    assertThat(years.get(0).depreciation()).isEqualTo(Money.usd("4744.24"));
    assertThat(years.get(5).depreciation()).isEqualTo(Money.usd("5992.73"));
  }

  @Test
  void aSaleEndsTheProjectionAndRepaysTheLoan() {
    RentalProperty p = PropertyFixtures.singleFamily();
    PropertyProjectionResult r = PropertyProjection.run(p, YearMonth.of(2025, 4), PropertyPath.constant(p, 30),
        Optional.of(new PropertyProjection.Sale(9, 0.06)));

    // Sold in April 2035 at the value after ten years: 200,000 × 1.035^10 = 282,119.76.
    assertThat(r.years()).hasSize(10);
    SaleResult sale = r.sale().orElseThrow();
    assertThat(sale.month()).isEqualTo(YearMonth.of(2035, 4));
    assertThat(sale.price()).isEqualTo(r.years().get(9).valueEnd());
    assertThat(sale.price().toDouble()).isCloseTo(282_119.76, within(0.01));
    // The payoff is the balance after the tenth year's payments.
    assertThat(sale.loanPayoff()).isEqualTo(r.years().get(9).balanceEnd());
    // Depreciation taken: mid-March 2025 to mid-April 2035 = 121 months of 164,800/330.
    assertThat(sale.accumulatedDepreciation()).isEqualTo(Money.usd("60426.67"));
  }
}
