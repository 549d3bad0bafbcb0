package io.perennial.cli;

import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Rates;
import io.perennial.estimate.Compounding;
import io.perennial.estimate.CovarianceEstimate;
import io.perennial.estimate.CovarianceEstimator;
import io.perennial.estimate.ExpectedReturnEstimator;
import io.perennial.estimate.ExpectedReturns;
import io.perennial.estimate.ReturnTable;
import io.perennial.estimate.ShrinkageTarget;
import io.perennial.io.PlanDocument;
import io.perennial.io.PlanFile;
import io.perennial.io.WidePriceCsv;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.PriceTable;
import io.perennial.optimize.AllocationOptimizer;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.AllocationResult;
import io.perennial.optimize.AllocationStatus;
import io.perennial.optimize.CandidateAsset;
import io.perennial.optimize.Objective;
import io.perennial.plan.HoldingsAnalysis;
import io.perennial.plan.OptimizationSettings;
import io.perennial.plan.PlanOptimization;
import io.perennial.plan.Planner;
import io.perennial.plan.ResolvedPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code perennial optimize}: one mean-variance optimization on a wide price file, with
 * PyPortfolioOpt's estimators and conventions (see docs/optimize.md). Parse, estimate, optimize,
 * render; exit 3 naming the conflicting constraints when no allocation satisfies them.
 */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "One portfolio optimization on price history, as PyPortfolioOpt does it: expected returns and "
          + "covariance estimated from a wide price file, then min volatility, max Sharpe, efficient risk, "
          + "efficient return or max quadratic utility. Rates are fractions per year (0.02 = 2 %%).",
      "",
      "With --plan FILE instead: the plan's optimization (allocation and location on its universe, "
          + "profile, accounts and rules, as in 'perennial plan', and the trades to reach it); --objective "
          + "may override the plan's objective (max-income, income-and-growth, min-volatility, max-sharpe).",
      "Exit 3 when the constraints cannot all hold (the message names the conflicting ones)."
    })
