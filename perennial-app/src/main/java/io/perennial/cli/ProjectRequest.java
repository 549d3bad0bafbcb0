package io.perennial.cli;

import static io.perennial.cli.ProjectOptionValues.fraction;
import static io.perennial.cli.ProjectOptionValues.keyValues;
import static io.perennial.cli.ProjectOptionValues.parseWith;
import static io.perennial.cli.ProjectOptionValues.rebalancing;
import static io.perennial.cli.ProjectOptionValues.requireValues;
import static io.perennial.cli.ProjectOptionValues.stream;

import io.perennial.domain.AccountType;
import io.perennial.io.AnnualReturnsCsv;
import io.perennial.basics.InvalidInputException;
import io.perennial.io.InputException;
import io.perennial.market.AnnualReturnsTable;
import io.perennial.project.BlockBootstrap;
import io.perennial.project.HistoricalMoments;
import io.perennial.project.HistoricalSequences;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.Position;
import io.perennial.plan.ProjectionSettings;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ReturnDistribution;
import io.perennial.project.ReturnSource;
import io.perennial.project.SpendingRule;
import io.perennial.project.TaxRates;
import io.perennial.project.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code perennial project} is asked to run: the projection model, the source of its return
 * sequences (historical, bootstrap or Monte Carlo, with their seed), and what the report says of
 * them: the source's kind ({@code historical}, {@code bootstrap}, {@code monte-carlo}), the window
 * of years {@code from}–{@code to}, the mix's weights (fractions summing to 1), the first year's
 * spending in money and the inflation column (null when the table has none).
 */
