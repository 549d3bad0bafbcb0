package io.perennial.html;

import java.util.List;
import java.util.Objects;

/**
 * What the report shows, as plain values: a headline, key figures, then sections of paragraphs,
 * tables and charts. {@link PlanPage} builds one from a plan's result; {@link ReportPage} writes it
 * as HTML.
 */
public record Page(String title, String subtitle, String headline, List<String> headlineDetails, List<Figure> keyFigures,
    List<Section> sections) {

  public Page {
    Objects.requireNonNull(title, "title");
    headlineDetails = List.copyOf(headlineDetails);
    keyFigures = List.copyOf(keyFigures);
    sections = List.copyOf(sections);
  }

  /** One headline number: {@code value} in {@code unit}, with a short note. */
  public record Figure(String id, String label, double value, ChartData.Unit unit, String note) {}

  /** One expandable section. */
  public record Section(String id, String title, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** A part of a section. */
  public sealed interface Block permits Paragraph, Table, Bars, Fan, Heat {}

  /** A paragraph of text. */
  public record Paragraph(String text) implements Block {}

  /** A table; cells of the {@code numeric} columns are right-aligned. */
  public record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      numeric = List.copyOf(numeric);
      rows = rows.stream().map(List::copyOf).toList();
      if (numeric.size() != headers.size()) {
        throw new IllegalArgumentException("numeric: " + numeric.size() + " flags for " + headers.size() + " columns");
      }
    }
  }

  /** A bar chart. */
  public record Bars(ChartData.BarChart chart) implements Block {}

  /** A fan chart. */
  public record Fan(ChartData.FanChart chart) implements Block {}

  /** A heat map. */
  public record Heat(ChartData.HeatMap map) implements Block {}
}
