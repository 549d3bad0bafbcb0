package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly payments of a mortgage from its balance month to its payoff, made by
 * {@link Amortization#of}.
 *
 * @param mortgage the loan
 * @param monthlyPayment the level payment (the closed form rounded to the cent); the last payment
 *     may differ by the rounding it absorbs
 * @param payments the payments in order, the last one leaving a balance of zero
 */
public record AmortizationSchedule(Mortgage mortgage, Money monthlyPayment, List<MortgagePayment> payments) {

  public AmortizationSchedule {
    Checks.notNull(mortgage, "mortgage");
    Checks.notNull(monthlyPayment, "monthly payment");
    payments = List.copyOf(payments);
    Checks.check(!payments.isEmpty(), "a schedule has at least one payment");
  }

  /** The month of the last payment (the loan is paid off after it). */
  public YearMonth payoffMonth() {
    return payments.get(payments.size() - 1).month();
  }

  /** Interest over the whole schedule. */
  public Money totalInterest() {
    Money sum = Money.zero(monthlyPayment.currency());
    for (MortgagePayment p : payments) {
      sum = sum.plus(p.interest());
    }
    return sum;
  }

  /** Principal over the whole schedule: exactly the balance the schedule started from. */
  public Money totalPrincipal() {
    Money sum = Money.zero(monthlyPayment.currency());
    for (MortgagePayment p : payments) {
      sum = sum.plus(p.principal());
    }
    return sum;
  }

  /** The amount owed before the payment due in {@code month} (the whole balance before the schedule, zero after it). */
  public Money balanceBefore(YearMonth month) {
    Money balance = mortgage.balance();
    for (MortgagePayment p : payments) {
      if (!p.month().isBefore(month)) {
        break;
      }
      balance = p.balance();
    }
    return balance;
  }

  /**
   * The interest and principal of the payments due from {@code from} (inclusive) to {@code to}
   * (exclusive), and the balance after them, as loan year {@code year}.
   */
  public LoanYear between(YearMonth from, YearMonth to, int year) {
    Money zero = Money.zero(monthlyPayment.currency());
    Money interest = zero;
    Money principal = zero;
    for (MortgagePayment p : payments) {
      if (!p.month().isBefore(from) && p.month().isBefore(to)) {
        interest = interest.plus(p.interest());
        principal = principal.plus(p.principal());
      }
    }
    return new LoanYear(year, interest, principal, balanceBefore(to));
  }

  /** The schedule by loan year: year 1 is the first twelve payments of the schedule, and so on. */
  public List<LoanYear> years() {
    List<LoanYear> years = new ArrayList<>();
    YearMonth start = payments.get(0).month();
    int count = (payments.size() + 11) / 12;
    for (int y = 0; y < count; y++) {
      years.add(between(start.plusMonths(12L * y), start.plusMonths(12L * (y + 1)), y + 1));
    }
    return years;
  }
}
