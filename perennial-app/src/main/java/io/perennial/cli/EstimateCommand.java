package io.perennial.cli;

import io.perennial.io.MarketFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perennial estimate FILE...}: reads market data files, tells each one's kind from its
 * header, and prints their statistics: for an annual returns table the mean, geometric mean,
 * volatility and correlations of each series; for prices the annualised return and volatility of
 * each ticker, with income figures when distributions are known; for dividends the yield, growth
 * and cut history. See docs/estimate.md.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Statistics of market data files: annual returns tables, price files (wide or per ticker), dividend and split files.",
      "The kind of each file is read from its header. Rates are fractions per year in JSON, percent in text."
    })
public final class EstimateCommand implements Callable<Integer> {

  /** The most periods per year --frequency takes: one a calendar day, in a leap year. */
  static final int MAX_FREQUENCY = 366;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files: annual returns, prices, dividends or splits.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON document on stdout instead of tables.")
  boolean json;

  @Option(names = "--frequency", paramLabel = "N",
      description = "Periods per year of price files (252 daily, 52 weekly, 12 monthly); inferred from the dates when left out.")
  Integer frequency;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Valuation date of the income figures (YYYY-MM-DD); the last date of the data when left out.")
  LocalDate asOf;

  @Override
  public Integer call() {
    if (frequency != null && (frequency < 1 || frequency > MAX_FREQUENCY)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--frequency must be between 1 and " + MAX_FREQUENCY
          + " periods per year (252 daily, 52 weekly, 12 monthly), got " + frequency);
    }
    List<MarketFile> loaded = new ArrayList<>();
    for (Path file : files) {
      loaded.add(MarketFile.load(file));
    }
    EstimateReport report = EstimateReport.of(loaded, frequency, asOf);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report.toJson());
    } else {
      report.print(out);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