public final class OptimizeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "Wide CSV: a date column, then one adjusted-close column per ticker (empty before a listing).")
  Path prices;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "A plan file: optimize its allocation and location (instead of --prices).")
  Path plan;

  @Option(names = "--assumptions", paramLabel = "NAME",
      description = "With --plan: the capital-market assumptions, forward (the default) or historical; overrides the "
          + "plan file's 'assumptions:'.")
  String assumptionsName;

  @Option(names = "--returns", paramLabel = "METHOD", defaultValue = "mean-historical",
      description = "Expected returns: mean-historical (default) or ema.")
  String returns;

  @Option(names = "--compounding", paramLabel = "KIND", defaultValue = "geometric",
      description = "geometric (default) or arithmetic mean of the periodic returns.")
  String compounding;

  @Option(names = "--risk-model", paramLabel = "MODEL", defaultValue = "sample",
      description = "Covariance: sample (pairwise, default), ledoit-wolf or exp.")
  String riskModel;

  @Option(names = "--frequency", paramLabel = "N", defaultValue = "252",
      description = "Periods per year used to annualise (default 252, daily prices).")
  int frequency;

  @Option(names = "--objective", paramLabel = "OBJECTIVE",
      description = "min-volatility, max-sharpe, efficient-risk, efficient-return or max-utility (with --prices, required);"
          + " with --plan: max-income, income-and-growth, min-volatility or max-sharpe (default: the plan's).")
  String objective;

  @Option(names = "--target-volatility", paramLabel = "V", description = "Volatility cap of efficient-risk (fraction per year).")
  Double targetVolatility;

  @Option(names = "--target-return", paramLabel = "R", description = "Return floor of efficient-return (fraction per year).")
  Double targetReturn;

  @Option(names = "--risk-aversion", paramLabel = "D", defaultValue = "1", description = "δ of max-utility (default 1).")
  double riskAversion;

  @Option(names = "--risk-free-rate", paramLabel = "RF", defaultValue = "0.02",
      description = "Risk-free rate for max-sharpe and the Sharpe ratio (default 0.02).")
  double riskFreeRate;

  @Option(names = "--weight-bounds", paramLabel = "LO,HI|none", defaultValue = "0,1",
      description = "Bounds on every weight (default 0,1: long only); none for unbounded weights.")
  String weightBounds;

  @Option(names = "--l2-gamma", paramLabel = "G", defaultValue = "0",
      description = "L2 regularisation: γ·Σw² added to the minimised objective (default 0).")
  double l2Gamma;

  @Option(names = "--span", paramLabel = "S",
      description = "Span of the exponential weights: of the exp risk model (default 180) and of ema returns (default 500).")
  Double span;

  @Option(names = "--shrinkage-target", paramLabel = "TARGET", defaultValue = "constant-variance",
      description = "Ledoit-Wolf target: constant-variance (default), single-factor or constant-correlation.")
  String shrinkageTarget;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    if (plan != null) {
      if (prices != null) {
        throw bad("give --prices or --plan, not both");
      }
      return optimizePlan();
    }
    if (prices == null) {
      throw bad("--prices FILE is missing: give --prices FILE (a wide price file: a date column, then one adjusted-close"
          + " column per ticker) or --plan FILE (a plan file)");
    }
    if (objective == null) {
      throw bad("--objective is required with --prices: min-volatility, max-sharpe, efficient-risk, efficient-return or max-utility");
    }
    Settings settings = settings();
    PriceTable table = WidePriceCsv.read(OptionValues.existingFile("--prices", prices));
    ReturnTable periodic = ReturnTable.fromPrices(table);
    if (periodic.size() < 2) {
      throw new InvalidInputException(prices + ": needs at least three dates of prices to estimate returns and covariance");
    }
    ExpectedReturns mu;
    CovarianceEstimate sigma;
    try {
      mu = settings.returns().estimate(periodic);
      sigma = settings.risk().estimate(periodic);
    } catch (InvalidInputException e) {
      // the estimators name the columns; the file is ours to name
      throw new InvalidInputException(prices + ": " + e.getMessage(), e);
    }
    double[] values = mu.values();
    List<CandidateAsset> assets = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        throw new InvalidInputException(prices + ": " + mu.assets().get(i) + " has no returns (fewer than two prices);"
            + " give it a longer history or remove its column");
      }
      double variance = sigma.matrix()[i][i];
      if (!Double.isFinite(variance)) {
        throw new InvalidInputException(prices + ": column " + mu.assets().get(i) + " has too few prices to estimate"
            + " its volatility; give it a longer history or remove its column");
      }
      assets.add(new CandidateAsset(mu.assets().get(i), "", "", "", io.perennial.optimize.IncomeProfile.NONE));
    }
    AllocationProblem.Builder builder = AllocationProblem.builder(assets, values, sigma.matrix())
        .objective(settings.objective()).riskFreeRate(riskFreeRate).l2Gamma(l2Gamma);
    if (settings.bounds() == null) {
      builder.noWeightBounds();
    } else {
      builder.weightBounds(settings.bounds()[0], settings.bounds()[1]);
    }
    AllocationResult result = new AllocationOptimizer().optimize(builder.build());
    OptimizeReport report = OptimizeReport.of(result, settings.objective().id(), mu.estimator().toString(),
        sigma.estimator().toString(), sigma.repair().describe(), table);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
    } else {
      report.print(out);
      out.flush();
    }
    PrintWriter err = spec.commandLine().getErr();
    return switch (result.status()) {
      case OPTIMAL, FEASIBLE -> ExitCodes.OK;
      case INFEASIBLE, UNBOUNDED -> {
        err.println("perennial: " + (result.status() == AllocationStatus.INFEASIBLE ? "infeasible: " : "unbounded: ")
            + result.message());
        err.flush();
        yield ExitCodes.INFEASIBLE;
      }
      case FAILED -> {
        err.println("perennial: the optimizer failed: " + result.message());
        err.flush();
        yield ExitCodes.INTERNAL;
      }
    };
  }

  /** {@code --plan FILE}: the plan's optimization alone, rendered as in {@code plan}. */
  private int optimizePlan() {
    Path planFile = OptionValues.existingFile("--plan", plan);
    CapitalMarketAssumptions assumptions = PlanFile.assumptions(planFile, assumptionsName);
    PlanDocument input = PlanFile.read(planFile, assumptions, LocalDate.now());
    OptimizationSettings settings = input.settings().optimization();
    if (objective != null) {
      String text = choice("--objective", objective, "max-income", "income-and-growth", "min-volatility", "max-sharpe");
      settings = settings.withObjective(OptimizationSettings.PlanObjective.parse(text));
    }
    Planner planner = Planner.withDefaults();
    ResolvedPlan resolved = planner.resolve(input.household(), input.market(assumptions), input.settings().withOptimization(settings));
    HoldingsAnalysis holdings = planner.holdings(resolved);
    PlanOptimization result = planner.optimization(resolved, holdings, planner.taxes(resolved, holdings));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, result);
    } else {
      OptimizationText.print(out, result);
      out.flush();
    }
    if (result.isInfeasible()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("perennial: infeasible: " + result.message());
      err.flush();
      return ExitCodes.INFEASIBLE;
    }
    return result.status().equals("failed") ? ExitCodes.INTERNAL : ExitCodes.OK;
  }

  /** The parsed options. */
  private record Settings(ExpectedReturnEstimator returns, CovarianceEstimator risk, Objective objective, double[] bounds) {}

  private Settings settings() {
    finite("--target-volatility", targetVolatility);
    finite("--target-return", targetReturn);
    finite("--risk-aversion", riskAversion);
    finite("--risk-free-rate", riskFreeRate);
    finite("--l2-gamma", l2Gamma);
    if (frequency <= 0) {
      throw bad("--frequency must be a positive number of periods per year, got " + frequency);
    }
    if (span != null && !(span >= 1)) {
      throw bad("--span must be at least 1 period, got " + span);
    }
    Compounding compound = switch (choice("--compounding", compounding, "geometric", "arithmetic")) {
      case "geometric" -> Compounding.GEOMETRIC;
      default -> Compounding.ARITHMETIC;
    };
    ExpectedReturnEstimator returnEstimator = switch (choice("--returns", returns, "mean-historical", "ema")) {
      case "mean-historical" -> new ExpectedReturnEstimator.MeanHistorical(compound, frequency);
      default -> new ExpectedReturnEstimator.ExponentiallyWeighted(compound, span == null ? 500 : span, frequency);
    };
    ShrinkageTarget target = switch (choice("--shrinkage-target", shrinkageTarget,
        "constant-variance", "single-factor", "constant-correlation")) {
      case "constant-variance" -> ShrinkageTarget.CONSTANT_VARIANCE;
      case "single-factor" -> ShrinkageTarget.SINGLE_FACTOR;
      default -> ShrinkageTarget.CONSTANT_CORRELATION;
    };
    CovarianceEstimator risk = switch (choice("--risk-model", riskModel, "sample", "ledoit-wolf", "exp")) {
      case "sample" -> new CovarianceEstimator.Sample(frequency);
      case "ledoit-wolf" -> new CovarianceEstimator.LedoitWolfShrinkage(target, frequency);
      default -> new CovarianceEstimator.ExponentiallyWeighted(span == null ? 180 : span, frequency);
    };
    Objective goal = switch (choice("--objective", objective,
        "min-volatility", "max-sharpe", "efficient-risk", "efficient-return", "max-utility")) {
      case "min-volatility" -> new Objective.MinVolatility();
      case "max-sharpe" -> new Objective.MaxSharpe();
      case "efficient-risk" -> {
        if (targetVolatility == null) {
          throw bad("--objective efficient-risk needs --target-volatility V (a fraction per year, e.g. 0.15)");
        }
        if (!(targetVolatility > 0)) {
          throw bad("--target-volatility must be more than zero, got " + targetVolatility);
        }
        yield new Objective.EfficientRisk(targetVolatility);
      }
      case "efficient-return" -> {
        if (targetReturn == null) {
          throw bad("--objective efficient-return needs --target-return R (a fraction per year, e.g. 0.10)");
        }
        if (!Double.isFinite(targetReturn)) {
          throw bad("--target-return must be a finite number, got " + targetReturn);
        }
        yield new Objective.EfficientReturn(targetReturn);
      }
      default -> {
        if (!(riskAversion > 0) || !Double.isFinite(riskAversion)) {
          throw bad("--risk-aversion must be more than zero, got " + riskAversion);
        }
        yield new Objective.MaxUtility(riskAversion);
      }
    };
    if (!Double.isFinite(riskFreeRate)) {
      throw bad("--risk-free-rate must be a finite number, got " + riskFreeRate);
    }
    if (!(l2Gamma >= 0) || !Double.isFinite(l2Gamma)) {
      throw bad("--l2-gamma must be zero or more, got " + l2Gamma);
    }
    return new Settings(returnEstimator, risk, goal, bounds());
  }

  /** [lo, hi], or null for "none". */
  private double[] bounds() {
    String text = weightBounds.strip();
    if (text.equalsIgnoreCase("none")) {
      return null;
    }
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw bad("--weight-bounds takes LO,HI (e.g. 0,1 or -1,1) or none, got '" + weightBounds + "'");
    }
    double[] bounds = new double[2];
    for (int k = 0; k < 2; k++) {
      String part = parts[k].strip();
      if (part.equalsIgnoreCase("none") || part.isEmpty()) {
        bounds[k] = k == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        continue;
      }
      try {
        bounds[k] = Double.parseDouble(part);
      } catch (NumberFormatException e) {
        throw bad("--weight-bounds: '" + part + "' is not a number (give LO,HI such as 0,1, or none)");
      }
      if (Double.isNaN(bounds[k])) {
        throw bad("--weight-bounds: '" + part + "' is not a number");
      }
    }
    if (bounds[0] > bounds[1]) {
      throw bad("--weight-bounds: the lower bound " + parts[0].strip() + " is above the upper bound " + parts[1].strip());
    }
    return bounds;
  }

  private String choice(String option, String value, String... allowed) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (Arrays.asList(allowed).contains(text)) {
      return text;
    }
    throw bad(option + " must be one of " + String.join(", ", allowed) + "; got '" + value + "'");
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The one JSON document of {@code optimize --json} (and what the table shows). */
  record OptimizeReport(
      String status,
      Map<String, Double> weights,
      Double expectedReturn,
      Double volatility,
      Double sharpeRatio,
      String objective,
      Double objectiveValue,
      List<String> binding,
      List<String> conflicts,
      String message,
      Estimates estimates,
      List<String> diagnostics) {

    /** How μ and Σ were estimated, and over which dates. */
    record Estimates(String expectedReturns, String riskModel, String covarianceRepair, String firstDate, String lastDate,
        int assets) {}

    static OptimizeReport of(AllocationResult result, String objective, String returns, String risk, String repair,
        PriceTable table) {
      Map<String, Double> weights = new java.util.LinkedHashMap<>();
      result.weights().forEach((id, w) -> weights.put(id.value(), w));
      Estimates estimates = new Estimates(returns, risk, repair, table.dates().get(0).toString(),
          table.dates().get(table.size() - 1).toString(), table.width());
      return new OptimizeReport(result.status().name(), weights, finite(result.expectedReturn()),
          finite(result.volatility()), finite(result.sharpeRatio()), objective, finite(result.objectiveValue()),
          result.binding(), result.conflicts(), result.message(), estimates, result.diagnostics());
    }

    private static Double finite(double value) {
      return Double.isFinite(value) ? value : null;
    }

    void print(PrintWriter out) {
      out.println(objective + ": " + status.toLowerCase(Locale.ROOT) + " (" + estimates.assets() + " assets, prices " + estimates.firstDate()
          + " to " + estimates.lastDate() + ")");
      if (weights.isEmpty()) {
        out.println(message);
        return;
      }
      AlignedTable table = new AlignedTable("ticker", ">weight");
      weights.entrySet().stream()
          .filter(e -> Math.abs(e.getValue()) >= 1e-6)
          .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
          .forEach(e -> table.row(e.getKey(), Rates.percent(e.getValue(), 2)));
      table.print(out);
      out.println();
      AlignedTable summary = new AlignedTable("figure", ">value");
      summary.row("expected return", Rates.percent(expectedReturn, 2));
      summary.row("volatility", Rates.percent(volatility, 2));
      summary.row("Sharpe ratio", sharpeRatio == null ? "n/a" : String.format(Locale.ROOT, "%.3f", sharpeRatio));
      summary.print(out);
      out.println("binding: " + (binding.isEmpty() ? "none" : String.join(", ", binding)));
      out.println("estimates: " + estimates.expectedReturns() + "; " + estimates.riskModel() + "; "
          + estimates.covarianceRepair());
    }
  }

  /** Refuses an option value that parsed to NaN or an infinity (picocli reads "1e999999999" as one). */
  private void finite(String option, Double value) {
    if (value != null && !Double.isFinite(value)) {
      throw bad(option + " needs a finite number (a fraction per year, e.g. 0.15); the value given is too large or not a number");
    }
  }
}
