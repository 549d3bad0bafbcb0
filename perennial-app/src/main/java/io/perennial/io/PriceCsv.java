package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.PriceSeries;
import io.perennial.market.SplitEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the price history of one ticker (daily or monthly), one row per date, oldest first:
 *
 * <ul>
 *   <li>{@code Date, Close, Adj Close} with any other columns (Yahoo's layout {@code Date, Open,
 *       High, Low, Close, Adj Close, Volume}, dates possibly written {@code 2016-04-28 00:00:00}):
 *       {@code Close} is taken as split-adjusted, {@code Adj Close} as adjusted for distributions too.
 *       Without an {@code Adj Close} column, the close is used for both.
 *   <li>Alpha Vantage's {@code timestamp, open, high, low, close, adjusted_close, volume,
 *       dividend_amount, split_coefficient}: {@code close} is the raw close of the day, so it is
 *       restated in the shares of the last date (divided by the ratios of later splits); the non-zero
 *       {@code dividend_amount}s become the dividend history, restated the same way.
 * </ul>
 *
 * The ticker is the file name without extension (or the single value of a {@code ticker}/{@code symbol}
 * column). Rows whose value cells are all empty (a fund listed later) are skipped; any other empty,
 * non-numeric or non-positive price, a duplicate date or a date out of order is refused with the
 * file, line and column.
 */
public final class PriceCsv {

  private static final String[] DATE = {"Date", "timestamp", "time", "day", "month", "when"};
  private static final String[] CLOSE = {"Close", "close_price", "price"};
  private static final String[] ADJUSTED = {"Adj Close", "adjusted_close", "adj_close", "adjusted close", "adjclose", "adjusted"};
  private static final String[] DIVIDEND = {"dividend_amount", "dividend", "dividends"};
  private static final String[] SPLIT = {"split_coefficient", "split", "stock splits", "split_ratio"};
  /** The columns of one ticker's daily quotes (Yahoo, Alpha Vantage, Stooq), never tickers of a wide table. */
  private static final java.util.Set<String> QUOTE_COLUMNS = java.util.Set.of("open", "high", "low", "close", "adj close",
      "adjusted_close", "adj_close", "adjusted close", "adjclose", "volume");

  /** The price file's layout. */
  public enum Layout {
    /** {@code Date, Close[, Adj Close]} with optional other columns (Yahoo). */
    CLOSE_ADJ_CLOSE,
    /** Alpha Vantage daily adjusted: raw close, adjusted close, dividend amount and split coefficient per day. */
    ALPHA_VANTAGE
  }

  /**
   * What one price file holds.
   *
   * @param prices the price series (closes in the shares of the last date)
   * @param dividends the dividend history when the file has a dividend column (restated in the shares of the last date)
   * @param splits the splits found in the file (empty when it has no split column)
   * @param layout which layout was recognised
   * @param skippedEmptyRows rows without any value (before the ticker traded), left out
   */
  public record PriceFile(PriceSeries prices, Optional<DividendHistory> dividends, List<SplitEvent> splits, Layout layout,
      int skippedEmptyRows) {
    public PriceFile {
      splits = List.copyOf(splits);
    }
  }

  private PriceCsv() {}

  /**
   * Whether a header looks like a per-ticker price file: a date column first, then a close column or
   * at least two of the quote columns ({@code Open, High, Low, Close, Adj Close, Volume}). A file of
   * quotes without a close is recognised so that {@link #read} refuses it naming the missing column,
   * rather than letting it pass for a wide table whose tickers are {@code Open} and {@code High}.
   */
  public static boolean recognises(CsvTable table) {
    int date = firstOf(table, DATE);
    return date == 0 && (firstOf(table, CLOSE) >= 0 || quoteColumns(table).size() >= 2);
  }

  /**
   * The header's names that are columns of one ticker's daily quotes ({@code Open}, {@code High},
   * {@code Low}, {@code Close}, {@code Adj Close}, {@code Volume} and Alpha Vantage's spellings), as written.
   */
  static List<String> quoteColumns(CsvTable table) {
    List<String> names = new ArrayList<>();
    for (String name : table.header()) {
      if (QUOTE_COLUMNS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        names.add(name);
      }
    }
    return names;
  }

  /** Reads {@code file}; errors name the file, line and column. */
  public static PriceFile read(Path file) {
    return read(CsvTable.read(file));
  }

