package io.perennial.plan;

import io.perennial.basics.Money;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.SocialSecurityBenefit;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.SocialSecurityClaiming;
import io.perennial.tax.TaxFiler;
import java.math.BigDecimal;

/**
 * The household's income from outside the portfolio in a calendar year, as the tax calculator and
 * the coverage figures take it: the profile's other income (its taxable part as ordinary income)
 * and the Social Security benefits paid that year (gross, taxed by the Publication 915 worksheet),
 * and for the tax the wages paid that year (ordinary income). Wages do not count toward the
 * spending ({@link #total}): they are what the household lives on until the spending starts.
 * Stateless.
 *
 * <p>A benefit is the claimed monthly benefit × 12 ({@link SocialSecurityClaiming#claim}: the
 * monthly benefit at full retirement age reduced for early claiming or raised by delayed credits,
 * rounded down to the dime), in today's dollars, paid in every year from the year its claiming age
 * is reached ({@link SocialSecurityBenefit#firstYearPaid()}).
 */
final class OutsideIncome {

  private OutsideIncome() {}

  /** The yearly benefit of {@code benefit} once paid, dollars of today. */
  static BigDecimal annualBenefit(SocialSecurityBenefit benefit) {
    return SocialSecurityClaiming.claim(benefit.monthlyAtFullRetirementAge().amount(), benefit.birthYear(),
        SocialSecurityClaiming.Age.of(benefit.claimingAge())).annualBenefit();
  }

  /** The Social Security benefits of {@code profile} paid in {@code year}, dollars of today. */
  static BigDecimal benefitsIn(InvestorProfile profile, int year) {
    BigDecimal sum = BigDecimal.ZERO;
    for (SocialSecurityBenefit benefit : profile.socialSecurity()) {
      if (benefit.firstYearPaid() <= year) {
        sum = sum.add(annualBenefit(benefit));
      }
    }
    return sum;
  }

  /** The outside income of {@code year} as the tax calculator takes it: taxable other income, benefits and wages. */
  static HouseholdIncome taxable(InvestorProfile profile, int year) {
    return withoutWages(profile, year).plus(IncomeKind.ORDINARY, profile.wages().paidIn(year).amount());
  }

  /** The outside income of {@code year} as the tax calculator takes it, wages left out. */
  static HouseholdIncome withoutWages(InvestorProfile profile, int year) {
    return HouseholdIncome.of(IncomeKind.ORDINARY, profile.taxableOtherIncome().amount())
        .plus(IncomeKind.SOCIAL_SECURITY, benefitsIn(profile, year));
  }

  /**
   * The tax the wages of this tax year cause on top of the rest of the outside income ÷ the wages
   * (0 without wages): the flat rate of wages paid into the spending years.
   */
  static double wageTaxRate(ResolvedPlan input) {
    int year = input.taxYear().year();
    BigDecimal wages = input.profile().wages().annualAmount().amount();
    if (wages.signum() == 0) {
      return 0.0;
    }
    TaxFiler filer = TaxFiler.from(input.profile());
    BigDecimal with = HouseholdTaxCalculator.calculate(withoutWages(input.profile(), year).plus(IncomeKind.ORDINARY, wages),
        filer, input.taxRules()).totalTax();
    BigDecimal without = HouseholdTaxCalculator.calculate(withoutWages(input.profile(), year), filer, input.taxRules())
        .totalTax();
    return Math.max(0.0, Math.min(0.95, with.subtract(without).doubleValue() / wages.doubleValue()));
  }

  /** All the outside income of {@code year}, taxable or not: the other income plus the benefits. */
  static Money total(InvestorProfile profile, int year) {
    BigDecimal benefits = benefitsIn(profile, year);
    return benefits.signum() == 0 ? profile.otherIncome() : profile.otherIncome().plus(Money.usd(benefits));
  }

  /**
   * The household's total tax on its outside income of {@code year} alone ÷ that income, at this
   * tax year's rules and ages (0 without such income): the flat rate a stream that starts later
   * is paid after.
   */
  static double aloneRate(ResolvedPlan input, int year) {
    Money total = total(input.profile(), year);
    if (total.isZero()) {
      return 0.0;
    }
    BigDecimal tax = HouseholdTaxCalculator.calculate(taxable(input.profile(), year), TaxFiler.from(input.profile()),
        input.taxRules()).totalTax();
    return Math.max(0.0, Math.min(0.95, tax.doubleValue() / total.toDouble()));
  }

  /** The outside income of this tax year of {@code input} as the tax calculator takes it. */
  static HouseholdIncome taxableNow(ResolvedPlan input) {
    return taxable(input.profile(), input.taxYear().year());
  }

  /** All the outside income of this tax year of {@code input}. */
  static Money totalNow(ResolvedPlan input) {
    return total(input.profile(), input.taxYear().year());
  }
}
