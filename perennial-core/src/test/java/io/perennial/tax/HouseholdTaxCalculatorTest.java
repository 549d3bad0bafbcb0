package io.perennial.tax;

import static io.perennial.tax.IncomeKind.LONG_TERM_GAINS;
import static io.perennial.tax.IncomeKind.MUNI_INTEREST;
import static io.perennial.tax.IncomeKind.ORDINARY;
import static io.perennial.tax.IncomeKind.ORDINARY_DIVIDENDS;
import static io.perennial.tax.IncomeKind.QUALIFIED_DIVIDENDS;
import static io.perennial.tax.IncomeKind.REIT_DIVIDENDS;
import static io.perennial.tax.IncomeKind.RENTAL;
import static io.perennial.tax.IncomeKind.SHORT_TERM_GAINS;
import static io.perennial.tax.IncomeKind.TAXABLE_INTEREST;
import static io.perennial.tax.IncomeKind.TREASURY_INTEREST;
import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Households worked by hand, line by line, from the published figures (Rev. Proc. 2024-40 as
 * amended by P.L. 119-21 for 2025; Rev. Proc. 2025-32 for 2026). Each comment is the working;
 * the expected values are its results, never the code's output.
 */
class HouseholdTaxCalculatorTest {

  private static final TaxYearRules Y2025 = TaxRules.forYear(2025);
  private static final TaxYearRules Y2026 = TaxRules.forYear(2026);

  private static final TaxFiler SINGLE = TaxFiler.of(FilingStatus.SINGLE);
  private static final TaxFiler JOINT = TaxFiler.of(FilingStatus.MARRIED_JOINT);
  private static final TaxFiler HEAD = TaxFiler.of(FilingStatus.HEAD_OF_HOUSEHOLD);

