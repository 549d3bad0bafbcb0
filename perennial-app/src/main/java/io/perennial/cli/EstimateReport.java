package io.perennial.cli;

import io.perennial.basics.AssetId;
import io.perennial.basics.Rates;
import io.perennial.estimate.AnnualDistribution;
import io.perennial.estimate.AnnualReturnsSummary;
import io.perennial.estimate.ExcludedDividend;
import io.perennial.estimate.Frequencies;
import io.perennial.estimate.IncomeEstimate;
import io.perennial.estimate.IncomeEstimator;
import io.perennial.estimate.ReturnStatistics;
import io.perennial.estimate.ReturnTable;
import io.perennial.io.DividendCsv;
import io.perennial.io.InputException;
import io.perennial.io.MarketFile;
import io.perennial.io.PriceCsv;
import io.perennial.market.AnnualReturnsTable;
import io.perennial.market.DividendHistory;
import io.perennial.market.ImpliedDistributions;
import io.perennial.market.PriceSeries;
import io.perennial.market.PriceTable;
import io.perennial.market.SplitEvent;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code perennial estimate} says about a set of files: one section per file, computed by
 * the engine's estimators, rendered as JSON (maps of camelCase keys, rates as fractions, NaN as
 * null) or as aligned tables. Files read together help each other: split files restate the
 * dividends of their tickers, and a ticker's price file supplies the prices for its dividends.
 */
final class EstimateReport {

  private final List<MarketFile> files;
  private final List<String> kinds;
  private final List<Section> sections;

  private EstimateReport(List<MarketFile> files, List<String> kinds, List<Section> sections) {
    this.files = files;
    this.kinds = kinds;
    this.sections = sections;
  }

  /** One file's statistics. */
  private interface Section {
    /** The file's document; an annual returns table's is exactly {@code {"series", "correlation"}}. */
    Map<String, Object> json();

    /** The document with its file and kind first (for a document of several files). */
    default Map<String, Object> labelledJson(String file, String kind) {
      Map<String, Object> labelled = new LinkedHashMap<>();
      labelled.put("file", file);
      labelled.put("kind", kind);
      labelled.putAll(json());
      return labelled;
    }

    void print(PrintWriter out);
  }

  static EstimateReport of(List<MarketFile> files, Integer frequency, LocalDate asOf) {
    Map<AssetId, List<SplitEvent>> splits = new HashMap<>();
    Map<AssetId, PriceSeries> tickerPrices = new HashMap<>();
    for (MarketFile file : files) {
      if (file instanceof MarketFile.Splits s) {
        s.splits().forEach((ticker, list) -> splits.merge(ticker, list, (a, b) -> {
          List<SplitEvent> all = new ArrayList<>(a);
          all.addAll(b);
          all.sort(java.util.Comparator.comparing(SplitEvent::date));
          return all;
        }));
      } else if (file instanceof MarketFile.TickerPrices p) {
        tickerPrices.put(p.prices().prices().ticker(), p.prices().prices());
        if (!p.prices().splits().isEmpty()) {
          splits.putIfAbsent(p.prices().prices().ticker(), p.prices().splits());
        }
      }
    }
    List<Section> sections = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (MarketFile file : files) {
      if (file instanceof MarketFile.AnnualReturns a) {
        sections.add(annual(a));
        kinds.add("annualReturns");
      } else if (file instanceof MarketFile.Prices p) {
        sections.add(priceTable(p, frequency));
        kinds.add("priceTable");
      } else if (file instanceof MarketFile.TickerPrices t) {
        sections.add(tickerPrices(t, frequency, asOf));
        kinds.add("prices");
      } else if (file instanceof MarketFile.Dividends d) {
        sections.add(dividends(d, splits, tickerPrices, asOf));
        kinds.add("dividends");
      } else if (file instanceof MarketFile.Splits s) {
        sections.add(splitsSection(s));
        kinds.add("splits");
      } else {
        throw new IllegalStateException("unknown kind of market file: " + file);
      }
    }
    return new EstimateReport(List.copyOf(files), kinds, sections);
  }

  /** One file: its own document; several: {@code {"files": [document, …]}}, each with its file and kind. */
  Object toJson() {
    if (sections.size() == 1) {
      return sections.get(0).json();
    }
    List<Object> documents = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      documents.add(sections.get(i).labelledJson(files.get(i).file().toString(), kinds.get(i)));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("files", documents);
    return root;
  }

  void print(PrintWriter out) {
    for (int i = 0; i < sections.size(); i++) {
      if (i > 0) {
        out.println();
      }
      sections.get(i).print(out);
    }
  }

  // ---------------------------------------------------------------- annual returns

