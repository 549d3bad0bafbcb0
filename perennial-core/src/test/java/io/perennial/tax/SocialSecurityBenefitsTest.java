package io.perennial.tax;

import static io.perennial.tax.HouseholdTaxCalculatorTest.assertRate;
import static io.perennial.tax.HouseholdTaxCalculatorTest.calculate;
import static io.perennial.tax.HouseholdTaxCalculatorTest.income;
import static io.perennial.tax.IncomeKind.MUNI_INTEREST;
import static io.perennial.tax.IncomeKind.ORDINARY;
import static io.perennial.tax.IncomeKind.QUALIFIED_DIVIDENDS;
import static io.perennial.tax.IncomeKind.RENTAL;
import static io.perennial.tax.IncomeKind.RETIREMENT_WITHDRAWALS;
import static io.perennial.tax.IncomeKind.SOCIAL_SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Taxable Social Security benefits by Publication 915 Worksheet 1 (IRC 86), worked by hand line by
 * line in each comment, and what they do to the tax and the marginal rates. The base amounts
 * (25,000 / 34,000 single, 32,000 / 44,000 joint, 0 separate when living together) and rates
 * (50 %, 85 %) are restated from IRC 86(a) and (c), not read from the resource files.
 */
class SocialSecurityBenefitsTest {

  private static final TaxYearRules Y2025 = TaxRules.forYear(2025);
  private static final TaxYearRules Y2026 = TaxRules.forYear(2026);
  private static final TaxFiler SINGLE = TaxFiler.of(FilingStatus.SINGLE);
  private static final TaxFiler JOINT = TaxFiler.of(FilingStatus.MARRIED_JOINT);

  @Test
  void provisionalIncomeBelowTheFirstBaseTaxesNoBenefits() {
    // single 2025, benefits 18,000, pension 15,900
    // line 1 = 18,000; 2 = 9,000; 3 = 15,900; 4 = 0; 5 = 0; 6 = 24,900; 7 = 0; 8 = 24,900
    // 9 = 25,000; 10 = max(0, 24,900 − 25,000) = 0 → none taxable: 11 = 9,000; 12..17 = 0;
    // 18 = 15,300; 19 = min(0, 15,300) = 0
    // AGI = 15,900; taxable income 15,900 − 15,750 = 150; tax 10 % × 150 = 15.00
    // next pension dollar: provisional income 24,901, still below 25,000 → 10 % only
    // next benefit dollar: provisional income + 0.50, still below → 0
    HouseholdTaxResult r = calculate(income(SOCIAL_SECURITY, "18000", ORDINARY, "15900"), SINGLE, Y2025);

    SocialSecurityWorksheet w = r.socialSecurity();
    assertLines(w, "18000", "9000", "15900", "0", "0", "24900", "0", "24900", "25000", "0", "9000", "0", "0",
        "0", "0", "0", "0", "15300", "0");
    assertThat(r.taxableSocialSecurity()).isZero();
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("15900");
    assertThat(r.taxableIncome()).isEqualByComparingTo("150");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("15.00");
    assertRate(r, ORDINARY, "0.10", "0", "0");
    assertRate(r, SOCIAL_SECURITY, "0", "0", "0");
    // the total income counts the benefits in full: effective rate 15 / 33,900
    assertThat(r.totalIncome()).isEqualByComparingTo("33900");
  }