  @Test
  void singleWageEarner2025() {
    // wages 85,000 + taxable interest 1,000 = AGI 86,000
    // standard deduction 2025 single (P.L. 119-21): 15,750 → taxable income 70,250
    // 22 % bracket (48,475 to 103,350): 5,578.50 + 22 % × (70,250 − 48,475)
    //   = 5,578.50 + 0.22 × 21,775 = 5,578.50 + 4,790.50 = 10,369.00
    // no qualified dividends or gains: worksheet line 25 = line 24 = 10,369.00
    // effective rate 10,369 / 86,000 = 0.120570 (6 places)
    HouseholdTaxResult r = calculate(income(ORDINARY, "85000", TAXABLE_INTEREST, "1000"), SINGLE, Y2025);

    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("86000");
    assertThat(r.deductions().deduction()).isEqualByComparingTo("15750");
    assertThat(r.taxableIncome()).isEqualByComparingTo("70250");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("10369.00");
    assertThat(r.niit()).isZero();
    assertThat(r.stateTax()).isZero();
    assertThat(r.totalTax()).isEqualByComparingTo("10369.00");
    assertThat(r.effectiveRate()).isEqualByComparingTo("0.120570");
    // slices of the ordinary income: 11,925 at 10 %, 36,550 at 12 %, 21,775 at 22 %
    assertThat(r.ordinarySlices()).extracting(BracketSlice::amount)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("11925"), new BigDecimal("36550"), new BigDecimal("21775"));
    assertThat(r.ordinarySlices()).extracting(BracketSlice::tax)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1192.50"), new BigDecimal("4386.00"), new BigDecimal("4790.50"));
    // next dollar: wages and interest at 22 %; a qualified dividend stacks on top of 70,250 > 48,350 → 15 %
    assertRate(r, ORDINARY, "0.22", "0", "0");
    assertRate(r, TAXABLE_INTEREST, "0.22", "0", "0");
    assertRate(r, QUALIFIED_DIVIDENDS, "0.15", "0", "0");
    assertRate(r, MUNI_INTEREST, "0", "0", "0");
  }

  @Test
  void jointRetireesBothOver65WithStateTax2026() {
    // pension 120,000 + taxable interest 5,000 + ordinary dividends 2,000 = AGI 127,000
    // standard deduction 2026 joint 32,200 + 2 × 1,650 (both 65+) = 35,500
    // senior deduction: AGI 127,000 ≤ 150,000 → 6,000 each = 12,000
    // taxable income 127,000 − 35,500 − 12,000 = 79,500
    // 12 % bracket (24,800 to 100,800): 2,480 + 12 % × (79,500 − 24,800) = 2,480 + 6,564 = 9,044
    // state 5 % × AGI 127,000 = 6,350; NIIT: AGI below 250,000 → 0; total 15,394
    TaxFiler filer = JOINT.withAges(List.of(67, 66)).withState(new BigDecimal("0.05"), false);
    HouseholdTaxResult r = calculate(
        income(ORDINARY, "120000", TAXABLE_INTEREST, "5000", ORDINARY_DIVIDENDS, "2000"), filer, Y2026);

    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("127000");
    assertThat(r.deductions().standardDeduction()).isEqualByComparingTo("35500");
    assertThat(r.deductions().peopleAged65OrOlder()).isEqualTo(2);
    assertThat(r.deductions().seniorDeduction()).isEqualByComparingTo("12000");
    assertThat(r.taxableIncome()).isEqualByComparingTo("79500");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("9044");
    assertThat(r.stateTax()).isEqualByComparingTo("6350");
    assertThat(r.totalTax()).isEqualByComparingTo("15394");
    // next dollar of pension: 12 % federal (below the senior phase-out) + 5 % state
    assertRate(r, ORDINARY, "0.12", "0", "0.05");
    assertThat(r.marginalRate(ORDINARY).total()).isEqualByComparingTo("0.17");
  }

  @Test
  void headOfHousehold2026() {
    // wages 60,000; standard deduction 24,150 → taxable 35,850
    // 12 % bracket (17,700 to 67,450): 1,770 + 12 % × (35,850 − 17,700) = 1,770 + 2,178 = 3,948
    HouseholdTaxResult r = calculate(income(ORDINARY, "60000"), HEAD, Y2026);

    assertThat(r.taxableIncome()).isEqualByComparingTo("35850");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("3948");
    assertRate(r, ORDINARY, "0.12", "0", "0");
  }

  @Test
  void qualifiedDividendsOnlyStayInsideTheZeroBand() {
    // joint 2025, qualified dividends 100,000 and nothing else: AGI 100,000
    // taxable income 100,000 − 31,500 = 68,500
    // worksheet: 1 = 68,500; 2 = 100,000; 3 = 0; 4 = 100,000; 5 = max(0, 68,500 − 100,000) = 0
    //   6 = 96,700; 7 = min(68,500, 96,700) = 68,500; 8 = min(0, 68,500) = 0; 9 = 68,500 (0 %)
    //   10 = min(68,500, 100,000) = 68,500; 11 = 68,500; 12 = 0; 13 = 600,050; 14 = 68,500
    //   15 = 0 + 68,500 = 68,500; 16 = 0; 17 = 0; 18 = 0; 19 = 68,500; 20 = 0; 21 = 0
    //   22 = tax(0) = 0; 23 = 0; 24 = tax(68,500) = 2,385 + 12 % × 44,650 = 7,743; 25 = 0
    HouseholdTaxResult r = calculate(income(QUALIFIED_DIVIDENDS, "100000"), JOINT, Y2025);

    CapitalGainWorksheet w = r.worksheet();
    assertThat(w.line(1)).isEqualByComparingTo("68500");
    assertThat(w.line(4)).isEqualByComparingTo("100000");
    assertThat(w.line(5)).isZero();
    assertThat(w.line(6)).isEqualByComparingTo("96700");
    assertThat(w.line(9)).isEqualByComparingTo("68500");
    assertThat(w.line(17)).isZero();
    assertThat(w.line(20)).isZero();
    assertThat(w.line(24)).isEqualByComparingTo("7743");
    assertThat(w.line(25)).isZero();
    assertThat(r.federalIncomeTax()).isZero();
    assertThat(r.totalTax()).isZero();
    // another dollar of dividends is still under 96,700: 0 %. Another dollar of pension too:
    // line 5 stays 0 (line 4 still exceeds line 1) and the dollar lands in the 0 % band.
    assertRate(r, QUALIFIED_DIVIDENDS, "0", "0", "0");
    assertRate(r, ORDINARY, "0", "0", "0");
  }

  @Test
  void dividendsAndGainsStraddleTheFifteenTwentyBoundaryAndPayNiit() {
    // single 2025: wages 200,000 + qualified dividends 250,000 + long-term gains 150,000
    // AGI 600,000; taxable income 600,000 − 15,750 = 584,250
    // worksheet: 1 = 584,250; 2 = 250,000; 3 = 150,000; 4 = 400,000; 5 = 184,250
    //   6 = 48,350; 7 = 48,350; 8 = min(184,250, 48,350) = 48,350; 9 = 0
    //   10 = 400,000; 11 = 0; 12 = 400,000; 13 = 533,400; 14 = min(584,250, 533,400) = 533,400
    //   15 = 184,250 + 0; 16 = 533,400 − 184,250 = 349,150; 17 = min(400,000, 349,150) = 349,150
    //   18 = 15 % × 349,150 = 52,372.50; 19 = 349,150; 20 = 400,000 − 349,150 = 50,850
    //   21 = 20 % × 50,850 = 10,170; 22 = tax(184,250) = 17,651 + 24 % × 80,900 = 37,067
    //   23 = 52,372.50 + 10,170 + 37,067 = 99,609.50
    //   24 = tax(584,250) = 57,231 + 35 % × 333,725 = 174,034.75; 25 = 99,609.50
    // NIIT: NII 400,000; AGI over 200,000 = 400,000; 3.8 % × 400,000 = 15,200
    HouseholdTaxResult r = calculate(
        income(ORDINARY, "200000", QUALIFIED_DIVIDENDS, "250000", LONG_TERM_GAINS, "150000"), SINGLE, Y2025);

    CapitalGainWorksheet w = r.worksheet();
    assertThat(w.line(5)).isEqualByComparingTo("184250");
    assertThat(w.line(16)).isEqualByComparingTo("349150");
    assertThat(w.line(17)).isEqualByComparingTo("349150");
    assertThat(w.line(18)).isEqualByComparingTo("52372.50");
    assertThat(w.line(20)).isEqualByComparingTo("50850");
    assertThat(w.line(21)).isEqualByComparingTo("10170");
    assertThat(w.line(22)).isEqualByComparingTo("37067");
    assertThat(w.line(23)).isEqualByComparingTo("99609.50");
    assertThat(w.line(24)).isEqualByComparingTo("174034.75");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("99609.50");
    assertThat(r.investmentIncomeTax().netInvestmentIncome()).isEqualByComparingTo("400000");
    assertThat(r.niit()).isEqualByComparingTo("15200");
    assertThat(r.totalTax()).isEqualByComparingTo("114809.50");
    // a dividend dollar is above 533,400: 20 % + 3.8 %.
    assertRate(r, QUALIFIED_DIVIDENDS, "0.20", "0.038", "0");
    // a wage dollar: 24 % on line 5, and it pushes one dollar of gains from 15 % to 20 % (+5 %);
    // NIIT unchanged (NII 400,000 is already below AGI − 200,000).
    assertRate(r, ORDINARY, "0.29", "0", "0");
  }

  @Test
  void qualifiedDollarCanCostMoreThanAnOrdinaryOne() {
    // joint 2026: wages 131,100 + qualified dividends 10,000 = AGI 141,100; taxable 108,900
    // worksheet: 5 = 98,900 (exactly the 0 % maximum) → 9 = 0; all 10,000 of dividends at 15 %
    //   18 = 1,500; 22 = tax(98,900) = 2,480 + 12 % × 74,100 = 11,372; 23 = 12,872
    //   24 = tax(108,900) = 11,600 + 22 % × 8,100 = 13,382; 25 = 12,872
    // The 12 % bracket runs to 100,800, past the 0 % band's end at 98,900. The next wage dollar
    // lands in line 5 at 12 % and does not move the dividends (all already at 15 %), so a wage
    // dollar costs 12 % and a dividend dollar 15 %: the law's quirk, not a bug.
    HouseholdTaxResult r = calculate(income(ORDINARY, "131100", QUALIFIED_DIVIDENDS, "10000"), JOINT, Y2026);

    assertThat(r.worksheet().line(5)).isEqualByComparingTo("98900");
    assertThat(r.worksheet().line(9)).isZero();
    assertThat(r.worksheet().line(18)).isEqualByComparingTo("1500");
    assertThat(r.worksheet().line(22)).isEqualByComparingTo("11372");
    assertThat(r.worksheet().line(24)).isEqualByComparingTo("13382");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("12872");
    assertRate(r, ORDINARY, "0.12", "0", "0");
    assertRate(r, QUALIFIED_DIVIDENDS, "0.15", "0", "0");
  }

  @Test
  void jointOverTheNiitThreshold() {
    // joint 2025: wages 240,000 + taxable interest 30,000 + qualified dividends 20,000 = AGI 290,000
    // taxable income 290,000 − 31,500 = 258,500; line 5 = 238,500
    // 22 = tax(238,500) = 35,302 + 24 % × 31,800 = 42,934; 17 = 20,000 (all at 15 %) → 18 = 3,000
    // 23 = 45,934; 24 = tax(258,500) = 35,302 + 24 % × 51,800 = 47,734; 25 = 45,934
    // NIIT: NII = 30,000 + 20,000 = 50,000; AGI − 250,000 = 40,000 → 3.8 % × 40,000 = 1,520
    HouseholdTaxResult r = calculate(
        income(ORDINARY, "240000", TAXABLE_INTEREST, "30000", QUALIFIED_DIVIDENDS, "20000"), JOINT, Y2025);

    assertThat(r.taxableIncome()).isEqualByComparingTo("258500");
    assertThat(r.worksheet().line(5)).isEqualByComparingTo("238500");
    assertThat(r.worksheet().line(18)).isEqualByComparingTo("3000");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("45934");
    assertThat(r.investmentIncomeTax().threshold()).isEqualByComparingTo("250000");
    assertThat(r.niit()).isEqualByComparingTo("1520");
    assertThat(r.totalTax()).isEqualByComparingTo("47454");
    // the excess over the threshold (40,000) is below NII (50,000): ANY extra dollar of AGI,
    // wages included, adds 3.8 %.
    assertRate(r, TAXABLE_INTEREST, "0.24", "0.038", "0");
    assertRate(r, ORDINARY, "0.24", "0.038", "0");
    assertRate(r, QUALIFIED_DIVIDENDS, "0.15", "0.038", "0");
  }

  @Test
  void reitHeavyHouseholdGetsTheSection199aDeduction() {
    // single 2026: pension 30,000 + REIT dividends 60,000 = AGI 90,000
    // taxable income before QBI = 90,000 − 16,100 = 73,900
    // 199A: 20 % × 60,000 = 12,000; limit 20 % × (73,900 − 0) = 14,780 → deduction 12,000
    // taxable income 61,900: 5,800 + 22 % × (61,900 − 50,400) = 5,800 + 2,530 = 8,330
    HouseholdTaxResult r = calculate(income(ORDINARY, "30000", REIT_DIVIDENDS, "60000"), SINGLE, Y2026);

    assertThat(r.deductions().taxableIncomeBeforeQbi()).isEqualByComparingTo("73900");
    assertThat(r.deductions().qbiReitComponent()).isEqualByComparingTo("12000");
    assertThat(r.deductions().qbiIncomeLimit()).isEqualByComparingTo("14780");
    assertThat(r.deductions().qbiDeduction()).isEqualByComparingTo("12000");
    assertThat(r.taxableIncome()).isEqualByComparingTo("61900");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("8330");
    // a REIT dollar adds 0.80 of taxable income at 22 % = 17.6 %
    assertRate(r, REIT_DIVIDENDS, "0.176", "0", "0");
    assertRate(r, ORDINARY, "0.22", "0", "0");
  }

  @Test
  void section199aIsLimitedByTaxableIncomeLessNetCapitalGain() {
    // single 2026: REIT dividends 20,000 + qualified dividends 10,000 = AGI 30,000
    // taxable income before QBI = 30,000 − 16,100 = 13,900
    // 199A: 20 % × 20,000 = 4,000; limit 20 % × (13,900 − 10,000 qualified dividends) = 780
    //   → deduction 780; taxable income 13,120
    // worksheet: 4 = 10,000; 5 = 3,120; 9 = min(13,120, 49,450) − min(3,120, 13,120) = 10,000 at 0 %
    //   22 = tax(3,120) = 312; 24 = tax(13,120) = 1,240 + 12 % × 720 = 1,326.40; 25 = 312
    HouseholdTaxResult r = calculate(income(REIT_DIVIDENDS, "20000", QUALIFIED_DIVIDENDS, "10000"), SINGLE, Y2026);

    assertThat(r.deductions().qbiReitComponent()).isEqualByComparingTo("4000");
    assertThat(r.deductions().qbiIncomeLimit()).isEqualByComparingTo("780");
    assertThat(r.deductions().qbiDeduction()).isEqualByComparingTo("780");
    assertThat(r.taxableIncome()).isEqualByComparingTo("13120");
    assertThat(r.worksheet().line(9)).isEqualByComparingTo("10000");
    assertThat(r.worksheet().line(24)).isEqualByComparingTo("1326.40");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("312");
    // a REIT dollar raises the limit by 0.20, so the deduction by 0.20: 0.80 more at 10 %
    assertRate(r, REIT_DIVIDENDS, "0.08", "0", "0");
  }

  @Test
  void muniAndTreasuryInterestWithStateTax() {
    // single 2025, state 6 %, munis of another state:
    // wages 70,000 + Treasury interest 10,000 + muni interest 8,000 (not in AGI) → AGI 80,000
    // taxable income 80,000 − 15,750 = 64,250: 5,578.50 + 22 % × 15,775 = 5,578.50 + 3,470.50 = 9,049
    // state base = 80,000 − 10,000 (Treasury) + 8,000 (muni) = 78,000; 6 % → 4,680
    // total 13,729; effective 13,729 / 88,000 = 0.156011
    TaxFiler filer = SINGLE.withState(new BigDecimal("0.06"), false);
    HouseholdIncome income = income(ORDINARY, "70000", TREASURY_INTEREST, "10000", MUNI_INTEREST, "8000");
    HouseholdTaxResult r = calculate(income, filer, Y2025);

    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("80000");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("9049");
    assertThat(r.state().taxableIncome()).isEqualByComparingTo("78000");
    assertThat(r.stateTax()).isEqualByComparingTo("4680");
    assertThat(r.totalTax()).isEqualByComparingTo("13729");
    assertThat(r.effectiveRate()).isEqualByComparingTo("0.156011");
    assertRate(r, MUNI_INTEREST, "0", "0", "0.06");
    assertRate(r, TREASURY_INTEREST, "0.22", "0", "0");
    assertRate(r, TAXABLE_INTEREST, "0.22", "0", "0.06");

    // in-state munis: state base 80,000 − 10,000 = 70,000 → 4,200; a muni dollar is tax-free
    HouseholdTaxResult inState = calculate(income, filer.withState(new BigDecimal("0.06"), true), Y2025);
    assertThat(inState.stateTax()).isEqualByComparingTo("4200");
    assertRate(inState, MUNI_INTEREST, "0", "0", "0");
  }

  @Test
  void seniorDeductionPhasesOutAtSixPercent() {
    // single 2025, age 70: pension 60,000 + taxable interest 25,000 = AGI 85,000
    // standard 15,750 + 2,000 (65+, unmarried) = 17,750
    // senior: 6,000 − 6 % × (85,000 − 75,000) = 6,000 − 600 = 5,400
    // taxable 85,000 − 17,750 − 5,400 = 61,850: 5,578.50 + 22 % × 13,375 = 5,578.50 + 2,942.50 = 8,521
    HouseholdTaxResult r = calculate(income(ORDINARY, "60000", TAXABLE_INTEREST, "25000"),
        SINGLE.withAges(List.of(70)), Y2025);

    assertThat(r.deductions().standardDeduction()).isEqualByComparingTo("17750");
    assertThat(r.deductions().seniorDeduction()).isEqualByComparingTo("5400");
    assertThat(r.taxableIncome()).isEqualByComparingTo("61850");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("8521");
    // a dollar more of AGI is taxed at 22 % and cuts the senior deduction by 0.06: 22 % × 1.06
    assertRate(r, ORDINARY, "0.2332", "0", "0");
  }

  @Test
  void seniorDeductionIsGoneAt250000ForAJointCouple() {
    // joint 2025, both 66, wages 250,000: senior 6,000 − 6 % × (250,000 − 150,000) = 0 each
    // standard 31,500 + 2 × 1,600 = 34,700 → taxable 215,300
    // 24 % bracket: 35,302 + 24 % × (215,300 − 206,700) = 35,302 + 2,064 = 37,366
    HouseholdTaxResult r = calculate(income(ORDINARY, "250000"), JOINT.withAges(List.of(66, 66)), Y2025);

    assertThat(r.deductions().seniorDeduction()).isZero();
    assertThat(r.taxableIncome()).isEqualByComparingTo("215300");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("37366");
  }

  @Test
  void onlyTheSpouseWhoseAgeIsGivenAndOver65Counts() {
    // joint 2026, ages 70 and 60: one addition (1,650) and one senior deduction (6,000)
    // wages 100,000: taxable 100,000 − 33,850 − 6,000 = 60,150 → 2,480 + 12 % × 35,350 = 6,722
    HouseholdTaxResult r = calculate(income(ORDINARY, "100000"), JOINT.withAges(List.of(70, 60)), Y2026);

    assertThat(r.deductions().standardDeduction()).isEqualByComparingTo("33850");
    assertThat(r.deductions().seniorDeduction()).isEqualByComparingTo("6000");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("6722");
  }

  @Test
  void capitalLossIsLimitedAndRentalLossUsesTheAllowance() {
    // joint 2025: wages 90,000, long-term −10,000, short-term +2,000, rental −30,000
    // net capital loss −8,000 → −3,000 in AGI, 5,000 carried over
    // AGI before rental 87,000 ≤ 100,000 → rental allowance 25,000: −25,000 allowed, 5,000 suspended
    // AGI = 87,000 − 25,000 = 62,000; taxable 62,000 − 31,500 = 30,500
    // 12 % bracket: 2,385 + 12 % × (30,500 − 23,850) = 2,385 + 798 = 3,183
    HouseholdTaxResult r = calculate(
        income(ORDINARY, "90000", LONG_TERM_GAINS, "-10000", SHORT_TERM_GAINS, "2000", RENTAL, "-30000"), JOINT, Y2025);

    assertThat(r.gross().netCapitalGain()).isEqualByComparingTo("-8000");
    assertThat(r.gross().capitalGainInAgi()).isEqualByComparingTo("-3000");
    assertThat(r.gross().capitalLossCarryover()).isEqualByComparingTo("5000");
    assertThat(r.gross().rentalInAgi()).isEqualByComparingTo("-25000");
    assertThat(r.gross().rentalLossSuspended()).isEqualByComparingTo("5000");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("62000");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("3183");
    assertThat(r.investmentIncomeTax().netInvestmentIncome()).isZero();
  }

  @Test
  void rentalAllowanceShrinksAbove100000() {
    // single 2026: wages 130,000, rental −20,000
    // allowance 25,000 − 50 % × (130,000 − 100,000) = 10,000 → −10,000 allowed, 10,000 suspended
    // AGI 120,000; taxable 120,000 − 16,100 = 103,900, in the 22 % bracket (50,400 to 105,700):
    //   5,800 + 22 % × (103,900 − 50,400) = 5,800 + 11,770 = 17,570
    HouseholdTaxResult r = calculate(income(ORDINARY, "130000", RENTAL, "-20000"), SINGLE, Y2026);

    assertThat(r.gross().rentalInAgi()).isEqualByComparingTo("-10000");
    assertThat(r.gross().rentalLossSuspended()).isEqualByComparingTo("10000");
    assertThat(r.taxableIncome()).isEqualByComparingTo("103900");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("17570");
  }

  @Test
  void shortTermLossOffsetsLongTermGainBeforeTheWorksheet() {
    // single 2025: wages 50,000, long-term +20,000, short-term −5,000: net 15,000, preferential
    // gain = min(20,000, 15,000) = 15,000. AGI 65,000; taxable 49,250; line 5 = 34,250
    // 22 = tax(34,250) = 1,192.50 + 12 % × 22,325 = 3,871.50
    // 7 = 48,350; 8 = 34,250; 9 = 14,100 at 0 %; 10 = 15,000; 12 = 900;
    // 14 = 49,250; 15 = 48,350; 16 = 900; 17 = 900 → 18 = 135; 20 = 0
    // 23 = 135 + 0 + 3,871.50 = 4,006.50; 24 = tax(49,250) = 5,578.50 + 22 % × 775 = 5,749; 25 = 4,006.50
    HouseholdTaxResult r = calculate(
        income(ORDINARY, "50000", LONG_TERM_GAINS, "20000", SHORT_TERM_GAINS, "-5000"), SINGLE, Y2025);

    assertThat(r.gross().preferentialGain()).isEqualByComparingTo("15000");
    assertThat(r.worksheet().line(9)).isEqualByComparingTo("14100");
    assertThat(r.worksheet().line(17)).isEqualByComparingTo("900");
    assertThat(r.worksheet().line(24)).isEqualByComparingTo("5749");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("4006.50");
  }

  @Test
  void itemizedDeductionsAreUsedWhenLarger() {
    // single 2025, wages 150,000, itemized 30,000 > 15,750 → taxable 120,000
    // 24 % bracket: 17,651 + 24 % × (120,000 − 103,350) = 17,651 + 3,996 = 21,647
    HouseholdTaxResult r = calculate(income(ORDINARY, "150000"),
        SINGLE.withItemizedDeductions(new BigDecimal("30000")), Y2025);

    assertThat(r.deductions().deductionUsed()).isEqualTo("itemized");
    assertThat(r.taxableIncome()).isEqualByComparingTo("120000");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("21647");

    // itemized 10,000 < 15,750: the standard deduction is used
    HouseholdTaxResult standard = calculate(income(ORDINARY, "150000"),
        SINGLE.withItemizedDeductions(new BigDecimal("10000")), Y2025);
    assertThat(standard.deductions().deductionUsed()).isEqualTo("standard");
    assertThat(standard.taxableIncome()).isEqualByComparingTo("134250");
  }

  @Test
  void noIncomeNoTax() {
    HouseholdTaxResult r = calculate(HouseholdIncome.NONE, JOINT, Y2026);

    assertThat(r.taxableIncome()).isZero();
    assertThat(r.totalTax()).isZero();
    assertThat(r.effectiveRate()).isZero();
    assertThat(r.ordinarySlices()).isEmpty();
    // the first dollars are absorbed by the standard deduction
    assertRate(r, ORDINARY, "0", "0", "0");
  }

  // ------------------------------------------------------------------ helpers

  static HouseholdTaxResult calculate(HouseholdIncome income, TaxFiler filer, TaxYearRules rules) {
    return HouseholdTaxCalculator.calculate(income, filer, rules);
  }

  static HouseholdIncome income(Object... kindAmountPairs) {
    Map<IncomeKind, BigDecimal> amounts = new EnumMap<>(IncomeKind.class);
    for (int i = 0; i < kindAmountPairs.length; i += 2) {
      amounts.put((IncomeKind) kindAmountPairs[i], new BigDecimal((String) kindAmountPairs[i + 1]));
    }
    return HouseholdIncome.of(amounts);
  }

  static void assertRate(HouseholdTaxResult r, IncomeKind kind, String federal, String niit, String state) {
    MarginalRate rate = r.marginalRate(kind);
    assertThat(rate.federal()).as("federal marginal rate of %s", kind.id()).isEqualByComparingTo(federal);
    assertThat(rate.niit()).as("NIIT marginal rate of %s", kind.id()).isEqualByComparingTo(niit);
    assertThat(rate.state()).as("state marginal rate of %s", kind.id()).isEqualByComparingTo(state);
    assertThat(rate.total()).as("total marginal rate of %s", kind.id())
        .isEqualByComparingTo(new BigDecimal(federal).add(new BigDecimal(niit)).add(new BigDecimal(state)));
  }
}
