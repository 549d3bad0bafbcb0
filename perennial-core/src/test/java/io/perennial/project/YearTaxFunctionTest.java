package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.FilingStatus;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.HouseholdTaxResult;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-year tax function of the projection against the household calculator it is built from
 * (a second method: the function is found by its own kink search and evaluated in doubles), and
 * the indexed rules worked by hand.
 */
class YearTaxFunctionTest {

  private static final TaxYearRules Y2026 = TaxRules.forYear(2026);
  private static final BigDecimal STATE = new BigDecimal("0.0495");

  @Test
  void indexedRulesByHand() {
    // 2026 joint × 1.10: brackets 24,800 → 27,280, 100,800 → 110,880; standard deduction 32,200 → 35,420
    // pension 100,000: taxable 64,580; tax 10 % × 27,280 + 12 % × 37,300 = 2,728 + 4,476 = 7,204
    // NIIT threshold (250,000) and the benefits' base amounts (32,000 / 44,000) are not indexed
    TaxYearRules rules = IndexedTaxRules.of(Y2026, 2030, new BigDecimal("1.10"));
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(HouseholdIncome.of(IncomeKind.ORDINARY, "100000"),
        TaxFiler.of(FilingStatus.MARRIED_JOINT), rules);

    assertThat(rules.year()).isEqualTo(2030);
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).schedule().brackets().get(1).floor()).isEqualByComparingTo("27280");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).capitalGainZeroRateMax()).isEqualByComparingTo("108790");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).niitThreshold()).isEqualByComparingTo("250000");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).benefitBaseAmount()).isEqualByComparingTo("32000");
    assertThat(rules.separateLivedTogether().benefitBaseAmount()).isZero();
    assertThat(r.taxableIncome()).isEqualByComparingTo("64580");
    assertThat(r.federalIncomeTax()).isEqualByComparingTo("7204");
    // the senior deduction ends after 2028: none in 2030 even at 70
    HouseholdTaxResult senior = HouseholdTaxCalculator.calculate(HouseholdIncome.of(IncomeKind.ORDINARY, "100000"),
        TaxFiler.of(FilingStatus.MARRIED_JOINT).withAges(List.of(70)), rules);
    assertThat(senior.deductions().seniorDeduction()).isZero();
    assertThat(HouseholdTaxCalculator.calculate(HouseholdIncome.of(IncomeKind.ORDINARY, "100000"),
        TaxFiler.of(FilingStatus.MARRIED_JOINT).withAges(List.of(70)), IndexedTaxRules.of(Y2026, 2028, BigDecimal.ONE))
        .deductions().seniorDeduction()).isEqualByComparingTo("6000");
  }

  @Test
  void reproducesTheCalculatorToTheCentEverywhere() {
    // a retired couple with benefits (the 50 % and 85 % zones and the cap lie on the way), a pension,
    // qualified dividends (0 % → 15 % → 20 %), muni and taxable interest (NIIT), the senior deduction's
    // phase-out, a state tax; the function of their IRA withdrawals from 0 to 900,000
    TaxFiler filer = new TaxFiler(FilingStatus.MARRIED_JOINT, List.of(67, 65), BigDecimal.ZERO, STATE, false);
    HouseholdIncome fixed = income(IncomeKind.SOCIAL_SECURITY, "40800", IncomeKind.ORDINARY, "12000",
        IncomeKind.QUALIFIED_DIVIDENDS, "30000", IncomeKind.MUNI_INTEREST, "3000", IncomeKind.TAXABLE_INTEREST, "20000");
    YearTaxFunction f = YearTaxFunction.build(Y2026, filer, fixed, IncomeKind.RETIREMENT_WITHDRAWALS, BigDecimal.ZERO);

    Random random = new Random(20260101);
    for (int i = 0; i < 1500; i++) {
      double w = i < 500 ? random.nextDouble() * 100_000 : random.nextDouble() * 900_000;
      w = Math.round(w * 100) / 100.0;
      BigDecimal exact = exact(fixed, BigDecimal.valueOf(w), filer, Y2026);
      assertThat(f.tax(w)).as("tax at a withdrawal of %.2f", w).isCloseTo(exact.doubleValue(), within(0.005));
      // the next dollar: the calculator's marginal rate (a one-dollar difference) and the function's
      double next = f.tax(w + 1) - f.tax(w);
      HouseholdTaxResult r = HouseholdTaxCalculator.calculate(fixed.plus(IncomeKind.RETIREMENT_WITHDRAWALS,
          BigDecimal.valueOf(w)), filer, Y2026);
      assertThat(next).as("next dollar at %.2f", w).isCloseTo(r.marginalRate(IncomeKind.RETIREMENT_WITHDRAWALS).total()
          .doubleValue(), within(1e-6));
    }
    // exact at the breakpoints
    for (int i = 0; i < f.breakpoints().size(); i++) {
      assertThat(f.valuesAtBreakpoints().get(i))
          .isEqualByComparingTo(exact(fixed, f.breakpoints().get(i), filer, Y2026));
    }
    // beyond the last breakpoint the top rates: 37 % + 3.8 % NIIT on nothing more (NII is all taxed) + state
    assertThat(f.marginalRate(5_000_000)).isCloseTo(0.37 + 0.0495, within(1e-9));
  }

  @Test
  void aZeroVolatilityPathYearByYearWithRmdsStartingAndPushingIntoTheNextBracket() {
    // owner born 1955 (RMDs from 73, in 2028), spouse born 1957, joint; 2026 rules indexed at 2.5 % a
    // year; benefits 40,800 indexed, pension 60,000 fixed, qualified dividends 8,000 growing 3 %; the
    // IRA (1,450,000 at the end of 2025) grows 5 % and pays out only the RMDs.
    //
    // 2028 by hand (factor 1.025² = 1.050625): benefits 42,865.50, dividends 8,487.20; the IRA at the
    // end of 2027 is 1,450,000 × 1.05² = 1,598,625, so the RMD is 1,598,625 ÷ 26.5 = 60,325.4716…,
    // 60,325.48 rounded up to the cent.
    // Without it: provisional income 21,432.75 + 60,000 + 8,487.20 = 89,919.95 → 85 % of the
    // benefits taxable (36,435.675); AGI 104,922.875; deductions 33,830.13 + 2 × 1,733.53 + 12,000 =
    // 49,297.19; taxable 55,625.685 → 55,625.69, ordinary 47,138.49: the 12 % bracket (26,055.50 to
    // 105,903). With it: AGI 165,248.355; senior deduction 2 × (6,000 − 6 % × 15,248.355) =
    // 10,170.1974; taxable 117,780.9676 → 117,780.97, ordinary 109,293.77: over 105,903, the 22 %
    // bracket.
    TaxFiler base = new TaxFiler(FilingStatus.MARRIED_JOINT, List.of(), BigDecimal.ZERO, STATE, false);
    BigDecimal balance = new BigDecimal("1450000");
    BigDecimal growth = new BigDecimal("1.05");
    for (int year = 2026; year <= 2040; year++) {
      int t = year - 2026;
      BigDecimal factor = new BigDecimal("1.025").pow(t);
      TaxYearRules rules = IndexedTaxRules.of(Y2026, year, factor);
      TaxFiler filer = base.withAges(List.of(year - 1955, year - 1957));
      HouseholdIncome fixed = income(IncomeKind.SOCIAL_SECURITY, new BigDecimal("40800").multiply(factor).setScale(2, RoundingMode.HALF_UP).toPlainString(),
          IncomeKind.ORDINARY, "60000",
          IncomeKind.QUALIFIED_DIVIDENDS, new BigDecimal("8000").multiply(new BigDecimal("1.03").pow(t)).setScale(2, RoundingMode.HALF_UP).toPlainString());
      BigDecimal rmd = YearTaxFunction.requiredMinimum(year, new int[] {1955}, new BigDecimal[] {balance});
      YearTaxFunction f = YearTaxFunction.build(rules, filer, fixed, IncomeKind.RETIREMENT_WITHDRAWALS, rmd);

      BigDecimal expected = exact(fixed, rmd, filer, rules);
      assertThat(f.taxOfWithdrawal(0)).as("tax of %d", year).isCloseTo(expected.doubleValue(), within(0.005));
      HouseholdTaxResult withRmd = HouseholdTaxCalculator.calculate(fixed.plus(IncomeKind.RETIREMENT_WITHDRAWALS, rmd), filer, rules);
      assertThat(f.taxOfWithdrawal(0)).isCloseTo(withRmd.totalTax().doubleValue(), within(0.015));
      if (year < 2028) {
        assertThat(rmd).as("no RMD before 73, in %d", year).isZero();
      }
      if (year == 2028) {
        assertThat(rmd).isEqualByComparingTo("60325.48");
        BigDecimal floor22 = rules.rules(FilingStatus.MARRIED_JOINT).schedule().brackets().get(2).floor();
        assertThat(floor22).isEqualByComparingTo("105903.00");
        HouseholdTaxResult without = HouseholdTaxCalculator.calculate(fixed, filer, rules);
        BigDecimal ordinaryWithout = without.taxableIncome().subtract(without.worksheet().line(4));
        BigDecimal ordinaryWith = withRmd.taxableIncome().subtract(withRmd.worksheet().line(4));
        assertThat(ordinaryWithout).isEqualByComparingTo("47138.49");
        assertThat(ordinaryWith).isEqualByComparingTo("109293.77");
        assertThat(ordinaryWithout).isLessThan(floor22);
        assertThat(ordinaryWith).isGreaterThan(floor22);
        // the marginal rate of a withdrawal dollar beyond the RMD: the benefits are capped, but each AGI
        // dollar over 150,000 takes 6 cents off each of the two senior deductions: 1.12 taxable dollars
        // × 22 % = 24.64 % federal, plus the state; the function's slope is the calculator's
        assertThat(f.marginalRate(rmd.doubleValue()))
            .isCloseTo(withRmd.marginalRate(IncomeKind.RETIREMENT_WITHDRAWALS).total().doubleValue(), within(1e-9));
        assertThat(withRmd.marginalRate(IncomeKind.RETIREMENT_WITHDRAWALS).federal()).isEqualByComparingTo("0.2464");
        assertThat(f.marginalRate(0)).isLessThan(f.marginalRate(rmd.doubleValue()));
      }
      balance = balance.subtract(rmd).multiply(growth).setScale(2, RoundingMode.HALF_UP);
    }
  }

  private static BigDecimal exact(HouseholdIncome fixed, BigDecimal withdrawal, TaxFiler filer, TaxYearRules rules) {
    return HouseholdTaxCalculator.exactTotalTax(fixed.plus(IncomeKind.RETIREMENT_WITHDRAWALS, withdrawal), filer, rules);
  }

  private static HouseholdIncome income(Object... pairs) {
    Map<IncomeKind, BigDecimal> amounts = new EnumMap<>(IncomeKind.class);
    for (int i = 0; i < pairs.length; i += 2) {
      amounts.put((IncomeKind) pairs[i], new BigDecimal((String) pairs[i + 1]));
    }
    return HouseholdIncome.of(amounts);
  }
}
