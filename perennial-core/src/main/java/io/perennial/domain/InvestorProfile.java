package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.List;

/**
 * Who the plan is for: the goal, risk, taxes and the economy assumed.
 *
 * @param name a name for people (may be empty)
 * @param goal the income goal
 * @param riskTolerance the highest acceptable volatility
 * @param filingStatus US federal filing status
 * @param stateTaxRate flat state income-tax rate, a fraction
 * @param inflation expected yearly inflation, a fraction
 * @param otherIncome yearly income from outside the portfolio (pension, social security, wages);
 *     it counts toward the goal, and its taxable part ({@code taxableOtherIncome}) is taxed as
 *     ordinary income and sets the tax bracket
 * @param annualContribution yearly savings added to the portfolio until the income starts
 * @param age the age of the (older) investor, or 0 when not given
 * @param spouseAge the age of the second person on a married-joint return, or 0 when not given
 *     (always 0 for other filing statuses)
 * @param taxableOtherIncome the part of {@code otherIncome} that is taxable, taxed as ordinary
 *     income: all of it for pensions and wages, at most 85 % of Social Security benefits (the
 *     taxable part of benefits is not computed by Perennial); from 0 to {@code otherIncome}
 * @param itemizedDeductions total itemized deductions in dollars, zero or more (zero: the standard
 *     deduction); the larger of the two is used
 * @param muniInState true when the household's municipal bonds are of its own state, so their
 *     interest is exempt from the state tax too
 * @param socialSecurity the Social Security retirement benefits of the people on the return (at
 *     most two, one per person), apart from {@code otherIncome}: they count toward the goal from the
 *     year each is first paid, and are taxed by the Publication 915 worksheet, not as ordinary income
 * @param wages wages earned until a year ({@link Wages#NONE} when none): taxed as ordinary income
 *     while paid, not counted toward the spending after their last year
 */
