package io.perennial.cli;

import static io.perennial.cli.ProjectOptionValues.parseWith;

import io.perennial.io.InputException;
import io.perennial.project.Projection;
import io.perennial.project.ProjectionResult;
import io.perennial.project.RunOptions;
import io.perennial.project.ScenarioSet;
import io.perennial.project.WithdrawalRates;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code perennial project}: will the income last? Runs one projection of a mix of return series
 * over historical sequences, a block bootstrap or a parametric Monte Carlo of the same table,
 * and prints the success rate, income coverage and percentile bands (docs/project.md). The options
 * are read into a {@link ProjectRequest}, the result into a {@link ProjectReport}, printed by
 * {@link ProjectText} or as {@code --json}.
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

  @Option(names = "--reinvest", split = ",", paramLabel = "SERIES=F", description = "Share of a series' income reinvested (default 0).")
  List<String> reinvestEntries = new ArrayList<>();

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
    ProjectRequest request = ProjectRequest.of(this);
    ScenarioSet scenarios = request.source().scenarios(request.model().seriesUsed(), request.model().years());
    RunOptions options = threads == null ? RunOptions.defaults() : parseWith("--threads", () -> RunOptions.threads(threads));
    if (targetSuccess != null && !(targetSuccess > 0.0 && targetSuccess <= 1.0)) {
      throw new InputException("--target-success", "the success rate must lie above 0 and at most 1, got " + targetSuccess,
          "give a fraction such as 0.95");
    }
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
}
