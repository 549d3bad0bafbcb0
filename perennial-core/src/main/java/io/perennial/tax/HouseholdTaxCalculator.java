package io.perennial.tax;

import static io.perennial.tax.IncomeKind.LONG_TERM_GAINS;
import static io.perennial.tax.IncomeKind.MUNI_INTEREST;
import static io.perennial.tax.IncomeKind.ORDINARY;
import static io.perennial.tax.IncomeKind.ORDINARY_DIVIDENDS;
import static io.perennial.tax.IncomeKind.QUALIFIED_DIVIDENDS;
import static io.perennial.tax.IncomeKind.REIT_DIVIDENDS;
import static io.perennial.tax.IncomeKind.RENTAL;
import static io.perennial.tax.IncomeKind.RETIREMENT_WITHDRAWALS;
import static io.perennial.tax.IncomeKind.ROYALTIES;
import static io.perennial.tax.IncomeKind.SHORT_TERM_GAINS;
import static io.perennial.tax.IncomeKind.SOCIAL_SECURITY;
import static io.perennial.tax.IncomeKind.TAXABLE_INTEREST;
import static io.perennial.tax.IncomeKind.TREASURY_INTEREST;

import io.perennial.basics.Checks;
import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The federal income tax, net investment income tax and flat state tax of a household for one
 * year. Stateless: {@code calculate(income, filer, rules)}.
 *
 * <p>Steps (docs/tax.md has the full statement and what is left out):
 * <ol>
 *   <li>AGI without benefits = ordinary + retirement withdrawals + taxable and Treasury interest +
 *       all dividends + net gains (a net loss at most the yearly limit, 3,000; 1,500 separate) +
 *       rental (a loss at most the IRC 469(i) allowance: 25,000 less 50 % of that AGI over
 *       100,000) + royalties. Muni interest is not in AGI.
 *   <li>Taxable Social Security benefits by the Publication 915 worksheet ({@link
 *       SocialSecurityWorksheet}): provisional income = AGI without benefits + muni interest + half
 *       the benefits. AGI = AGI without benefits + taxable benefits.
 *   <li>Deduction = the larger of the standard deduction (plus the addition per person 65+; zero
 *       on a separate return when the other spouse itemizes) and the itemized deductions; then the
 *       senior deduction (6,000 per person 65+, less 6 % of AGI over 75,000 / 150,000 joint, in
 *       years that have it; not on a separate return).
 *   <li>Section 199A: 20 % × REIT dividends, at most 20 % × (taxable income before it − qualified
 *       dividends − net capital gain).
 *   <li>Federal income tax by the Qualified Dividends and Capital Gain Tax Worksheet, with exact
 *       bracket arithmetic.
 *   <li>NIIT = 3.8 % × min(net investment income, AGI − threshold).
 *   <li>State tax = rate × (AGI − Treasury interest + muni interest unless in-state − taxable
 *       benefits unless the state taxes them − retirement withdrawals if the state exempts them).
 *   <li>Marginal rates: the exact change of each tax when one more dollar of a kind is received.
 * </ol>
 */
public final class HouseholdTaxCalculator {

  /** The step of the finite difference behind {@link MarginalRate}: one dollar. */
  public static final BigDecimal MARGINAL_STEP = BigDecimal.ONE;

  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private HouseholdTaxCalculator() {}

