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
 *     most two for married filing jointly (a spouse left out is taken to be under 65), at most one
 *     for the other statuses (a separate return is one spouse's); may be empty
 * @param itemizedDeductions total itemized deductions in dollars (zero when not itemizing); the
 *     larger of these and the standard deduction is used
 * @param stateTaxRate flat state income-tax rate, a fraction between 0 and 0.2
 * @param muniInState true when the household's municipal bonds are of its own state, so their
 *     interest is exempt from state tax too
 * @param stateExemptions which retirement income the state leaves out of its base
 * @param separateReturn on a married-separate return, what it depends on about the other spouse;
 *     {@link SeparateReturn#NONE} for every other status
 */
public record TaxFiler(
    FilingStatus filingStatus, List<Integer> ages, BigDecimal itemizedDeductions,
    BigDecimal stateTaxRate, boolean muniInState, StateExemptions stateExemptions, SeparateReturn separateReturn) {

  /** Highest flat state rate accepted (no US state taxes income at more than 20 %). */
  public static final BigDecimal MAX_STATE_RATE = new BigDecimal("0.2");

  public TaxFiler {
    Checks.notNull(filingStatus, "filing status");
    ages = List.copyOf(Checks.notNull(ages, "ages"));
    int people = people(filingStatus);
    Checks.check(ages.size() <= people, "a " + filingStatus.id() + " return has at most " + people
        + (people == 1 ? " person" : " people") + ", got " + ages.size() + " ages");
    for (Integer age : ages) {
      Checks.check(age != null && age >= 0 && age <= 120, "age must lie between 0 and 120, got " + age);
    }
    Checks.nonNegative(Checks.notNull(itemizedDeductions, "itemized deductions"), "itemized deductions");
    Checks.notNull(stateTaxRate, "state tax rate");
    Checks.check(stateTaxRate.signum() >= 0 && stateTaxRate.compareTo(MAX_STATE_RATE) <= 0,
        "state tax rate must lie between 0 and 0.2 (a fraction: 0.05 = 5 %), got " + stateTaxRate.toPlainString());
    Checks.notNull(stateExemptions, "state exemptions");
    Checks.notNull(separateReturn, "separate-return facts");
    Checks.check(filingStatus == FilingStatus.MARRIED_SEPARATE || separateReturn.equals(SeparateReturn.NONE),
        "whether the spouses lived together and whether the other spouse itemizes are facts of a married-separate "
            + "return only, not of a " + filingStatus.id() + " return");
  }

  /**
   * A filer with the default state exemptions and, on a married-separate return,
   * {@link SeparateReturn#ASSUMED} (the spouses lived together; the other spouse does not itemize).
   */
  public TaxFiler(FilingStatus filingStatus, List<Integer> ages, BigDecimal itemizedDeductions,
      BigDecimal stateTaxRate, boolean muniInState) {
    this(filingStatus, ages, itemizedDeductions, stateTaxRate, muniInState, StateExemptions.DEFAULT,
        SeparateReturn.defaultFor(filingStatus));
  }

  /** People on a return of {@code status}: two on a joint return, one otherwise. */
  public static int people(FilingStatus status) {
    return status == FilingStatus.MARRIED_JOINT ? 2 : 1;
  }

  /** A filer with the standard deduction, no known ages and no state tax (separate return: as assumed). */
  public static TaxFiler of(FilingStatus filingStatus) {
    return new TaxFiler(filingStatus, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, false);
  }

  /**
   * The filer described by an investor profile: its filing status, state rate, itemized deductions,
   * in-state muni flag and the ages it gives (the investor's and, on a joint return, the spouse's;
   * an age of 0 is not given, and that person is taken to be under 65). The profile does not yet
   * say what a separate return depends on: a married-separate profile is taken as
   * {@link SeparateReturn#ASSUMED}; the state exemptions are the {@link StateExemptions#DEFAULT}.
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
    return new TaxFiler(filingStatus, newAges, itemizedDeductions, stateTaxRate, muniInState, stateExemptions, separateReturn);
  }

  public TaxFiler withItemizedDeductions(BigDecimal amount) {
    return new TaxFiler(filingStatus, ages, amount, stateTaxRate, muniInState, stateExemptions, separateReturn);
  }

  public TaxFiler withState(BigDecimal rate, boolean inStateMuni) {
    return new TaxFiler(filingStatus, ages, itemizedDeductions, rate, inStateMuni, stateExemptions, separateReturn);
  }

  public TaxFiler withStateExemptions(StateExemptions exemptions) {
    return new TaxFiler(filingStatus, ages, itemizedDeductions, stateTaxRate, muniInState, exemptions, separateReturn);
  }

  /** This filer on a married-separate return with the facts given. */
  public TaxFiler withSeparateReturn(SeparateReturn facts) {
    return new TaxFiler(filingStatus, ages, itemizedDeductions, stateTaxRate, muniInState, stateExemptions, facts);
  }

  /** The number of people on the return aged {@code age} or more. */
  public int countAgedAtLeast(int age) {
    return (int) ages.stream().filter(a -> a >= age).count();
  }

  /**
   * Retirement income the state leaves out of its flat-rate base.
   *
   * @param socialSecurityExempt true when the state does not tax Social Security benefits (most
   *     states); false: its base includes the federally taxable part of the benefits, as in the
   *     states whose tax starts from federal AGI
   * @param retirementWithdrawalsExempt true when the state exempts withdrawals from retirement
   *     accounts ({@link IncomeKind#RETIREMENT_WITHDRAWALS}) in full
   */
  public record StateExemptions(boolean socialSecurityExempt, boolean retirementWithdrawalsExempt) {

    /** Benefits exempt (as in most states), retirement withdrawals taxed. */
    public static final StateExemptions DEFAULT = new StateExemptions(true, false);
  }

  /**
   * What a married-separate return depends on about the other spouse.
   *
   * @param livedWithSpouse true when the spouses lived together at any time in the year: then the
   *     base amounts of Social Security benefits are zero (IRC 86(c)(1)(C)) and no rental loss is
   *     allowed against other income (IRC 469(i)(5)(B)); false when they lived apart all year
   * @param spouseItemizes true when the other spouse itemizes: then the standard deduction is zero
   *     (IRC 63(c)(6)(A))
   */
  public record SeparateReturn(boolean livedWithSpouse, boolean spouseItemizes) {

    /** The facts of every return that is not married-separate (not used). */
    public static final SeparateReturn NONE = new SeparateReturn(false, false);

    /**
     * What the engine assumes when a married-separate filer does not say: the spouses lived
     * together (the common case, and the one that taxes benefits most) and the other spouse does
     * not itemize.
     */
    public static final SeparateReturn ASSUMED = new SeparateReturn(true, false);

    static SeparateReturn defaultFor(FilingStatus status) {
      return status == FilingStatus.MARRIED_SEPARATE ? ASSUMED : NONE;
    }
  }
}
