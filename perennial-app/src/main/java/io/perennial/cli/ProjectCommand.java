package io.perennial.cli;

import static io.perennial.cli.ProjectOptionValues.fraction;
import static io.perennial.cli.ProjectOptionValues.incomeOf;
import static io.perennial.cli.ProjectOptionValues.keyValues;
import static io.perennial.cli.ProjectOptionValues.parseWith;
import static io.perennial.cli.ProjectOptionValues.rebalancing;
import static io.perennial.cli.ProjectOptionValues.requireValues;
import static io.perennial.cli.ProjectOptionValues.stream;
import static io.perennial.cli.ProjectOptionValues.weights;

import io.perennial.domain.AccountType;
import io.perennial.io.AnnualReturnsCsv;
import io.perennial.io.InputException;
import io.perennial.market.AnnualReturnsTable;
import io.perennial.project.BlockBootstrap;
import io.perennial.project.HistoricalMoments;
import io.perennial.project.HistoricalSequences;
import io.perennial.project.IncomeModel;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.Position;
import io.perennial.plan.ProjectionSettings;
import io.perennial.project.Projection;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.ReturnDistribution;
import io.perennial.project.ReturnSource;
import io.perennial.project.RunOptions;
import io.perennial.project.ScenarioSet;
import io.perennial.project.SpendingRule;
import io.perennial.project.TaxRates;
import io.perennial.project.Timing;
import io.perennial.project.WithdrawalRates;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code perennial project}: will the income last? Runs one projection of a mix of return series
 * over historical sequences, a block bootstrap or a parametric Monte Carlo of the same table,
 * and prints the success rate, income coverage and percentile bands (docs/project.md).
 */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Projects income and wealth year by year and tells whether the spending lasts.",
      "Example: perennial project --history returns.csv --mix sp500_total_return=0.75,tbond_10y=0.25"
          + " --withdrawal-rate 0.04 --years 30 --from 1928 --to 1995 --inflation-adjusted --json"
    })
