package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The mortgage schedule against the closed form, to the cent. */
class AmortizationTest {

  private static final Money LOAN = Money.usd("240000"); // dollars
  private static final double RATE = 0.065; // nominal yearly, compounded monthly
  private static final int YEARS = 30;
  private static final YearMonth FIRST = YearMonth.of(2025, 4);

  private static AmortizationSchedule schedule() {
    return Amortization.of(Mortgage.original(LOAN, RATE, YEARS, FIRST));
  }

  @Test
  void theLevelPaymentIsTheClosedFormRoundedToTheCent() {
    // r = 0.065/12 = 0.00541667, n = 360, (1 + r)^360 = 6.99179797;
    // A = 240,000 · 0.00541667 / (1 − 1/6.99179797) = 1,300 / 0.85697448 = 1,516.9633 → 1,516.96
    // (the figure every mortgage calculator prints for 240,000 at 6.5 % over 30 years).
    double r = RATE / 12;
    double closedForm = 240_000 * r / (1 - Math.pow(1 + r, -360));
    assertThat(closedForm).isCloseTo(1516.9633, within(0.0001));

    AmortizationSchedule s = schedule();

    assertThat(s.monthlyPayment()).isEqualTo(Money.usd("1516.96"));
    assertThat(Amortization.exactPayment(LOAN.amount(), RATE, 360).doubleValue()).isCloseTo(closedForm, within(1e-8));
    assertThat(s.payments()).hasSize(360);
  }

  @Test
  void principalSumsToTheLoanExactlyAndTheLastPaymentAbsorbsTheRounding() {
    AmortizationSchedule s = schedule();
    List<MortgagePayment> payments = s.payments();

    assertThat(s.totalPrincipal()).isEqualTo(LOAN);
    assertThat(payments.get(359).balance()).isEqualTo(Money.usd("0.00"));
    assertThat(s.payoffMonth()).isEqualTo(YearMonth.of(2055, 3));
    // Every month: interest = balance before × r, rounded half-up; principal = payment − interest.
    BigDecimal balance = LOAN.amount();
    BigDecimal r = new BigDecimal("0.065").divide(new BigDecimal("12"), 34, RoundingMode.HALF_EVEN);
    for (int k = 0; k < 359; k++) {
      BigDecimal interest = balance.multiply(r).setScale(2, RoundingMode.HALF_UP);
      assertThat(payments.get(k).interest().amount()).as("interest of payment %d", k + 1).isEqualByComparingTo(interest);
      assertThat(payments.get(k).payment()).isEqualTo(Money.usd("1516.96"));
      balance = balance.subtract(new BigDecimal("1516.96").subtract(interest));
    }
    // The first payment by hand: 240,000 × 0.065/12 = 1,300.00 interest, 216.96 principal.
    assertThat(payments.get(0).interest()).isEqualTo(Money.usd("1300.00"));
    assertThat(payments.get(0).principal()).isEqualTo(Money.usd("216.96"));
    // The last payment repays what is left: balance before it plus its interest. The rounding of
    // the payment (1,516.9633 → 1,516.96, 0.33 cents short each month) compounds to about
    // 0.0033 · ((1 + r)^359 − 1)/r = 0.0033 · 1,105 ≈ 3.6 dollars, so it is a few dollars more.
    MortgagePayment last = payments.get(359);
    assertThat(last.principal().amount()).isEqualByComparingTo(balance);
    assertThat(last.payment().minus(s.monthlyPayment()).toDouble()).isBetween(2.5, 4.5);
    // Interest over the term = all payments − the loan.
    Money paid = s.monthlyPayment().times(new BigDecimal(359)).plus(last.payment());
    assertThat(s.totalInterest()).isEqualTo(paid.minus(LOAN));
  }

