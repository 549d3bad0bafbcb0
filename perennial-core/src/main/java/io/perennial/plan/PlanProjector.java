package io.perennial.plan;

import io.perennial.basics.Checks;
import io.perennial.basics.Problem;
import io.perennial.domain.InvestorProfile;
import io.perennial.project.IncomeResponse;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.PathScenario;
import io.perennial.project.PercentileBands;
import io.perennial.project.ProgressListener;
import io.perennial.project.Projection;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.ReturnDistribution;
import io.perennial.project.RunOptions;
import io.perennial.project.ScenarioSet;
import io.perennial.project.WithdrawalRates;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The plan's projection: (resolved plan, holdings analysis, tax analysis) →
 * {@link PlanProjection}. Stateless. It builds one {@link ProjectionModel} of the current holdings and one {@link ParametricMonteCarlo} of their assets, runs it
 * ({@link Projection#run}) and finds the withdrawal rates ({@link WithdrawalRates}).
 *
 * <ul>
 *   <li><b>Positions</b>: one per holding (asset × account), at today's value, in its account's
 *       tax treatment; the starting values are the target mix. Each asset is its own return
 *       series.
 *   <li><b>Returns</b>: per asset the expected return, volatility, yield and income growth the
 *       holdings analysis uses (its {@code risk.byAsset} and {@code income.byAsset} rows: the
 *       asset's own figures, else its class's); correlations as in the risk section (class
 *       correlations, {@link HoldingsAnalyzer#WITHIN_CLASS_CORRELATION} within a class), applied
 *       to the log-return shocks.
 *   <li><b>Income</b>: stocks and REITs follow the dividend model fitted on US dividends
 *       ({@link IncomeResponse#US_EQUITY_DIVIDENDS}); rental real estate and royalties grow at
 *       their rate whatever the returns; bonds and cash pay yield × value.
 *   <li><b>Taxes</b>: flat rates from this year's exact taxes ({@link TaxRateBasis#taxRates}).
 *   <li><b>Spending</b>: the goal (after tax, today's money, indexed) from year
 *       {@code yearsUntilIncome}; other income after its own tax is an income stream; the
 *       contribution is saved each year before.
 * </ul>
 */
public final class PlanProjector {

  /** The label of the projection method. */
  public static final String METHOD = "parametric-monte-carlo";

  /** The withdrawal rates are searched on at most this many futures (the first ones). */
  public static final int WITHDRAWAL_RATE_PATHS = 1_000;

  /**
   * Above this many assets the simulation draws them through their classes' factors
   * ({@link SimulationCorrelations#classFactors}): the same correlations, other draws, and far less work for a
   * planner's client with hundreds of holdings.
   */
  public static final int FACTOR_FORM_ABOVE = 40;

  /** Each future's withdrawal rates are found to within this (0.001 percentage points). */
  public static final double WITHDRAWAL_RATE_TOLERANCE = 1e-5;

  private PlanProjector() {}

  /**
   * A projection and what it had to assume.
   *
   * @param projection the projection; null when there is nothing to project
   * @param problems notes for the report
   */
  public record Projected(PlanProjection projection, List<Problem> problems) {

    public Projected {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The projection of {@code input}'s holdings; none (with a note) when nothing of value is held.
   *
   * @throws IllegalArgumentException when the settings do not fit the plan (a percentage rule
   *     without a withdrawal rate for a saver, a spending goal larger than the portfolio)
   */
  public static Projected project(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, RunOptions options) {
    Checks.notNull(options, "run options");
    if (analysis.holdings().totalValue().amount().signum() <= 0) {
      InvestorProfile profile = input.profile();
      boolean saver = profile.annualContribution().amount().signum() > 0 && profile.goal().yearsUntilStart() > 0;
      if (!saver) {
        return new Projected(null, List.of(Problem.of("projection", "nothing of value is held, so there is nothing to project",
            "add holdings to the accounts, or, for a saver, annualContribution and yearsUntilIncome to the profile")));
      }
      if (analysis.holdings().positions().isEmpty()) {
        return new Projected(null, List.of(Problem.of("projection", "nothing is held yet, so the projection does not know what "
                + "the contributions buy", "list the assets you will buy as holdings with quantity: 0 (the contributions are "
                + "split equally among them)")));
      }
    }
    ProjectionSetup setup = ProjectionSetup.of(input, analysis, tax);
    ProjectionModel model = setup.model();
    ScenarioSet scenarios = setup.source().scenarios(model.seriesUsed(), model.years());
    ProjectionResult result = Projection.run(model, scenarios, options);
    // Withdrawal rates are fractions of today's value: none when nothing is held yet.
    WithdrawalRates rates = model.startingValue() > 0.0
        ? withdrawalRates(model, scenarios, input.projection().targetSuccess(), options) : null;
    return new Projected(planProjection(input, setup, result, rates), setup.problems());
  }

  /**
   * The share of the first {@code paths} futures of {@code input}'s projection (its settings and
   * seed) in which the holdings {@code analysis} describes meet the spending goal every year: the
   * goal objective's judge. The first futures of a longer run are the same futures, so a search on
   * few paths and the full run agree on them. Nothing held: 0.
   */
  static double successRate(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, int paths, RunOptions options) {
    return judge(input, analysis, tax, paths, options).success();
  }

  /**
   * What the goal search reads of a projection on the first futures: the success rate, and the
   * income floor, the 5th percentile of real after-tax income averaged over the spending years.
   */
  record Judged(double success, double incomeFloor) {}

  /** The projection of {@code analysis}'s holdings on the first {@code paths} futures, judged (see {@link Judged}). */
  static Judged judge(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, int paths, RunOptions options) {
    if (analysis.holdings().totalValue().amount().signum() <= 0) {
      return new Judged(0.0, 0.0);
    }
    ProjectionSetup setup = ProjectionSetup.of(input, analysis, tax);
    ProjectionModel model = setup.model();
    ScenarioSet scenarios = setup.source().scenarios(model.seriesUsed(), model.years());
    ScenarioSet first = firstPaths(scenarios, Math.min(paths, scenarios.paths()));
    ProjectionResult result = Projection.run(model, first, options.withProgress(ProgressListener.NONE));
    double[] low = result.realIncome().p5();
    double sum = 0.0;
    int count = 0;
    for (int t = model.spendingStartYear(); t < low.length; t++) {
      sum += low[t];
      count++;
    }
    return new Judged(result.successRate(), count == 0 ? 0.0 : sum / count);
  }

  /** The withdrawal rates of the portfolio alone (streams left out) on the first futures. */
  private static WithdrawalRates withdrawalRates(ProjectionModel model, ScenarioSet scenarios, double targetSuccess,
      RunOptions options) {
    ProjectionModel alone = new ProjectionModel(model.positions(), model.spending(), model.spendingStartYear(),
        model.annualContribution(), List.of(), model.taxes(), model.withdrawalOrder(), model.years(), model.timing(),
        model.rebalancing(), model.incomeGoal());
    return WithdrawalRates.of(alone, firstPaths(scenarios, Math.min(WITHDRAWAL_RATE_PATHS, scenarios.paths())),
        targetSuccess, options.withProgress(ProgressListener.NONE), WITHDRAWAL_RATE_TOLERANCE);
  }

  /** The first {@code count} paths of {@code scenarios}, the same numbers. */
  static ScenarioSet firstPaths(ScenarioSet scenarios, int count) {
    return new ScenarioSet() {
      @Override
      public List<String> series() {
        return scenarios.series();
      }

      @Override
      public int years() {
        return scenarios.years();
      }

      @Override
      public int paths() {
        return count;
      }

      @Override
      public void fill(int path, PathScenario into) {
        scenarios.fill(path, into);
      }

      @Override
      public int label(int path) {
        return scenarios.label(path);
      }

      @Override
      public double expectedLogReturn(int s) {
        return scenarios.expectedLogReturn(s);
      }

      @Override
      public double meanShortfall(int s) {
        return scenarios.meanShortfall(s);
      }

      @Override
      public double meanExcess(int s) {
        return scenarios.meanExcess(s);
      }

      @Override
      public PathScenario newBuffer() {
        return scenarios.newBuffer();
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The result: numbers only (the sentences are io.perennial.report's)

  private static PlanProjection planProjection(ResolvedPlan input, ProjectionSetup setup, ProjectionResult result, WithdrawalRates rates) {
    ProjectionSettings settings = input.projection();
    InvestorProfile profile = input.profile();
    ProjectionModel model = setup.model();
    int years = model.years();
    int untilIncome = model.spendingStartYear();
    int firstYear = input.valuationDate().getYear();
    double total = model.startingValue();
    double goal = profile.goal().annualSpending().toDouble();
    int paths = result.paths();
    double p = result.successRate();
    double standardError = Math.sqrt(p * (1.0 - p) / paths);

    double[][] income = levels(result.realIncome());
    double[][] value = levels(result.realValue());
    double[] coverage = result.incomeCoverage();
    int[] failures = result.failYearCounts();
    List<PlanProjection.Year> byYear = new ArrayList<>();
    for (int t = 0; t < years; t++) {
      byYear.add(new PlanProjection.Year(t + 1, firstYear + t, t < untilIncome ? "saving" : "spending", coverage[t],
          failures[t], bands(income, t), bands(value, t)));
    }
    ProjectionResult.IncomeDrop drop = result.incomeDrop();
    PlanProjection.GoalReached goalReached = null;
    if (untilIncome > 0 && result.goal() != null) {
      ProjectionResult.GoalReached g = result.goal();
      Integer median = oneBased(g.yearP50());
      goalReached = new PlanProjection.GoalReached(cents(g.goal()), g.reachedShare(), oneBased(g.yearP25()), median,
          oneBased(g.yearP75()), median == null ? null : firstYear + median - 1);
    }
    PlanProjection.WithdrawalRatesFound found = rates == null ? null : new PlanProjection.WithdrawalRatesFound(
        rates.targetSuccess(), rates.pathSafe().length, rates.safe(), rates.perpetual(), cents(rates.safe() * total),
        cents(rates.perpetual() * total));
    ReturnDistribution distribution = settings.distribution();
    return new PlanProjection(
        METHOD,
        paths,
        settings.seed(),
        distribution == ReturnDistribution.LOGNORMAL ? "lognormal" : "student-t",
        distribution == ReturnDistribution.STUDENT_T ? settings.degreesOfFreedom() : null,
        settings.spendingRule().id(),
        setup.withdrawalRate(),
        years,
        untilIncome,
        profile.goal().horizonYears(),
        firstYear,
        cents(total),
        cents(goal),
        cents(model.annualContribution()),
        settings.rebalanceEveryYears(),
        new PlanProjection.OtherIncome(cents(setup.otherIncome().amount()), cents(setup.otherIncome().tax()),
            cents(setup.otherIncome().afterTax()), setup.otherIncome().startsInYear(), setup.otherIncome().indexation(),
            setup.otherIncome().socialSecurity()),
        new PlanProjection.Inflation(profile.inflation(), settings.inflationVolatility(),
            settings.inflationVolatility() > 0.0 ? settings.inflationPersistence() : 0.0),
        setup.taxRates(),
        setup.assets(),
        p,
        standardError,
        result.failures(),
        new PlanProjection.IncomeDrop(drop.median(), drop.p95(), drop.worst()),
        goalReached,
        found,
        milestones(years, untilIncome),
        byYear);
  }

  /**
   * The years the text shows (1-based): 1, then every 5 years to 30 (every 10 beyond 30 years),
   * the first year of spending and the last year.
   */
  static List<Integer> milestones(int years, int untilIncome) {
    TreeSet<Integer> shown = new TreeSet<>();
    shown.add(1);
    int step = years <= 30 ? 5 : 10;
    for (int y = step; y <= years; y += step) {
      shown.add(y);
    }
    if (untilIncome > 0) {
      shown.add(untilIncome + 1);
    }
    shown.add(years);
    return List.copyOf(shown);
  }

  /** The bands' five levels, each an array by year. */
  private static double[][] levels(PercentileBands bands) {
    return new double[][] {bands.p5(), bands.p25(), bands.p50(), bands.p75(), bands.p95()};
  }

  private static PlanProjection.Bands bands(double[][] levels, int t) {
    return new PlanProjection.Bands(cents(levels[0][t]), cents(levels[1][t]), cents(levels[2][t]), cents(levels[3][t]),
        cents(levels[4][t]));
  }

  private static Integer oneBased(int year) {
    return year < 0 ? null : year + 1;
  }

  static double cents(double amount) {
    return Math.round(amount * 100.0) / 100.0;
  }
}
