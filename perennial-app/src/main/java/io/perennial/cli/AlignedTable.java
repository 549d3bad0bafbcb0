package io.perennial.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: a header row and data rows, each column as wide as its widest
 * cell; text columns left-aligned, number columns right-aligned.
 */
final class AlignedTable {

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /** Column headers; a header starting with '>' marks a right-aligned (number) column, the '>' is dropped. */
  AlignedTable(String... headers) {
    this.headers = new ArrayList<>();
    this.rightAligned = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      rightAligned[i] = headers[i].startsWith(">");
      this.headers.add(rightAligned[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  AlignedTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** A line of dashes across the table, e.g. above a total. */
  AlignedTable rule() {
    rows.add(null);
    return this;
  }

  void print(PrintWriter out) {
    print(out, "", false);
  }

  /**
   * Prints the table with {@code indent} before every line and, when {@code underline}, a line of
   * dashes under the header.
   */
  void print(PrintWriter out, String indent, boolean underline) {
    int[] widths = new int[headers.size()];
    int total = 0;
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (String[] row : rows) {
        if (row != null) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      total += widths[c] + (c > 0 ? 2 : 0);
    }
    String dashes = "-".repeat(total);
    out.println(indent + line(headers.toArray(String[]::new), widths));
    if (underline) {
      out.println(indent + dashes);
    }
    for (String[] row : rows) {
      out.println(indent + (row == null ? dashes : line(row, widths)));
    }
  }

  private String line(String[] cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        text.append("  ");
      }
      String cell = cells[c];
      String pad = " ".repeat(widths[c] - cell.length());
      if (rightAligned[c]) {
        text.append(pad).append(cell);
      } else {
        text.append(cell).append(c == cells.length - 1 ? "" : pad);
      }
    }
    return text.toString().stripTrailing();
  }
}
