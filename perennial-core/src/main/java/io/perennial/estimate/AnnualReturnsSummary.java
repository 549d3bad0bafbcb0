package io.perennial.estimate;

import io.perennial.market.AnnualReturnsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of each series of an annual returns table ({@link ReturnStatistics} with one
 * period per year: arithmetic mean, geometric mean, sample standard deviation, number of years)
 * and their correlations, each pair over the years both have a value (Pearson, means over those
 * years; NaN with fewer than two common years or no variation).
 *
 * @param series the series names, in table order
 * @param statistics per series
 * @param correlation per series, the correlation with every series (1 with itself)
 */
public record AnnualReturnsSummary(List<String> series, Map<String, ReturnStatistics> statistics,
    Map<String, Map<String, Double>> correlation) {

  public AnnualReturnsSummary {
    series = List.copyOf(series);
    statistics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    correlation.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    correlation = java.util.Collections.unmodifiableMap(copy);
  }

  public static AnnualReturnsSummary of(AnnualReturnsTable table) {
    List<String> names = new ArrayList<>(table.series());
    Map<String, ReturnStatistics> statistics = new LinkedHashMap<>();
    List<double[]> columns = new ArrayList<>();
    for (String name : names) {
      double[] column = table.column(name);
      columns.add(column);
      statistics.put(name, ReturnStatistics.of(column, 1));
    }
    Map<String, Map<String, Double>> correlation = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Map<String, Double> row = new LinkedHashMap<>();
      for (int j = 0; j < names.size(); j++) {
        row.put(names.get(j), correlation(columns.get(i), columns.get(j)));
      }
      correlation.put(names.get(i), row);
    }
    return new AnnualReturnsSummary(names, statistics, correlation);
  }

  /** Pearson correlation over the entries where both are present. */
  static double correlation(double[] x, double[] y) {
    int n = 0;
    double sx = 0;
    double sy = 0;
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        n++;
        sx += x[t];
        sy += y[t];
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        sxy += (x[t] - mx) * (y[t] - my);
        sxx += (x[t] - mx) * (x[t] - mx);
        syy += (y[t] - my) * (y[t] - my);
      }
    }
    double denominator = Math.sqrt(sxx * syy);
    return denominator > 0 ? sxy / denominator : Double.NaN;
  }
}
