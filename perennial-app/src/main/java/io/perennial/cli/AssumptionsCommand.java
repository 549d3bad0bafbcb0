package io.perennial.cli;

import io.perennial.basics.Rates;
import io.perennial.domain.AssetClass;
import io.perennial.io.InputException;
import io.perennial.market.AssumptionSets;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.ClassAssumptions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code perennial assumptions}: prints a built-in set of capital-market assumptions. */
@Command(
    name = "assumptions",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints a set of capital-market assumptions: per asset class the yield, income growth, expected "
          + "arithmetic and geometric return (geometric = arithmetic - volatility^2/2), volatility, and the "
          + "correlations. With --json, stdout is one JSON document, rates as fractions. See "
          + "docs/assumptions.md.",
      ""
    })
public final class AssumptionsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--set", paramLabel = "NAME",
      description = "The set: perennial-forward-2026.1 (alias forward, the default), "
          + "perennial-historical-2026.2 (alias historical: long-run means, volatilities over the same windows) "
          + "or perennial-builtin-2026.1 (the older historical set: 1985-2018 volatilities).")
  String set;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
  boolean json;

  @Override
  public Integer call() {
    CapitalMarketAssumptions assumptions = set == null ? AssumptionSets.defaultSet()
        : AssumptionSets.find(set).orElseThrow(() -> new InputException("--set",
            "there is no assumptions set '" + set.strip() + "'",
            "give one of " + String.join(", ", AssumptionSets.names()) + " (or historical, forward)"));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(assumptions));
    } else {
      print(out, assumptions);
    }
    return ExitCodes.OK;
  }

  /**
   * The JSON document: name, source, asOf, inflation, classes (an object keyed by class id, in class
   * order: yield, incomeGrowth, expectedReturn (arithmetic), expectedGeometricReturn, volatility,
   * basis), correlations (class id → class id → ρ).
   */
  static Map<String, Object> document(CapitalMarketAssumptions a) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", a.name());
    doc.put("source", a.source());
    doc.put("asOf", a.asOf());
    doc.put("inflation", a.inflation());
    Map<String, Map<String, Object>> classes = new LinkedHashMap<>();
    for (AssetClass c : AssetClass.values()) {
      ClassAssumptions each = a.of(c);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("yield", each.yield());
      row.put("incomeGrowth", each.incomeGrowth());
      row.put("expectedReturn", each.arithmeticReturn());
      row.put("expectedGeometricReturn", each.geometricReturn());
      row.put("volatility", each.volatility());
      row.put("basis", each.basis());
      classes.put(c.id(), row);
    }
    doc.put("classes", classes);
    Map<String, Map<String, Double>> correlations = new LinkedHashMap<>();
    for (AssetClass row : AssetClass.values()) {
      Map<String, Double> line = new LinkedHashMap<>();
      for (AssetClass column : AssetClass.values()) {
        line.put(column.id(), a.correlation(row, column));
      }
      correlations.put(row.id(), line);
    }
    doc.put("correlations", correlations);
    return doc;
  }

  private static String percent(double fraction) {
    return Rates.percent(fraction, 2);
  }

  private static void print(PrintWriter out, CapitalMarketAssumptions a) {
    out.printf(Locale.ROOT, "Capital-market assumptions %s (as of %s, inflation %s)%n", a.name(), a.asOf(),
        percent(a.inflation()));
    out.println("Source: " + a.source());
    out.println();
    AlignedTable table = new AlignedTable("class", ">yield", ">income growth", ">arithmetic", ">geometric", ">volatility");
    for (AssetClass c : AssetClass.values()) {
      ClassAssumptions each = a.of(c);
      table.row(c.id(), percent(each.yield()), percent(each.incomeGrowth()), percent(each.arithmeticReturn()),
          percent(each.geometricReturn()), percent(each.volatility()));
    }
    table.print(out);
    out.println();
    out.println("Correlations (columns in the order of the rows, numbered)");
    String[] headers = new String[AssetClass.values().length + 1];
    headers[0] = "class";
    for (int i = 1; i < headers.length; i++) {
      headers[i] = ">" + i;
    }
    AlignedTable correlations = new AlignedTable(headers);
    int n = 1;
    for (AssetClass row : AssetClass.values()) {
      String[] cells = new String[headers.length];
      cells[0] = n++ + " " + row.id();
      int i = 1;
      for (AssetClass column : AssetClass.values()) {
        cells[i++] = String.format(Locale.ROOT, "%.2f", a.correlation(row, column));
      }
      correlations.row(cells);
    }
    correlations.print(out);
    out.println("Geometric = arithmetic - volatility^2 / 2. See docs/assumptions.md.");
    out.flush();
  }
}
