package io.perennial.tax;

import io.perennial.basics.Checks;
import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The US federal income-tax rules of one year, as read from its resource file by {@link TaxRules}.
 * Amounts are US dollars, rates decimal fractions.
 *
 * @param year the tax year
 * @param sources the legal sources of the figures, for people
 * @param byStatus the figures that depend on the filing status, one entry per {@link FilingStatus};
 *     those of married filing separately are for spouses who lived apart all year
 * @param separateLivedTogether the figures of a separate return when the spouses lived together at
 *     any time in the year (zero base amounts of benefits, no rental allowance)
 * @param additionalDeductionAge age (at the end of the year) from which the additional standard
 *     deduction applies
 * @param seniorDeductionAmount the senior deduction per person (IRC 151(d)(5)(C)); zero in years
 *     without it
 * @param seniorDeductionAge age from which a person qualifies for the senior deduction
 * @param seniorDeductionLastYear the last tax year of the senior deduction (2028), for rules carried
 *     to later years; 0 when the file does not say
 * @param seniorPhaseOutRate the senior deduction falls by this fraction of modified AGI over the
 *     status's phase-out start
 * @param capitalGainRate1 the middle capital-gain rate (0.15)
 * @param capitalGainRate2 the top capital-gain rate (0.20)
 * @param capitalLossLimit net capital loss deductible against other income per year (the general
 *     figure; {@link FilingStatusRules#capitalLossLimit()} is the one of each status)
 * @param niitRate the net investment income tax rate (0.038)
 * @param qbiReitDividendRate the section 199A deduction rate on qualified REIT dividends (0.20)
 * @param passiveRentalAllowance rental loss allowed against other income with active
 *     participation (IRC 469(i)); the general figure, as the capital loss limit
 * @param passiveRentalPhaseOutStart modified AGI above which that allowance shrinks
 * @param passiveRentalPhaseOutRate the allowance falls by this fraction of modified AGI over the start
 * @param benefitRate1 the share of provisional income over the base amount that makes benefits
 *     taxable, and of the benefits at most (IRC 86(a)(1): 0.50)
 * @param benefitRate2 the same over the adjusted base amount, and the cap on the taxable share of the
 *     benefits (IRC 86(a)(2): 0.85)
 * @param caveats what is uncertain or not modelled in these figures, for people
 */
public record TaxYearRules(
    int year,
    String sources,
    Map<FilingStatus, FilingStatusRules> byStatus,
    FilingStatusRules separateLivedTogether,
    int additionalDeductionAge,
    BigDecimal seniorDeductionAmount,
    int seniorDeductionAge,
    int seniorDeductionLastYear,
    BigDecimal seniorPhaseOutRate,
    BigDecimal capitalGainRate1,
    BigDecimal capitalGainRate2,
    BigDecimal capitalLossLimit,
    BigDecimal niitRate,
    BigDecimal qbiReitDividendRate,
    BigDecimal passiveRentalAllowance,
    BigDecimal passiveRentalPhaseOutStart,
    BigDecimal passiveRentalPhaseOutRate,
    BigDecimal benefitRate1,
    BigDecimal benefitRate2,
    List<String> caveats) {

  public TaxYearRules {
    Checks.notNull(sources, "sources");
    Checks.notNull(byStatus, "rules by filing status");
    for (FilingStatus status : FilingStatus.values()) {
      Checks.check(byStatus.containsKey(status), "tax rules of " + year + " lack filing status " + status.id());
    }
    byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
    Checks.notNull(separateLivedTogether, "rules of a separate return of spouses who lived together");
    Checks.nonNegative(seniorDeductionAmount, "senior deduction amount");
    for (BigDecimal rate : List.of(seniorPhaseOutRate, capitalGainRate1, capitalGainRate2, niitRate,
        qbiReitDividendRate, passiveRentalPhaseOutRate, benefitRate1, benefitRate2)) {
      Checks.check(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0,
          "rates in the tax rules of " + year + " must lie between 0 and 1, got " + rate.toPlainString());
    }
    Checks.check(benefitRate2.compareTo(benefitRate1) >= 0,
        "the second rate of Social Security benefits must not be below the first");
    Checks.nonNegative(capitalLossLimit, "capital loss limit");
    Checks.nonNegative(passiveRentalAllowance, "passive rental allowance");
    Checks.nonNegative(passiveRentalPhaseOutStart, "passive rental phase-out start");
    caveats = List.copyOf(caveats);
  }

  /**
   * The figures for {@code status}; for married filing separately, those of spouses who lived
   * apart all year ({@link #rules(TaxFiler)} picks by the filer).
   */
  public FilingStatusRules rules(FilingStatus status) {
    return byStatus.get(status);
  }

  /** The figures for {@code filer}: its status, and on a separate return whether the spouses lived together. */
  public FilingStatusRules rules(TaxFiler filer) {
    if (filer.filingStatus() == FilingStatus.MARRIED_SEPARATE && filer.separateReturn().livedWithSpouse()) {
      return separateLivedTogether;
    }
    return rules(filer.filingStatus());
  }
}
