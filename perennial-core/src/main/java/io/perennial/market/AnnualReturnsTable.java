package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Yearly returns of several series (stocks, bonds, bills, inflation), one row per calendar year,
 * as decimal fractions (0.10 = 10 %). A missing value is {@code NaN} (a series that starts later).
 * Years are consecutive and increasing.
 */
public final class AnnualReturnsTable {

  private final int[] years;
  private final List<String> series;
  private final double[][] values; // [series][year index]

  /**
   * @param years consecutive increasing calendar years
   * @param series names of the series, unique
   * @param values per series (outer, same order as {@code series}), one value per year; NaN = missing
   */
  public AnnualReturnsTable(int[] years, List<String> series, double[][] values) {
    Checks.notNull(years, "years");
    this.series = List.copyOf(series);
    Checks.check(this.series.size() == values.length, "one row of values is needed per series");
    Checks.check(this.series.stream().distinct().count() == this.series.size(), "series names must be unique");
    for (int i = 1; i < years.length; i++) {
      Checks.check(years[i] == years[i - 1] + 1,
          "years must be consecutive and increasing; " + years[i - 1] + " is followed by " + years[i]);
    }
    this.years = years.clone();
    this.values = new double[values.length][];
    for (int s = 0; s < values.length; s++) {
      Checks.check(values[s].length == years.length,
          "series " + this.series.get(s) + " has " + values[s].length + " values for " + years.length + " years");
      for (double v : values[s]) {
        Checks.check(Double.isNaN(v) || (Double.isFinite(v) && v > -1.0 - 1e-12),
            "series " + this.series.get(s) + " has a return of " + v + "; returns are fractions above -1");
      }
      this.values[s] = values[s].clone();
    }
  }

  /** Builds a table from named columns. */
  public static AnnualReturnsTable of(int[] years, Map<String, double[]> columns) {
    List<String> names = new ArrayList<>(columns.keySet());
    double[][] values = new double[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      values[i] = columns.get(names.get(i));
    }
    return new AnnualReturnsTable(years, names, values);
  }

  public int[] years() {
    return years.clone();
  }

  public int firstYear() {
    return years[0];
  }

  public int lastYear() {
    return years[years.length - 1];
  }

  public int size() {
    return years.length;
  }

  public List<String> series() {
    return series;
  }

  public boolean hasSeries(String name) {
    return series.contains(name);
  }

  /** The values of one series, one per year (NaN where missing). */
  public double[] column(String name) {
    int index = series.indexOf(name);
    if (index < 0) {
      throw new InvalidInputException("no series '" + name + "'; the table has: " + String.join(", ", series));
    }
    return values[index].clone();
  }

  /** The value of {@code name} in {@code year} (NaN when missing). */
  public double value(String name, int year) {
    int index = series.indexOf(name);
    Checks.check(index >= 0, "no series '" + name + "'");
    Checks.check(year >= firstYear() && year <= lastYear(),
        "year " + year + " lies outside " + firstYear() + "–" + lastYear());
    return values[index][year - firstYear()];
  }

  /** The rows {@code from} to {@code to} inclusive. */
  public AnnualReturnsTable between(int from, int to) {
    Checks.check(from <= to, "first year " + from + " is after last year " + to);
    Checks.check(from >= firstYear() && to <= lastYear(),
        "years " + from + "–" + to + " lie outside the table's " + firstYear() + "–" + lastYear());
    int start = from - firstYear();
    int end = to - firstYear() + 1;
    double[][] slice = new double[values.length][];
    for (int s = 0; s < values.length; s++) {
      slice[s] = Arrays.copyOfRange(values[s], start, end);
    }
    return new AnnualReturnsTable(Arrays.copyOfRange(years, start, end), series, slice);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnualReturnsTable that
        && Arrays.equals(years, that.years)
        && series.equals(that.series)
        && Arrays.deepEquals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(years), series, Arrays.deepHashCode(values));
  }

  @Override
  public String toString() {
    return "AnnualReturnsTable[" + firstYear() + "–" + lastYear() + ", " + series + "]";
  }
}
