package io.perennial.plan;

import io.perennial.basics.Checks;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Household;
import io.perennial.domain.InvestorProfile;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.MarketSnapshot;
import io.perennial.project.RunOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan facade: (household, market snapshot, settings) → {@link PlanResult}, with the problems
 * met. Stateless: it keeps only how projections run ({@link RunOptions}), so one planner serves
 * any number of plans, one after another or at once.
 *
 * <p>The steps, each callable alone on a {@link ResolvedPlan}:
 * <ol>
 *   <li>{@link #resolve}: the three inputs checked against each other, estimates, Σ, tax rules and
 *       values derived once;
 *   <li>{@link #holdings}: values, income, risk, concentration and coverage of what is held;
 *   <li>{@link #taxes}: this year's taxes on that income and the income after them;
 *   <li>{@link #projection}: the Monte Carlo projection of the holdings;
 *   <li>{@link #optimization}: the recommended allocation, location and trades, and what they earn
 *       after tax.
 * </ol>
 */
public final class Planner {

  private final RunOptions options;

  /** A planner whose projections run with {@code options} (threads, progress, cancellation). */
  public Planner(RunOptions options) {
    this.options = Checks.notNull(options, "run options");
  }

  /** A planner whose projections run on all processors. */
  public static Planner withDefaults() {
    return new Planner(RunOptions.defaults());
  }

  /**
   * The plan for {@code household} in {@code market} under {@code settings}: every step, the
   * optimization only when the settings turn it on. The problems are the result's own
   * ({@link PlanResult#problems()}).
   *
   * @throws IllegalArgumentException when the inputs do not fit together (see
   *     {@link ResolvedPlan#of}), the tax year has no tax data, or the projection settings do not
   *     fit the plan (see {@link PlanProjector#project})
   */
  public WithProblems<PlanResult> plan(Household household, MarketSnapshot market, PlanSettings settings) {
    return plan(resolve(household, market, settings));
  }

  /** The plan of an already resolved plan, as {@link #plan(Household, MarketSnapshot, PlanSettings)}. */
  public WithProblems<PlanResult> plan(ResolvedPlan resolved) {
    Checks.notNull(resolved, "resolved plan");
    HoldingsAnalysis analysis = holdings(resolved);
    TaxAnalysis tax = taxes(resolved, analysis);
    PlanProjector.Projected projection = projection(resolved, analysis, tax);
    List<Problem> problems = new ArrayList<>(analysis.problems());
    problems.addAll(tax.problems());
    problems.addAll(projection.problems());
    // The goal search compares with the holdings' own full run: the one just made.
    java.util.OptionalDouble currentSuccess = projection.projection() == null ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(projection.projection().successRate());
    PlanOptimization optimization = resolved.optimization().enabled()
        ? PlanOptimizer.optimize(resolved, analysis, tax, options, GoalSearch.DEFAULT_GRID, currentSuccess) : null;
    if (optimization == null) {
      problems.add(Problem.of("optimization", "the optimization is off (optimization.enabled: false): no recommended "
          + "allocation, location or trades", ""));
    } else if (optimization.isInfeasible()) {
      problems.add(Problem.of("optimization", optimization.message(), "relax one of the rules named, or remove it"));
    }
    problems.addAll(PropertyHoldings.notes(resolved.settings().properties()));
    PlanResult result = new PlanResult(summary(resolved), analysis.holdings(), analysis.income(), analysis.risk(),
        analysis.concentration(), analysis.coverage().withAfterTax(tax.coverage()), tax.afterTaxIncome(), tax.taxes(),
        PropertyHoldings.report(resolved.settings().properties()), projection.projection(), optimization, problems);
    return WithProblems.of(result, result.problems());
  }

  /** The three inputs resolved once (see {@link ResolvedPlan#of}). */
  public ResolvedPlan resolve(Household household, MarketSnapshot market, PlanSettings settings) {
    return ResolvedPlan.of(household, market, settings);
  }

  /** The analysis of the holdings as they are (see {@link HoldingsAnalyzer}). */
  public HoldingsAnalysis holdings(ResolvedPlan resolved) {
    return HoldingsAnalyzer.analyze(resolved);
  }

  /** This year's taxes on the holdings that {@code holdings} analysed (see {@link TaxAnalyzer}). */
  public TaxAnalysis taxes(ResolvedPlan resolved, HoldingsAnalysis holdings) {
    return TaxAnalyzer.analyze(resolved, holdings);
  }

  /**
   * The projection of the holdings, run with this planner's options; none, with a note, when
   * nothing of value is held (see {@link PlanProjector#project}).
   */
  public PlanProjector.Projected projection(ResolvedPlan resolved, HoldingsAnalysis holdings, TaxAnalysis taxes) {
    return PlanProjector.project(resolved, holdings, taxes, options);
  }

  /**
   * The recommended allocation, location and trades, whatever the settings say of
   * {@code optimization.enabled} (see {@link PlanOptimizer}).
   */
  public PlanOptimization optimization(ResolvedPlan resolved, HoldingsAnalysis holdings, TaxAnalysis taxes) {
    return PlanOptimizer.optimize(resolved, holdings, taxes, options);
  }

  /** The plan's inputs in brief. */
  static PlanResult.Summary summary(ResolvedPlan resolved) {
    InvestorProfile profile = resolved.profile();
    CapitalMarketAssumptions assumptions = resolved.assumptions();
    return new PlanResult.Summary(
        profile.name(),
        resolved.valuationDate(),
        profile.goal().annualSpending().currency().getCurrencyCode(),
        new PlanResult.ProfileSummary(profile.goal().annualSpending(), profile.otherIncome(), profile.goal().horizonYears(),
            profile.goal().yearsUntilStart(), profile.riskTolerance().label(), profile.riskTolerance().maxVolatility(),
            profile.filingStatus(), profile.stateTaxRate(), profile.inflation(), profile.annualContribution(), profile.age(),
            profile.spouseAge(), profile.taxableOtherIncome(), profile.itemizedDeductions(), profile.muniInState()),
        new PlanResult.AssumptionsSummary(assumptions.name(), assumptions.asOf(), assumptions.inflation(), assumptions.source()),
        resolved.accounts().size(),
        resolved.candidates().size(),
        resolved.constraints().stream().map(PlanConstraint::name).toList());
  }
}
