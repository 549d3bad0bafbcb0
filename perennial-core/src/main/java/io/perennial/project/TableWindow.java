package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.market.AnnualReturnsTable;
import java.util.List;

/**
 * The years {@code from}–{@code to} of an annual returns table, as gross and log returns per
 * series plus inflation, checked for gaps; shared by the historical and bootstrap sources.
 */
final class TableWindow {

  final int from;
  final int to;
  final int size;
  final int seriesCount;
  final double[] gross; // [year index * series + s]
  final double[] logReturn;
  final double[] inflation; // [year index]
  final double[] expectedLog;
  final double[] meanShortfall;
  final double[] meanExcess;

  TableWindow(AnnualReturnsTable table, int from, int to, String inflationSeries, List<String> series) {
    Checks.notNull(table, "returns table");
    Checks.check(from <= to, "the first year " + from + " is after the last year " + to);
    Checks.check(from >= table.firstYear() && to <= table.lastYear(),
        "the years " + from + "–" + to + " lie outside the table's " + table.firstYear() + "–" + table.lastYear());
    this.from = from;
    this.to = to;
    this.size = to - from + 1;
    this.seriesCount = series.size();
    this.gross = new double[size * seriesCount];
    this.logReturn = new double[size * seriesCount];
    this.inflation = new double[size];
    this.expectedLog = new double[seriesCount];
    this.meanShortfall = new double[seriesCount];
    this.meanExcess = new double[seriesCount];
    for (int s = 0; s < seriesCount; s++) {
      String name = series.get(s);
      Checks.check(table.hasSeries(name),
          "no series '" + name + "' in the returns table; it has: " + String.join(", ", table.series()));
      double[] column = table.column(name);
      double sum = 0.0;
      for (int i = 0; i < size; i++) {
        double r = column[from - table.firstYear() + i];
        Checks.check(!Double.isNaN(r), "series '" + name + "' has no value for " + (from + i));
        gross[i * seriesCount + s] = 1.0 + r;
        double log = Math.log1p(r);
        logReturn[i * seriesCount + s] = log;
        sum += log;
      }
      double m = sum / size;
      expectedLog[s] = m;
      double down = 0.0;
      double up = 0.0;
      for (int i = 0; i < size; i++) {
        double x = logReturn[i * seriesCount + s] - m;
        down += Math.min(x, 0.0);
        up += Math.max(x, 0.0);
      }
      meanShortfall[s] = down / size;
      meanExcess[s] = up / size;
    }
    if (inflationSeries != null) {
      Checks.check(table.hasSeries(inflationSeries),
          "no inflation series '" + inflationSeries + "' in the returns table; it has: " + String.join(", ", table.series()));
      double[] column = table.column(inflationSeries);
      for (int i = 0; i < size; i++) {
        double v = column[from - table.firstYear() + i];
        Checks.check(!Double.isNaN(v), "inflation series '" + inflationSeries + "' has no value for " + (from + i));
        inflation[i] = v;
      }
    }
  }

  /** Copies window year {@code index} into year {@code t} of {@code into}. */
  void copyYear(int index, int t, PathScenario into) {
    System.arraycopy(gross, index * seriesCount, into.gross, t * seriesCount, seriesCount);
    System.arraycopy(logReturn, index * seriesCount, into.logReturn, t * seriesCount, seriesCount);
    into.inflation[t] = inflation[index];
  }
}