  @Test
  void betweenTheBasesHalfOfTheExcessIsTaxable() {
    // single 2025, benefits 24,000, pension 18,000
    // 1 = 24,000; 2 = 12,000; 3 = 18,000; 4 = 0; 6 = 30,000; 8 = 30,000; 9 = 25,000
    // 10 = 5,000; 11 = 9,000; 12 = max(0, 5,000 − 9,000) = 0; 13 = min(5,000, 9,000) = 5,000
    // 14 = 2,500; 15 = min(12,000, 2,500) = 2,500; 16 = 0; 17 = 2,500; 18 = 20,400; 19 = 2,500
    // AGI = 18,000 + 2,500 = 20,500; taxable income 20,500 − 15,750 = 4,750; tax 475.00
    // next pension dollar: provisional + 1 → taxable benefits + 0.50 → taxable income + 1.5:
    //   1.5 × 10 % = 15 %; next benefit dollar: provisional + 0.50 → + 0.25 taxable → 2.5 %
    HouseholdTaxResult r = calculate(income(SOCIAL_SECURITY, "24000", ORDINARY, "18000"), SINGLE, Y2025);

    assertLines(r.socialSecurity(), "24000", "12000", "18000", "0", "0", "30000", "0", "30000", "25000", "5000",
        "9000", "0", "5000", "2500", "2500", "0", "2500", "20400", "2500");
    assertThat(r.taxableSocialSecurity()).isEqualByComparingTo("2500");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("20500");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("475.00");
    assertRate(r, ORDINARY, "0.15", "0", "0");
    assertRate(r, SOCIAL_SECURITY, "0.025", "0", "0");
  }

  @Test
  void aboveTheSecondBase85PercentOfTheExcessIsAdded() {
    // single 2025, benefits 30,000, pension 40,000
    // 1 = 30,000; 2 = 15,000; 3 = 40,000; 4 = 0; 6 = 55,000; 8 = 55,000; 9 = 25,000; 10 = 30,000
    // 11 = 9,000; 12 = 21,000; 13 = 9,000; 14 = 4,500; 15 = min(15,000, 4,500) = 4,500
    // 16 = 85 % × 21,000 = 17,850; 17 = 22,350; 18 = 25,500; 19 = 22,350
    // AGI = 62,350; taxable income 62,350 − 15,750 = 46,600 (12 % bracket, 11,925 to 48,475)
    // tax = 1,192.50 + 12 % × (46,600 − 11,925) = 1,192.50 + 4,161 = 5,353.50
    // (all 70,000 as ordinary would have been 54,250 taxable: 5,578.50 + 22 % × 5,775 = 6,849)
    // next pension dollar: + 0.85 taxable benefits → 1.85 × 12 % = 22.2 %
    // next benefit dollar: provisional + 0.50 → 85 % × 0.50 = 0.425 taxable → 0.425 × 12 % = 5.1 %
    // next muni dollar: provisional + 1 → 0.85 taxable → 0.85 × 12 % = 10.2 %, though muni is exempt
    HouseholdTaxResult r = calculate(income(SOCIAL_SECURITY, "30000", ORDINARY, "40000"), SINGLE, Y2025);

    assertLines(r.socialSecurity(), "30000", "15000", "40000", "0", "0", "55000", "0", "55000", "25000", "30000",
        "9000", "21000", "9000", "4500", "4500", "17850", "22350", "25500", "22350");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("62350");
    assertThat(r.taxableIncome()).isEqualByComparingTo("46600");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("5353.50");
    assertRate(r, ORDINARY, "0.222", "0", "0");
    assertRate(r, SOCIAL_SECURITY, "0.051", "0", "0");
    assertRate(r, MUNI_INTEREST, "0.102", "0", "0");
  }

