package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;

/**
 * The figures of one tax year that depend on the filing status. Amounts are US dollars.
 *
 * @param schedule the ordinary rate table
 * @param standardDeduction the basic standard deduction
 * @param additionalStandardDeduction added to the standard deduction per person 65 or older
 * @param capitalGainZeroRateMax taxable income up to which qualified dividends and net capital
 *     gain are taxed at 0 % (the worksheet's line 6)
 * @param capitalGainFifteenRateMax taxable income up to which they are taxed at most at 15 % (line 13)
 * @param niitThreshold modified AGI above which the net investment income tax applies
 * @param seniorPhaseOutStart modified AGI above which the senior deduction shrinks
 * @param seniorDeductionAllowed false where the status may not take the senior deduction (a married
 *     individual takes it only on a joint return)
 * @param capitalLossLimit net capital loss deductible against other income (IRC 1211(b))
 * @param rentalAllowance rental loss with active participation allowed against other income (IRC 469(i))
 * @param rentalPhaseOutStart modified AGI above which that allowance shrinks
 * @param benefitBaseAmount the base amount of Social Security benefits (IRC 86(c)(1))
 * @param benefitAdjustedBaseAmount the adjusted base amount (IRC 86(c)(2)), not below the base amount
 */
public record FilingStatusRules(
    TaxSchedule schedule,
    BigDecimal standardDeduction,
    BigDecimal additionalStandardDeduction,
    BigDecimal capitalGainZeroRateMax,
    BigDecimal capitalGainFifteenRateMax,
    BigDecimal niitThreshold,
    BigDecimal seniorPhaseOutStart,
    boolean seniorDeductionAllowed,
    BigDecimal capitalLossLimit,
    BigDecimal rentalAllowance,
    BigDecimal rentalPhaseOutStart,
    BigDecimal benefitBaseAmount,
    BigDecimal benefitAdjustedBaseAmount) {

  public FilingStatusRules {
    Checks.notNull(schedule, "schedule");
    nonNegative(standardDeduction, "standard deduction");
    nonNegative(additionalStandardDeduction, "additional standard deduction");
    nonNegative(capitalGainZeroRateMax, "capital gain zero-rate maximum");
    Checks.notNull(capitalGainFifteenRateMax, "capital gain 15 % rate maximum");
    Checks.check(capitalGainFifteenRateMax.compareTo(capitalGainZeroRateMax) >= 0,
        "the 15 % capital gain maximum must not be below the zero-rate maximum");
    nonNegative(niitThreshold, "NIIT threshold");
    nonNegative(seniorPhaseOutStart, "senior deduction phase-out start");
    nonNegative(capitalLossLimit, "capital loss limit");
    nonNegative(rentalAllowance, "rental loss allowance");
    nonNegative(rentalPhaseOutStart, "rental allowance phase-out start");
    nonNegative(benefitBaseAmount, "Social Security base amount");
    nonNegative(benefitAdjustedBaseAmount, "Social Security adjusted base amount");
    Checks.check(benefitAdjustedBaseAmount.compareTo(benefitBaseAmount) >= 0,
        "the adjusted base amount of Social Security benefits must not be below the base amount");
  }

  /**
   * These figures with the Social Security base amounts and the rental allowance replaced: the
   * separate return of spouses who lived together at any time in the year (IRC 86(c)(1)(C),
   * (c)(2)(C), 469(i)(5)(B)).
   */
  public FilingStatusRules withLivedTogether(BigDecimal baseAmount, BigDecimal adjustedBaseAmount, BigDecimal allowance) {
    return new FilingStatusRules(schedule, standardDeduction, additionalStandardDeduction, capitalGainZeroRateMax,
        capitalGainFifteenRateMax, niitThreshold, seniorPhaseOutStart, seniorDeductionAllowed, capitalLossLimit,
        allowance, rentalPhaseOutStart, baseAmount, adjustedBaseAmount);
  }

  private static void nonNegative(BigDecimal amount, String what) {
    Checks.nonNegative(Checks.notNull(amount, what), what);
  }
}
