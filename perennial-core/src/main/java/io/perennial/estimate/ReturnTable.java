package io.perennial.estimate;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.market.PriceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Simple periodic returns of several assets on common periods, as decimal fractions per period
 * (0.01 = +1 % that day or month). {@code NaN} marks a missing return.
 *
 * <p>{@link #fromPrices(PriceTable)} follows PyPortfolioOpt's {@code returns_from_prices}
 * ({@code prices.pct_change(fill_method=None).dropna(how="all")}): {@code r[t] = p[t]/p[t-1] - 1},
 * NaN where either price is missing (no filling across gaps), and periods where every asset's
 * return is missing are dropped. Held one array per asset.
 */
public final class ReturnTable {

  private final List<AssetId> assets;
  private final List<LocalDate> dates;
  private final double[][] values; // [asset][period]

  private ReturnTable(List<AssetId> assets, List<LocalDate> dates, double[][] values) {
    this.assets = assets;
    this.dates = dates;
    this.values = values;
  }

  /**
   * @param assets unique asset ids
   * @param dates the end date of each period, strictly increasing
   * @param values one array per asset, one return per period; NaN = missing; present values finite and &gt; −1
   */
  public static ReturnTable of(List<AssetId> assets, List<LocalDate> dates, double[][] values) {
    List<AssetId> assetCopy = List.copyOf(assets);
    List<LocalDate> dateCopy = List.copyOf(dates);
    Checks.check(new HashSet<>(assetCopy).size() == assetCopy.size(), "assets must be unique");
    Checks.check(values.length == assetCopy.size(), "values has " + values.length + " rows for " + assetCopy.size() + " assets");
    for (int t = 1; t < dateCopy.size(); t++) {
      Checks.check(dateCopy.get(t).isAfter(dateCopy.get(t - 1)), "return dates must be strictly increasing");
    }
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      Checks.check(values[i].length == dateCopy.size(),
          "returns of " + assetCopy.get(i) + " has " + values[i].length + " values for " + dateCopy.size() + " periods");
      for (double r : values[i]) {
        Checks.check(Double.isNaN(r) || (Double.isFinite(r) && r > -1.0),
            "returns of " + assetCopy.get(i) + " must be finite fractions above −1 or NaN, got " + r);
      }
      copy[i] = values[i].clone();
    }
    return new ReturnTable(assetCopy, dateCopy, copy);
  }

  /** Simple returns from prices, as PyPortfolioOpt computes them (see the class comment). */
  public static ReturnTable fromPrices(PriceTable prices) {
    int n = prices.width();
    int periods = Math.max(0, prices.size() - 1);
    double[][] raw = new double[n][periods];
    boolean[] anyPresent = new boolean[periods];
    for (int i = 0; i < n; i++) {
      double[] p = prices.column(i);
      double[] r = raw[i];
      for (int t = 0; t < periods; t++) {
        double value = p[t + 1] / p[t] - 1.0; // NaN when either price is NaN
        r[t] = value;
        anyPresent[t] |= !Double.isNaN(value);
      }
    }
    List<LocalDate> dates = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      if (anyPresent[t]) {
        kept.add(t);
        dates.add(prices.dates().get(t + 1));
      }
    }
    double[][] values = new double[n][kept.size()];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < kept.size(); k++) {
        values[i][k] = raw[i][kept.get(k)];
      }
    }
    return new ReturnTable(prices.tickers(), List.copyOf(dates), values);
  }

  public List<AssetId> assets() {
    return assets;
  }

  public List<LocalDate> dates() {
    return dates;
  }

  /** The number of assets. */
  public int width() {
    return assets.size();
  }

  /** The number of periods. */
  public int size() {
    return dates.size();
  }

  /** The returns of asset {@code i} (a copy). */
  public double[] column(int i) {
    return values[i].clone();
  }

  /** The returns of asset {@code i} without copying; package-private for the estimators, which never write to it. */
  double[] columnView(int i) {
    return values[i];
  }

  /** The number of present (non-NaN) returns of asset {@code i}. */
  public int count(int i) {
    int count = 0;
    for (double r : values[i]) {
      if (!Double.isNaN(r)) {
        count++;
      }
    }
    return count;
  }
}
