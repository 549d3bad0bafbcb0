package io.perennial.cli;

import io.perennial.io.CsvTable;
import io.perennial.basics.InvalidInputException;
import io.perennial.io.InputException;
import io.perennial.market.AnnualReturnsTable;
import io.perennial.project.IncomeModel;
import io.perennial.project.IncomeResponse;
import io.perennial.project.IncomeStream;
import io.perennial.project.Rebalancing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The option values of {@code perennial project} read into typed values: the mix's weights, a
 * series' income model, the rebalancing, an outside income stream, and the check that the table
 * has a value for every series in every year of the window. Each failure is an {@link
 * InputException} naming the option (or the file, line and column) and the fix.
 */
final class ProjectOptionValues {

  private ProjectOptionValues() {}

  /** The weights of {@code --mix}: series of {@code history}, each zero or more, summing to 1 (within 1e-6). */
  static Map<String, Double> weights(Map<String, String> mix, AnnualReturnsTable table, Path history) {
    Map<String, Double> weights = new LinkedHashMap<>();
    double sum = 0.0;
    for (Map.Entry<String, String> entry : mix.entrySet()) {
      String series = entry.getKey().strip();
      if (!table.hasSeries(series)) {
        throw new InputException(history + " (--mix)", "no series '" + series + "' in the file",
            "use one of: " + String.join(", ", table.series()));
      }
      double weight = number("--mix", series, entry.getValue());
      if (!(weight >= 0.0)) {
        throw new InputException("--mix " + series, "a weight must be zero or more, got " + entry.getValue(), "give weights as fractions");
      }
      weights.put(series, weight);
      sum += weight;
    }
    if (weights.isEmpty()) {
      throw new InputException("--mix", "no series given", "give --mix SERIES=W[,SERIES=W…]");
    }
    if (Math.abs(sum - 1.0) > 1e-6) {
      throw new InputException("--mix", String.format(Locale.ROOT, "the weights add up to %.6g, not 1", sum),
          "make the weights fractions that sum to 1, e.g. sp500_total_return=0.6,tbond_10y=0.4");
    }
    return weights;
  }

  /** The income of one series of the mix: its starting yield (a fraction of its value) and its model. */
  record SeriesIncome(double startingYield, IncomeModel model) {}

  /**
   * The income of {@code series} from its {@code --income} entry {@code text}
   * (YIELD[:MODEL[:GROWTH]]); none (a yield of 0, constant) when {@code text} is null.
   */
  static SeriesIncome income(String series, String text) {
    if (text == null) {
      return new SeriesIncome(0.0, new IncomeModel.ConstantYield());
    }
    String[] parts = text.split(":");
    double startingYield = fraction("--income", series, parts[0], 0.0);
    if (startingYield > IncomeModel.DividendGrowth.MAX_YIELD) {
      throw new InputException("--income " + series, "a yield of " + parts[0] + " is above the model's limit of 0.30",
          "give the yield as a fraction, e.g. 0.03");
    }
    String kind = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "constant";
    IncomeModel model = switch (kind) {
      case "constant" -> new IncomeModel.ConstantYield();
      case "dividend" -> {
        double growth = parts.length > 2 ? number("--income", series, parts[2]) : IncomeResponse.US_EQUITY_DIVIDEND_GROWTH;
        yield parseWith("--income " + series, () -> IncomeModel.DividendGrowth.usEquity(growth));
      }
      default -> throw new InputException("--income " + series, "unknown income model '" + parts[1] + "'",
          "use constant or dividend, e.g. " + series + "=0.03:dividend:0.04");
    };
    return new SeriesIncome(startingYield, model);
  }

  /** {@code --rebalance}: annual, never or every N years. */
  static Rebalancing rebalancing(String rebalance) {
    String text = rebalance.strip().toLowerCase(Locale.ROOT);
    if (text.equals("annual")) {
      return Rebalancing.ANNUAL;
    }
    if (text.equals("never")) {
      return Rebalancing.NEVER;
    }
    try {
      int every = Integer.parseInt(text);
      return parseWith("--rebalance", () -> new Rebalancing(every, 0.0));
    } catch (NumberFormatException e) {
      throw new InputException("--rebalance", "'" + rebalance + "' is not annual, never or a number of years", "e.g. --rebalance 3");
    }
  }

