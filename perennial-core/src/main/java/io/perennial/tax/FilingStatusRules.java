package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;

/**
 * The figures of one tax year that depend on the filing status.
 *
 * @param schedule the ordinary rate table
 * @param standardDeduction the basic standard deduction, dollars
 * @param additionalStandardDeduction added to the standard deduction per person 65 or older, dollars
 * @param capitalGainZeroRateMax taxable income up to which qualified dividends and net capital
 *     gain are taxed at 0 % (the worksheet's line 6), dollars
 * @param capitalGainFifteenRateMax taxable income up to which they are taxed at most at 15 % (line
 *     13), dollars
 * @param niitThreshold modified AGI above which the net investment income tax applies, dollars
 * @param seniorPhaseOutStart modified AGI above which the senior deduction shrinks, dollars
 */
public record FilingStatusRules(
    TaxSchedule schedule,
    BigDecimal standardDeduction,
    BigDecimal additionalStandardDeduction,
    BigDecimal capitalGainZeroRateMax,
    BigDecimal capitalGainFifteenRateMax,
    BigDecimal niitThreshold,
    BigDecimal seniorPhaseOutStart) {

  public FilingStatusRules {
    Checks.notNull(schedule, "schedule");
    Checks.nonNegative(Checks.notNull(standardDeduction, "standard deduction"), "standard deduction");
    Checks.nonNegative(Checks.notNull(additionalStandardDeduction, "additional standard deduction"),
        "additional standard deduction");
    Checks.nonNegative(Checks.notNull(capitalGainZeroRateMax, "capital gain zero-rate maximum"),
        "capital gain zero-rate maximum");
    Checks.notNull(capitalGainFifteenRateMax, "capital gain 15 % rate maximum");
    Checks.check(capitalGainFifteenRateMax.compareTo(capitalGainZeroRateMax) >= 0,
        "the 15 % capital gain maximum must not be below the zero-rate maximum");
    Checks.nonNegative(Checks.notNull(niitThreshold, "NIIT threshold"), "NIIT threshold");
    Checks.nonNegative(Checks.notNull(seniorPhaseOutStart, "senior deduction phase-out start"),
        "senior deduction phase-out start");
  }
}
