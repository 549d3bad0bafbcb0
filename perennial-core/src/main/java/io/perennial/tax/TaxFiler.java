package io.perennial.tax;

import io.perennial.basics.Checks;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.InvestorProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Who files the return and how: everything about the household, other than its income, that the
 * tax depends on.
 *
 * @param filingStatus the federal filing status
 * @param ages ages at the end of the tax year of the people on the return whose age is known: at
 *     most one for single and head of household, at most two for married filing jointly (a spouse
 *     left out is taken to be under 65); may be empty
 * @param itemizedDeductions total itemized deductions in dollars (zero when not itemizing); the
 *     larger of these and the standard deduction is used
 * @param stateTaxRate flat state income-tax rate, a fraction between 0 and 0.2
 * @param muniInState true when the household's municipal bonds are of its own state, so their
 *     interest is exempt from state tax too
 */
public record TaxFiler(
    FilingStatus filingStatus, List<Integer> ages, BigDecimal itemizedDeductions,
    BigDecimal stateTaxRate, boolean muniInState) {

  /** Highest flat state rate accepted (no US state taxes income at more than 20 %). */
  public static final BigDecimal MAX_STATE_RATE = new BigDecimal("0.2");

  public TaxFiler {
    Checks.notNull(filingStatus, "filing status");
    ages = List.copyOf(Checks.notNull(ages, "ages"));
    int people = filingStatus == FilingStatus.MARRIED_JOINT ? 2 : 1;
    Checks.check(ages.size() <= people, "a " + filingStatus.id() + " return has at most " + people
        + (people == 1 ? " person" : " people") + ", got " + ages.size() + " ages");
    for (Integer age : ages) {
      Checks.check(age != null && age >= 0 && age <= 120, "age must lie between 0 and 120, got " + age);
    }
    Checks.nonNegative(Checks.notNull(itemizedDeductions, "itemized deductions"), "itemized deductions");
    Checks.notNull(stateTaxRate, "state tax rate");
    Checks.check(stateTaxRate.signum() >= 0 && stateTaxRate.compareTo(MAX_STATE_RATE) <= 0,
        "state tax rate must lie between 0 and 0.2 (a fraction: 0.05 = 5 %), got " + stateTaxRate.toPlainString());
  }

  /** A filer with the standard deduction, no known ages and no state tax. */
  public static TaxFiler of(FilingStatus filingStatus) {
    return new TaxFiler(filingStatus, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, false);
  }

  /**
   * The filer described by an investor profile: its filing status, state rate, itemized deductions,
   * in-state muni flag and the ages it gives (the investor's and, on a joint return, the spouse's;
   * an age of 0 is not given, and that person is taken to be under 65).
   */
  public static TaxFiler from(InvestorProfile profile) {
    return from(profile, profile.muniInState());
  }

  /** The filer described by an investor profile, as {@link #from(InvestorProfile)}, with the in-state muni flag given. */
  public static TaxFiler from(InvestorProfile profile, boolean muniInState) {
    List<Integer> ages = new ArrayList<>();
    if (profile.age() > 0) {
      ages.add(profile.age());
    }
    if (profile.spouseAge() > 0) {
      ages.add(profile.spouseAge());
    }
    return new TaxFiler(profile.filingStatus(), ages, profile.itemizedDeductions().amount(),
        BigDecimal.valueOf(profile.stateTaxRate()), muniInState);
  }

  public TaxFiler withAges(List<Integer> newAges) {
    return new TaxFiler(filingStatus, newAges, itemizedDeductions, stateTaxRate, muniInState);
  }

  public TaxFiler withItemizedDeductions(BigDecimal amount) {
    return new TaxFiler(filingStatus, ages, amount, stateTaxRate, muniInState);
  }

  public TaxFiler withState(BigDecimal rate, boolean inStateMuni) {
    return new TaxFiler(filingStatus, ages, itemizedDeductions, rate, inStateMuni);
  }

  /** The number of people on the return aged {@code age} or more. */
  public int countAgedAtLeast(int age) {
    return (int) ages.stream().filter(a -> a >= age).count();
  }
}
