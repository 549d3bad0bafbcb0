package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.PriceSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads dividend events:
 *
 * <ul>
 *   <li>long format, several tickers: {@code ticker, ex_date, dividend_amount[, ...]} (the S&amp;P 500
 *       {@code dividends.csv}; the amount column may also be called {@code implied_distribution_per_share},
 *       {@code amount}, {@code dividend} or {@code distribution}, the date {@code date}). An optional
 *       {@code special} column (true/false, yes/no, 1/0) marks one-off payments; an optional
 *       {@code close_on_ex_date} column (or {@code prev_close}, the close before the ex-date) gives the price, used for yields when no price
 *       file is given.
 *   <li>one ticker: {@code date, dividend} (the ticker is the file name without extension).
 * </ul>
 *
 * Amounts are cash per share, &gt; 0, as the source gives them (not split-adjusted unless the
 * source is). Within a ticker, ex-dates increase; the same ex-date twice is refused unless one row
 * is marked special. A ticker's history is observed from its first event to the last ex-date in
 * the whole file (the file is taken as complete up to then: a ticker that stopped paying shows as
 * paying nothing).
 */
public final class DividendCsv {

  private static final String[] AMOUNT = {"dividend_amount", "implied_distribution_per_share", "amount", "dividend", "dividends",
      "distribution", "cash_amount"};
  private static final String[] DATE = {"ex_date", "exdate", "ex-date", "ex_dividend_date", "date"};
  private static final String[] PRICE = {"close_on_ex_date", "close", "price", "prev_close"};

  /** What a dividend file holds: per-ticker histories, and ex-date closes when the file has them. */
  public record DividendFile(List<DividendHistory> histories, Map<AssetId, PriceSeries> exDateCloses) {
    public DividendFile {
      histories = List.copyOf(histories);
      exDateCloses = Map.copyOf(exDateCloses);
    }
  }

  private DividendCsv() {}

  /** Whether the header looks like a dividend file (a date column and an amount column, no close-price history). */
  public static boolean recognises(CsvTable table) {
    int amount = PriceCsv.firstOf(table, AMOUNT);
    int date = PriceCsv.firstOf(table, DATE);
    boolean longFormat = PriceCsv.firstOf(table, "ticker", "symbol") >= 0;
    boolean single = table.header().size() == 2 && date == 0 && amount == 1;
    return amount >= 0 && date >= 0 && (longFormat || single) && table.column("adjusted_close") < 0;
  }

  /** Reads {@code file}; errors name the file, line and column. */
  public static DividendFile read(Path file) {
    return read(CsvTable.read(file));
  }