public record InvestorProfile(
    String name,
    IncomeGoal goal,
    RiskTolerance riskTolerance,
    FilingStatus filingStatus,
    double stateTaxRate,
    double inflation,
    Money otherIncome,
    Money annualContribution,
    int age,
    int spouseAge,
    Money taxableOtherIncome,
    Money itemizedDeductions,
    boolean muniInState,
    List<SocialSecurityBenefit> socialSecurity,
    Wages wages) {

  /** The most benefits on one return: one per person. */
  public static final int MAX_BENEFITS = 2;

  public InvestorProfile {
    name = name == null ? "" : name;
    Checks.notNull(goal, "goal");
    Checks.notNull(riskTolerance, "risk tolerance");
    Checks.notNull(filingStatus, "filing status");
    Checks.inRange(stateTaxRate, 0.0, 0.2, "state tax rate");
    Checks.inRange(inflation, -0.05, 0.25, "inflation");
    Checks.notNull(otherIncome, "other income");
    Checks.check(!otherIncome.isNegative(), "other income must be zero or more, got " + otherIncome);
    Checks.notNull(annualContribution, "annual contribution");
    Checks.check(!annualContribution.isNegative(), "annual contribution must be zero or more");
    Checks.check(age >= 0 && age <= 120, "age must lie between 0 and 120, got " + age);
    Checks.check(spouseAge >= 0 && spouseAge <= 120, "spouse's age must lie between 0 and 120, got " + spouseAge);
    Checks.check(spouseAge == 0 || filingStatus == FilingStatus.MARRIED_JOINT,
        "a spouse's age is only for a married-joint return; a " + filingStatus.id() + " return has one person");
    taxableOtherIncome = taxableOtherIncome == null ? otherIncome : taxableOtherIncome;
    Checks.check(!taxableOtherIncome.isNegative() && taxableOtherIncome.compareTo(otherIncome) <= 0,
        "taxable other income must lie between 0 and the other income " + otherIncome + ", got " + taxableOtherIncome);
    itemizedDeductions = itemizedDeductions == null ? Money.zero(otherIncome.currency()) : itemizedDeductions;
    Checks.check(!itemizedDeductions.isNegative(), "itemized deductions must be zero or more, got " + itemizedDeductions);
    socialSecurity = socialSecurity == null ? List.of() : List.copyOf(socialSecurity);
    Checks.check(socialSecurity.size() <= MAX_BENEFITS, "at most " + MAX_BENEFITS + " Social Security benefits (one per "
        + "person), got " + socialSecurity.size());
    wages = wages == null ? Wages.NONE : wages;
  }

  /** A profile without wages. */
  public InvestorProfile(
      String name, IncomeGoal goal, RiskTolerance riskTolerance, FilingStatus filingStatus, double stateTaxRate,
      double inflation, Money otherIncome, Money annualContribution, int age, int spouseAge, Money taxableOtherIncome,
      Money itemizedDeductions, boolean muniInState, List<SocialSecurityBenefit> socialSecurity) {
    this(name, goal, riskTolerance, filingStatus, stateTaxRate, inflation, otherIncome, annualContribution, age, spouseAge,
        taxableOtherIncome, itemizedDeductions, muniInState, socialSecurity, Wages.NONE);
  }

  /** A profile without Social Security benefits given apart from the other income. */
  public InvestorProfile(
      String name, IncomeGoal goal, RiskTolerance riskTolerance, FilingStatus filingStatus, double stateTaxRate,
      double inflation, Money otherIncome, Money annualContribution, int age, int spouseAge, Money taxableOtherIncome,
      Money itemizedDeductions, boolean muniInState) {
    this(name, goal, riskTolerance, filingStatus, stateTaxRate, inflation, otherIncome, annualContribution, age, spouseAge,
        taxableOtherIncome, itemizedDeductions, muniInState, List.of(), Wages.NONE);
  }

  /**
   * A profile with one age, all other income taxable, the standard deduction and muni bonds of
   * another state.
   */
  public InvestorProfile(
      String name, IncomeGoal goal, RiskTolerance riskTolerance, FilingStatus filingStatus, double stateTaxRate,
      double inflation, Money otherIncome, Money annualContribution, int age) {
    this(name, goal, riskTolerance, filingStatus, stateTaxRate, inflation, otherIncome, annualContribution, age,
        0, otherIncome, null, false, List.of(), Wages.NONE);
  }

  /** This profile with the tax details beyond filing status and state rate. */
  public InvestorProfile withTaxDetails(int newSpouseAge, Money newTaxableOtherIncome, Money newItemizedDeductions,
      boolean newMuniInState) {
    return new InvestorProfile(name, goal, riskTolerance, filingStatus, stateTaxRate, inflation, otherIncome,
        annualContribution, age, newSpouseAge, newTaxableOtherIncome, newItemizedDeductions, newMuniInState, socialSecurity, wages);
  }

  /** This profile with {@code benefits} as its Social Security benefits. */
  public InvestorProfile withSocialSecurity(List<SocialSecurityBenefit> benefits) {
    return new InvestorProfile(name, goal, riskTolerance, filingStatus, stateTaxRate, inflation, otherIncome,
        annualContribution, age, spouseAge, taxableOtherIncome, itemizedDeductions, muniInState, benefits, wages);
  }

  /** This profile with {@code newWages} as its wages. */
  public InvestorProfile withWages(Wages newWages) {
    return new InvestorProfile(name, goal, riskTolerance, filingStatus, stateTaxRate, inflation, otherIncome,
        annualContribution, age, spouseAge, taxableOtherIncome, itemizedDeductions, muniInState, socialSecurity, newWages);
  }

  /** Spending the portfolio itself must cover this year: the goal less other income, never below zero. */
  public Money spendingFromPortfolio() {
    Money need = goal.annualSpending().minus(otherIncome);
    return need.isNegative() ? Money.zero(need.currency()) : need;
  }
}
