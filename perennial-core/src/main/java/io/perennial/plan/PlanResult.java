package io.perennial.plan;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.FilingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan made by the {@link Planner}, section by section as {@code perennial plan} reports it:
 * {@code plan} (who, when, which assumptions), then the analysis of the current holdings ({@code holdings}, {@code income},
 * {@code risk}, {@code concentration}, {@code coverage}), this year's taxes on them
 * ({@code afterTaxIncome}, {@code taxes}; {@code coverage} gains its after-tax figures), the
 * {@code projection} of the holdings (will the income last?), the recommended allocation, location
 * and trades ({@code optimization}) and {@code problems}.
 *
 * @param plan the summary of the plan's inputs
 * @param holdings values and weights
 * @param income expected income of the next twelve months, before tax
 * @param risk expected return and volatility as held
 * @param concentration Herfindahl index, effective holdings, largest positions
 * @param coverage the income against the spending need, before and after tax
 * @param afterTaxIncome the income after the taxes it causes, by account, asset and holding
 * @param taxes the household's taxes with and without the portfolio, rates and assumptions
 * @param properties the rental properties behind holdings: rent, NOI, debt service, cash flow,
 *     depreciation, taxable income, DSCR, loan balance and payoff year; empty when there are none
 * @param projection the Monte Carlo projection of the holdings; null when nothing of value is held
 * @param optimization the recommended allocation and location, what it earns after tax and the
 *     trades to reach it; null when the plan turns the optimization off
 * @param problems what could not be done or was assumed
 */
public record PlanResult(
    Summary plan,
    HoldingsAnalysis.Holdings holdings,
    HoldingsAnalysis.Income income,
    HoldingsAnalysis.Risk risk,
    HoldingsAnalysis.Concentration concentration,
    HoldingsAnalysis.Coverage coverage,
    TaxAnalysis.AfterTaxIncome afterTaxIncome,
    TaxAnalysis.Taxes taxes,
    List<PropertyReport> properties,
    PlanProjection projection,
    PlanOptimization optimization,
    List<Problem> problems) {

  public PlanResult {
    Checks.notNull(plan, "plan");
    Checks.notNull(holdings, "holdings");
    Checks.notNull(income, "income");
    Checks.notNull(risk, "risk");
    Checks.notNull(concentration, "concentration");
    Checks.notNull(coverage, "coverage");
    Checks.notNull(afterTaxIncome, "after-tax income");
    Checks.notNull(taxes, "taxes");
    properties = properties == null ? List.of() : List.copyOf(properties);
    problems = List.copyOf(problems);
  }

  /** This result with {@code notes} (from reading the inputs) listed before its own problems. */
  public PlanResult withNotes(List<Problem> notes) {
    List<Problem> all = new ArrayList<>(notes);
    all.addAll(problems);
    return new PlanResult(plan, holdings, income, risk, concentration, coverage, afterTaxIncome, taxes, properties, projection,
        optimization, all);
  }

  /**
   * The plan's inputs in brief.
   *
   * @param name the investor's name (may be empty)
   * @param valuationDate the date the holdings and prices describe
   * @param currency ISO code of every amount
   * @param profile the investor's goal, risk and tax figures
   * @param assumptions the capital-market assumptions used
   * @param accounts number of accounts
   * @param universeSize number of candidate assets
   * @param constraints the names of the plan's constraints
   */
  public record Summary(
      String name,
      LocalDate valuationDate,
      String currency,
      ProfileSummary profile,
      AssumptionsSummary assumptions,
      int accounts,
      int universeSize,
      List<String> constraints) {

    public Summary {
      constraints = List.copyOf(constraints);
    }
  }

  /**
   * The investor's figures, flat.
   *
   * @param annualSpending yearly spending need, today's money
   * @param otherIncome yearly income from outside the portfolio
   * @param horizonYears years the income must last
   * @param yearsUntilIncome years until the spending starts
   * @param riskTolerance the named level or "custom"
   * @param maxVolatility highest acceptable volatility, a fraction
   * @param filingStatus US federal filing status
   * @param stateTaxRate flat state income-tax rate, a fraction
   * @param inflation expected yearly inflation, a fraction
   * @param annualContribution yearly savings until the income starts
   * @param age age of the (older) investor, 0 when not given
   * @param spouseAge age of the spouse on a joint return, 0 when not given
   * @param taxableOtherIncome the part of other income taxed (as ordinary income)
   * @param itemizedDeductions itemized deductions, zero for the standard deduction
   * @param muniInState whether the muni bonds are of the household's state
   */
  public record ProfileSummary(
      Money annualSpending,
      Money otherIncome,
      int horizonYears,
      int yearsUntilIncome,
      String riskTolerance,
      double maxVolatility,
      FilingStatus filingStatus,
      double stateTaxRate,
      double inflation,
      Money annualContribution,
      int age,
      int spouseAge,
      Money taxableOtherIncome,
      Money itemizedDeductions,
      boolean muniInState) {}

  /**
   * Which capital-market assumptions were used.
   *
   * @param name the set's name
   * @param asOf the date its forward-looking figures describe
   * @param inflation the inflation behind its nominal figures
   * @param source where its figures come from
   */
  public record AssumptionsSummary(String name, LocalDate asOf, double inflation, String source) {}
}