  static DividendFile read(CsvTable table) {
    int tickerColumn = PriceCsv.firstOf(table, "ticker", "symbol");
    int dateColumn = table.requireColumn(DATE);
    int amountColumn = table.requireColumn(AMOUNT);
    int specialColumn = PriceCsv.firstOf(table, "special", "is_special");
    int priceColumn = tickerColumn >= 0 ? PriceCsv.firstOf(table, PRICE) : -1;
    AssetId fileTicker = tickerColumn < 0 ? PriceCsv.ticker(table) : null;

    Map<AssetId, List<DividendEvent>> events = new LinkedHashMap<>();
    Map<AssetId, List<LocalDate>> priceDates = new HashMap<>();
    Map<AssetId, List<Double>> prices = new HashMap<>();
    Map<AssetId, Map<LocalDate, Long>> regularLines = new HashMap<>();
    Map<AssetId, LocalDate> lastDate = new HashMap<>();
    Map<AssetId, Long> lastLine = new HashMap<>();
    LocalDate fileEnd = null;
    for (CsvTable.Row row : table.rows()) {
      AssetId ticker = tickerColumn >= 0 ? tickerCell(table, row, tickerColumn) : fileTicker;
      LocalDate date = CsvDates.date(table, row, dateColumn);
      double amount = table.number(row, amountColumn);
      if (Double.isNaN(amount)) {
        throw new InputException(table.where(row, amountColumn), "the dividend amount is missing",
            "write the cash amount per share, or delete the row");
      }
      if (amount <= 0) {
        throw new InputException(table.where(row, amountColumn), "a dividend of " + table.cell(row, amountColumn) + " is not above zero",
            "write the cash amount per share (> 0); leave out dates without a dividend");
      }
      boolean special = specialColumn >= 0 && flag(table, row, specialColumn);
      LocalDate previous = lastDate.get(ticker);
      String who = tickerColumn >= 0 ? " for ticker " + ticker : "";
      if (previous != null && date.isBefore(previous)) {
        throw new InputException(table.where(row, dateColumn),
            "dates out of order" + who + ": " + date + " comes after " + previous + " (line " + lastLine.get(ticker) + ")",
            "sort each ticker's rows by ex-date, oldest first");
      }
      Map<LocalDate, Long> seen = regularLines.computeIfAbsent(ticker, t -> new HashMap<>());
      if (!special && seen.containsKey(date)) {
        throw new InputException(table.where(row, dateColumn),
            "ex-date " + date + " appears twice" + who + " (also on line " + seen.get(date) + ")",
            "keep one row per ex-date, or mark an extra payment with special=true in a 'special' column");
      }
      if (!special) {
        seen.put(date, row.line());
      }
      lastDate.put(ticker, date);
      lastLine.put(ticker, row.line());
      events.computeIfAbsent(ticker, t -> new ArrayList<>()).add(new DividendEvent(date, amount, special));
      if (priceColumn >= 0) {
        double close = table.number(row, priceColumn);
        if (!Double.isNaN(close)) {
          if (close <= 0) {
            throw new InputException(table.where(row, priceColumn), "a price of " + table.cell(row, priceColumn) + " is not above zero",
                "leave the cell empty when the price is not known");
          }
          List<LocalDate> dates = priceDates.computeIfAbsent(ticker, t -> new ArrayList<>());
          if (dates.isEmpty() || date.isAfter(dates.get(dates.size() - 1))) {
            dates.add(date);
            prices.computeIfAbsent(ticker, t -> new ArrayList<>()).add(close);
          }
        }
      }
      fileEnd = fileEnd == null || date.isAfter(fileEnd) ? date : fileEnd;
    }
    if (events.isEmpty()) {
      throw new InputException(table.file().toString(), "has a header but no dividends", "add one row per ex-date");
    }
    List<DividendHistory> histories = new ArrayList<>();
    Map<AssetId, PriceSeries> closes = new LinkedHashMap<>();
    for (Map.Entry<AssetId, List<DividendEvent>> entry : events.entrySet()) {
      List<DividendEvent> list = entry.getValue();
      histories.add(new DividendHistory(entry.getKey(), list, list.get(0).exDate(), fileEnd));
      if (priceDates.containsKey(entry.getKey())) {
        closes.put(entry.getKey(), PriceSeries.ofClose(entry.getKey(), priceDates.get(entry.getKey()),
            prices.get(entry.getKey()).stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    return new DividendFile(histories, closes);
  }

  static AssetId tickerCell(CsvTable table, CsvTable.Row row, int column) {
    String text = table.cell(row, column);
    if (text.isEmpty()) {
      throw new InputException(table.where(row, column), "the ticker is missing", "write the ticker on every row");
    }
    return AssetId.of(text);
  }

  private static boolean flag(CsvTable table, CsvTable.Row row, int column) {
    String text = table.cell(row, column).toLowerCase(Locale.ROOT);
    switch (text) {
      case "", "0", "false", "no", "n", "regular":
        return false;
      case "1", "true", "yes", "y", "special":
        return true;
      default:
        throw new InputException(table.where(row, column), "'" + table.cell(row, column) + "' is not a yes/no value",
            "write true or false (or leave it empty for a regular payment)");
    }
  }
}
