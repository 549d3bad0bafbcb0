package io.perennial.html;

import java.util.List;
import java.util.Objects;

/**
 * The plain data the report's charts draw: labelled numbers, bands by year, cells of a grid. No
 * engine class appears here, so the charts do not change when the report model does; {@link
 * PlanPage} is the one place that fills these from a plan's result.
 */
public final class ChartData {

  private ChartData() {}

  /** The unit of a chart's numbers, which decides how they are written. */
  public enum Unit {
    /** dollars a year or dollars of value, written {@code $1,234}. */
    DOLLARS("$"),
    /** fractions written as percentages, {@code 12.3 %}. */
    PERCENT("%");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    /** {@code $} or {@code %}. */
    public String symbol() {
      return symbol;
    }
  }

  /** One named series of numbers, one per category of its chart. */
  public record Series(String label, List<Double> values) {
    public Series {
      Objects.requireNonNull(label, "label");
      values = List.copyOf(values);
    }
  }

  /** Horizontal grouped bars: one group per category, one bar per series. */
  public record BarChart(String id, String title, String valueAxis, Unit unit, List<String> categories, List<Series> series) {
    public BarChart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      categories = List.copyOf(categories);
      series = List.copyOf(series);
      for (Series s : series) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException("series " + s.label() + " has " + s.values().size()
              + " values for " + categories.size() + " categories");
        }
      }
    }
  }

  /** The 5th, 25th, 50th, 75th and 95th percentiles of one year. */
  public record Band(int year, double p5, double p25, double p50, double p75, double p95) {}

  /** A fan chart: percentile bands by year. */
  public record FanChart(String id, String title, String valueAxis, Unit unit, List<Band> bands) {
    public FanChart {
      Objects.requireNonNull(id, "id");
      bands = List.copyOf(bands);
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("bands: none");
      }
    }
  }

  /** A labelled point of a scatter chart (a frontier's current or recommended portfolio). */
  public record Point(String label, double x, double y) {}

  /** A grid of numbers drawn as a heat map (rows × columns, missing cells {@code NaN}). */
  public record HeatMap(String id, String title, Unit unit, List<String> rows, List<String> columns, List<List<Double>> cells) {
    public HeatMap {
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      cells = cells.stream().map(List::copyOf).toList();
      if (cells.size() != rows.size()) {
        throw new IllegalArgumentException("cells: " + cells.size() + " rows for " + rows.size() + " row labels");
      }
    }
  }
}