  @Test
  void theTaxTorpedoOrdinaryIncomeAt185TimesTheBracketRate() {
    // single 2025, benefits 40,000, IRA withdrawals 42,000: the 85 % phase-in zone in the 22 % bracket
    // 1 = 40,000; 2 = 20,000; 3 = 42,000; 4 = 0; 6 = 62,000; 8 = 62,000; 9 = 25,000; 10 = 37,000
    // 11 = 9,000; 12 = 28,000; 13 = 9,000; 14 = 4,500; 15 = 4,500; 16 = 85 % × 28,000 = 23,800
    // 17 = 28,300; 18 = 34,000; 19 = 28,300 (below the cap: still phasing in)
    // AGI = 70,300; taxable income 70,300 − 15,750 = 54,550 (22 % bracket, 48,475 to 103,350)
    // tax = 5,578.50 + 22 % × (54,550 − 48,475) = 5,578.50 + 1,336.50 = 6,915.00
    // next withdrawal dollar: 1 + 0.85 = 1.85 taxable dollars × 22 % = 40.7 %
    HouseholdTaxResult r = calculate(income(SOCIAL_SECURITY, "40000", RETIREMENT_WITHDRAWALS, "42000"), SINGLE, Y2025);

    assertLines(r.socialSecurity(), "40000", "20000", "42000", "0", "0", "62000", "0", "62000", "25000", "37000",
        "9000", "28000", "9000", "4500", "4500", "23800", "28300", "34000", "28300");
    assertThat(r.taxableIncome()).isEqualByComparingTo("54550");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("6915.00");
    assertRate(r, RETIREMENT_WITHDRAWALS, "0.407", "0", "0");
    assertRate(r, ORDINARY, "0.407", "0", "0");
    assertThat(r.marginalRate(RETIREMENT_WITHDRAWALS).federal())
        .isEqualByComparingTo(new BigDecimal("1.85").multiply(new BigDecimal("0.22")));
  }

  @Test
  void cappedAt85PercentOfTheBenefitsAndTheStateFlags() {
    // single 2025, benefits 40,000, IRA withdrawals 100,000, state 5 %
    // 1 = 40,000; 2 = 20,000; 3 = 100,000; 4 = 0; 6 = 120,000; 8 = 120,000; 9 = 25,000; 10 = 95,000
    // 11 = 9,000; 12 = 86,000; 13 = 9,000; 14 = 4,500; 15 = 4,500; 16 = 73,100; 17 = 77,600
    // 18 = 85 % × 40,000 = 34,000; 19 = min(77,600, 34,000) = 34,000: the cap
    // AGI = 134,000; taxable income 118,250 (24 % bracket, 103,350 to 197,300)
    // tax = 17,651 + 24 % × (118,250 − 103,350) = 17,651 + 3,576 = 21,227
    // next withdrawal dollar: the benefits are capped, so 24 % + 5 % state
    // next benefit dollar: 0.85 taxable → 0.85 × 24 % = 20.4 %; no state tax on benefits by default
    // state: AGI 134,000 − 34,000 exempt benefits = 100,000 × 5 % = 5,000
    TaxFiler filer = SINGLE.withState(new BigDecimal("0.05"), false);
    HouseholdIncome in = income(SOCIAL_SECURITY, "40000", RETIREMENT_WITHDRAWALS, "100000");
    HouseholdTaxResult r = calculate(in, filer, Y2025);

    assertLines(r.socialSecurity(), "40000", "20000", "100000", "0", "0", "120000", "0", "120000", "25000", "95000",
        "9000", "86000", "9000", "4500", "4500", "73100", "77600", "34000", "34000");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("134000");
    assertThat(r.taxableIncome()).isEqualByComparingTo("118250");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("21227");
    assertThat(r.state().exemptSocialSecurity()).isEqualByComparingTo("34000");
    assertThat(r.stateTax()).isEqualByComparingTo("5000");
    assertRate(r, RETIREMENT_WITHDRAWALS, "0.24", "0", "0.05");
    assertRate(r, SOCIAL_SECURITY, "0.204", "0", "0");

    // a state that taxes benefits (from federal AGI): 134,000 × 5 % = 6,700; a benefit dollar adds
    // 0.85 × 5 % = 4.25 % of state tax
    HouseholdTaxResult taxed = calculate(in, filer.withStateExemptions(new TaxFiler.StateExemptions(false, false)), Y2025);
    assertThat(taxed.stateTax()).isEqualByComparingTo("6700");
    assertRate(taxed, SOCIAL_SECURITY, "0.204", "0", "0.0425");

    // a state that exempts retirement withdrawals (and benefits): 134,000 − 34,000 − 100,000 = 0
    HouseholdTaxResult exempt = calculate(in, filer.withStateExemptions(new TaxFiler.StateExemptions(true, true)), Y2025);
    assertThat(exempt.stateTax()).isZero();
    assertThat(exempt.state().exemptRetirementWithdrawals()).isEqualByComparingTo("100000");
    assertRate(exempt, RETIREMENT_WITHDRAWALS, "0.24", "0", "0");
    // the same dollars as ordinary income stay in the state base
    assertRate(exempt, ORDINARY, "0.24", "0", "0.05");
  }

