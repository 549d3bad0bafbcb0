package io.perennial.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.perennial.project.BlockBootstrap;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.PercentileBands;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.SpendingRule;
import io.perennial.project.WithdrawalRates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code perennial project} reports: the figures and rows of one projection (and, when asked,
 * its withdrawal rates), computed once from the request and the result so that the text
 * ({@link ProjectText}) and the {@code --json} document (this record, docs/project.md) show the same
 * numbers. Rates are fractions, amounts are in money of the first year, years are 1-based.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectReport(
    String source,
    Window window,
    Map<String, Double> mix,
    int years,
    String timing,
    boolean inflationAdjusted,
    String rule,
    double startingValue,
    double firstYearSpending,
    double withdrawalRate,
    double successRate,
    int periods,
    int failures,
    List<Integer> failedStartYears,
    Integer blockLength,
    Long seed,
    String distribution,
    IncomeDrop worstRealIncomeDrop,
    Goal goal,
    Double safeWithdrawalRate,
    Double perpetualWithdrawalRate,
    Double targetSuccess,
    Integer safeWithdrawalRateStartYear,
    List<Year> byYear) {

  /** The years of the table the sequences are drawn from, both included. */
  record Window(int from, int to) {}

  /** The 5th, 25th, 50th, 75th and 95th percentiles of one amount over the paths. */
  record Bands(double p5, double p25, double p50, double p75, double p95) {
    /** Percentiles of money amounts (kept in single precision while simulating), to the cent. */
    static Bands ofMoney(double p5, double p25, double p50, double p75, double p95) {
      return new Bands(cents(p5), cents(p25), cents(p50), cents(p75), cents(p95));
    }

    private static double cents(double amount) {
      return Math.round(amount * 100.0) / 100.0;
    }
  }

  /**
   * One year of the horizon (1-based): the share of paths whose after-tax income paid its spending,
   * the paths failing in it, and the bands of real after-tax income and real year-end value.
   */
  record Year(int year, double incomeCoverage, int failuresThisYear, Bands realIncome, Bands realValue) {}

  /**
   * The worst fall of real income from its peak (fractions): its median and 95th percentile over
   * the paths, the worst fall and the start year of its path.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record IncomeDrop(double median, double p95, double worst, Integer worstStartYear) {}

  /**
   * A saver's income goal: the share of paths reaching it within the horizon and the year
   * (1-based) it is reached by quartile of the paths, null when not reached.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Goal(double goal, double reachedShare, Integer yearP25, Integer medianYear, Integer yearP75) {}

  /** The report of {@code result}, run as {@code request} asks, with its {@code rates} (null when not asked for). */
  static ProjectReport of(ProjectRequest request, ProjectionResult result, WithdrawalRates rates) {
    ProjectRequest q = request;
    List<Year> byYear = new ArrayList<>();
    PercentileBands income = result.realIncome();
    PercentileBands value = result.realValue();
    double[] coverage = result.incomeCoverage();
    int[] fails = result.failYearCounts();
    for (int t = 0; t < result.years(); t++) {
      byYear.add(new Year(t + 1, coverage[t], fails[t],
          Bands.ofMoney(income.p5()[t], income.p25()[t], income.p50()[t], income.p75()[t], income.p95()[t]),
          Bands.ofMoney(value.p5()[t], value.p25()[t], value.p50()[t], value.p75()[t], value.p95()[t])));
    }
    ProjectionResult.IncomeDrop drop = result.incomeDrop();
    ProjectionResult.GoalReached goal = result.goal();
    ProjectionModel model = q.model();
    boolean random = !q.kind().equals("historical");
    SpendingRule spendingRule = model.spending();
    String rule = spendingRule instanceof SpendingRule.ConstantSpending ? "constant"
        : spendingRule instanceof SpendingRule.IncomeOnly ? "income-only"
        : spendingRule instanceof SpendingRule.FixedPercentage ? "percentage"
        : "guardrails";
    return new ProjectReport(
        q.kind(),
        new Window(q.from(), q.to()),
        q.weights(),
        model.years(),
        model.timing().name().toLowerCase(Locale.ROOT),
        model.spending() instanceof SpendingRule.ConstantSpending c ? c.inflationAdjusted()
            : model.spending() instanceof SpendingRule.IncomeOnly i ? i.inflationAdjusted() : false,
        rule,
        model.startingValue(),
        q.firstYearSpending(),
        q.firstYearSpending() / model.startingValue(),
        result.successRate(),
        result.paths(),
        result.failures(),
        result.failedLabels(),
        q.source() instanceof BlockBootstrap b ? b.blockLength() : null,
        random ? (q.source() instanceof BlockBootstrap b ? b.seed() : ((ParametricMonteCarlo) q.source()).seed()) : null,
        q.source() instanceof ParametricMonteCarlo m ? m.distribution().name().toLowerCase(Locale.ROOT).replace('_', '-') : null,
        new IncomeDrop(drop.median(), drop.p95(), drop.worst(), drop.worstLabel() >= 0 ? drop.worstLabel() : null),
        goal == null ? null : new Goal(goal.goal(), goal.reachedShare(), year(goal.yearP25()), year(goal.yearP50()), year(goal.yearP75())),
        rates == null ? null : rates.safe(),
        rates == null ? null : rates.perpetual(),
        rates == null ? null : rates.targetSuccess(),
        rates == null || rates.safeWorstLabel() < 0 ? null : rates.safeWorstLabel(),
        byYear);
  }

  /** A 0-based year index as a 1-based year number, null when not reached. */
  private static Integer year(int index) {
    return index < 0 ? null : index + 1;
  }
}
