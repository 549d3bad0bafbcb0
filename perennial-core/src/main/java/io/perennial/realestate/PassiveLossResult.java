package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * One year of the passive-loss rule ({@link PassiveLossRule#apply}).
 *
 * @param netRentalIncome the year's own net rental income (negative for a loss)
 * @param priorSuspendedLoss the loss suspended from earlier years, positive
 * @param allowance the rental loss deductible against other income at the year's modified AGI
 * @param counted the rental result counted in this year's income: the income left after the
 *     suspended losses it absorbs, or the deductible loss (negative, at most the allowance)
 * @param suspendedLoss the loss carried to the next year, positive
 */
public record PassiveLossResult(Money netRentalIncome, Money priorSuspendedLoss, Money allowance, Money counted,
    Money suspendedLoss) {

  public PassiveLossResult {
    Checks.notNull(netRentalIncome, "net rental income");
    Checks.notNull(priorSuspendedLoss, "prior suspended loss");
    Checks.notNull(allowance, "allowance");
    Checks.notNull(counted, "counted rental result");
    Checks.notNull(suspendedLoss, "suspended loss");
    Checks.check(counted.minus(suspendedLoss).equals(netRentalIncome.minus(priorSuspendedLoss)),
        "the counted result and the suspended loss must account for the year's income and the prior loss");
  }
}
