package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import org.junit.jupiter.api.Test;

/** The first year of a rental, worked by hand the way a rental property calculator shows it. */
class PropertyCashFlowTest {

  @Test
  void aBiggerPocketsStyleExampleByHand() {
    PropertyYear y = PropertyProjection.firstYear(PropertyFixtures.singleFamily());

    // Income: 2,000 × 12 = 24,000 scheduled; 5 % vacancy = 1,200; effective rent 22,800.
    assertThat(y.grossRent()).isEqualTo(Money.usd("24000.00"));
    assertThat(y.vacancyLoss()).isEqualTo(Money.usd("1200.00"));
    assertThat(y.effectiveRent()).isEqualTo(Money.usd("22800.00"));
    // Expenses: tax 3,000 + insurance 1,200 + management 10 % × 22,800 = 2,280 + maintenance
    // 5 % × 24,000 = 1,200 + capital expenditures 1,200 = 8,880.
    assertThat(y.management()).isEqualTo(Money.usd("2280.00"));
    assertThat(y.operatingExpenses()).isEqualTo(Money.usd("8880.00"));
    // NOI = 22,800 − 8,880 = 13,920; cap rate = 13,920 / 200,000 = 6.96 %.
    assertThat(y.noi()).isEqualTo(Money.usd("13920.00"));
    assertThat(y.capRate()).isCloseTo(0.0696, within(1e-12));
    // Loan: 160,000 at 7 %/12 over 360 months: 160,000 · 0.0058333 / (1 − 1.0058333^−360)
    // = 933.33 / 0.876796 = 1,064.48 a month, 12,773.76 a year.
    assertThat(y.debtService()).isEqualTo(Money.usd("12773.76"));
    // Cash flow = 13,920 − 12,773.76 = 1,146.24 a year (95.52 a month).
    assertThat(y.cashFlow()).isEqualTo(Money.usd("1146.24"));
    // Cash invested = 40,000 down + 6,000 closing = 46,000; CoC = 1,146.24 / 46,000 = 2.4918 %.
    assertThat(y.cashInvested()).isEqualTo(Money.usd("46000.00"));
    assertThat(y.cashOnCash().orElseThrow()).isCloseTo(1146.24 / 46000, within(1e-12));
    assertThat(y.cashOnCash().orElseThrow()).isCloseTo(0.024918, within(5e-7));
    // DSCR = 13,920 / 12,773.76 = 1.0897.
    assertThat(y.dscr().orElseThrow()).isCloseTo(1.08973, within(5e-6));
    // First year's interest: month 1 = 160,000 × 0.07/12 = 933.33, principal 131.15; over the
    // year 11,148.52 of interest and 1,625.24 of principal; balance 158,374.76.
    assertThat(y.interest()).isEqualTo(Money.usd("11148.52"));
    assertThat(y.principal()).isEqualTo(Money.usd("1625.24"));
    assertThat(y.balanceEnd()).isEqualTo(Money.usd("158374.76"));
    // Equity at the end: value 200,000 × 1.035 = 207,000 − 158,374.76 = 48,625.24; LTV 76.5 %.
    assertThat(y.equity()).isEqualTo(Money.usd("48625.24"));
    assertThat(y.loanToValue()).isCloseTo(158374.76 / 207000, within(1e-12));
    // Tax: depreciation of 2025 (in service mid-March, 9.5 months): 164,800 × 9.5/330 = 4,744.24.
    // Deductible: everything but the capital reserve, 7,680. Taxable = 22,800 − 7,680 − 11,148.52
    // − 4,744.24 = −772.76: a paper loss on a property with a positive cash flow.
    assertThat(y.depreciation()).isEqualTo(Money.usd("4744.24"));
    assertThat(y.taxableIncome()).isEqualTo(Money.usd("-772.76"));
  }

  @Test
  void withoutALoanThereIsNoDscrAndTheCashFlowIsTheNoi() {
    RentalProperty owned = PropertyFixtures.singleFamily().withMortgage(java.util.Optional.empty());

    PropertyYear y = PropertyProjection.firstYear(owned);

    assertThat(y.debtService().isZero()).isTrue();
    assertThat(y.dscr()).isEmpty();
    assertThat(y.cashFlow()).isEqualTo(y.noi());
    // All cash: 206,000 invested; CoC = 13,920 / 206,000 = 6.757 %.
    assertThat(y.cashOnCash().orElseThrow()).isCloseTo(13920.0 / 206000, within(1e-12));
  }

  @Test
  void reservesAsAShareOfValueAndTheOwnersShare() {
    RentalProperty p = PropertyFixtures.singleFamily();
    Money zero = Money.usd("0");
    RentalProperty half = new RentalProperty(p.name(), p.use(), p.value(), p.valueDate(), p.monthlyRent(), p.vacancy(),
        new OperatingExpenses(Money.usd("3000"), Money.usd("1200"), 0.10, new Reserve.ShareOfValue(0.01),
            Reserve.NONE, Money.usd("600"), zero),
        p.rentGrowth(), p.expenseGrowth(), p.appreciation(), p.purchase(), p.landShare(), p.mortgage(), 0.5);

    PropertyYear y = PropertyProjection.firstYear(half);
    PropertyYear owned = y.scaled(half.ownershipShare());

    // Maintenance 1 % of 200,000 = 2,000; fixed 3,000 + 1,200 + 600 HOA = 4,800; management 2,280.
    // NOI = 22,800 − 9,080 = 13,720; half of it 6,860; half the cash flow (13,720 − 12,773.76)/2 = 473.12.
    assertThat(y.maintenance()).isEqualTo(Money.usd("2000.00"));
    assertThat(y.noi()).isEqualTo(Money.usd("13720.00"));
    assertThat(owned.noi()).isEqualTo(Money.usd("6860.00"));
    assertThat(owned.cashFlow()).isEqualTo(Money.usd("473.12"));
    assertThat(owned.capRate()).isCloseTo(y.capRate(), within(1e-12));
  }
}
