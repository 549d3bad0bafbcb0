package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * One person's Social Security retirement benefit as the plan file gives it: the monthly benefit
 * at full retirement age (the primary insurance amount, in today's dollars), the age at which it
 * is claimed and the year of birth. The benefit actually paid (reduced before full retirement age,
 * raised by delayed credits after it) is computed by the tax tier
 * ({@code io.perennial.tax.SocialSecurityClaiming}); this record only holds what was given.
 *
 * <p>The benefit is taken to be paid for the whole of every year from {@link #firstYearPaid()}
 * (the year the claiming age is reached), a simplification: the months of that year before the
 * birthday are not modelled.
 *
 * @param monthlyAtFullRetirementAge the monthly benefit at full retirement age, dollars, zero or more
 * @param claimingAge the age at which the benefit is claimed, whole years from 62 to 70
 * @param birthYear the year of birth (someone born on 1 January gives the year before)
 */
public record SocialSecurityBenefit(Money monthlyAtFullRetirementAge, int claimingAge, int birthYear) {

  /** The earliest claiming age of a retirement benefit. */
  public static final int EARLIEST_CLAIMING_AGE = 62;
  /** The claiming age after which no more delayed credits accrue. */
  public static final int LATEST_CLAIMING_AGE = 70;
  /** The earliest year of birth whose benefits are modelled. */
  public static final int FIRST_BIRTH_YEAR = 1917;

  public SocialSecurityBenefit {
    Checks.notNull(monthlyAtFullRetirementAge, "monthly benefit at full retirement age");
    Checks.check(!monthlyAtFullRetirementAge.isNegative(),
        "the monthly benefit at full retirement age must be zero or more, got " + monthlyAtFullRetirementAge);
    Checks.check(claimingAge >= EARLIEST_CLAIMING_AGE && claimingAge <= LATEST_CLAIMING_AGE,
        "the claiming age must lie between 62 and 70, got " + claimingAge);
    Checks.check(birthYear >= FIRST_BIRTH_YEAR, "years of birth before " + FIRST_BIRTH_YEAR + " are not modelled, got "
        + birthYear);
  }

  /** The first calendar year the benefit is paid: the year of birth plus the claiming age. */
  public int firstYearPaid() {
    return birthYear + claimingAge;
  }
}
