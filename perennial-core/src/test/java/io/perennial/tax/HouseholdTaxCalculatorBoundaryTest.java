package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bracket boundary, every capital-gain band boundary, every NIIT threshold and the senior
 * deduction's phase-out start, tested one dollar below and one dollar above, for each filing
 * status and year.
 *
 * <p>The tables below are restated from the revenue procedures, NOT read from the resource files:
 * the floors of each rate table and the procedure's own cumulative tax at each floor ("$5,578.50
 * plus 22 % of the excess over $48,475"). Expected tax one dollar below a floor is that cumulative
 * amount less the lower rate; one dollar above, plus the higher rate.
 */
class HouseholdTaxCalculatorBoundaryTest {

  private static final BigDecimal[] RATES = decimals("0.10", "0.12", "0.22", "0.24", "0.32", "0.35", "0.37");

  /** Year, status, standard deduction, floors 1-6, cumulative tax at floors 1-6, 0 % max, 15 % max, NIIT threshold. */
  private static final Object[][] TABLES = {
    // Rev. Proc. 2024-40 sec. 2.01 Table 3 and 2.03; standard deduction P.L. 119-21 sec. 70102.
    {2025, FilingStatus.SINGLE, "15750",
        decimals("11925", "48475", "103350", "197300", "250525", "626350"),
        decimals("1192.50", "5578.50", "17651", "40199", "57231", "188769.75"), "48350", "533400", "200000"},
    // Table 4 (married filing separately): the unmarried table up to 375,800; 0 % and 15 % maxima 48,350
    // and 300,000 (sec. 2.03); NIIT threshold IRC 1411(b)(2).
    {2025, FilingStatus.MARRIED_SEPARATE, "15750",
        decimals("11925", "48475", "103350", "197300", "250525", "375800"),
        decimals("1192.50", "5578.50", "17651", "40199", "57231", "101077.25"), "48350", "300000", "125000"},
    // Table 1.
    {2025, FilingStatus.MARRIED_JOINT, "31500",
        decimals("23850", "96950", "206700", "394600", "501050", "751600"),
        decimals("2385", "11157", "35302", "80398", "114462", "202154.50"), "96700", "600050", "250000"},
    // Table 2.
    {2025, FilingStatus.HEAD_OF_HOUSEHOLD, "23625",
        decimals("17000", "64850", "103350", "197300", "250500", "626350"),
        decimals("1700", "7442", "15912", "38460", "55484", "187031.50"), "64750", "566700", "200000"},
    // Rev. Proc. 2025-32 sec. 4.01 Table 3, 4.03, 4.15.
    {2026, FilingStatus.SINGLE, "16100",
        decimals("12400", "50400", "105700", "201775", "256225", "640600"),
        decimals("1240", "5800", "17966", "41024", "58448", "192979.25"), "49450", "545500", "200000"},
    // Table 4: up to 384,350; 0 % and 15 % maxima 49,450 and 306,850 (sec. 4.03).
    {2026, FilingStatus.MARRIED_SEPARATE, "16100",
        decimals("12400", "50400", "105700", "201775", "256225", "384350"),
        decimals("1240", "5800", "17966", "41024", "58448", "103291.75"), "49450", "306850", "125000"},
    // Table 1.
    {2026, FilingStatus.MARRIED_JOINT, "32200",
        decimals("24800", "100800", "211400", "403550", "512450", "768700"),
        decimals("2480", "11600", "35932", "82048", "116896", "206583.50"), "98900", "613700", "250000"},
    // Table 2.
    {2026, FilingStatus.HEAD_OF_HOUSEHOLD, "24150",
        decimals("17700", "67450", "105700", "201750", "256200", "640600"),
        decimals("1770", "7740", "16155", "39207", "56631", "191171"), "66200", "579600", "200000"},
  };

