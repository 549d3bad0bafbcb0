package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * The debt service of one year of a loan (or of a part of a year): its payments split into
 * interest (deductible against rental income) and principal (equity built), and the balance left.
 *
 * @param year 1 for the first twelve payments of the schedule, 2 for the next twelve, …
 * @param interest the interest paid in the year
 * @param principal the principal repaid in the year
 * @param balance the amount owed after the year's last payment
 */
public record LoanYear(int year, Money interest, Money principal, Money balance) {

  public LoanYear {
    Checks.nonNegative(year, "loan year");
    Checks.notNull(interest, "interest");
    Checks.notNull(principal, "principal");
    Checks.notNull(balance, "balance");
  }

  /** The year's payments: interest + principal. */
  public Money debtService() {
    return interest.plus(principal);
  }
}