record ProjectRequest(ProjectionModel model, ReturnSource source, String kind, int from, int to, Map<String, Double> weights,
    double firstYearSpending, String inflation) {

  /**
   * The request the options of {@code o} ask for, read from its {@code --history} table. The
   * options are checked in a fixed order, so a run with several mistakes names the same one first
   * every time; each mistake is an {@link io.perennial.io.InputException} naming the option and the fix.
   */
  static ProjectRequest of(ProjectCommand o) {
    Map<String, String> mix = keyValues("--mix", o.mixEntries);
    Map<String, String> income = keyValues("--income", o.incomeEntries);
    Map<String, String> reinvest = keyValues("--reinvest", o.reinvestEntries);
    if ((o.bootstrap || o.monteCarlo) && o.paths > ProjectionSettings.MAX_PATHS) {
      throw new InputException("--paths", String.format(Locale.ROOT, "at most %,d paths, got %,d", ProjectionSettings.MAX_PATHS, o.paths),
          "give --paths between 1 and " + ProjectionSettings.MAX_PATHS + " (10,000 give percentiles to about a tenth of a point)");
    }
    AnnualReturnsTable table = AnnualReturnsCsv.read(OptionValues.existingFile("--history", o.history));
    int first = o.from != null ? o.from : table.firstYear();
    int last = o.to != null ? o.to : table.lastYear();
    if (first < table.firstYear() || last > table.lastYear() || first > last) {
      throw new InputException("--from/--to", "the window " + first + "–" + last + " lies outside the years of "
          + o.history + " (" + table.firstYear() + "–" + table.lastYear() + ")", "choose years inside the table");
    }
    if (o.years <= 0) {
      throw new InputException("--years", "the horizon must be at least one year, got " + o.years, "give --years N with N ≥ 1");
    }
    int windowYears = last - first + 1;
    if (!o.bootstrap && !o.monteCarlo && windowYears < o.years) {
      throw new InputException("--from/--to", "the window " + first + "–" + last + " holds " + windowYears
          + " years, fewer than the " + o.years + "-year horizon", "widen the window or shorten --years");
    }
    if (o.bootstrap && o.monteCarlo) {
      throw new InputException("--bootstrap/--monte-carlo", "choose one source", "give either --bootstrap or --monte-carlo");
    }
    Map<String, Double> weights = ProjectOptionValues.weights(mix, table, o.history);
    if (o.withdrawalRate == null && o.spending == null) {
      throw new InputException("--withdrawal-rate", "no spending given", "give --withdrawal-rate R (e.g. 0.04) or --spending AMOUNT");
    }
    if (o.withdrawalRate != null && o.spending != null) {
      throw new InputException("--withdrawal-rate/--spending", "both given", "give only one of them");
    }
    if (o.withdrawalRate != null && !(o.withdrawalRate >= 0.0 && o.withdrawalRate <= 1.0)) {
      throw new InputException("--withdrawal-rate", "the withdrawal rate must lie between 0 and 1, got " + o.withdrawalRate,
          "give the rate as a fraction, e.g. 0.04 for 4 %");
    }
    if (o.spending != null && !(o.spending >= 0.0)) {
      throw new InputException("--spending", "spending must be zero or more, got " + o.spending, "give a yearly amount");
    }
    if (!(o.portfolio > 0.0) || Double.isInfinite(o.portfolio)) {
      throw new InputException("--portfolio", "the starting value must be more than zero, got " + o.portfolio, "give a positive amount");
    }
    double firstYear = o.withdrawalRate != null ? o.withdrawalRate * o.portfolio : o.spending;
    double rate = firstYear / o.portfolio;
    Timing when = parseWith("--timing", () -> Timing.parse(o.timing));
    AccountType accountType = parseWith("--account", () -> AccountType.parse(o.account));
    SpendingRule spendingRule = switch (o.rule.toLowerCase(Locale.ROOT)) {
      case "constant" -> new SpendingRule.ConstantSpending(firstYear, o.inflationAdjusted);
      case "income-only" -> new SpendingRule.IncomeOnly(firstYear, o.inflationAdjusted);
      case "percentage" -> new SpendingRule.FixedPercentage(rate);
      case "guardrails" -> {
        if (!(rate > 0.0)) {
          throw new InputException("--withdrawal-rate", "guardrails need a starting rate above zero", "give --withdrawal-rate R > 0");
        }
        yield SpendingRule.Guardrails.standard(rate);
      }
      default -> throw new InputException("--rule", "unknown rule '" + o.rule + "'", "use constant, income-only, percentage or guardrails");
    };
    boolean needsInflation = o.inflationAdjusted || !o.streams.isEmpty() || o.contribution > 0 || o.rule.equalsIgnoreCase("guardrails");
    String inflationColumn = table.hasSeries(o.inflationSeries) ? o.inflationSeries : null;
    if (inflationColumn == null && needsInflation) {
      throw new InputException(o.history.toString(), "no inflation column '" + o.inflationSeries + "'",
          "name the column of yearly inflation with --inflation-series, or drop --inflation-adjusted");
    }
    List<Position> positions = new ArrayList<>();
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      String series = entry.getKey();
      ProjectOptionValues.SeriesIncome seriesIncome = ProjectOptionValues.income(series, income.get(series));
      double share = fraction("--reinvest", series, reinvest.get(series), 0.0);
      positions.add(new Position(series, series, accountType, entry.getValue() * o.portfolio, seriesIncome.startingYield(),
          seriesIncome.model(), share));
    }
    for (String key : income.keySet()) {
      if (!weights.containsKey(key)) {
        throw new InputException("--income", "series '" + key + "' is not in --mix", "give income only for series of the mix");
      }
    }
    for (String key : reinvest.keySet()) {
      if (!weights.containsKey(key)) {
        throw new InputException("--reinvest", "series '" + key + "' is not in --mix", "give reinvestment only for series of the mix");
      }
    }
    ProjectionModel.Builder builder = ProjectionModel.builder()
        .positions(positions)
        .spending(spendingRule)
        .years(o.years)
        .timing(when)
        .rebalancing(rebalancing(o.rebalance))
        .taxes(parseWith("--tax-rate", () -> TaxRates.flat(o.taxRate)))
        .annualContribution(o.contribution)
        .spendingStartYear(o.retireIn)
        .incomeGoal(o.retireIn > 0 ? firstYear : 0.0); // "when is the goal reached" is for accumulators
    if (o.contribution < 0) {
      throw new InputException("--contribution", "the contribution must be zero or more", "give a yearly amount");
    }
    if (o.retireIn < 0 || o.retireIn >= o.years) {
      throw new InputException("--retire-in", "spending must start within the horizon (0 to " + (o.years - 1) + "), got " + o.retireIn,
          "give fewer years or a longer --years");
    }
    for (String text : o.streams) {
      builder.stream(stream(text));
    }
    ProjectionModel model = parseWith("options", builder::build);
    requireValues(table, o.history, first, last, model.seriesUsed(), inflationColumn);
    // Before the sources are built: each would refuse a non-positive count in its own words.
    if ((o.bootstrap || o.monteCarlo) && o.paths <= 0) {
      throw new InputException("--paths", "the number of paths must be at least 1, got " + o.paths, "give --paths P");
    }
    ReturnSource source;
    String kind;
    if (o.bootstrap) {
      kind = "bootstrap";
      source = parseWith("--bootstrap", () -> new BlockBootstrap(table, first, last, inflationColumn, o.block, o.paths, o.seed));
      if (o.block > windowYears) {
        throw new InputException("--block", "the block of " + o.block + " years is longer than the window " + first + "–" + last,
            "give a shorter --block");
      }
    } else if (o.monteCarlo) {
      kind = "monte-carlo";
      ReturnDistribution shape = parseWith("--distribution", () -> ReturnDistribution.parse(o.distribution));
      if (shape == ReturnDistribution.STUDENT_T && !(o.degreesOfFreedom > 2.0 && o.degreesOfFreedom <= 1000.0)) {
        throw new InputException("--dof", "Student-t degrees of freedom must lie above 2 (for a finite variance) and at"
            + " most 1000, got " + o.degreesOfFreedom, "give e.g. --dof 5");
      }
      if (windowYears < HistoricalMoments.MIN_YEARS) {
        throw new InputException(o.history + " (--monte-carlo)", "the window " + first + "–" + last + " holds " + windowYears
            + (windowYears == 1 ? " year" : " years") + "; at least " + HistoricalMoments.MIN_YEARS
            + " are needed to estimate the means, volatilities and correlations",
            "give a file with more years (or a wider --from/--to), or drop --monte-carlo");
      }
      try {
        HistoricalMoments moments = HistoricalMoments.estimate(table, first, last, model.seriesUsed(), inflationColumn);
        source = moments.applyTo(ParametricMonteCarlo.builder())
            .distribution(shape).degreesOfFreedom(o.degreesOfFreedom).paths(o.paths).seed(o.seed).build();
      } catch (InvalidInputException e) {
        // The moments are the file's: a volatility out of range is a return written wrongly there.
        throw new InputException(o.history + " (--monte-carlo, " + first + "–" + last + ")", e.getMessage(),
            "check the file's returns (fractions such as 0.07, not percents), or use --bootstrap or the historical default");
      }
    } else {
      kind = "historical";
      source = new HistoricalSequences(table, first, last, inflationColumn);
    }
    return new ProjectRequest(model, source, kind, first, last, weights, firstYear, inflationColumn);
  }
}