  private static Section annual(MarketFile.AnnualReturns file) {
    AnnualReturnsTable table = file.table();
    AnnualReturnsSummary summary = AnnualReturnsSummary.of(table);
    return new Section() {
      @Override
      public Map<String, Object> json() {
        Map<String, Object> series = new LinkedHashMap<>();
        for (String name : summary.series()) {
          ReturnStatistics s = summary.statistics().get(name);
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("arithmeticMean", number(s.arithmeticMean()));
          entry.put("geometricMean", number(s.geometricMean()));
          entry.put("volatility", number(s.volatility()));
          entry.put("years", s.observations());
          series.put(name, entry);
        }
        Map<String, Object> correlation = new LinkedHashMap<>();
        summary.correlation().forEach((name, row) -> {
          Map<String, Object> values = new LinkedHashMap<>();
          row.forEach((other, r) -> values.put(other, number(r)));
          correlation.put(name, values);
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("series", series);
        document.put("correlation", correlation);
        return document;
      }

      @Override
      public void print(PrintWriter out) {
        out.println(file.file() + ": annual returns " + table.firstYear() + "–" + table.lastYear() + " (" + table.size() + " years)");
        out.println();
        AlignedTable stats = new AlignedTable("#", "series", ">years", ">arithmetic mean", ">geometric mean", ">volatility");
        int k = 1;
        for (String name : summary.series()) {
          ReturnStatistics s = summary.statistics().get(name);
          stats.row(String.valueOf(k++), name, String.valueOf(s.observations()), percent(s.arithmeticMean()),
              percent(s.geometricMean()), percent(s.volatility()));
        }
        stats.print(out);
        out.println();
        out.println("correlation, each pair over the years both have a value");
        String[] headers = new String[summary.series().size() + 1];
        headers[0] = "#";
        for (int i = 1; i < headers.length; i++) {
          headers[i] = ">" + i;
        }
        AlignedTable correlation = new AlignedTable(headers);
        int i = 1;
        for (String name : summary.series()) {
          String[] cells = new String[headers.length];
          cells[0] = String.valueOf(i++);
          int j = 1;
          for (String other : summary.series()) {
            cells[j++] = fixed(summary.correlation().get(name).get(other), 2);
          }
          correlation.row(cells);
        }
        correlation.print(out);
      }
    };
  }

  // ---------------------------------------------------------------- prices

  private static Section priceTable(MarketFile.Prices file, Integer frequencyOption) {
    PriceTable table = file.table();
    int frequency = frequencyOption != null ? frequencyOption : Frequencies.infer(table.dates());
    requireEnoughReturns(file.file().toString(), Math.max(0, table.size() - 1), frequency);
    ReturnTable returns = ReturnTable.fromPrices(table);
    List<AssetRow> rows = new ArrayList<>();
    for (int i = 0; i < table.width(); i++) {
      double[] column = table.column(i);
      int first = -1;
      int last = -1;
      for (int t = 0; t < column.length; t++) {
        if (!Double.isNaN(column[t])) {
          first = first < 0 ? t : first;
          last = t;
        }
      }
      rows.add(new AssetRow(table.tickers().get(i), first < 0 ? null : table.dates().get(first),
          last < 0 ? null : table.dates().get(last), annualisedOrNone(ReturnStatistics.of(returns.column(i), frequency)), null, null));
    }
    String title = file.file() + ": prices of " + table.width() + " tickers, "
        + (table.size() == 0 ? "no dates" : table.dates().get(0) + " – " + table.dates().get(table.size() - 1))
        + ", " + table.size() + " rows, " + frequency + " periods/year";
    return new AssetSection(file.file().toString(), "priceTable", frequency, title, rows);
  }

  private static Section tickerPrices(MarketFile.TickerPrices file, Integer frequencyOption, LocalDate asOfOption) {
    PriceCsv.PriceFile read = file.prices();
    PriceSeries prices = read.prices();
    int frequency = frequencyOption != null ? frequencyOption : Frequencies.infer(prices.dates());
    double[] adjusted = prices.adjustedClose();
    double[] returns = new double[Math.max(0, adjusted.length - 1)];
    for (int t = 1; t < adjusted.length; t++) {
      returns[t - 1] = adjusted[t] / adjusted[t - 1] - 1;
    }
    requireEnoughReturns(file.file().toString(), returns.length, frequency);
    DividendHistory dividends = null;
    String source = null;
    if (read.dividends().isPresent()) {
      dividends = read.dividends().get();
      source = "the file's dividend column, in today's shares";
    } else if (read.layout() == PriceCsv.Layout.CLOSE_ADJ_CLOSE && hasAdjustment(prices)) {
      dividends = ImpliedDistributions.of(prices);
      source = "implied by the steps of Adj Close / Close";
    }
    LocalDate asOf = asOfOption != null ? asOfOption : prices.lastDate();
    IncomeEstimate income = dividends == null ? null : IncomeEstimator.standard().estimate(dividends, prices, asOf);
    AssetRow row = new AssetRow(prices.ticker(), prices.firstDate(), prices.lastDate(), ReturnStatistics.of(returns, frequency),
        income, source);
    String title = file.file() + ": prices of " + prices.ticker() + ", " + prices.firstDate() + " – " + prices.lastDate() + ", "
        + prices.size() + " rows" + (read.skippedEmptyRows() > 0 ? " (" + read.skippedEmptyRows() + " empty rows skipped)" : "")
        + ", " + frequency + " periods/year";
    return new AssetSection(file.file().toString(), "prices", frequency, title, List.of(row));
  }

  /** The fewest returns annualised at {@code frequency} periods a year (see {@link ReturnStatistics#minimumObservations}). */
  static int minimumReturns(int frequency) {
    return ReturnStatistics.minimumObservations(frequency);
  }

  /** Refuses a file whose {@code returns} are too few to annualise at {@code frequency}. */
  private static void requireEnoughReturns(String file, int returns, int frequency) {
    int needed = minimumReturns(frequency);
    if (returns < needed) {
      throw new InputException(file, returns + " returns found, at least " + needed + " needed for an annualised figure at "
          + frequency + " periods a year",
          "give at least " + (needed + 1) + " rows of prices (about a quarter of a year), or set --frequency to the periods per"
              + " year of the data (252 daily, 52 weekly, 12 monthly)");
    }
  }

  /** {@code s}, or its observations with no annualised figures (n/a) when they are too few (a ticker listed late). */
  private static ReturnStatistics annualisedOrNone(ReturnStatistics s) {
    return s.observations() >= minimumReturns(s.frequency()) ? s
        : new ReturnStatistics(Double.NaN, Double.NaN, Double.NaN, s.observations(), s.frequency());
  }

  private static boolean hasAdjustment(PriceSeries prices) {
    for (int t = 0; t < prices.size(); t++) {
      if (prices.close(t) != prices.adjustedClose(t)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- dividends

  private static Section dividends(MarketFile.Dividends file, Map<AssetId, List<SplitEvent>> splits,
      Map<AssetId, PriceSeries> tickerPrices, LocalDate asOfOption) {
    DividendCsv.DividendFile read = file.dividends();
    List<AssetRow> rows = new ArrayList<>();
    for (DividendHistory raw : read.histories()) {
      AssetId ticker = raw.ticker();
      List<SplitEvent> tickerSplits = splits.getOrDefault(ticker, List.of());
      DividendHistory history = raw.adjustedForSplits(tickerSplits);
      PriceSeries prices = tickerPrices.get(ticker);
      String source;
      if (prices != null) {
        source = "prices from the ticker's price file";
      } else if (read.exDateCloses().containsKey(ticker)) {
        prices = read.exDateCloses().get(ticker).restatedForSplits(tickerSplits);
        source = "prices: closes on ex-dates";
      } else {
        source = "no prices: no yields";
      }
      if (!tickerSplits.isEmpty()) {
        source += "; amounts restated for " + tickerSplits.size() + " split(s)";
      }
      LocalDate asOf = asOfOption != null ? asOfOption : history.observedTo();
      IncomeEstimate income = IncomeEstimator.standard().estimate(history, prices, asOf);
      LocalDate first = history.events().isEmpty() ? null : history.events().get(0).exDate();
      LocalDate last = history.events().isEmpty() ? null : history.events().get(history.events().size() - 1).exDate();
      rows.add(new AssetRow(ticker, first, last, null, income, source));
    }
    int events = read.histories().stream().mapToInt(h -> h.events().size()).sum();
    String title = file.file() + ": " + events + " dividends of " + read.histories().size() + " ticker(s)";
    return new AssetSection(file.file().toString(), "dividends", 0, title, rows);
  }

  private static Section splitsSection(MarketFile.Splits file) {
    int events = file.splits().values().stream().mapToInt(List::size).sum();
    return new Section() {
      @Override
      public Map<String, Object> json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("file", file.file().toString());
        document.put("kind", "splits");
        document.put("tickers", file.splits().size());
        document.put("splits", events);
        return document;
      }

      @Override
      public void print(PrintWriter out) {
        out.println(file.file() + ": " + events + " splits of " + file.splits().size()
            + " ticker(s), used to restate the dividends of the same tickers");
      }
    };
  }

  // ---------------------------------------------------------------- per-asset sections

  /** One ticker's line: return statistics (null for dividend files) and income (null without distributions). */
  private record AssetRow(AssetId ticker, LocalDate first, LocalDate last, ReturnStatistics returns, IncomeEstimate income,
      String incomeSource) {}

  private record AssetSection(String file, String kind, int frequency, String title, List<AssetRow> rows) implements Section {

    @Override
    public Map<String, Object> json() {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("file", file);
      document.put("kind", kind);
      if (frequency > 0) {
        document.put("frequency", frequency);
      }
      Map<String, Object> assets = new LinkedHashMap<>();
      for (AssetRow row : rows) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("firstDate", row.first());
        entry.put("lastDate", row.last());
        if (row.returns() != null) {
          entry.put("observations", row.returns().observations());
          entry.put("annualReturn", number(row.returns().geometricMean()));
          entry.put("arithmeticReturn", number(row.returns().arithmeticMean()));
          entry.put("volatility", number(row.returns().volatility()));
        }
        if (row.income() != null) {
          entry.put("income", incomeJson(row.income(), row.incomeSource()));
        }
        assets.put(row.ticker().value(), entry);
      }
      document.put("assets", assets);
      return document;
    }

    @Override
    public void print(PrintWriter out) {
      out.println(title);
      if (rows.stream().anyMatch(r -> r.returns() != null)) {
        out.println();
        out.println("total returns (from adjusted closes): annual = geometric mean, arithmetic = mean × periods/year");
        AlignedTable table = new AlignedTable("ticker", "first", "last", ">returns", ">annual return", ">arithmetic", ">volatility");
        for (AssetRow row : rows) {
          ReturnStatistics s = row.returns();
          table.row(row.ticker().value(), String.valueOf(row.first()), String.valueOf(row.last()), String.valueOf(s.observations()),
              percent(s.geometricMean()), percent(s.arithmeticMean()), percent(s.volatility()));
        }
        table.print(out);
      }
      List<AssetRow> withIncome = rows.stream().filter(r -> r.income() != null).toList();
      if (!withIncome.isEmpty()) {
        out.println();
        out.println("income (regular distributions; specials left out, listed below)");
        AlignedTable table = new AlignedTable("ticker", "as of", ">price", ">12m paid", ">yield", ">forward", ">per year",
            ">growth 5y", ">yrs no cut", ">cuts", ">yield/5y avg", "source");
        for (AssetRow row : withIncome) {
          IncomeEstimate e = row.income();
          table.row(row.ticker().value(), e.asOf().toString(), fixed(e.price(), 2), fixed(e.trailingDistributions(), 4),
              percent(e.trailingYield()), percent(e.forwardYield()), String.valueOf(e.paymentsPerYear()), percent(e.dividendGrowth()),
              String.valueOf(e.yearsWithoutCut()), String.valueOf(e.cuts()), fixed(e.yieldVsAverage(), 2), row.incomeSource());
        }
        table.print(out);
        List<String> excluded = new ArrayList<>();
        for (AssetRow row : withIncome) {
          for (ExcludedDividend x : row.income().excluded()) {
            excluded.add("  " + row.ticker() + " " + x.event().exDate() + " " + fixed(x.event().amount(), 4) + ": " + x.reason());
          }
        }
        if (!excluded.isEmpty()) {
          out.println();
          out.println("left out as special (" + excluded.size() + "):");
          excluded.forEach(out::println);
        }
      }
    }
  }

  private static Map<String, Object> incomeJson(IncomeEstimate e, String source) {
    Map<String, Object> income = new LinkedHashMap<>();
    income.put("asOf", e.asOf());
    income.put("price", number(e.price()));
    income.put("priceDate", e.priceDate());
    income.put("trailingDistributions", number(e.trailingDistributions()));
    income.put("trailingYield", number(e.trailingYield()));
    income.put("forwardYield", number(e.forwardYield()));
    income.put("paymentsPerYear", e.paymentsPerYear());
    income.put("lastRegularPayment", number(e.lastRegularPayment()));
    income.put("lastRegularExDate", e.lastRegularExDate());
    income.put("growthYears", e.growthYears());
    income.put("dividendGrowth", number(e.dividendGrowth()));
    income.put("yearsWithoutCut", e.yearsWithoutCut());
    income.put("consecutiveIncreases", e.consecutiveIncreases());
    income.put("cuts", e.cuts());
    income.put("averageYield", number(e.averageYield()));
    income.put("yieldVsAverage", number(e.yieldVsAverage()));
    List<Object> years = new ArrayList<>();
    for (AnnualDistribution year : e.annualTotals()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("year", year.year());
      y.put("total", number(year.total()));
      y.put("payments", year.payments());
      years.add(y);
    }
    income.put("annualTotals", years);
    List<Object> excluded = new ArrayList<>();
    for (ExcludedDividend x : e.excluded()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("exDate", x.event().exDate());
      item.put("amount", number(x.event().amount()));
      item.put("reason", x.reason());
      excluded.add(item);
    }
    income.put("excluded", excluded);
    income.put("source", source);
    return income;
  }

  /** A double for JSON: NaN and infinities become null. */
  private static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static String percent(double fraction) {
    return Rates.percent(fraction, 2);
  }

  private static String fixed(Double value, int decimals) {
    return value != null && Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
  }
}
