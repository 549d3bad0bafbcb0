package io.perennial.tax;

import static io.perennial.tax.HouseholdTaxCalculatorTest.assertRate;
import static io.perennial.tax.HouseholdTaxCalculatorTest.calculate;
import static io.perennial.tax.HouseholdTaxCalculatorTest.income;
import static io.perennial.tax.IncomeKind.LONG_TERM_GAINS;
import static io.perennial.tax.IncomeKind.ORDINARY;
import static io.perennial.tax.IncomeKind.QUALIFIED_DIVIDENDS;
import static io.perennial.tax.IncomeKind.RENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Married filing separately, worked by hand: Rev. Proc. 2024-40 / 2025-32 Table 4 and section
 * 2.03 / 4.03, the standard deduction of single filers, and the fixed amounts of the Code for
 * separate returns (NIIT 125,000, capital loss 1,500, rental allowance 12,500 / 50,000 or none,
 * no standard deduction when the other spouse itemizes, no senior deduction). The bracket
 * boundaries are in {@link HouseholdTaxCalculatorBoundaryTest}.
 */
class MarriedSeparateTest {

  private static final TaxYearRules Y2025 = TaxRules.forYear(2025);
  private static final TaxYearRules Y2026 = TaxRules.forYear(2026);

  private static TaxFiler separate(boolean livedWithSpouse, boolean spouseItemizes) {
    return TaxFiler.of(FilingStatus.MARRIED_SEPARATE)
        .withSeparateReturn(new TaxFiler.SeparateReturn(livedWithSpouse, spouseItemizes));
  }

  @Test
  void wagesAndDividendsAboveTheSeparateNiitThreshold2026() {
    // wages 150,000 + qualified dividends 20,000 = AGI 170,000; standard deduction 16,100
    // taxable income 153,900; worksheet: 5 = 133,900; 6 = 49,450; 7 = 49,450; 8 = 49,450; 9 = 0;
    // 10 = 20,000; 12 = 20,000; 13 = 306,850; 14 = 153,900; 15 = 133,900; 16 = 20,000; 17 = 20,000
    // 18 = 3,000; 20 = 0; 22 = tax(133,900) = 17,966 + 24 % × 28,200 = 24,734; 23 = 27,734
    // 24 = tax(153,900) = 17,966 + 24 % × 48,200 = 29,534; 25 = 27,734
    // NIIT: 3.8 % × min(20,000, 170,000 − 125,000) = 760
    HouseholdTaxResult r = calculate(income(ORDINARY, "150000", QUALIFIED_DIVIDENDS, "20000"), separate(false, false), Y2026);

    assertThat(r.taxableIncome()).isEqualByComparingTo("153900");
    assertThat(r.worksheet().line(13)).isEqualByComparingTo("306850");
    assertThat(r.worksheet().line(22)).isEqualByComparingTo("24734");
    assertThat(r.worksheet().line(24)).isEqualByComparingTo("29534");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("27734");
    assertThat(r.investmentIncomeTax().threshold()).isEqualByComparingTo("125000");
    assertThat(r.niit()).isEqualByComparingTo("760");
    // next wage dollar: 24 %, and AGI − threshold (45,000) is above NII, so no NIIT
    assertRate(r, ORDINARY, "0.24", "0", "0");
    assertRate(r, QUALIFIED_DIVIDENDS, "0.15", "0.038", "0");
  }

