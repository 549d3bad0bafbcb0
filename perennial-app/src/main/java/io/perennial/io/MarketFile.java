package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.market.AnnualReturnsTable;
import io.perennial.market.PriceTable;
import io.perennial.market.SplitEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A market data file of a kind recognised from its header ({@link #load(Path)}): an annual returns
 * table, a wide price table, one ticker's prices, dividend events, or splits.
 */
public sealed interface MarketFile {

  /** The file it was read from. */
  Path file();

  /** First column {@code year}, then one column of yearly returns per series. */
  record AnnualReturns(Path file, AnnualReturnsTable table) implements MarketFile {}

  /** First column a date, then one column of prices per ticker. */
  record Prices(Path file, PriceTable table) implements MarketFile {}

  /** One ticker's prices ({@code Date, Close, Adj Close}, Yahoo or Alpha Vantage layout). */
  record TickerPrices(Path file, PriceCsv.PriceFile prices) implements MarketFile {}

  /** Dividend events, long format or one ticker's {@code date, dividend}. */
  record Dividends(Path file, DividendCsv.DividendFile dividends) implements MarketFile {}

  /** Split events {@code ticker, date, split_coefficient}. */
  record Splits(Path file, Map<AssetId, List<SplitEvent>> splits) implements MarketFile {}

  /**
   * Reads {@code file}, telling its kind from the header: first column {@code year} → annual
   * returns; {@code ticker, date, split_coefficient} → splits; a ticker or single date column with a
   * dividend amount → dividends; a date column first and a {@code Close} column → one ticker's
   * prices; a date in the first cell of the first row → a wide price table.
   *
   * @throws InputException when the file cannot be read or its kind is not recognised
   */
  static MarketFile load(Path file) {
    CsvTable table = CsvTable.read(file);
    List<String> header = table.header();
    if (!header.isEmpty() && header.get(0).equalsIgnoreCase("year")) {
      return new AnnualReturns(file, AnnualReturnsCsv.read(file));
    }
    if (SplitCsv.recognises(table)) {
      return new Splits(file, SplitCsv.read(table));
    }
    if (DividendCsv.recognises(table)) {
      return new Dividends(file, DividendCsv.read(table));
    }
    if (PriceCsv.recognises(table)) {
      return new TickerPrices(file, PriceCsv.read(table));
    }
    if (WidePriceCsv.recognises(table)) {
      return new Prices(file, WidePriceCsv.read(table));
    }
    throw new InputException(InputException.at(file, table.headerLine(), null),
        "cannot tell what this file holds from its header: " + String.join(",", header),
        "use one of: 'year,<series>…' (annual returns); 'date,<ticker>…' (prices per ticker); "
            + "'Date,Close,Adj Close' (one ticker's prices); 'ticker,ex_date,dividend_amount' or 'date,dividend' (dividends); "
            + "'ticker,date,split_coefficient' (splits)");
  }
}