public final class ProjectCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--history", required = true, paramLabel = "FILE",
      description = "Annual returns CSV: a 'year' column, then one column per series (fractions).")
  Path history;

  @Option(names = "--mix", required = true, split = ",", paramLabel = "SERIES=W",
      description = "Series and weights (fractions summing to 1), rebalanced as the --rebalance option says.")
  List<String> mixEntries = new ArrayList<>();
  private Map<String, String> mix = new LinkedHashMap<>();

  @Option(names = "--withdrawal-rate", paramLabel = "R",
      description = "First-year spending as a fraction of the starting value (0.04 = 4 %%).")
  Double withdrawalRate;

  @Option(names = "--spending", paramLabel = "AMOUNT", description = "First-year spending in money (instead of --withdrawal-rate).")
  Double spending;

  @Option(names = "--years", required = true, paramLabel = "N", description = "Horizon in years.")
  int years;

  @Option(names = "--from", paramLabel = "Y1", description = "First year of the window (default: the table's first).")
  Integer from;

  @Option(names = "--to", paramLabel = "Y2", description = "Last year of the window (default: the table's last).")
  Integer to;

  @Option(names = "--inflation-adjusted", description = "Grow spending with each year's inflation.")
  boolean inflationAdjusted;

  @Option(names = "--timing", paramLabel = "start|end", defaultValue = "start",
      description = "Spend (and receive income) at the start or the end of each year (default: ${DEFAULT-VALUE}).")
  String timing;

  @Option(names = "--inflation-series", paramLabel = "NAME", defaultValue = "cpi_inflation",
      description = "Column of yearly inflation (default: ${DEFAULT-VALUE}; ignored when absent and not needed).")
  String inflationSeries;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "constant",
      description = "constant | income-only | percentage | guardrails (default: ${DEFAULT-VALUE}).")
  String rule;

  @Option(names = "--portfolio", paramLabel = "VALUE", defaultValue = "1000000", description = "Starting value (default: ${DEFAULT-VALUE}).")
  double portfolio;

  @Option(names = "--income", split = ",", paramLabel = "SERIES=YIELD[:MODEL[:GROWTH]]",
      description = "Income of a series: starting yield, model constant|dividend (default constant), income growth.")
  List<String> incomeEntries = new ArrayList<>();
  private Map<String, String> income = new LinkedHashMap<>();

  @Option(names = "--reinvest", split = ",", paramLabel = "SERIES=F", description = "Share of a series' income reinvested (default 0).")
  List<String> reinvestEntries = new ArrayList<>();
  private Map<String, String> reinvest = new LinkedHashMap<>();

  @Option(names = "--account", paramLabel = "TYPE", defaultValue = "taxable",
      description = "Account of the whole mix: taxable | tax-deferred | tax-free (default: ${DEFAULT-VALUE}).")
  String account;

  @Option(names = "--tax-rate", paramLabel = "T", defaultValue = "0", description = "Flat tax rate on income and deferred withdrawals.")
  double taxRate;

  @Option(names = "--stream", paramLabel = "NAME=AMOUNT[:START[:INDEXATION]]",
      description = "An outside income stream in today's money, from year START (0-based), indexed by INDEXATION (0–1, default 1).")
  List<String> streams = new ArrayList<>();

  @Option(names = "--contribution", paramLabel = "AMOUNT", defaultValue = "0", description = "Yearly savings before spending starts (today's money).")
  double contribution;

  @Option(names = "--retire-in", paramLabel = "YEARS", defaultValue = "0", description = "Years of saving before spending starts.")
  int retireIn;

  @Option(names = "--rebalance", paramLabel = "annual|never|N", defaultValue = "annual", description = "Rebalancing (default: ${DEFAULT-VALUE}).")
  String rebalance;

  @Option(names = "--bootstrap", description = "Resample the window's years in blocks instead of replaying them.")
  boolean bootstrap;

  @Option(names = "--block", paramLabel = "B", defaultValue = "1", description = "Bootstrap block length in years (default: ${DEFAULT-VALUE}).")
  int block;

  @Option(names = "--monte-carlo", description = "Parametric draws with the window's means, volatilities and correlations.")
  boolean monteCarlo;

  @Option(names = "--distribution", paramLabel = "lognormal|student-t", defaultValue = "lognormal",
      description = "Monte Carlo shock distribution (default: ${DEFAULT-VALUE}).")
  String distribution;

  @Option(names = "--dof", paramLabel = "NU", defaultValue = "5", description = "Student-t degrees of freedom (default: ${DEFAULT-VALUE}).")
  double degreesOfFreedom;

  @Option(names = "--paths", paramLabel = "P", defaultValue = "10000", description = "Bootstrap or Monte Carlo paths (default: ${DEFAULT-VALUE}).")
  int paths;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rates", description = "Also compute the safe and the perpetual withdrawal rates.")
  boolean rates;

  @Option(names = "--target-success", paramLabel = "F",
      description = "Share of paths the safe rate must sustain (default 1 for history, 0.95 otherwise).")
  Double targetSuccess;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
  Integer threads;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  @Option(names = "--json", description = "Print one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProjectRequest request = parse();
    ScenarioSet scenarios = request.source().scenarios(request.model().seriesUsed(), request.model().years());
    RunOptions options = threads == null ? RunOptions.defaults() : RunOptions.threads(threads);
    ProgressBar bar = null;
    long work = (long) scenarios.paths() * request.model().years() * (rates ? 40 : 1);
    if (!noProgress && ProgressBar.worthDrawing(work)) {
      bar = new ProgressBar(err, "projection");
      options = options.withProgress(bar);
    }
    ProjectionResult result = Projection.run(request.model(), scenarios, options);
    WithdrawalRates withdrawalRates = null;
    if (rates) {
      if (bar != null) {
        bar.stage("withdrawal rates");
      }
      double target = targetSuccess != null ? targetSuccess : request.kind().equals("historical") ? 1.0 : 0.95;
      withdrawalRates = WithdrawalRates.of(request.model(), scenarios, target, options);
    }
    if (bar != null) {
      bar.finish();
    }
    ProjectReport report = ProjectReport.of(request, result, withdrawalRates);
    if (json) {
      Json.print(out, report);
    } else {
      ProjectText.print(out, report);
    }
    return ExitCodes.OK;
  }

  ProjectRequest parse() {
    mix = keyValues("--mix", mixEntries);
    income = keyValues("--income", incomeEntries);
    reinvest = keyValues("--reinvest", reinvestEntries);
    if ((bootstrap || monteCarlo) && paths > ProjectionSettings.MAX_PATHS) {
      throw new InputException("--paths", String.format(Locale.ROOT, "at most %,d paths, got %,d", ProjectionSettings.MAX_PATHS, paths),
          "give --paths between 1 and " + ProjectionSettings.MAX_PATHS + " (10,000 give percentiles to about a tenth of a point)");
    }
    AnnualReturnsTable table = AnnualReturnsCsv.read(OptionValues.existingFile("--history", history));
    int first = from != null ? from : table.firstYear();
    int last = to != null ? to : table.lastYear();
    if (first < table.firstYear() || last > table.lastYear() || first > last) {
      throw new InputException("--from/--to", "the window " + first + "–" + last + " lies outside the years of "
          + history + " (" + table.firstYear() + "–" + table.lastYear() + ")", "choose years inside the table");
    }
    if (years <= 0) {
      throw new InputException("--years", "the horizon must be at least one year, got " + years, "give --years N with N ≥ 1");
    }
    int windowYears = last - first + 1;
    if (!bootstrap && !monteCarlo && windowYears < years) {
      throw new InputException("--from/--to", "the window " + first + "–" + last + " holds " + windowYears
          + " years, fewer than the " + years + "-year horizon", "widen the window or shorten --years");
    }
    if (bootstrap && monteCarlo) {
      throw new InputException("--bootstrap/--monte-carlo", "choose one source", "give either --bootstrap or --monte-carlo");
    }
    Map<String, Double> weights = weights(mix, table, history);
    if (withdrawalRate == null && spending == null) {
      throw new InputException("--withdrawal-rate", "no spending given", "give --withdrawal-rate R (e.g. 0.04) or --spending AMOUNT");
    }
    if (withdrawalRate != null && spending != null) {
      throw new InputException("--withdrawal-rate/--spending", "both given", "give only one of them");
    }
    if (withdrawalRate != null && !(withdrawalRate >= 0.0 && withdrawalRate <= 1.0)) {
      throw new InputException("--withdrawal-rate", "the withdrawal rate must lie between 0 and 1, got " + withdrawalRate,
          "give the rate as a fraction, e.g. 0.04 for 4 %");
    }
    if (spending != null && !(spending >= 0.0)) {
      throw new InputException("--spending", "spending must be zero or more, got " + spending, "give a yearly amount");
    }
    if (!(portfolio > 0.0)) {
      throw new InputException("--portfolio", "the starting value must be more than zero, got " + portfolio, "give a positive amount");
    }
    double firstYear = withdrawalRate != null ? withdrawalRate * portfolio : spending;
    double rate = firstYear / portfolio;
    Timing when = parseWith("--timing", () -> Timing.parse(timing));
    AccountType accountType = parseWith("--account", () -> AccountType.parse(account));
    SpendingRule spendingRule = switch (rule.toLowerCase(Locale.ROOT)) {
      case "constant" -> new SpendingRule.ConstantSpending(firstYear, inflationAdjusted);
      case "income-only" -> new SpendingRule.IncomeOnly(firstYear, inflationAdjusted);
      case "percentage" -> new SpendingRule.FixedPercentage(rate);
      case "guardrails" -> {
        if (!(rate > 0.0)) {
          throw new InputException("--withdrawal-rate", "guardrails need a starting rate above zero", "give --withdrawal-rate R > 0");
        }
        yield SpendingRule.Guardrails.standard(rate);
      }
      default -> throw new InputException("--rule", "unknown rule '" + rule + "'", "use constant, income-only, percentage or guardrails");
    };
    boolean needsInflation = inflationAdjusted || !streams.isEmpty() || contribution > 0 || rule.equalsIgnoreCase("guardrails");
    String inflationColumn = table.hasSeries(inflationSeries) ? inflationSeries : null;
    if (inflationColumn == null && needsInflation) {
      throw new InputException(history.toString(), "no inflation column '" + inflationSeries + "'",
          "name the column of yearly inflation with --inflation-series, or drop --inflation-adjusted");
    }
    List<Position> positions = new ArrayList<>();
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      String series = entry.getKey();
      double[] yieldAndGrowth = new double[2];
      IncomeModel model = incomeOf(series, income.get(series), yieldAndGrowth);
      double share = fraction("--reinvest", series, reinvest.get(series), 0.0);
      positions.add(new Position(series, series, accountType, entry.getValue() * portfolio, yieldAndGrowth[0], model, share));
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
        .years(years)
        .timing(when)
        .rebalancing(rebalancing(rebalance))
        .taxes(parseWith("--tax-rate", () -> TaxRates.flat(taxRate)))
        .annualContribution(contribution)
        .spendingStartYear(retireIn)
        .incomeGoal(retireIn > 0 ? firstYear : 0.0); // "when is the goal reached" is for accumulators
    if (contribution < 0) {
      throw new InputException("--contribution", "the contribution must be zero or more", "give a yearly amount");
    }
    if (retireIn < 0 || retireIn >= years) {
      throw new InputException("--retire-in", "spending must start within the horizon (0 to " + (years - 1) + "), got " + retireIn,
          "give fewer years or a longer --years");
    }
    for (String text : streams) {
      builder.stream(stream(text));
    }
    ProjectionModel model = parseWith("options", builder::build);
    requireValues(table, history, first, last, model.seriesUsed(), inflationColumn);
    ReturnSource source;
    String kind;
    if (bootstrap) {
      kind = "bootstrap";
      source = parseWith("--bootstrap", () -> new BlockBootstrap(table, first, last, inflationColumn, block, paths, seed));
      if (block > windowYears) {
        throw new InputException("--block", "the block of " + block + " years is longer than the window " + first + "–" + last,
            "give a shorter --block");
      }
    } else if (monteCarlo) {
      kind = "monte-carlo";
      ReturnDistribution shape = parseWith("--distribution", () -> ReturnDistribution.parse(distribution));
      if (windowYears < HistoricalMoments.MIN_YEARS) {
        throw new InputException(history + " (--monte-carlo)", "the window " + first + "–" + last + " holds " + windowYears
            + (windowYears == 1 ? " year" : " years") + "; at least " + HistoricalMoments.MIN_YEARS
            + " are needed to estimate the means, volatilities and correlations",
            "give a file with more years (or a wider --from/--to), or drop --monte-carlo");
      }
      HistoricalMoments moments = HistoricalMoments.estimate(table, first, last, model.seriesUsed(), inflationColumn);
      source = parseWith("--monte-carlo", () -> moments.applyTo(ParametricMonteCarlo.builder())
          .distribution(shape).degreesOfFreedom(degreesOfFreedom).paths(paths).seed(seed).build());
    } else {
      kind = "historical";
      source = new HistoricalSequences(table, first, last, inflationColumn);
    }
    if ((bootstrap || monteCarlo) && paths <= 0) {
      throw new InputException("--paths", "the number of paths must be at least 1, got " + paths, "give --paths P");
    }
    return new ProjectRequest(model, source, kind, first, last, weights, firstYear, inflationColumn);
  }
}
