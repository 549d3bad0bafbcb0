package io.perennial.cli;

import io.perennial.io.InputException;
import io.perennial.tax.SocialSecurityClaiming;
import io.perennial.tax.SocialSecurityClaiming.Age;
import io.perennial.tax.SocialSecurityClaiming.Claim;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code perennial social-security}: a retirement benefit as claimed at an age from 62 to 70. */
@Command(
    name = "social-security",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "A Social Security retirement benefit as claimed: the monthly benefit at full retirement age "
          + "reduced by 5/9 %% a month for the first 36 months claimed early and 5/12 %% a month beyond, or "
          + "raised by 2/3 %% a month of delayed credits after full retirement age (born 1943 or later), up "
          + "to 70. Full retirement age by year of birth: 66 for 1943-1954, 67 from 1960, in between two "
          + "months a year. With --json, stdout is one JSON document.",
      "See docs/tax.md.",
      ""
    })
public final class SocialSecurityCommand implements Callable<Integer> {

  private static final Pattern AGE = Pattern.compile("(\\d{2})(?:y(\\d{1,2})m?)?");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--benefit-at-fra", required = true, paramLabel = "AMOUNT",
      description = "The monthly benefit at full retirement age (the PIA on the SSA statement), dollars.")
  String benefit;

  @Option(names = "--birth-year", required = true, paramLabel = "YEAR",
      description = "Year of birth (born on 1 January: the year before).")
  int birthYear;

  @Option(names = "--claiming-age", required = true, paramLabel = "AGE",
      description = "Age at which the benefit starts, 62 to 70: whole years (67) or years and months (66y6m).")
  String claimingAge;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
  boolean json;

  @Override
  public Integer call() {
    BigDecimal pia;
    try {
      pia = new BigDecimal(benefit.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new InputException("--benefit-at-fra", "'" + benefit.strip() + "' is not a number", "write dollars a month such as 2400 or 2412.40");
    }
    if (pia.signum() < 0) {
      throw new InputException("--benefit-at-fra", "the benefit cannot be negative, got " + pia.toPlainString(),
          "give the monthly benefit at full retirement age from the SSA statement, 0 or more");
    }
    if (birthYear < SocialSecurityClaiming.FIRST_BIRTH_YEAR || birthYear > 2100) {
      throw new InputException("--birth-year", "year of birth " + birthYear + " is outside "
          + SocialSecurityClaiming.FIRST_BIRTH_YEAR + " to 2100", "give the four-digit year of birth, e.g. 1961");
    }
    int thisYear = Year.now().getValue();
    if (birthYear > thisYear) {
      throw new InputException("--birth-year", "year of birth " + birthYear + " is in the future (this year is "
          + thisYear + ")", "give the year of birth of the person who earned the benefit, e.g. 1961");
    }
    Age age = parseAge(claimingAge);
    Claim claim = SocialSecurityClaiming.claim(pia, birthYear, age);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(claim));
    } else {
      out.printf(Locale.ROOT, "Born %d: full retirement age %s; benefit at full retirement age %,.2f a month%n",
          claim.birthYear(), claim.fullRetirementAge(), claim.primaryInsuranceAmount());
      String change = claim.monthsEarly() > 0 ? claim.monthsEarly() + " months early (reduced)"
          : claim.monthsDelayed() > 0 ? claim.monthsDelayed() + " months of delayed credits" : "at full retirement age";
      out.printf(Locale.ROOT, "Claimed at %s: %s, factor %s%n", claim.claimingAge(), change, claim.factor().toPlainString());
      out.printf(Locale.ROOT, "Monthly benefit %,.2f (rounded down to the dime), %,.2f a year before cost-of-living adjustments%n",
          claim.monthlyBenefit(), claim.annualBenefit());
      out.flush();
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> document(Claim claim) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("monthlyBenefit", claim.monthlyBenefit());
    doc.put("annualBenefit", claim.annualBenefit());
    doc.put("factor", claim.factor());
    doc.put("birthYear", claim.birthYear());
    doc.put("claimingAge", claim.claimingAge());
    doc.put("fullRetirementAge", claim.fullRetirementAge());
    doc.put("monthsEarly", claim.monthsEarly());
    doc.put("monthsDelayed", claim.monthsDelayed());
    doc.put("benefitAtFullRetirementAge", claim.primaryInsuranceAmount());
    doc.put("sources", "20 CFR 404.410 (reduction), 20 CFR 404.313 and 42 USC 402(w) (delayed credits), "
        + "42 USC 416(l) (full retirement age)");
    return doc;
  }

  private static Age parseAge(String text) {
    String fix = "give an age from 62 to 70 as whole years (67) or years and months (66y6m)";
    Matcher m = AGE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InputException("--claiming-age", "'" + text.strip() + "' is not an age in years or years and months", fix);
    }
    int years = Integer.parseInt(m.group(1));
    int months = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (months > 11) {
      throw new InputException("--claiming-age", "'" + text.strip() + "' has " + months + " months", "give 0 to 11 months, " + fix);
    }
    int total = years * 12 + months;
    if (total < SocialSecurityClaiming.EARLIEST_MONTHS || total > SocialSecurityClaiming.LATEST_MONTHS) {
      throw new InputException("--claiming-age", "claiming age " + text.strip() + " is outside 62 to 70 (benefits start at 62 "
          + "at the earliest and earn no delayed credits after 70)", fix);
    }
    return new Age(years, months);
  }
}
