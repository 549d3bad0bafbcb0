package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accumulator example's duplex ({@code examples/accumulator.yaml}) as a property with a
 * mortgage, on the engine alone: the plan file does not read a {@code property:} block yet, so
 * this is the figure set the plan's property table and projection are to show.
 *
 * <p>The example values it at 290,000 on 2026-01-02 with a net yield of 5.2 % (15,080 a year).
 * Here the same 15,080 is built from its parts: rent 2,400 a month for the two units, 5 % vacancy,
 * 12,280 of yearly expenses. Bought 2018-06-29 for 215,000 + 3,000 closing costs, rented from July
 * 2018, land 25 %; 172,000 borrowed at 4.5 % over 30 years, first payment August 2018.
 */
class AccumulatorDuplexTest {

  private static RentalProperty duplex() {
    return RentalProperty.builder("Duplex, 14 Elm Street")
        .value(Money.usd("290000"), LocalDate.of(2026, 1, 2))
        .monthlyRent(Money.usd("2400"))
        .vacancy(0.05)
        .expenses(OperatingExpenses.total(Money.usd("12280")))
        .growth(0.03, 0.025, 0.03)
        .purchase(new Purchase(Money.usd("215000"), LocalDate.of(2018, 6, 29), Money.usd("3000"), YearMonth.of(2018, 7)))
        .landShare(0.25)
        .mortgage(Mortgage.original(Money.usd("172000"), 0.045, 30, YearMonth.of(2018, 8)))
        .build();
  }

  /** Balance after k level payments A, closed form: P g^k − A (g^k − 1)/r, g = 1 + r. */
  private static double closedFormBalance(int k) {
    double r = 0.045 / 12;
    double g = Math.pow(1 + r, k);
    return 172_000 * g - 871.50 * (g - 1) / r;
  }

  @Test
  void theFirstYearsCashFlowAndTheTaxItCausesAfterDepreciation() {
    PropertyYear y = PropertyProjection.firstYear(duplex());

    // 2,400 × 12 = 28,800; 5 % vacancy 1,440; effective 27,360; expenses 12,280; NOI 15,080 = the
    // example's 5.2 % of 290,000.
    assertThat(y.year()).isEqualTo(0);
    assertThat(y.effectiveRent()).isEqualTo(Money.usd("27360.00"));
    assertThat(y.noi()).isEqualTo(Money.usd("15080.00"));
    assertThat(y.noi().toDouble() / 290_000).isCloseTo(0.052, within(1e-12));
    // A = 172,000 · 0.00375 / (1 − 1.00375^−360) = 871.4987 → 871.50; 2026 holds payments 90–101
    // (August 2018 is the first): debt service 12 × 871.50 = 10,458.00; cash flow 4,622.00.
    assertThat(y.debtService()).isEqualTo(Money.usd("10458.00"));
    assertThat(y.cashFlow()).isEqualTo(Money.usd("4622.00"));
    // Principal = B_89 − B_101 = 148,122.50 − 144,250.81 = 3,871.69, interest 6,586.31 (closed
    // form; the months' cent rounding of interest moves these by well under a dollar).
    assertThat(y.balanceStart().toDouble()).isCloseTo(closedFormBalance(89), within(0.50));
    assertThat(y.balanceEnd().toDouble()).isCloseTo(closedFormBalance(101), within(0.50));
    assertThat(y.interest().toDouble()).isCloseTo(6_586.31, within(0.50));
    // DSCR 15,080 / 10,458 = 1.442; equity at the end: 290,000 × 1.03 − 144,250.81 = 154,449.19.
    assertThat(y.dscr().orElseThrow()).isCloseTo(15_080.0 / 10_458, within(1e-12));
    assertThat(y.equity().toDouble()).isCloseTo(298_700 - 144_250.81, within(0.50));
    // Depreciation, a full year of 2026 on 218,000 × 75 % = 163,500: 12/330 of it is 5,945.4545,
    // and a year is the difference of the accumulated amounts rounded to the cent: mid-July 2018
    // to the end of 2025 is 89.5 months, 44,343.18; to the end of 2026 101.5 months, 50,288.64;
    // 2026 = 5,945.46.
    assertThat(y.depreciation()).isEqualTo(Money.usd("5945.46"));
    // Taxable rental income (Schedule E): 27,360 − 12,280 − 6,586.31 − 5,945.46 = 2,548.23:
    // of the 15,080 the example now taxes as ordinary income, interest and depreciation shelter
    // 12,531.77. A gain is not limited by §469: all of it is counted, nothing is suspended.
    assertThat(y.taxableIncome().toDouble()).isCloseTo(2_548.23, within(0.50));
    PassiveLossResult counted = PassiveLossRule.SECTION_469_I.apply(y.taxableIncome(), Money.usd("0"), Money.usd("90000"), false);
    assertThat(counted.counted()).isEqualTo(y.taxableIncome());
    assertThat(counted.suspendedLoss().isZero()).isTrue();
    // At the 22 % bracket that is 2,548.23 × 0.22 = 560.61 of federal tax, against 3,317.60 on 15,080.
    assertThat(counted.counted().toDouble() * 0.22).isCloseTo(560.61, within(0.12));
  }

  @Test
  void theProjectionPaysTheLoanOffInItsYear() {
    PropertyProjectionResult r = PropertyProjection.expected(duplex(), 25);
    List<PropertyYear> years = r.years();

    // The 360th payment is due in July 2048 (August 2018 + 359 months): projected year 22 (2048).
    assertThat(r.payoffYear()).isEqualTo(22);
    PropertyYear last = years.get(22);
    assertThat(last.taxYear()).isEqualTo(2048);
    // 2048 holds the last 7 payments (354–360) against B_353 = 6,009.08 left at its start.
    assertThat(last.balanceStart().toDouble()).isCloseTo(6_009.08, within(0.50));
    assertThat(last.principal()).isEqualTo(last.balanceStart());
    assertThat(last.balanceEnd().isZero()).isTrue();
    assertThat(last.debtService().toDouble()).isCloseTo(7 * 871.50, within(5.0));
    // From 2049 no debt service: cash flow = NOI.
    assertThat(years.get(23).debtService().isZero()).isTrue();
    assertThat(years.get(23).cashFlow()).isEqualTo(years.get(23).noi());
    // The principal of the years sums to what was owed at the start, to the cent.
    Money principal = Money.usd("0");
    for (PropertyYear y : years) {
      principal = principal.plus(y.principal());
    }
    assertThat(principal).isEqualTo(years.get(0).balanceStart());
  }
}