  @Test
  void muniInterestRaisesProvisionalIncome() {
    // joint 2026, both 66, benefits 36,000, pension 40,000, muni interest 12,000
    // 1 = 36,000; 2 = 18,000; 3 = 40,000; 4 = 12,000; 6 = 70,000; 8 = 70,000; 9 = 32,000
    // 10 = 38,000; 11 = 12,000; 12 = 26,000; 13 = 12,000; 14 = 6,000; 15 = min(18,000, 6,000) = 6,000
    // 16 = 85 % × 26,000 = 22,100; 17 = 28,100; 18 = 30,600; 19 = 28,100
    // AGI = 40,000 + 28,100 = 68,100; standard deduction 32,200 + 2 × 1,650 = 35,500; senior
    // deduction 2 × 6,000 = 12,000 (AGI below 150,000); taxable income 68,100 − 47,500 = 20,600
    // tax = 10 % × 20,600 = 2,060 (10 % bracket up to 24,800)
    // next muni dollar: 0.85 taxable → 8.5 %; next pension dollar: 1.85 × 10 % = 18.5 %
    TaxFiler couple = JOINT.withAges(List.of(66, 66));
    HouseholdTaxResult r = calculate(
        income(SOCIAL_SECURITY, "36000", ORDINARY, "40000", MUNI_INTEREST, "12000"), couple, Y2026);

    assertLines(r.socialSecurity(), "36000", "18000", "40000", "12000", "0", "70000", "0", "70000", "32000",
        "38000", "12000", "26000", "12000", "6000", "6000", "22100", "28100", "30600", "28100");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("68100");
    assertThat(r.taxableIncome()).isEqualByComparingTo("20600");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("2060");
    assertRate(r, MUNI_INTEREST, "0.085", "0", "0");
    assertRate(r, ORDINARY, "0.185", "0", "0");

    // without the muni interest: 6 = 58,000; 10 = 26,000; 12 = 14,000; 15 = 6,000; 16 = 11,900;
    // 19 = 17,900; AGI 57,900; taxable income 57,900 − 47,500 = 10,400; tax 1,040.
    // The 12,000 of "tax-free" interest cost 1,020 of federal tax.
    HouseholdTaxResult noMuni = calculate(income(SOCIAL_SECURITY, "36000", ORDINARY, "40000"), couple, Y2026);
    assertThat(noMuni.taxableSocialSecurity()).isEqualByComparingTo("17900");
    assertThat(noMuni.federalIncomeTax()).isEqualByComparingTo("1040");
  }

