package io.perennial.io;

import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeGoal;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.RiskTolerance;
import io.perennial.domain.Wages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code profile:} section of a plan file as an {@link InvestorProfile}: spending, horizon, risk, taxes
 * and other income, each field checked with the fix named. The section is required.
 */
final class ProfileSection {

  private final FieldReader fields;

  /** Reads the section through {@code fields}, whose errors name the file's lines. */
  ProfileSection(FieldReader fields) {
    this.fields = fields;
  }

  /**
   * The {@code profile:} section of a plan valued on {@code valuationDate}; {@code annualSpending}
   * is required, every other field has a default.
   */
  InvestorProfile read(PlanFileModel.Profile profile, LocalDate valuationDate) {
    String at = "/profile";
    if (profile == null) {
      throw fields.error(at, "the plan has no profile", "add a profile: section with at least annualSpending (see examples/retiree.yaml)");
    }
    Money spending = fields.amount(at + "/annualSpending", profile.annualSpending(), null);
    int horizon = fields.whole(at + "/horizonYears", profile.horizonYears(), PlanFile.DEFAULT_HORIZON_YEARS, 1, 100, "horizon in years");
    int untilIncome = fields.whole(at + "/yearsUntilIncome", profile.yearsUntilIncome(), 0, 0, 80, "years until income starts");
    int age = fields.whole(at + "/age", profile.age(), 0, 0, 120, "age");
    RiskTolerance risk;
    if (profile.riskTolerance() != null && profile.maxVolatility() != null) {
      throw fields.error(at + "/maxVolatility", "both riskTolerance and maxVolatility are given",
          "keep one: a named level (conservative, moderate, growth, aggressive) or maxVolatility as a fraction");
    } else if (profile.maxVolatility() != null) {
      double cap = fields.rate(at + "/maxVolatility", profile.maxVolatility(), 0.0, 0.0, 1.0, "maximum volatility");
      if (cap <= 0.0) {
        throw fields.error(at + "/maxVolatility", "the maximum volatility must be more than 0 (a cap of 0 allows no allocation at all)",
            "write a fraction above 0 and up to 1, such as 0.08 (conservative) or 0.12 (moderate)");
      }
      risk = RiskTolerance.ofMaxVolatility(cap);
    } else if (profile.riskTolerance() != null) {
      try {
        risk = RiskTolerance.named(profile.riskTolerance());
      } catch (InvalidInputException e) {
        throw fields.error(at + "/riskTolerance", "unknown risk tolerance '" + profile.riskTolerance() + "'",
            Suggestions.didYouMean(profile.riskTolerance(), List.of("conservative", "moderate", "growth", "aggressive"))
                + "use conservative, moderate, growth or aggressive, or give maxVolatility as a fraction");
      }
    } else {
      risk = RiskTolerance.MODERATE;
    }
    FilingStatus filing = profile.filingStatus() == null ? FilingStatus.SINGLE
        : fields.id(FilingStatus.class, at + "/filingStatus", profile.filingStatus(), "filing status");
    double stateTax = fields.rate(at + "/stateTaxRate", profile.stateTaxRate(), 0.0, 0.0, 0.2, "state tax rate");
    double inflation = fields.rate(at + "/inflation", profile.inflation(), PlanFile.DEFAULT_INFLATION, -0.05, 0.25, "inflation");
    Money other = fields.amount(at + "/otherIncome", profile.otherIncome(), BigDecimal.ZERO);
    Money contribution = fields.amount(at + "/annualContribution", profile.annualContribution(), BigDecimal.ZERO);
    int spouseAge = fields.whole(at + "/spouseAge", profile.spouseAge(), 0, 0, 120, "spouse's age");
    if (spouseAge > 0 && filing != FilingStatus.MARRIED_JOINT) {
      throw fields.error(at + "/spouseAge", "spouseAge is for a married-joint return; a " + filing.id() + " return has one person",
          "remove spouseAge, or set filingStatus: married-joint");
    }
    Money taxableOther = profile.taxableOtherIncome() == null ? other
        : fields.amount(at + "/taxableOtherIncome", profile.taxableOtherIncome(), null);
    if (taxableOther.compareTo(other) > 0) {
      String written = profile.otherIncome() == null ? "0" : profile.otherIncome().toPlainString();
      throw fields.error(at + "/taxableOtherIncome", "taxableOtherIncome " + profile.taxableOtherIncome().toPlainString()
              + " is more than otherIncome " + written,
          "give the part of otherIncome that is taxable, from 0 to " + written);
    }
    Money itemized = fields.amount(at + "/itemizedDeductions", profile.itemizedDeductions(), BigDecimal.ZERO);
    boolean muniInState = Boolean.TRUE.equals(profile.muniInState());
    var benefits = new SocialSecuritySection(fields).read(profile.socialSecurity(), filing, valuationDate.getYear());
    Wages wages = wages(profile.wages(), valuationDate.getYear(), untilIncome);
    try {
      return new InvestorProfile(profile.name(), new IncomeGoal(spending, horizon, untilIncome), risk, filing, stateTax,
          inflation, other, contribution, age, spouseAge, taxableOther, itemized, muniInState, benefits, wages);
    } catch (InvalidInputException e) {
      throw fields.error(at, e.getMessage(), "correct the profile");
    }
  }

  /**
   * {@code profile.wages}: {@code amount} required, {@code endYear} (the last calendar year paid)
   * by default the year before the spending starts; no section: no wages.
   */
  private Wages wages(PlanFileModel.WagesEntry entry, int valuationYear, int untilIncome) {
    String at = "/profile/wages";
    if (entry == null) {
      return Wages.NONE;
    }
    if (entry.amount() == null) {
      throw fields.error(at, "no amount given", "add amount: the yearly wages before tax, in dollars, e.g. 90000");
    }
    Money amount = fields.amount(at + "/amount", entry.amount(), null);
    int last = valuationYear + untilIncome - 1;
    if (entry.endYear() != null) {
      last = entry.endYear();
    } else if (untilIncome == 0) {
      throw fields.error(at, "the spending starts this year (yearsUntilIncome: 0), so wages would stop before the plan "
          + "begins", "give endYear: the last year the wages are paid, e.g. " + valuationYear + ", or set yearsUntilIncome");
    }
    if (last < valuationYear) {
      throw fields.error(at + "/endYear", "the wages end in " + last + ", before the plan's year " + valuationYear,
          "give the last year the wages are paid, " + valuationYear + " or later, or leave wages out");
    }
    return new Wages(amount, last);
  }
}