  /** One {@code --stream NAME=AMOUNT[:START[:INDEXATION]]}: from year START (0-based), indexed by INDEXATION. */
  static IncomeStream stream(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new InputException("--stream " + text, "expected NAME=AMOUNT[:START[:INDEXATION]]", "e.g. --stream pension=20000:5:1");
    }
    String name = text.substring(0, eq).strip();
    String[] parts = text.substring(eq + 1).split(":");
    double amount = number("--stream", name, parts[0]);
    int start;
    try {
      start = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0;
    } catch (NumberFormatException e) {
      throw new InputException("--stream " + name, "'" + parts[1] + "' is not a year number", "give the first year as 0, 1, 2 …");
    }
    double indexation = parts.length > 2 ? fraction("--stream", name, parts[2], 1.0) : 1.0;
    return parseWith("--stream " + name, () -> new IncomeStream(name, amount, start, Integer.MAX_VALUE, indexation, 1.0));
  }

  /** {@code KEY=VALUE} entries in the order given; a key given twice is refused, never overwritten. */
  static Map<String, String> keyValues(String option, List<String> entries) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new InputException(option, "'" + Main.clip(entry) + "' is not KEY=VALUE", "write " + option + " SERIES=VALUE[,SERIES=VALUE…]");
      }
      String key = entry.substring(0, equals).strip();
      if (values.putIfAbsent(key, entry.substring(equals + 1)) != null) {
        throw new InputException(option + " " + key, "'" + key + "' is given twice", "give each series once");
      }
    }
    return values;
  }

  /** The finite number {@code text}, the value of {@code key} in {@code option}. */
  static double number(String option, String key, String text) {
    try {
      double value = Double.parseDouble(text.strip());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException | NullPointerException e) {
      throw new InputException(option + " " + key, "'" + Main.clip(String.valueOf(text)) + "' is not a number", "write numbers like 0.04");
    }
  }

  /** The fraction (0 to 1) {@code text}, the value of {@code key} in {@code option}; {@code otherwise} when null. */
  static double fraction(String option, String key, String text, double otherwise) {
    if (text == null) {
      return otherwise;
    }
    double value = number(option, key, text);
    if (value < 0.0 || value > 1.0) {
      throw new InputException(option + " " + key, "'" + Main.clip(String.valueOf(text)) + "' is not a fraction between 0 and 1", "write 0.5 for half");
    }
    return value;
  }

  /**
   * Every series the projection uses, and the inflation column, needs a value in every year of the
   * window: the first gap is an error at its file, line and column, with the window that avoids it.
   */
  static void requireValues(AnnualReturnsTable table, Path history, int first, int last, List<String> series, String inflationColumn) {
    List<String> needed = new ArrayList<>(series);
    if (inflationColumn != null && !needed.contains(inflationColumn)) {
      needed.add(inflationColumn);
    }
    for (String name : needed) {
      if (!table.hasSeries(name)) {
        continue; // --mix names only series of the table; checked where the mix is read
      }
      double[] column = table.column(name);
      for (int year = first; year <= last; year++) {
        if (!Double.isNaN(column[year - table.firstYear()])) {
          continue;
        }
        int end = year;
        while (end < last && Double.isNaN(column[end + 1 - table.firstYear()])) {
          end++;
        }
        // The years are consecutive (AnnualReturnsCsv checks it), so the year's row is at its offset.
        CsvTable csv = CsvTable.read(history);
        String where = csv.where(csv.rows().get(year - table.firstYear()), csv.column(name));
        String years = year == end ? String.valueOf(year) : year + "–" + end;
        String what = name.equals(inflationColumn) && !series.contains(name) ? "the inflation series '" + name + "'"
            : "series '" + name + "'";
        String fix;
        if (end == last && year == first) {
          fix = "fill in the values, or choose a window where the series has values (--from/--to)";
        } else if (year == first) {
          fix = "fill in the missing " + (year == end ? "value" : "values") + ", or start the window later: --from " + (end + 1);
        } else if (end == last) {
          fix = "fill in the missing " + (year == end ? "value" : "values") + ", or end the window earlier: --to " + (year - 1);
        } else {
          fix = "fill in the missing " + (year == end ? "value" : "values") + ", or choose a window without the gap (--from/--to)";
        }
        throw new InputException(where, what + " has no value for " + years + ", which is inside the window "
            + first + "–" + last, fix);
      }
    }
  }

  /** Runs {@code parse}, turning a domain IllegalArgumentException into an InputException naming {@code option}. */
  static <T> T parseWith(String option, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InputException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new InputException(option, e.getMessage(), "see perennial project --help");
    }
  }
}
