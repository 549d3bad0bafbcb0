package io.perennial.market;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Prices of several assets on common dates (a wide table: dates × tickers), usually adjusted
 * closes (total-return prices) per share in the asset's currency. A missing price is {@code NaN},
 * e.g. before a ticker listed or after it was delisted. Dates are strictly increasing; every
 * present price is finite and above zero. Held column by column (one array per ticker), the
 * layout the estimators read.
 */
public final class PriceTable {

  private final List<LocalDate> dates;
  private final List<AssetId> tickers;
  private final Map<AssetId, Integer> index;
  private final double[][] prices; // [ticker][date]

  private PriceTable(List<LocalDate> dates, List<AssetId> tickers, double[][] prices) {
    this.dates = dates;
    this.tickers = tickers;
    this.prices = prices;
    this.index = new HashMap<>();
    for (int i = 0; i < tickers.size(); i++) {
      index.put(tickers.get(i), i);
    }
  }

  /**
   * @param dates strictly increasing dates
   * @param tickers unique tickers
   * @param prices one column per ticker (outer index, same order as {@code tickers}), one price per
   *     date; NaN = missing; present prices finite and &gt; 0
   * @throws IllegalArgumentException naming the argument, ticker and date at fault
   */
  public static PriceTable of(List<LocalDate> dates, List<AssetId> tickers, double[][] prices) {
    Checks.notNull(dates, "dates");
    Checks.notNull(tickers, "tickers");
    Checks.notNull(prices, "prices");
    List<LocalDate> dateCopy = List.copyOf(dates);
    List<AssetId> tickerCopy = List.copyOf(tickers);
    Checks.check(new HashSet<>(tickerCopy).size() == tickerCopy.size(), "tickers must be unique: " + tickerCopy);
    Checks.check(prices.length == tickerCopy.size(),
        "prices has " + prices.length + " columns for " + tickerCopy.size() + " tickers");
    for (int t = 1; t < dateCopy.size(); t++) {
      Checks.check(dateCopy.get(t).isAfter(dateCopy.get(t - 1)),
          "dates must be strictly increasing: " + dateCopy.get(t - 1) + " is followed by " + dateCopy.get(t));
    }
    double[][] copy = new double[prices.length][];
    for (int i = 0; i < prices.length; i++) {
      Checks.check(prices[i].length == dateCopy.size(), "prices of " + tickerCopy.get(i) + " has "
          + prices[i].length + " values for " + dateCopy.size() + " dates");
      for (int t = 0; t < prices[i].length; t++) {
        double p = prices[i][t];
        Checks.check(Double.isNaN(p) || (Double.isFinite(p) && p > 0),
            "price of " + tickerCopy.get(i) + " on " + dateCopy.get(t) + " must be above zero or missing (NaN), got " + p);
      }
      copy[i] = prices[i].clone();
    }
    return new PriceTable(dateCopy, tickerCopy, copy);
  }

  /**
   * The table of the adjusted closes of {@code series}, on the union of their dates (NaN where a
   * series has no price on a date).
   */
  public static PriceTable ofAdjustedCloses(List<PriceSeries> series) {
    TreeSet<LocalDate> all = new TreeSet<>();
    for (PriceSeries s : series) {
      all.addAll(s.dates());
    }
    List<LocalDate> dates = new ArrayList<>(all);
    Map<LocalDate, Integer> row = new HashMap<>();
    for (int t = 0; t < dates.size(); t++) {
      row.put(dates.get(t), t);
    }
    List<AssetId> tickers = new ArrayList<>();
    double[][] prices = new double[series.size()][];
    for (int i = 0; i < series.size(); i++) {
      PriceSeries s = series.get(i);
      tickers.add(s.ticker());
      double[] column = new double[dates.size()];
      Arrays.fill(column, Double.NaN);
      for (int k = 0; k < s.size(); k++) {
        column[row.get(s.date(k))] = s.adjustedClose(k);
      }
      prices[i] = column;
    }
    return of(dates, tickers, prices);
  }

  public List<LocalDate> dates() {
    return dates;
  }

  public List<AssetId> tickers() {
    return tickers;
  }

  /** The number of dates (rows). */
  public int size() {
    return dates.size();
  }

  /** The number of tickers (columns). */
  public int width() {
    return tickers.size();
  }

  public boolean has(AssetId ticker) {
    return index.containsKey(ticker);
  }

  /** The position of {@code ticker} among {@link #tickers()}. */
  public int indexOf(AssetId ticker) {
    Integer i = index.get(ticker);
    if (i == null) {
      throw new InvalidInputException("no ticker " + ticker + " in the price table");
    }
    return i;
  }

  /** The prices of {@code ticker}, one per date, NaN where missing (a copy). */
  public double[] column(AssetId ticker) {
    return prices[indexOf(ticker)].clone();
  }

  /** The prices of the ticker at position {@code i} (a copy). */
  public double[] column(int i) {
    return prices[i].clone();
  }

  /** The price of ticker {@code i} on date {@code t}; NaN when missing. */
  public double price(int i, int t) {
    return prices[i][t];
  }

  /** The present prices of {@code ticker} as a series (both close and adjusted close hold the table's price). */
  public PriceSeries series(AssetId ticker) {
    double[] column = prices[indexOf(ticker)];
    List<LocalDate> kept = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int t = 0; t < column.length; t++) {
      if (!Double.isNaN(column[t])) {
        kept.add(dates.get(t));
        values.add(column[t]);
      }
    }
    Checks.check(!kept.isEmpty(), "ticker " + ticker + " has no price in the table");
    return PriceSeries.ofClose(ticker, kept, values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The columns of {@code selected}, in that order. */
  public PriceTable select(List<AssetId> selected) {
    double[][] columns = new double[selected.size()][];
    for (int i = 0; i < selected.size(); i++) {
      columns[i] = prices[indexOf(selected.get(i))];
    }
    return of(dates, selected, columns);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriceTable that
        && dates.equals(that.dates)
        && tickers.equals(that.tickers)
        && Arrays.deepEquals(prices, that.prices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dates, tickers, Arrays.deepHashCode(prices));
  }

  @Override
  public String toString() {
    return "PriceTable[" + (dates.isEmpty() ? "no dates" : dates.get(0) + "–" + dates.get(dates.size() - 1))
        + ", " + dates.size() + " dates × " + tickers.size() + " tickers]";
  }
}