  @Test
  void theRetireeExampleWithItsBenefitsAsSocialSecurity() {
    // examples/retiree.yaml, 2026, joint, ages 67 and 65, state 4.95 % (out-of-state muni): the
    // incomes of the report's "withDeferredWithdrawn" household, with the 40,800 of other income
    // given as Social Security instead of ordinary income: IRA withdrawal 23,189.12, taxable
    // interest 2,526, muni interest 4,048, ordinary dividends 1,282.62, qualified dividends 12,875.78
    // 1 = 40,800; 2 = 20,400; 3 = 23,189.12 + 2,526 + 1,282.62 + 12,875.78 = 39,873.52; 4 = 4,048
    // 5 = 0; 6 = 20,400 + 39,873.52 + 4,048 = 64,321.52; 7 = 0; 8 = 64,321.52; 9 = 32,000
    // 10 = 32,321.52; 11 = 12,000; 12 = 20,321.52; 13 = min(32,321.52, 12,000) = 12,000; 14 = 6,000
    // 15 = min(20,400, 6,000) = 6,000; 16 = 85 % × 20,321.52 = 17,273.292; 17 = 23,273.292
    // 18 = 85 % × 40,800 = 34,680; 19 = min(23,273.292, 34,680) = 23,273.292
    // AGI = 39,873.52 + 23,273.292 = 63,146.812; deductions 32,200 + 2 × 1,650 + 2 × 6,000 = 47,500
    // taxable income 15,646.812, of which 12,875.78 qualified dividends (0 % band, up to 98,900) and
    // 2,771.032 ordinary, all in the 10 % bracket: federal = 277.10 (the "$277"; the same
    // dollars taxed as ordinary income give 2,029.77, the report's figure today). NIIT: AGI below
    // 250,000, none. State: benefits exempt, the out-of-state muni taxed, no deduction:
    // (39,873.52 + 4,048) × 4.95 % = 43,921.52 × 4.95 % = 2,174.115
    // next IRA dollar: + 0.85 taxable benefits → 1.85 × 10 % = 18.5 % federal (not 10 %), + 4.95 % state
    // next benefit dollar: provisional + 0.50 → 0.425 taxable → 4.25 % federal, no state tax
    // next qualified-dividend dollar: 0 % itself, + 0.85 ordinary benefits → 8.5 % federal, + 4.95 %
    // next muni dollar: exempt itself, + 0.85 taxable benefits → 8.5 % federal, + 4.95 % state
    TaxFiler couple = JOINT.withAges(List.of(67, 65)).withState(new BigDecimal("0.0495"), false);
    HouseholdTaxResult r = calculate(income(SOCIAL_SECURITY, "40800", RETIREMENT_WITHDRAWALS, "23189.12",
        IncomeKind.TAXABLE_INTEREST, "2526", MUNI_INTEREST, "4048", IncomeKind.ORDINARY_DIVIDENDS, "1282.62",
        QUALIFIED_DIVIDENDS, "12875.78"), couple, Y2026);

    assertThat(r.socialSecurity().line(3)).isEqualByComparingTo("39873.52");
    assertThat(r.socialSecurity().line(6)).isEqualByComparingTo("64321.52");
    assertThat(r.socialSecurity().line(10)).isEqualByComparingTo("32321.52");
    assertThat(r.socialSecurity().line(12)).isEqualByComparingTo("20321.52");
    assertThat(r.socialSecurity().line(15)).isEqualByComparingTo("6000");
    assertThat(r.socialSecurity().line(18)).isEqualByComparingTo("34680");
    assertThat(r.taxableSocialSecurity().doubleValue()).isCloseTo(23273.292, org.assertj.core.api.Assertions.within(0.005));
    assertThat(r.adjustedGrossIncome().doubleValue()).isCloseTo(63146.812, org.assertj.core.api.Assertions.within(0.005));
    assertThat(r.taxableIncome().doubleValue()).isCloseTo(15646.812, org.assertj.core.api.Assertions.within(0.005));
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("277.10");
    assertThat(r.niit()).isZero();
    assertThat(r.stateTax().doubleValue()).isCloseTo(2174.115, org.assertj.core.api.Assertions.within(0.006));
    assertRate(r, RETIREMENT_WITHDRAWALS, "0.185", "0", "0.0495");
    assertRate(r, SOCIAL_SECURITY, "0.0425", "0", "0");
    assertRate(r, QUALIFIED_DIVIDENDS, "0.085", "0", "0.0495");
    assertRate(r, MUNI_INTEREST, "0.085", "0", "0.0495");

    // today's report: the 40,800 as ordinary income: AGI 63,989.12 + 2,526 + 1,282.62 + 12,875.78 =
    // 80,673.52; taxable 80,673.52 − 47,500 = 33,173.52, ordinary 20,297.74 → 10 % = 2,029.77, and an
    // IRA dollar at 10 % (no benefits to make taxable)
    HouseholdTaxResult asOrdinary = calculate(income(ORDINARY, "63989.12",
        IncomeKind.TAXABLE_INTEREST, "2526", MUNI_INTEREST, "4048", IncomeKind.ORDINARY_DIVIDENDS, "1282.62",
        QUALIFIED_DIVIDENDS, "12875.78"), couple, Y2026);
    assertThat(asOrdinary.federalIncomeTax()).isEqualByComparingTo("2029.77");
    assertRate(asOrdinary, RETIREMENT_WITHDRAWALS, "0.10", "0", "0.0495");
  }

