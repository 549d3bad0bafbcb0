package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.market.SplitEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads share splits in long format: {@code ticker, date, split_coefficient} (new shares per old
 * share: 4 for a 4-for-1 split), as the S&amp;P 500 universe's {@code splits.csv}. Dates must
 * increase within each ticker.
 */
public final class SplitCsv {

  private SplitCsv() {}

  /** Whether the header has a ticker, a date and a split coefficient. */
  public static boolean recognises(CsvTable table) {
    return PriceCsv.firstOf(table, "ticker", "symbol") >= 0
        && PriceCsv.firstOf(table, "date", "ex_date", "effective_date") >= 0
        && PriceCsv.firstOf(table, "split_coefficient", "split_ratio", "ratio") >= 0
        && PriceCsv.firstOf(table, "dividend_amount", "dividend", "amount", "close") < 0;
  }

  /** The splits by ticker, each list by date. */
  public static Map<AssetId, List<SplitEvent>> read(Path file) {
    return read(CsvTable.read(file));
  }

  static Map<AssetId, List<SplitEvent>> read(CsvTable table) {
    int tickerColumn = table.requireColumn("ticker", "symbol");
    int dateColumn = table.requireColumn("date", "ex_date", "effective_date");
    int ratioColumn = table.requireColumn("split_coefficient", "split_ratio", "ratio");
    Map<AssetId, List<SplitEvent>> splits = new LinkedHashMap<>();
    Map<AssetId, CsvDates.Order> orders = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      AssetId ticker = DividendCsv.tickerCell(table, row, tickerColumn);
      LocalDate date = CsvDates.date(table, row, dateColumn);
      orders.computeIfAbsent(ticker, t -> new CsvDates.Order(table, "ticker " + t)).accept(date, row, dateColumn);
      double ratio = table.number(row, ratioColumn);
      if (!(ratio > 0)) {
        throw new InputException(table.where(row, ratioColumn),
            Double.isNaN(ratio) ? "the split coefficient is missing" : "a split coefficient of " + table.cell(row, ratioColumn) + " is not above zero",
            "write new shares per old share, e.g. 4 for a 4-for-1 split or 0.1 for a 1-for-10 reverse split");
      }
      splits.computeIfAbsent(ticker, t -> new ArrayList<>()).add(new SplitEvent(date, ratio));
    }
    return splits;
  }
}
