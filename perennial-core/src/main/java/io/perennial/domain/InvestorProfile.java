package io.perennial.domain;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * Who the plan is for: the goal, risk, taxes and the economy assumed.
 *
 * @param name a name for people (may be empty)
 * @param goal the income goal
 * @param riskTolerance the highest acceptable volatility
 * @param filingStatus US federal filing status
 * @param stateTaxRate flat state income-tax rate, a fraction
 * @param inflation expected yearly inflation, a fraction
 * @param otherIncome yearly income from outside the portfolio (pension, social security, wages),
 *     taxed as ordinary income; it counts toward the goal and sets the tax bracket
 * @param annualContribution yearly savings added to the portfolio until the income starts
 * @param age the age of the (older) investor, or 0 when not given
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
    int age) {

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
  }

  /** Spending the portfolio itself must cover this year: the goal less other income, never below zero. */
  public Money spendingFromPortfolio() {
    Money need = goal.annualSpending().minus(otherIncome);
    return need.isNegative() ? Money.zero(need.currency()) : need;
  }
}
