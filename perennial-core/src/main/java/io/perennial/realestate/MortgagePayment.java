package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.YearMonth;

/**
 * One monthly payment of an {@link AmortizationSchedule}: interest on the balance before it, the
 * rest repaying principal.
 *
 * @param number 1 for the first payment of the schedule
 * @param month the month it is due
 * @param payment interest + principal
 * @param interest the balance before the payment times the monthly rate, rounded to the cent
 * @param principal payment − interest
 * @param balance the amount owed after the payment
 */
public record MortgagePayment(int number, YearMonth month, Money payment, Money interest, Money principal, Money balance) {

  public MortgagePayment {
    Checks.positive(number, "payment number");
    Checks.notNull(month, "payment month");
    Checks.notNull(payment, "payment");
    Checks.notNull(interest, "interest");
    Checks.notNull(principal, "principal");
    Checks.notNull(balance, "balance");
    Checks.check(payment.equals(interest.plus(principal)),
        "payment " + number + ": " + payment + " is not interest " + interest + " + principal " + principal);
  }
}