  @Test
  void noStandardDeductionWhenTheOtherSpouseItemizes() {
    // 2026, wages 50,000, own itemized deductions 5,000
    // spouse itemizes: standard deduction 0 (IRC 63(c)(6)(A)) → deduction 5,000; taxable 45,000
    //   tax = 1,240 + 12 % × (45,000 − 12,400) = 1,240 + 3,912 = 5,152
    // spouse does not: standard 16,100 > 5,000 → taxable 33,900; 1,240 + 12 % × 21,500 = 3,820
    HouseholdIncome wages = income(ORDINARY, "50000");
    HouseholdTaxResult itemizing = calculate(wages, separate(true, true).withItemizedDeductions(new BigDecimal("5000")), Y2026);
    HouseholdTaxResult standard = calculate(wages, separate(true, false).withItemizedDeductions(new BigDecimal("5000")), Y2026);

    assertThat(itemizing.deductions().standardDeduction()).isZero();
    assertThat(itemizing.deductions().deductionUsed()).isEqualTo("itemized");
    assertThat(itemizing.taxableIncome()).isEqualByComparingTo("45000");
    assertThat(itemizing.federalIncomeTax()).isEqualByComparingTo("5152");
    assertThat(standard.deductions().deductionUsed()).isEqualTo("standard");
    assertThat(standard.federalIncomeTax()).isEqualByComparingTo("3820");
  }

  @Test
  void marriedAdditionalDeductionButNoSeniorDeduction() {
    // 2025, age 70, wages 50,000: standard 15,750 + 1,600 (the married addition, not 2,000);
    // the senior deduction needs a joint return: 0. Taxable 50,000 − 17,350 = 32,650
    // tax = 1,192.50 + 12 % × (32,650 − 11,925) = 1,192.50 + 2,487 = 3,679.50
    HouseholdTaxResult r = calculate(income(ORDINARY, "50000"), separate(true, false).withAges(List.of(70)), Y2025);

    assertThat(r.deductions().standardDeduction()).isEqualByComparingTo("17350");
    assertThat(r.deductions().seniorDeduction()).isZero();
    assertThat(r.taxableIncome()).isEqualByComparingTo("32650");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("3679.50");
  }

  @Test
  void capitalLossLimitIsHalf() {
    // 2025, wages 40,000, long-term loss 5,000: 1,500 counts (IRC 1211(b)(1)), 3,500 carried over
    HouseholdTaxResult r = calculate(income(ORDINARY, "40000", LONG_TERM_GAINS, "-5000"), separate(true, false), Y2025);

    assertThat(r.gross().capitalGainInAgi()).isEqualByComparingTo("-1500");
    assertThat(r.gross().capitalLossCarryover()).isEqualByComparingTo("3500");
    assertThat(r.adjustedGrossIncome()).isEqualByComparingTo("38500");
  }

  @Test
  void rentalAllowanceOnlyWhenLivingApart() {
    // 2025, wages 60,000, rental loss 20,000
    // lived apart all year: 12,500 − 50 % × (60,000 − 50,000) = 7,500 allowed → AGI 52,500, 12,500 suspended
    // lived together at some time: no allowance (IRC 469(i)(5)(B)) → AGI 60,000, 20,000 suspended
    HouseholdIncome in = income(ORDINARY, "60000", RENTAL, "-20000");
    HouseholdTaxResult apart = calculate(in, separate(false, false), Y2025);
    HouseholdTaxResult together = calculate(in, separate(true, false), Y2025);

    assertThat(apart.gross().rentalInAgi()).isEqualByComparingTo("-7500");
    assertThat(apart.gross().rentalLossSuspended()).isEqualByComparingTo("12500");
    assertThat(apart.adjustedGrossIncome()).isEqualByComparingTo("52500");
    assertThat(together.gross().rentalInAgi()).isZero();
    assertThat(together.gross().rentalLossSuspended()).isEqualByComparingTo("20000");
    assertThat(together.adjustedGrossIncome()).isEqualByComparingTo("60000");
  }

  @Test
  void separateReturnFactsBelongToSeparateReturnsOnly() {
    assertThatThrownBy(() -> TaxFiler.of(FilingStatus.SINGLE).withSeparateReturn(new TaxFiler.SeparateReturn(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("married-separate");
    assertThatThrownBy(() -> TaxFiler.of(FilingStatus.MARRIED_SEPARATE).withAges(List.of(60, 61)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1 person");
    // without the facts, the engine assumes the spouses lived together and the other does not itemize
    assertThat(TaxFiler.of(FilingStatus.MARRIED_SEPARATE).separateReturn()).isEqualTo(TaxFiler.SeparateReturn.ASSUMED);
  }
}