  @Test
  void benefitsPushQualifiedDividendsOutOfTheZeroBand() {
    // single 2025, benefits 30,000, pension 31,000, qualified dividends 10,000
    // 1 = 30,000; 2 = 15,000; 3 = 41,000; 6 = 56,000; 10 = 31,000; 12 = 22,000; 15 = 4,500
    // 16 = 18,700; 17 = 23,200; 18 = 25,500; 19 = 23,200
    // AGI = 31,000 + 10,000 + 23,200 = 64,200; taxable income 48,450
    // capital-gain worksheet: 5 = 38,450; 7 = 48,350; 9 = 48,350 − 38,450 = 9,900 at 0 %; 17 = 100 at 15 %
    // tax = tax(38,450) + 15 % × 100 = 1,192.50 + 12 % × 26,525 + 15 = 4,375.50 + 15 = 4,390.50
    // next pension dollar: taxable income + 1.85, all ordinary (12 %), and pushes 1.85 dividend
    //   dollars from 0 % to 15 %: 1.85 × (12 % + 15 %) = 49.95 %
    // next dividend dollar: + 0.85 taxable benefits (ordinary, 12 %) and the dividend dollar plus 0.85
    //   more of the dividends move into 15 %: 0.85 × 12 % + 1.85 × 15 % = 10.2 % + 27.75 % = 37.95 %
    HouseholdTaxResult r = calculate(
        income(SOCIAL_SECURITY, "30000", ORDINARY, "31000", QUALIFIED_DIVIDENDS, "10000"), SINGLE, Y2025);

    assertThat(r.taxableSocialSecurity()).isEqualByComparingTo("23200");
    assertThat(r.taxableIncome()).isEqualByComparingTo("48450");
    assertThat(r.worksheet().line(9)).isEqualByComparingTo("9900");
    assertThat(r.worksheet().line(17)).isEqualByComparingTo("100");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("4390.50");
    assertRate(r, ORDINARY, "0.4995", "0", "0");
    assertRate(r, QUALIFIED_DIVIDENDS, "0.3795", "0", "0");
  }

  @Test
  void benefitsRaiseTheModifiedAgiOfTheNiitButAreNotInvestmentIncome() {
    // joint 2026, benefits 50,000, pension 220,000, taxable interest 20,000
    // provisional income = 25,000 + 240,000 = 265,000: far above 44,000 → 19 = 85 % × 50,000 = 42,500
    // AGI = 240,000 + 42,500 = 282,500; NII = 20,000; NIIT = 3.8 % × min(20,000, 32,500) = 760
    // without the benefits AGI 240,000 < 250,000: no NIIT
    HouseholdTaxResult r = calculate(
        income(SOCIAL_SECURITY, "50000", ORDINARY, "220000", IncomeKind.TAXABLE_INTEREST, "20000"), JOINT, Y2026);

    assertThat(r.taxableSocialSecurity()).isEqualByComparingTo("42500");
    assertThat(r.investmentIncomeTax().netInvestmentIncome()).isEqualByComparingTo("20000");
    assertThat(r.niit()).isEqualByComparingTo("760");
    // a benefit dollar adds 0.85 to AGI but the excess (32,500) is above NII (20,000): no NIIT change
    assertThat(r.marginalRate(SOCIAL_SECURITY).niit()).isZero();
  }

