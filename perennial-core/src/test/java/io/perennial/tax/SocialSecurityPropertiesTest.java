package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the taxable benefits, and the worksheet against a second method: the statute's
 * own two-tier formula (IRC 86(a)) written out here independently of Publication 915's lines.
 */
class SocialSecurityPropertiesTest {

  private static final BigDecimal HALF = new BigDecimal("0.50");
  private static final BigDecimal MOST = new BigDecimal("0.85");

  @Property(tries = 300)
  void theWorksheetAgreesWithTheStatute(@ForAll("benefits") BigDecimal benefits, @ForAll("other") BigDecimal other,
      @ForAll("other") BigDecimal muni, @ForAll FilingStatus status, @ForAll boolean livedTogether) {
    TaxFiler filer = TaxFiler.of(status);
    if (status == FilingStatus.MARRIED_SEPARATE) {
      filer = filer.withSeparateReturn(new TaxFiler.SeparateReturn(livedTogether, false));
    }
    HouseholdIncome in = HouseholdIncome.of(Map.of(IncomeKind.SOCIAL_SECURITY, benefits, IncomeKind.ORDINARY, other,
        IncomeKind.MUNI_INTEREST, muni));
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(in, filer, TaxRules.forYear(2026));

    // IRC 86(c): base 25,000 / adjusted 34,000; joint 32,000 / 44,000; separate and living together 0 / 0
    BigDecimal base;
    BigDecimal adjusted;
    if (status == FilingStatus.MARRIED_JOINT) {
      base = new BigDecimal("32000");
      adjusted = new BigDecimal("44000");
    } else if (status == FilingStatus.MARRIED_SEPARATE && livedTogether) {
      base = BigDecimal.ZERO;
      adjusted = BigDecimal.ZERO;
    } else {
      base = new BigDecimal("25000");
      adjusted = new BigDecimal("34000");
    }
    // IRC 86(b)(1): modified AGI + one-half of the benefits
    BigDecimal provisional = other.add(muni).add(benefits.multiply(HALF));
    // 86(a)(1): the lesser of half the benefits and half the excess over the base amount
    BigDecimal tier1 = benefits.multiply(HALF).min(provisional.subtract(base).max(BigDecimal.ZERO).multiply(HALF));
    BigDecimal expected;
    if (provisional.compareTo(adjusted) <= 0) {
      expected = tier1;
    } else {
      // 86(a)(2): the lesser of 85 % of the benefits and 85 % of the excess over the adjusted base
      // plus the lesser of the 86(a)(1) amount and half the difference of the two base amounts
      BigDecimal tier2 = provisional.subtract(adjusted).multiply(MOST)
          .add(tier1.min(adjusted.subtract(base).multiply(HALF)));
      expected = benefits.multiply(MOST).min(tier2);
    }

    assertThat(r.taxableSocialSecurity()).isEqualByComparingTo(HouseholdTaxCalculator.cents(expected));
  }

  @Property(tries = 200)
  void taxableBenefitsAreBetweenNoneAnd85PercentAndGrowWithOtherIncome(@ForAll("benefits") BigDecimal benefits,
      @ForAll("other") BigDecimal other, @ForAll("other") BigDecimal more, @ForAll FilingStatus status) {
    TaxYearRules rules = TaxRules.forYear(2025);
    TaxFiler filer = TaxFiler.of(status);
    HouseholdIncome in = HouseholdIncome.of(Map.of(IncomeKind.SOCIAL_SECURITY, benefits, IncomeKind.ORDINARY, other));
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(in, filer, rules);
    HouseholdTaxResult richer = HouseholdTaxCalculator.calculate(in.plus(IncomeKind.ORDINARY, more), filer, rules);

    assertThat(r.taxableSocialSecurity()).isNotNegative()
        .isLessThanOrEqualTo(HouseholdTaxCalculator.cents(benefits.multiply(MOST)));
    assertThat(richer.taxableSocialSecurity()).isGreaterThanOrEqualTo(r.taxableSocialSecurity());
    // each extra dollar of other income makes at most 85 cents of benefits taxable
    assertThat(richer.taxableSocialSecurity().subtract(r.taxableSocialSecurity()))
        .isLessThanOrEqualTo(more.multiply(MOST).add(new BigDecimal("0.01")));
    // the federal marginal rate of ordinary income is between the bracket rate and 1.85 × 37 %
    assertThat(r.marginalRate(IncomeKind.ORDINARY).federal()).isBetween(BigDecimal.ZERO, new BigDecimal("0.6845"));
  }

  @Provide
  Arbitrary<BigDecimal> benefits() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("120000")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> other() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150000")).ofScale(2)));
  }
}