  static Stream<Arguments> bracketBoundaries() {
    List<Arguments> cases = new ArrayList<>();
    for (Object[] t : TABLES) {
      BigDecimal[] floors = (BigDecimal[]) t[3];
      BigDecimal[] cumulative = (BigDecimal[]) t[4];
      for (int i = 0; i < floors.length; i++) {
        BigDecimal below = RATES[i];
        BigDecimal above = RATES[i + 1];
        BigDecimal floor = floors[i];
        cases.add(Arguments.of(t[0], t[1], t[2], floor.subtract(BigDecimal.ONE), cumulative[i].subtract(below), below));
        cases.add(Arguments.of(t[0], t[1], t[2], floor, cumulative[i], above));
        cases.add(Arguments.of(t[0], t[1], t[2], floor.add(BigDecimal.ONE), cumulative[i].add(above), above));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: taxable income {3} → tax {4}, next dollar {5}")
  @MethodSource("bracketBoundaries")
  void ordinaryBracketBoundary(int year, FilingStatus status, String standardDeduction, BigDecimal taxableIncome,
      BigDecimal expectedTax, BigDecimal expectedMarginal) {
    HouseholdIncome wages = HouseholdIncome.of(IncomeKind.ORDINARY, taxableIncome.add(new BigDecimal(standardDeduction)));

    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(wages, TaxFiler.of(status), TaxRules.forYear(year));

    assertThat(r.taxableIncome()).isEqualByComparingTo(taxableIncome);
    assertThat(r.federalIncomeTax()).isEqualByComparingTo(expectedTax);
    assertThat(r.marginalRate(IncomeKind.ORDINARY).federal()).isEqualByComparingTo(expectedMarginal);
  }

  static Stream<Arguments> capitalGainBoundaries() {
    List<Arguments> cases = new ArrayList<>();
    BigDecimal r15 = new BigDecimal("0.15");
    BigDecimal r20 = new BigDecimal("0.20");
    for (Object[] t : TABLES) {
      BigDecimal zeroMax = new BigDecimal((String) t[5]);
      BigDecimal fifteenMax = new BigDecimal((String) t[6]);
      // only qualified dividends: all taxable income is in the bands
      cases.add(Arguments.of(t[0], t[1], t[2], zeroMax.subtract(BigDecimal.ONE), BigDecimal.ZERO, BigDecimal.ZERO));
      cases.add(Arguments.of(t[0], t[1], t[2], zeroMax.add(BigDecimal.ONE), r15, r15));
      BigDecimal fifteenBand = fifteenMax.subtract(zeroMax);
      cases.add(Arguments.of(t[0], t[1], t[2], fifteenMax.subtract(BigDecimal.ONE),
          fifteenBand.subtract(BigDecimal.ONE).multiply(r15), r15));
      cases.add(Arguments.of(t[0], t[1], t[2], fifteenMax.add(BigDecimal.ONE), fifteenBand.multiply(r15).add(r20), r20));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: qualified dividends only, taxable income {3} → tax {4}, next dollar {5}")
  @MethodSource("capitalGainBoundaries")
  void capitalGainBandBoundary(int year, FilingStatus status, String standardDeduction, BigDecimal taxableIncome,
      BigDecimal expectedTax, BigDecimal expectedMarginal) {
    HouseholdIncome dividends = HouseholdIncome.of(
        IncomeKind.QUALIFIED_DIVIDENDS, taxableIncome.add(new BigDecimal(standardDeduction)));

    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(dividends, TaxFiler.of(status), TaxRules.forYear(year));

    assertThat(r.taxableIncome()).isEqualByComparingTo(taxableIncome);
    assertThat(r.federalIncomeTax()).isEqualByComparingTo(expectedTax);
    assertThat(r.marginalRate(IncomeKind.QUALIFIED_DIVIDENDS).federal()).isEqualByComparingTo(expectedMarginal);
  }

  static Stream<Arguments> niitThresholds() {
    List<Arguments> cases = new ArrayList<>();
    BigDecimal niitRate = new BigDecimal("0.038");
    for (Object[] t : TABLES) {
      BigDecimal threshold = new BigDecimal((String) t[7]);
      // AGI made only of taxable interest, so net investment income = AGI
      cases.add(Arguments.of(t[0], t[1], threshold.subtract(BigDecimal.ONE), BigDecimal.ZERO, BigDecimal.ZERO));
      // one dollar over: 3.8 cents of tax, shown rounded to the cent (0.04)
      cases.add(Arguments.of(t[0], t[1], threshold.add(BigDecimal.ONE), new BigDecimal("0.04"), niitRate));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: interest {2} → NIIT {3}, next dollar {4}")
  @MethodSource("niitThresholds")
  void niitThreshold(int year, FilingStatus status, BigDecimal interest, BigDecimal expectedNiit,
      BigDecimal expectedMarginal) {
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(
        HouseholdIncome.of(IncomeKind.TAXABLE_INTEREST, interest), TaxFiler.of(status), TaxRules.forYear(year));

    assertThat(r.niit()).isEqualByComparingTo(expectedNiit);
    assertThat(r.marginalRate(IncomeKind.TAXABLE_INTEREST).niit()).isEqualByComparingTo(expectedMarginal);
  }

  static Stream<Arguments> seniorPhaseOutStarts() {
    // P.L. 119-21 sec. 70103: 6,000 less 6 % of modified AGI over 75,000 (150,000 joint).
    return Stream.of(
        Arguments.of(2025, FilingStatus.SINGLE, "74999", "6000"),
        Arguments.of(2025, FilingStatus.SINGLE, "75001", "5999.94"),
        Arguments.of(2026, FilingStatus.HEAD_OF_HOUSEHOLD, "74999", "6000"),
        Arguments.of(2026, FilingStatus.HEAD_OF_HOUSEHOLD, "75001", "5999.94"),
        Arguments.of(2025, FilingStatus.MARRIED_JOINT, "149999", "6000"),
        Arguments.of(2026, FilingStatus.MARRIED_JOINT, "150001", "5999.94"),
        Arguments.of(2026, FilingStatus.SINGLE, "174999", "0.06"),
        Arguments.of(2026, FilingStatus.SINGLE, "175001", "0"));
  }

  @ParameterizedTest(name = "{0} {1}, one person 65+: AGI {2} → senior deduction {3}")
  @MethodSource("seniorPhaseOutStarts")
  void seniorDeductionPhaseOut(int year, FilingStatus status, String agi, String expected) {
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(
        HouseholdIncome.of(IncomeKind.ORDINARY, agi), TaxFiler.of(status).withAges(List.of(68)), TaxRules.forYear(year));

    assertThat(r.deductions().seniorDeduction()).isEqualByComparingTo(expected);
  }

  private static BigDecimal[] decimals(String... values) {
    BigDecimal[] result = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = new BigDecimal(values[i]);
    }
    return result;
  }
}