  /** The tax of {@code income} filed by {@code filer} under {@code rules}, with its working. */
  public static HouseholdTaxResult calculate(HouseholdIncome income, TaxFiler filer, TaxYearRules rules) {
    Checks.notNull(income, "income");
    Checks.notNull(filer, "filer");
    Checks.notNull(rules, "tax rules");
    Exact base = compute(income, filer, rules);
    Map<IncomeKind, MarginalRate> marginal = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      Exact next = compute(income.plus(kind, MARGINAL_STEP), filer, rules);
      BigDecimal federal = perDollar(next.federalTax.subtract(base.federalTax));
      BigDecimal niit = perDollar(next.niit.subtract(base.niit));
      BigDecimal state = perDollar(next.stateTax.subtract(base.stateTax));
      marginal.put(kind, new MarginalRate(federal, niit, state, federal.add(niit).add(state)));
    }
    return base.toResult(income, filer, rules, marginal);
  }

  /** Total tax (federal income tax + NIIT + state), exact and unrounded: for finite differences. */
  public static BigDecimal exactTotalTax(HouseholdIncome income, TaxFiler filer, TaxYearRules rules) {
    return compute(income, filer, rules).total();
  }

  private static BigDecimal perDollar(BigDecimal difference) {
    BigDecimal rate = difference.divide(MARGINAL_STEP, 10, RoundingMode.HALF_UP).stripTrailingZeros();
    return rate.signum() == 0 ? ZERO : rate;
  }

  private static Exact compute(HouseholdIncome in, TaxFiler filer, TaxYearRules rules) {
    FilingStatusRules statusRules = rules.rules(filer);
    Exact x = new Exact();

    // 1. Capital gains and losses (Schedule D): net, the part in AGI, the preferential part.
    BigDecimal longTerm = in.amount(LONG_TERM_GAINS);
    x.netCapitalGain = longTerm.add(in.amount(SHORT_TERM_GAINS));
    if (x.netCapitalGain.signum() >= 0) {
      x.capitalGainInAgi = x.netCapitalGain;
      x.capitalLossCarryover = ZERO;
    } else {
      x.capitalGainInAgi = x.netCapitalGain.max(statusRules.capitalLossLimit().negate());
      x.capitalLossCarryover = x.capitalGainInAgi.subtract(x.netCapitalGain);
    }
    x.preferentialGain = longTerm.signum() > 0 && x.netCapitalGain.signum() > 0 ? longTerm.min(x.netCapitalGain) : ZERO;

    // 2. AGI without benefits; a rental loss only up to the IRC 469(i) allowance, whose modified
    //    AGI leaves out taxable benefits (469(i)(3)(F)), so it comes before them.
    BigDecimal agiWithoutRental = in.amount(ORDINARY)
        .add(in.amount(RETIREMENT_WITHDRAWALS))
        .add(in.amount(TAXABLE_INTEREST))
        .add(in.amount(TREASURY_INTEREST))
        .add(in.amount(ORDINARY_DIVIDENDS))
        .add(in.amount(QUALIFIED_DIVIDENDS))
        .add(in.amount(REIT_DIVIDENDS))
        .add(x.capitalGainInAgi)
        .add(in.amount(ROYALTIES));
    BigDecimal rental = in.amount(RENTAL);
    if (rental.signum() >= 0) {
      x.rentalInAgi = rental;
      x.rentalLossSuspended = ZERO;
    } else {
      BigDecimal over = agiWithoutRental.subtract(statusRules.rentalPhaseOutStart()).max(ZERO);
      BigDecimal allowance = statusRules.rentalAllowance()
          .subtract(over.multiply(rules.passiveRentalPhaseOutRate())).max(ZERO);
      BigDecimal allowed = rental.negate().min(allowance);
      x.rentalInAgi = allowed.negate();
      x.rentalLossSuspended = rental.negate().subtract(allowed);
    }
    x.agiWithoutBenefits = agiWithoutRental.add(x.rentalInAgi);

    // 3. Taxable Social Security benefits (IRC 86, Publication 915 Worksheet 1).
    x.benefitLines = SocialSecurityWorksheet.exactLines(in.amount(SOCIAL_SECURITY), x.agiWithoutBenefits,
        in.amount(MUNI_INTEREST), statusRules, rules);
    x.taxableBenefits = x.benefitLines[19];
    x.agi = x.agiWithoutBenefits.add(x.taxableBenefits);

    // 4. Deductions. On a separate return the standard deduction is zero when the other spouse
    //    itemizes (IRC 63(c)(6)(A)), and the senior deduction needs a joint return.
    x.aged = filer.countAgedAtLeast(rules.additionalDeductionAge());
    boolean spouseItemizes = filer.filingStatus() == FilingStatus.MARRIED_SEPARATE
        && filer.separateReturn().spouseItemizes();
    x.standardDeduction = spouseItemizes ? ZERO : statusRules.standardDeduction()
        .add(statusRules.additionalStandardDeduction().multiply(BigDecimal.valueOf(x.aged)));
    x.itemized = spouseItemizes || filer.itemizedDeductions().compareTo(x.standardDeduction) > 0;
    x.deduction = x.itemized ? filer.itemizedDeductions() : x.standardDeduction;
    int seniors = statusRules.seniorDeductionAllowed() ? filer.countAgedAtLeast(rules.seniorDeductionAge()) : 0;
    BigDecimal seniorOver = x.agi.subtract(statusRules.seniorPhaseOutStart()).max(ZERO);
    BigDecimal seniorEach = rules.seniorDeductionAmount().subtract(seniorOver.multiply(rules.seniorPhaseOutRate())).max(ZERO);
    x.seniorDeduction = seniorEach.multiply(BigDecimal.valueOf(seniors));
    x.taxableBeforeQbi = x.agi.subtract(x.deduction).subtract(x.seniorDeduction).max(ZERO);

    // 5. Section 199A on qualified REIT dividends, limited by taxable income less net capital gain.
    BigDecimal qualified = in.amount(QUALIFIED_DIVIDENDS);
    x.qbiComponent = in.amount(REIT_DIVIDENDS).multiply(rules.qbiReitDividendRate());
    x.qbiLimit = x.taxableBeforeQbi.subtract(qualified).subtract(x.preferentialGain).max(ZERO)
        .multiply(rules.qbiReitDividendRate());
    x.qbiDeduction = x.qbiComponent.min(x.qbiLimit);
    x.taxableIncome = x.taxableBeforeQbi.subtract(x.qbiDeduction).max(ZERO);

    // 6. Qualified Dividends and Capital Gain Tax Worksheet.
    TaxSchedule schedule = statusRules.schedule();
    BigDecimal[] l = new BigDecimal[26];
    l[1] = x.taxableIncome;
    l[2] = qualified;
    l[3] = x.preferentialGain;
    l[4] = l[2].add(l[3]);
    l[5] = l[1].subtract(l[4]).max(ZERO);
    l[6] = statusRules.capitalGainZeroRateMax();
    l[7] = l[1].min(l[6]);
    l[8] = l[5].min(l[7]);
    l[9] = l[7].subtract(l[8]);
    l[10] = l[1].min(l[4]);
    l[11] = l[9];
    l[12] = l[10].subtract(l[11]);
    l[13] = statusRules.capitalGainFifteenRateMax();
    l[14] = l[1].min(l[13]);
    l[15] = l[5].add(l[9]);
    l[16] = l[14].subtract(l[15]).max(ZERO);
    l[17] = l[12].min(l[16]);
    l[18] = l[17].multiply(rules.capitalGainRate1());
    l[19] = l[9].add(l[17]);
    l[20] = l[10].subtract(l[19]);
    l[21] = l[20].multiply(rules.capitalGainRate2());
    l[22] = schedule.tax(l[5]);
    l[23] = l[18].add(l[21]).add(l[22]);
    l[24] = schedule.tax(l[1]);
    l[25] = l[23].min(l[24]);
    x.lines = l;
    x.federalTax = l[25];
    x.ordinaryTaxed = l[25].compareTo(l[24]) == 0 && l[24].compareTo(l[23]) < 0 ? l[1] : l[5];
    x.slices = schedule.slices(x.ordinaryTaxed);

    // 7. Net investment income tax (taxable benefits are not investment income but raise MAGI).
    BigDecimal nii = in.amount(TAXABLE_INTEREST)
        .add(in.amount(TREASURY_INTEREST))
        .add(in.amount(ORDINARY_DIVIDENDS))
        .add(qualified)
        .add(in.amount(REIT_DIVIDENDS))
        .add(x.netCapitalGain.max(ZERO))
        .add(x.rentalInAgi)
        .add(in.amount(ROYALTIES));
    x.netInvestmentIncome = nii.max(ZERO);
    x.niitThreshold = statusRules.niitThreshold();
    BigDecimal excess = x.agi.subtract(x.niitThreshold).max(ZERO);
    x.niit = x.netInvestmentIncome.min(excess).multiply(rules.niitRate());

    // 8. Flat state tax.
    BigDecimal stateBase = x.agi.subtract(in.amount(TREASURY_INTEREST));
    if (!filer.muniInState()) {
      stateBase = stateBase.add(in.amount(MUNI_INTEREST));
    }
    x.stateExemptBenefits = filer.stateExemptions().socialSecurityExempt() ? x.taxableBenefits : ZERO;
    x.stateExemptWithdrawals = filer.stateExemptions().retirementWithdrawalsExempt()
        ? in.amount(RETIREMENT_WITHDRAWALS) : ZERO;
    stateBase = stateBase.subtract(x.stateExemptBenefits).subtract(x.stateExemptWithdrawals);
    x.stateBase = stateBase.max(ZERO);
    x.stateTax = x.stateBase.multiply(filer.stateTaxRate());
    return x;
  }

  /** Cents, half up: how amounts are shown. */
  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The exact, unrounded working of one computation. */
  private static final class Exact {
    BigDecimal netCapitalGain;
    BigDecimal capitalGainInAgi;
    BigDecimal capitalLossCarryover;
    BigDecimal preferentialGain;
    BigDecimal rentalInAgi;
    BigDecimal rentalLossSuspended;
    BigDecimal agiWithoutBenefits;
    BigDecimal[] benefitLines;
    BigDecimal taxableBenefits;
    BigDecimal agi;
    int aged;
    BigDecimal standardDeduction;
    boolean itemized;
    BigDecimal deduction;
    BigDecimal seniorDeduction;
    BigDecimal taxableBeforeQbi;
    BigDecimal qbiComponent;
    BigDecimal qbiLimit;
    BigDecimal qbiDeduction;
    BigDecimal taxableIncome;
    BigDecimal[] lines;
    BigDecimal ordinaryTaxed;
    List<BracketSlice> slices;
    BigDecimal federalTax;
    BigDecimal netInvestmentIncome;
    BigDecimal niitThreshold;
    BigDecimal niit;
    BigDecimal stateExemptBenefits;
    BigDecimal stateExemptWithdrawals;
    BigDecimal stateBase;
    BigDecimal stateTax;

    BigDecimal total() {
      return federalTax.add(niit).add(stateTax);
    }

    HouseholdTaxResult toResult(
        HouseholdIncome income, TaxFiler filer, TaxYearRules rules, Map<IncomeKind, MarginalRate> marginal) {
      HouseholdTaxResult.GrossIncome gross = new HouseholdTaxResult.GrossIncome(
          cents(netCapitalGain), cents(capitalGainInAgi), cents(capitalLossCarryover), cents(preferentialGain),
          cents(rentalInAgi), cents(rentalLossSuspended), cents(income.amount(SOCIAL_SECURITY)),
          cents(taxableBenefits), cents(agi));
      HouseholdTaxResult.Deductions deductions = new HouseholdTaxResult.Deductions(
          cents(standardDeduction), aged, cents(filer.itemizedDeductions()), itemized ? "itemized" : "standard",
          cents(deduction), cents(seniorDeduction), cents(taxableBeforeQbi), cents(qbiComponent), cents(qbiLimit),
          cents(qbiDeduction));
      List<BracketSlice> shownSlices = new ArrayList<>();
      for (BracketSlice slice : slices) {
        shownSlices.add(new BracketSlice(slice.floor(), slice.ceiling(), slice.rate(), cents(slice.amount()),
            cents(slice.tax())));
      }
      BigDecimal federal = cents(federalTax);
      BigDecimal niitShown = cents(niit);
      BigDecimal state = cents(stateTax);
      BigDecimal totalTax = federal.add(niitShown).add(state);
      BigDecimal totalIncome = income.total();
      BigDecimal effective = totalIncome.signum() > 0
          ? totalTax.divide(totalIncome, 6, RoundingMode.HALF_UP)
          : BigDecimal.ZERO;
      return new HouseholdTaxResult(
          rules.year(),
          filer.filingStatus(),
          income,
          cents(totalIncome),
          gross,
          deductions,
          cents(taxableIncome),
          shownSlices,
          worksheet(lines),
          SocialSecurityWorksheet.of(benefitLines),
          federal,
          new HouseholdTaxResult.InvestmentIncomeTax(cents(netInvestmentIncome), cents(agi), cents(niitThreshold), niitShown),
          new HouseholdTaxResult.StateTax(cents(stateBase), filer.stateTaxRate(), filer.muniInState(),
              cents(stateExemptBenefits), cents(stateExemptWithdrawals), state),
          totalTax,
          effective,
          marginal,
          rules.caveats());
    }
  }

  private static final String[] LABELS = {
    null,
    "taxable income",
    "qualified dividends",
    "net capital gain (smaller of Schedule D lines 15 and 16, not below 0)",
    "line 2 + line 3",
    "line 1 - line 4 (ordinary taxable income), not below 0",
    "maximum zero-rate amount for the filing status",
    "smaller of line 1 and line 6",
    "smaller of line 5 and line 7",
    "line 7 - line 8: taxed at 0 %",
    "smaller of line 1 and line 4",
    "line 9",
    "line 10 - line 11",
    "maximum 15 % rate amount for the filing status",
    "smaller of line 1 and line 13",
    "line 5 + line 9",
    "line 14 - line 15, not below 0",
    "smaller of line 12 and line 16: taxed at 15 %",
    "line 17 x 15 %",
    "line 9 + line 17",
    "line 10 - line 19: taxed at 20 %",
    "line 20 x 20 %",
    "tax on line 5 by the rate table",
    "line 18 + line 21 + line 22",
    "tax on line 1 by the rate table",
    "smaller of line 23 and line 24: the tax",
  };

  private static CapitalGainWorksheet worksheet(BigDecimal[] lines) {
    List<WorksheetLine> shown = new ArrayList<>();
    for (int n = 1; n <= 25; n++) {
      shown.add(new WorksheetLine(n, LABELS[n], cents(lines[n])));
    }
    return new CapitalGainWorksheet(shown);
  }
}
