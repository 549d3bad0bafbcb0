package io.perennial.market;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The price history of one asset: one row per trading date (or month), strictly increasing, with
 * two prices per row in the asset's currency per share:
 *
 * <ul>
 *   <li>{@code close}: the closing price <b>in the shares of the series' last date</b> (adjusted for
 *       splits, not for distributions); the price an investor paid, so the denominator of a yield;
 *   <li>{@code adjustedClose}: the close adjusted for splits <b>and</b> distributions (a total-return
 *       index), so that {@code adjustedClose[t] / adjustedClose[t-1] - 1} is the total return of
 *       period t.
 * </ul>
 *
 * Both are finite and strictly positive; a missing day is simply absent. Where a source gives only
 * one price, both fields hold it (and the series then shows price return only).
 */
public final class PriceSeries {

  private final AssetId ticker;
  private final List<LocalDate> dates;
  private final double[] close;
  private final double[] adjustedClose;

  private PriceSeries(AssetId ticker, List<LocalDate> dates, double[] close, double[] adjustedClose) {
    this.ticker = ticker;
    this.dates = dates;
    this.close = close;
    this.adjustedClose = adjustedClose;
  }

  /**
   * @param ticker the asset
   * @param dates strictly increasing dates, at least one
   * @param close closing price per date (split-adjusted, not distribution-adjusted), &gt; 0
   * @param adjustedClose total-return price per date, &gt; 0
   * @throws IllegalArgumentException naming the argument and the offending row
   */
  public static PriceSeries of(AssetId ticker, List<LocalDate> dates, double[] close, double[] adjustedClose) {
    Checks.notNull(ticker, "ticker");
    Checks.notNull(dates, "dates");
    Checks.notNull(close, "close");
    Checks.notNull(adjustedClose, "adjustedClose");
    Checks.check(!dates.isEmpty(), "a price series of " + ticker + " needs at least one date");
    Checks.check(close.length == dates.size(),
        "close has " + close.length + " prices for " + dates.size() + " dates (" + ticker + ")");
    Checks.check(adjustedClose.length == dates.size(),
        "adjustedClose has " + adjustedClose.length + " prices for " + dates.size() + " dates (" + ticker + ")");
    List<LocalDate> copy = List.copyOf(dates);
    for (int i = 0; i < copy.size(); i++) {
      if (i > 0) {
        Checks.check(copy.get(i).isAfter(copy.get(i - 1)), "dates of " + ticker + " must be strictly increasing: "
            + copy.get(i - 1) + " is followed by " + copy.get(i));
      }
      checkPrice(close[i], "close", ticker, copy.get(i));
      checkPrice(adjustedClose[i], "adjustedClose", ticker, copy.get(i));
    }
    return new PriceSeries(ticker, copy, close.clone(), adjustedClose.clone());
  }

  /** A series with one price per date, used as both close and adjusted close. */
  public static PriceSeries ofClose(AssetId ticker, List<LocalDate> dates, double[] close) {
    return of(ticker, dates, close, close);
  }

  private static void checkPrice(double price, String name, AssetId ticker, LocalDate date) {
    if (!(Double.isFinite(price) && price > 0)) {
      throw new InvalidInputException(name + " of " + ticker + " on " + date + " must be a finite price above zero, got " + price);
    }
  }

  public AssetId ticker() {
    return ticker;
  }

  /** The number of dates. */
  public int size() {
    return dates.size();
  }

  public List<LocalDate> dates() {
    return dates;
  }

  public LocalDate date(int index) {
    return dates.get(index);
  }

  public LocalDate firstDate() {
    return dates.get(0);
  }

  public LocalDate lastDate() {
    return dates.get(dates.size() - 1);
  }

  /** The closes (a copy): split-adjusted, not distribution-adjusted. */
  public double[] close() {
    return close.clone();
  }

  /** The adjusted closes (a copy): adjusted for splits and distributions. */
  public double[] adjustedClose() {
    return adjustedClose.clone();
  }

  public double close(int index) {
    return close[index];
  }

  public double adjustedClose(int index) {
    return adjustedClose[index];
  }

  /** The index of the last date on or before {@code date}, or -1 when {@code date} precedes the series. */
  public int indexOnOrBefore(LocalDate date) {
    int found = Collections.binarySearch(dates, date);
    return found >= 0 ? found : -found - 2;
  }

  /** The close on the last date on or before {@code date}; NaN when {@code date} precedes the series. */
  public double closeOnOrBefore(LocalDate date) {
    int index = indexOnOrBefore(date);
    return index < 0 ? Double.NaN : close[index];
  }

  /** The rows with dates in {@code [from, to]}; throws when none is left. */
  public PriceSeries between(LocalDate from, LocalDate to) {
    List<LocalDate> kept = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      if (!dates.get(i).isBefore(from) && !dates.get(i).isAfter(to)) {
        kept.add(dates.get(i));
        rows.add(i);
      }
    }
    double[] c = rows.stream().mapToDouble(i -> close[i]).toArray();
    double[] a = rows.stream().mapToDouble(i -> adjustedClose[i]).toArray();
    return of(ticker, kept, c, a);
  }

  /**
   * A series of raw (not split-adjusted) prices restated in the shares after the last of
   * {@code splits}: each price divided by the product of the ratios of the splits that take effect
   * after its date. Use it only on raw prices (e.g. closes on ex-dates as a vendor reports them).
   */
  public PriceSeries restatedForSplits(List<SplitEvent> splits) {
    double[] c = new double[size()];
    double[] a = new double[size()];
    for (int i = 0; i < size(); i++) {
      double factor = 1.0;
      for (SplitEvent split : splits) {
        if (split.date().isAfter(dates.get(i))) {
          factor *= split.ratio();
        }
      }
      c[i] = close[i] / factor;
      a[i] = adjustedClose[i] / factor;
    }
    return of(ticker, dates, c, a);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriceSeries that
        && ticker.equals(that.ticker)
        && dates.equals(that.dates)
        && Arrays.equals(close, that.close)
        && Arrays.equals(adjustedClose, that.adjustedClose);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticker, dates, Arrays.hashCode(close), Arrays.hashCode(adjustedClose));
  }

  @Override
  public String toString() {
    return "PriceSeries[" + ticker + ", " + firstDate() + "–" + lastDate() + ", " + size() + " rows]";
  }
}