  static PriceFile read(CsvTable table) {
    Path file = table.file();
    int dateColumn = table.requireColumn(DATE);
    if (firstOf(table, CLOSE) < 0 && !quoteColumns(table).isEmpty()) {
      throw new InputException(InputException.at(file, table.headerLine(), null),
          "one ticker's daily quotes (" + String.join(", ", quoteColumns(table)) + ") with no column named Close; the header has: "
              + String.join(", ", table.header()),
          "add the Close column (and Adj Close for prices that include distributions): a price file reads Date,Close[,Adj Close]");
    }
    int closeColumn = table.requireColumn(CLOSE);
    int adjustedColumn = firstOf(table, ADJUSTED);
    int dividendColumn = firstOf(table, DIVIDEND);
    int splitColumn = firstOf(table, SPLIT);
    Layout layout = table.column("adjusted_close") >= 0 && dividendColumn >= 0 ? Layout.ALPHA_VANTAGE : Layout.CLOSE_ADJ_CLOSE;
    AssetId ticker = ticker(table);

    List<LocalDate> dates = new ArrayList<>();
    List<Double> closes = new ArrayList<>();
    List<Double> adjusted = new ArrayList<>();
    List<Double> dividends = new ArrayList<>();
    List<Double> splitRatios = new ArrayList<>();
    CsvDates.Order order = new CsvDates.Order(table, null);
    PriceJumps closeJumps = new PriceJumps(table, closeColumn);
    PriceJumps adjustedJumps = adjustedColumn >= 0 ? new PriceJumps(table, adjustedColumn) : null;
    int skipped = 0;
    for (CsvTable.Row row : table.rows()) {
      LocalDate date = CsvDates.date(table, row, dateColumn);
      order.accept(date, row, dateColumn);
      if (allValuesEmpty(table, row, dateColumn)) {
        skipped++;
        continue;
      }
      double close = price(table, row, closeColumn);
      double adj = adjustedColumn >= 0 ? price(table, row, adjustedColumn) : close;
      closeJumps.accept(close, row);
      if (adjustedJumps != null) {
        adjustedJumps.accept(adj, row);
      }
      double dividend = dividendColumn >= 0 ? nonNegative(table, row, dividendColumn, "a dividend amount") : 0.0;
      double split = splitColumn >= 0 ? splitRatio(table, row, splitColumn) : 1.0;
      dates.add(date);
      closes.add(close);
      adjusted.add(adj);
      dividends.add(dividend);
      splitRatios.add(split);
    }
    if (dates.isEmpty()) {
      throw new InputException(file.toString(), table.rows().isEmpty() ? "has a header but no prices" : "has no row with a price",
          "give one row per date with the closing price");
    }
    int n = dates.size();
    // Splits: a coefficient ≠ 1 on a day means that day and later are on the new share basis.
    List<SplitEvent> splits = new ArrayList<>();
    double[] laterSplits = new double[n]; // product of the ratios of splits strictly after each date
    double factor = 1.0;
    for (int t = n - 1; t >= 0; t--) {
      laterSplits[t] = factor;
      if (splitRatios.get(t) != 1.0) {
        factor *= splitRatios.get(t);
        splits.add(0, new SplitEvent(dates.get(t), splitRatios.get(t)));
      }
    }
    double[] close = new double[n];
    double[] adj = new double[n];
    List<DividendEvent> events = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      // Alpha Vantage's close is the raw close; Yahoo's is already split-adjusted.
      close[t] = layout == Layout.ALPHA_VANTAGE ? closes.get(t) / laterSplits[t] : closes.get(t);
      adj[t] = adjusted.get(t);
      if (dividends.get(t) > 0) {
        double amount = layout == Layout.ALPHA_VANTAGE ? dividends.get(t) / laterSplits[t] : dividends.get(t);
        events.add(DividendEvent.regular(dates.get(t), amount));
      }
    }
    PriceSeries series = PriceSeries.of(ticker, dates, close, adj);
    Optional<DividendHistory> history = dividendColumn >= 0
        ? Optional.of(new DividendHistory(ticker, events, dates.get(0), dates.get(n - 1)))
        : Optional.empty();
    return new PriceFile(series, history, splits, layout, skipped);
  }

  static AssetId ticker(CsvTable table) {
    int column = firstOf(table, "ticker", "symbol");
    if (column >= 0 && !table.rows().isEmpty()) {
      String value = table.cell(table.rows().get(0), column);
      for (CsvTable.Row row : table.rows()) {
        if (!table.cell(row, column).equals(value)) {
          throw new InputException(table.where(row, column), "a price file holds one ticker, but this row has '"
              + table.cell(row, column) + "' after '" + value + "'",
              "split the file by ticker, or use the wide layout (a date column, then one column per ticker)");
        }
      }
      if (!value.isBlank()) {
        return AssetId.of(value);
      }
    }
    String name = table.file().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).strip();
    if (stem.isEmpty()) {
      throw new InputException(table.file().toString(), "cannot tell the ticker from the file name",
          "name the file after the ticker, e.g. SCHD.csv");
    }
    return AssetId.of(stem);
  }

  private static boolean allValuesEmpty(CsvTable table, CsvTable.Row row, int dateColumn) {
    for (int c = 0; c < table.header().size(); c++) {
      if (c != dateColumn && !table.cell(row, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  static double price(CsvTable table, CsvTable.Row row, int column) {
    double value = table.number(row, column);
    if (Double.isNaN(value)) {
      throw new InputException(table.where(row, column), "the price is missing",
          "fill in the price, or delete the row if the ticker did not trade that day");
    }
    if (value <= 0) {
      throw new InputException(table.where(row, column), "a price of " + table.cell(row, column) + " is not above zero",
          "prices are per share and positive; check the value");
    }
    return value;
  }

  private static double nonNegative(CsvTable table, CsvTable.Row row, int column, String what) {
    double value = table.number(row, column);
    if (Double.isNaN(value)) {
      return 0.0;
    }
    if (value < 0) {
      throw new InputException(table.where(row, column), what + " of " + table.cell(row, column) + " is negative",
          "write 0 on days without a dividend");
    }
    return value;
  }

  private static double splitRatio(CsvTable table, CsvTable.Row row, int column) {
    double value = table.number(row, column);
    if (Double.isNaN(value)) {
      return 1.0;
    }
    if (value <= 0) {
      throw new InputException(table.where(row, column), "a split coefficient of " + table.cell(row, column) + " is not above zero",
          "write 1 on days without a split, and new shares per old share on a split day (4 for 4-for-1)");
    }
    return value;
  }

  static int firstOf(CsvTable table, String... names) {
    for (String name : names) {
      int index = table.column(name);
      if (index >= 0) {
        return index;
      }
    }
    return -1;
  }
}
