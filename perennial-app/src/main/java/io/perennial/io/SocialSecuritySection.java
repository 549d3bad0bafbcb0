package io.perennial.io;

import io.perennial.basics.Money;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.SocialSecurityBenefit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code profile.socialSecurity:} list of a plan file as {@link SocialSecurityBenefit}s: one
 * entry per person, each with its monthly benefit at full retirement age, claiming age (62 to 70)
 * and year of birth, every field required and checked with the fix named. The list is optional.
 */
final class SocialSecuritySection {

  private final FieldReader fields;

  /** Reads the list through {@code fields}, whose errors name the file's lines. */
  SocialSecuritySection(FieldReader fields) {
    this.fields = fields;
  }

  /**
   * The benefits of {@code entries} (empty when none are given), for a return of {@code filing}
   * valued in {@code valuationYear} (a year of birth after it is an error).
   */
  List<SocialSecurityBenefit> read(List<PlanFileModel.SocialSecurityEntry> entries, FilingStatus filing, int valuationYear) {
    String at = "/profile/socialSecurity";
    if (entries == null) {
      return List.of();
    }
    if (entries.size() > InvestorProfile.MAX_BENEFITS) {
      throw fields.error(at, entries.size() + " Social Security benefits are given; a return has at most one per person",
          "keep one entry per person (two on a married-joint return)");
    }
    if (entries.size() > 1 && filing != FilingStatus.MARRIED_JOINT) {
      throw fields.error(at, "two Social Security benefits on a " + filing.id() + " return, which has one person",
          "keep the filer's own benefit, or set filingStatus: married-joint");
    }
    List<SocialSecurityBenefit> benefits = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      PlanFileModel.SocialSecurityEntry entry = entries.get(i);
      String here = at + "/" + i;
      if (entry == null) {
        throw fields.error(here, "an empty Social Security entry",
            "write {monthlyAtFullRetirementAge: 2000, claimingAge: 67, birthYear: 1961}");
      }
      if (entry.monthlyAtFullRetirementAge() == null) {
        throw fields.error(here, "no monthlyAtFullRetirementAge given",
            "add monthlyAtFullRetirementAge: the monthly benefit at full retirement age from the SSA statement, in dollars, "
                + "e.g. 2000");
      }
      Money monthly = fields.amount(here + "/monthlyAtFullRetirementAge", entry.monthlyAtFullRetirementAge(), null);
      if (entry.claimingAge() == null) {
        throw fields.error(here, "no claimingAge given",
            "add claimingAge: the age at which the benefit starts, a whole number from 62 to 70");
      }
      int claimingAge = entry.claimingAge();
      if (claimingAge < SocialSecurityBenefit.EARLIEST_CLAIMING_AGE || claimingAge > SocialSecurityBenefit.LATEST_CLAIMING_AGE) {
        throw fields.error(here + "/claimingAge", "a claiming age of " + claimingAge + " is outside 62 to 70 (retirement "
                + "benefits start at 62 at the earliest and earn no delayed credits after 70)",
            "write a whole age from 62 to 70, e.g. 67");
      }
      if (entry.birthYear() == null) {
        throw fields.error(here, "no birthYear given", "add birthYear: the year of birth, e.g. 1961");
      }
      int birthYear = entry.birthYear();
      if (birthYear > valuationYear) {
        throw fields.error(here + "/birthYear", "year of birth " + birthYear + " is in the future (the plan is valued in "
            + valuationYear + ")", "write the year of birth, e.g. " + (valuationYear - 65));
      }
      if (birthYear < SocialSecurityBenefit.FIRST_BIRTH_YEAR) {
        throw fields.error(here + "/birthYear", "years of birth before " + SocialSecurityBenefit.FIRST_BIRTH_YEAR
                + " are not modelled (their delayed credits differ), got " + birthYear,
            "give the benefit actually paid as otherIncome instead");
      }
      benefits.add(new SocialSecurityBenefit(monthly, claimingAge, birthYear));
    }
    return benefits;
  }
}
