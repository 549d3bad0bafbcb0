package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.market.PriceTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a wide price table: the first column a date ({@code YYYY-MM-DD}), then one column per
 * ticker holding its (adjusted) closing price per share; an empty cell is a missing price (before
 * a ticker listed, after it was delisted). One row per date, oldest first. As PyPortfolioOpt's
 * {@code stock_prices.csv} and the S&amp;P 500 {@code adjusted_close_daily_wide.csv}. A header
 * with two or more of one ticker's quote columns ({@code Open, High, Low, Close, Adj Close,
 * Volume}) is refused: that is one ticker's daily quotes (Yahoo's layout), not a table of tickers.
 */
public final class WidePriceCsv {

  private WidePriceCsv() {}

  /**
   * Whether the file looks like a wide price table: its first data cell is a date and its header
   * names at least one further column.
   */
  public static boolean recognises(CsvTable table) {
    return table.header().size() >= 2 && !table.rows().isEmpty()
        && CsvDates.isDate(table.cell(table.rows().get(0), 0));
  }

  /** Reads {@code file}; errors name the file, line and column. */
  public static PriceTable read(Path file) {
    return read(CsvTable.read(file));
  }

  static PriceTable read(CsvTable table) {
    Path file = table.file();
    List<String> header = table.header();
    if (header.size() < 2) {
      throw new InputException(InputException.at(file, table.headerLine(), null),
          "a wide price table has a date column and one column per ticker; the header is: " + String.join(",", header),
          "put the date first, then one column of prices per ticker");
    }
    List<String> quotes = PriceCsv.quoteColumns(table);
    if (quotes.size() >= 2) {
      throw new InputException(InputException.at(file, table.headerLine(), null),
          "this is one ticker's daily quotes (columns " + String.join(", ", quotes) + "), not a wide price table: read as one,"
              + " its tickers would be " + String.join(", ", header.subList(1, header.size())),
          "a wide price table has a date column, then one column of adjusted closes per ticker (date,SPY,SCHD,…):"
              + " put each ticker's Adj Close (or Close) column side by side under its ticker's name;"
              + " 'perennial estimate' reads a one-ticker file such as this one as it is");
    }
    List<AssetId> tickers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 1; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isEmpty()) {
        throw new InputException(InputException.at(file, table.headerLine(), "column " + (c + 1)), "a column has no ticker",
            "give every price column its ticker as header");
      }
      if (!seen.add(name)) {
        throw new InputException(InputException.at(file, table.headerLine(), "column " + name), "ticker '" + name + "' appears twice",
            "keep one column per ticker");
      }
      tickers.add(AssetId.of(name));
    }
    List<CsvTable.Row> rows = table.rows();
    if (rows.isEmpty()) {
      throw new InputException(file.toString(), "has a header but no prices", "add one row per date");
    }
    int width = tickers.size();
    double[][] prices = new double[width][rows.size()];
    List<LocalDate> dates = new ArrayList<>(rows.size());
    CsvDates.Order order = new CsvDates.Order(table, null);
    PriceJumps[] jumps = new PriceJumps[width];
    for (int c = 0; c < width; c++) {
      jumps[c] = new PriceJumps(table, c + 1);
    }
    for (int r = 0; r < rows.size(); r++) {
      CsvTable.Row row = rows.get(r);
      LocalDate date = CsvDates.date(table, row, 0);
      order.accept(date, row, 0);
      dates.add(date);
      for (int c = 0; c < width; c++) {
        double value = table.number(row, c + 1);
        if (!Double.isNaN(value) && value <= 0) {
          throw new InputException(table.where(row, c + 1), "a price of " + table.cell(row, c + 1) + " is not above zero",
              "prices are positive; leave the cell empty when the price is missing");
        }
        jumps[c].accept(value, row);
        prices[c][r] = value;
      }
    }
    return PriceTable.of(dates, tickers, prices);
  }
}
