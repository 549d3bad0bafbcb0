package io.perennial.tax;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A household's income tax for one year with its working. Amounts are US dollars rounded to the
 * cent (half up); {@link #totalTax} is the sum of the three rounded taxes. Rates are fractions.
 *
 * @param year the tax year
 * @param filingStatus the filing status
 * @param income the income taxed
 * @param totalIncome the sum of all income as given (muni interest included, losses negative): the
 *     denominator of {@link #effectiveRate}
 * @param gross how the adjusted gross income was reached
 * @param deductions the deductions from AGI to taxable income
 * @param taxableIncome taxable income (Form 1040 line 15)
 * @param ordinarySlices the ordinary part of taxable income (worksheet line 5) by bracket
 * @param worksheet the Qualified Dividends and Capital Gain Tax Worksheet
 * @param socialSecurity Publication 915 Worksheet 1: the taxable part of Social Security benefits
 * @param federalIncomeTax the regular federal income tax (worksheet line 25), without NIIT
 * @param investmentIncomeTax the net investment income tax (IRC 1411) and its working
 * @param state the state tax and its working
 * @param totalTax federal income tax + NIIT + state tax
 * @param effectiveRate total tax ÷ total income (0 when total income is zero or less)
 * @param marginalRates the tax on the next dollar of each kind of income
 * @param caveats what is uncertain or not modelled in the rules used
 */
public record HouseholdTaxResult(
    int year,
    FilingStatus filingStatus,
    HouseholdIncome income,
    BigDecimal totalIncome,
    GrossIncome gross,
    Deductions deductions,
    BigDecimal taxableIncome,
    List<BracketSlice> ordinarySlices,
    CapitalGainWorksheet worksheet,
    SocialSecurityWorksheet socialSecurity,
    BigDecimal federalIncomeTax,
    InvestmentIncomeTax investmentIncomeTax,
    StateTax state,
    BigDecimal totalTax,
    BigDecimal effectiveRate,
    Map<IncomeKind, MarginalRate> marginalRates,
    List<String> caveats) {

  public HouseholdTaxResult {
    ordinarySlices = List.copyOf(ordinarySlices);
    marginalRates = Map.copyOf(marginalRates);
    caveats = List.copyOf(caveats);
  }

  /** Adjusted gross income. */
  public BigDecimal adjustedGrossIncome() {
    return gross.adjustedGrossIncome();
  }

  /** The taxable part of the Social Security benefits (Publication 915 Worksheet 1 line 19). */
  public BigDecimal taxableSocialSecurity() {
    return gross.taxableSocialSecurity();
  }

  /** The net investment income tax. */
  public BigDecimal niit() {
    return investmentIncomeTax.tax();
  }

  /** The state income tax. */
  public BigDecimal stateTax() {
    return state.tax();
  }

  /** The tax on the next dollar of {@code kind}. */
  public MarginalRate marginalRate(IncomeKind kind) {
    return marginalRates.get(kind);
  }

  /**
   * From income to adjusted gross income.
   *
   * @param netCapitalGain long-term plus short-term gains as given (negative for a net loss)
   * @param capitalGainInAgi the part counted in AGI: the net gain, or the net loss limited to the
   *     yearly limit (3,000)
   * @param capitalLossCarryover net loss beyond the limit, carried to later years (not used here)
   * @param preferentialGain net capital gain taxed at capital-gain rates: the smaller of the net
   *     long-term gain and the total net gain, not below zero (Schedule D lines 15/16)
   * @param rentalInAgi rental income counted in AGI (a loss only up to the IRC 469(i) allowance)
   * @param rentalLossSuspended rental loss beyond that allowance, suspended (not used here)
   * @param socialSecurityBenefits the benefits as given
   * @param taxableSocialSecurity the part of them in AGI (Publication 915 Worksheet 1 line 19)
   * @param adjustedGrossIncome AGI; also the modified AGI of the NIIT and the senior deduction
   */
  public record GrossIncome(
      BigDecimal netCapitalGain,
      BigDecimal capitalGainInAgi,
      BigDecimal capitalLossCarryover,
      BigDecimal preferentialGain,
      BigDecimal rentalInAgi,
      BigDecimal rentalLossSuspended,
      BigDecimal socialSecurityBenefits,
      BigDecimal taxableSocialSecurity,
      BigDecimal adjustedGrossIncome) {}

  /**
   * From AGI to taxable income.
   *
   * @param standardDeduction basic standard deduction plus the additions for people 65 or older
   * @param peopleAged65OrOlder people on the return 65 or older at the end of the year (of those
   *     whose age was given)
   * @param itemizedDeductions itemized deductions as given
   * @param deductionUsed "standard" or "itemized", whichever is larger
   * @param deduction the larger of the two
   * @param seniorDeduction the 2025-2028 senior deduction after its phase-out
   * @param taxableIncomeBeforeQbi AGI − deduction − senior deduction, not below zero
   * @param qbiReitComponent 20 % of qualified REIT dividends
   * @param qbiIncomeLimit 20 % × (taxable income before the QBI deduction − net capital gain incl.
   *     qualified dividends), not below zero
   * @param qbiDeduction the section 199A deduction: the smaller of the two
   */
  public record Deductions(
      BigDecimal standardDeduction,
      int peopleAged65OrOlder,
      BigDecimal itemizedDeductions,
      String deductionUsed,
      BigDecimal deduction,
      BigDecimal seniorDeduction,
      BigDecimal taxableIncomeBeforeQbi,
      BigDecimal qbiReitComponent,
      BigDecimal qbiIncomeLimit,
      BigDecimal qbiDeduction) {}

  /**
   * The net investment income tax: rate × min(net investment income, modified AGI − threshold).
   *
   * @param netInvestmentIncome interest (taxable and Treasury), all dividends, net gains (not below
   *     zero), rental income (after the allowed loss) and royalties; not below zero
   * @param modifiedAdjustedGrossIncome AGI
   * @param threshold the filing status's threshold
   * @param tax the tax
   */
  public record InvestmentIncomeTax(
      BigDecimal netInvestmentIncome, BigDecimal modifiedAdjustedGrossIncome, BigDecimal threshold, BigDecimal tax) {}

  /**
   * The flat state tax: rate × (AGI − Treasury interest + muni interest unless in-state − the
   * exempt benefits and withdrawals), not below zero.
   *
   * @param taxableIncome the state base
   * @param rate the flat rate
   * @param muniInState whether muni interest was exempt from state tax
   * @param exemptSocialSecurity taxable benefits left out of the base (all of them unless the state
   *     taxes benefits)
   * @param exemptRetirementWithdrawals retirement withdrawals left out of the base (all of them when
   *     the state exempts them, else zero)
   * @param tax the tax
   */
  public record StateTax(BigDecimal taxableIncome, BigDecimal rate, boolean muniInState, BigDecimal exemptSocialSecurity,
      BigDecimal exemptRetirementWithdrawals, BigDecimal tax) {}
}