  @Test
  void separateReturnOfSpousesWhoLivedTogetherHasNoBaseAmount() {
    // married filing separately 2025, lived with the spouse, benefits 20,000, pension 8,000
    // 1 = 20,000; 2 = 10,000; 3 = 8,000; 6 = 18,000; 8 = 18,000; 9 = 0; 10 = 18,000; 11 = 0
    // 12 = 18,000; 13 = 0; 14 = 0; 15 = 0; 16 = 15,300; 17 = 15,300; 18 = 17,000; 19 = 15,300
    // (Publication 915: skip lines 9-16, 85 % × line 8 = 15,300 on line 17: the same)
    // AGI = 23,300; standard deduction (as single) 15,750 → taxable 7,550; tax 755
    // next pension dollar: 1.85 × 10 % = 18.5 %
    TaxFiler together = TaxFiler.of(FilingStatus.MARRIED_SEPARATE)
        .withSeparateReturn(new TaxFiler.SeparateReturn(true, false));
    HouseholdIncome in = income(SOCIAL_SECURITY, "20000", ORDINARY, "8000");
    HouseholdTaxResult r = calculate(in, together, Y2025);

    assertLines(r.socialSecurity(), "20000", "10000", "8000", "0", "0", "18000", "0", "18000", "0", "18000", "0",
        "18000", "0", "0", "0", "15300", "15300", "17000", "15300");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("23300");
    assertThat(r.taxableIncome()).isEqualByComparingTo("7550");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("755");
    assertRate(r, ORDINARY, "0.185", "0", "0");

    // lived apart all year: base 25,000 as single; provisional 18,000 < 25,000 → nothing taxable;
    // AGI 8,000 < 15,750 → no tax
    HouseholdTaxResult apart = calculate(in, together.withSeparateReturn(new TaxFiler.SeparateReturn(false, false)), Y2025);
    assertThat(apart.socialSecurity().line(9)).isEqualByComparingTo("25000");
    assertThat(apart.taxableSocialSecurity()).isZero();
    assertThat(apart.federalIncomeTax()).isZero();
  }

  @Test
  void theRentalAllowanceIgnoresTaxableBenefits() {
    // single 2025, wages 98,000, benefits 20,000, rental loss 25,000
    // IRC 469(i)(3)(F): the allowance's modified AGI leaves out taxable benefits: 98,000 ≤ 100,000 →
    // the whole 25,000 loss is allowed (with benefits counted it would be 25,000 − 50 % × 15,000)
    // AGI without benefits = 73,000; 1 = 20,000; 2 = 10,000; 3 = 73,000; 6 = 83,000; 10 = 58,000;
    // 12 = 49,000; 15 = 4,500; 16 = 41,650; 17 = 46,150; 18 = 17,000; 19 = 17,000; AGI 90,000
    HouseholdTaxResult r = calculate(income(ORDINARY, "98000", SOCIAL_SECURITY, "20000", RENTAL, "-25000"), SINGLE, Y2025);

    assertThat(r.gross().rentalInAgi()).isEqualByComparingTo("-25000");
    assertThat(r.gross().rentalLossSuspended()).isZero();
    assertThat(r.socialSecurity().line(3)).isEqualByComparingTo("73000");
    assertThat(r.taxableSocialSecurity()).isEqualByComparingTo("17000");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("90000");
  }

  @Test
  void noBenefitsLeaveTheWorksheetAtZero() {
    HouseholdTaxResult r = calculate(income(ORDINARY, "50000"), SINGLE, Y2025);

    assertThat(r.socialSecurity().line(1)).isZero();
    assertThat(r.socialSecurity().line(6)).isEqualByComparingTo("50000");
    assertThat(r.taxableSocialSecurity()).isZero();
    // taxable income 34,250 (12 % bracket). One dollar of benefits: provisional 50,000.50 → 85 %
    // zone, but at most 85 % of the one dollar (line 18 = 0.85): 0.85 × 12 % = 10.2 %
    assertRate(r, SOCIAL_SECURITY, "0.102", "0", "0");
  }

  private static void assertLines(SocialSecurityWorksheet w, String... expected) {
    assertThat(expected).hasSize(SocialSecurityWorksheet.LINES);
    for (int n = 1; n <= expected.length; n++) {
      assertThat(w.line(n)).as("Publication 915 Worksheet 1 line %d", n).isEqualByComparingTo(expected[n - 1]);
    }
  }
}
