package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * What the income must pay for.
 *
 * @param annualSpending yearly spending the portfolio's income must cover, in today's money
 * @param horizonYears years the income must last, counted from when it starts, more than zero
 * @param yearsUntilStart years until the income is needed (0 for a retiree already drawing it)
 */
public record IncomeGoal(Money annualSpending, int horizonYears, int yearsUntilStart) {

  public IncomeGoal {
    Checks.notNull(annualSpending, "annual spending");
    Checks.check(!annualSpending.isNegative(), "annual spending must be zero or more, got " + annualSpending);
    Checks.positive(horizonYears, "horizon in years");
    Checks.nonNegative(yearsUntilStart, "years until income starts");
  }
}
