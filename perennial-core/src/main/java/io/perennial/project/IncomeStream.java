package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * Income from outside the portfolio: a pension, social security, rent, wages. It is paid at each
 * payment date from {@code startYear} (0 = the first simulated year) to {@code endYear}
 * (exclusive), and counts toward spending before the portfolio is touched.
 *
 * <p>Amount in year t: {@code annualAmount · Π_{k<t} (1 + indexation · π_k)} where π_k is the
 * simulated inflation of year k: with indexation 1 the stream keeps its value in today's money,
 * with 0 it pays the same nominal amount every year.
 *
 * @param name a label
 * @param annualAmount the yearly amount in today's money (nominal when indexation is 0), ≥ 0
 * @param startYear first year paid, counted from 0
 * @param endYear first year no longer paid ({@link Integer#MAX_VALUE} = for life)
 * @param indexation share of inflation passed on each year, in [0, 1]
 * @param taxableFraction share of the stream taxed at the income rate, in [0, 1]
 */
public record IncomeStream(
    String name, double annualAmount, int startYear, int endYear, double indexation, double taxableFraction) {

  public IncomeStream {
    Checks.notBlank(name, "income stream name");
    Checks.nonNegative(annualAmount, "yearly amount of " + name);
    Checks.nonNegative(startYear, "first year of " + name);
    Checks.check(endYear > startYear, "income stream " + name + " ends (" + endYear + ") before it starts (" + startYear + ")");
    Checks.inRange(indexation, 0.0, 1.0, "inflation indexation of " + name);
    Checks.inRange(taxableFraction, 0.0, 1.0, "taxable fraction of " + name);
  }

  /** A stream paid for life from {@code startYear}, fully indexed and fully taxable. */
  public static IncomeStream indexedForLife(String name, double annualAmount, int startYear) {
    return new IncomeStream(name, annualAmount, startYear, Integer.MAX_VALUE, 1.0, 1.0);
  }

  boolean paidIn(int year) {
    return year >= startYear && year < endYear;
  }
}