  @Test
  void yearlyRowsSumTheMonthsAndTheBalanceFollowsTheClosedForm() {
    AmortizationSchedule s = schedule();
    List<LoanYear> years = s.years();

    assertThat(years).hasSize(30);
    // Balance after k payments, closed form: B_k = P(1 + r)^k − A((1 + r)^k − 1)/r with A = 1,516.96.
    // It ignores the cent rounding of each month's interest, whose errors (±½ cent a month,
    // compounding at r) stay well under a dollar over 30 years.
    double r = RATE / 12;
    for (LoanYear y : years.subList(0, 29)) {
      int k = 12 * y.year();
      double growth = Math.pow(1 + r, k);
      double closed = 240_000 * growth - 1516.96 * (growth - 1) / r;
      assertThat(y.balance().toDouble()).as("balance after year %d", y.year()).isCloseTo(closed, within(0.25));
      assertThat(y.debtService()).isEqualTo(Money.usd("18203.52")); // 12 × 1,516.96
    }
    Money interest = Money.usd("0");
    Money principal = Money.usd("0");
    for (LoanYear y : years) {
      interest = interest.plus(y.interest());
      principal = principal.plus(y.principal());
    }
    assertThat(principal).isEqualTo(LOAN);
    assertThat(interest).isEqualTo(s.totalInterest());
    assertThat(years.get(29).balance().isZero()).isTrue();
  }

  @Test
  void aLoanKnownByItsCurrentBalanceContinuesTheOriginalSchedule() {
    AmortizationSchedule original = schedule();
    // After 5 years (60 payments) the original schedule owes B_60; a loan given by that balance
    // before the payment of April 2030 has 300 payments left and the same level payment.
    Money after60 = original.payments().get(59).balance();
    Mortgage later = Mortgage.currentBalance(after60, YearMonth.of(2030, 4), RATE, YEARS, FIRST);

    AmortizationSchedule tail = Amortization.of(later);

    assertThat(later.remainingPayments()).isEqualTo(300);
    assertThat(tail.monthlyPayment().minus(original.monthlyPayment()).toDouble()).isCloseTo(0.0, within(0.011));
    assertThat(tail.payoffMonth()).isEqualTo(original.payoffMonth());
    assertThat(tail.totalPrincipal()).isEqualTo(after60);
    // The original amount is recovered from the balance: P₀ = B_k ((1+r)^n − 1)/((1+r)^n − (1+r)^k).
    assertThat(later.originalAmount().toDouble()).isCloseTo(240_000, within(0.5));
  }

  @Test
  void aZeroRateLoanRepaysEqualInstalments() {
    AmortizationSchedule s = Amortization.of(Mortgage.original(Money.usd("10000"), 0.0, 1, FIRST));
    // 10,000 / 12 = 833.33…; eleven payments of 833.33 and a last one of 833.37.
    assertThat(s.monthlyPayment()).isEqualTo(Money.usd("833.33"));
    assertThat(s.payments().get(11).payment()).isEqualTo(Money.usd("833.37"));
    assertThat(s.totalInterest()).isEqualTo(Money.usd("0.00"));
  }

  @Property(tries = 300)
  void everyScheduleRepaysItsLoanToTheCent(@ForAll @IntRange(min = 1_000, max = 3_000_000) int dollars,
      @ForAll @DoubleRange(min = 0.0, max = 0.15) double rate, @ForAll @IntRange(min = 1, max = 40) int years) {
    Money loan = Money.usd(BigDecimal.valueOf(dollars));
    AmortizationSchedule s = Amortization.of(Mortgage.original(loan, rate, years, FIRST));

    assertThat(s.totalPrincipal()).isEqualTo(loan);
    List<MortgagePayment> payments = s.payments();
    MortgagePayment last = payments.get(payments.size() - 1);
    assertThat(last.balance().isZero()).isTrue();
    int n = years * 12;
    if (payments.size() < n) {
      // A payment rounded up repays a small loan at a high rate early (0.4 cents too much a
      // month compounds to more than a payment over a long term): the last one is then smaller.
      assertThat(last.payment()).isLessThanOrEqualTo(s.monthlyPayment());
      assertThat(s.monthlyPayment().amount()).isGreaterThan(Amortization.exactPayment(loan.amount(), rate, n));
    } else {
      assertThat(payments).hasSize(n);
      // The last payment differs from the level one by less than the payment's rounding (½ cent)
      // compounded over the term, plus ½ cent of interest rounding a month, compounded too.
      double r = rate / 12;
      double compounding = r == 0 ? n : (Math.pow(1 + r, n) - 1) / r;
      assertThat(Math.abs(last.payment().minus(s.monthlyPayment()).toDouble())).isLessThanOrEqualTo(0.01 * compounding + 0.01);
    }
  }
}
