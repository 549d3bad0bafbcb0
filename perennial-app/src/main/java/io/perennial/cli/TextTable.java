package io.perennial.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text for people: a header, rows, columns padded to their widest cell; numeric
 * columns aligned right. Rows added with {@link #rule()} print a line of dashes.
 */
final class TextTable {

  private final String[] header;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /** Columns named {@code header}; a name starting with '>' is aligned right (the '>' is dropped). */
  TextTable(String... header) {
    this.header = new String[header.length];
    this.right = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].startsWith(">");
      this.header[i] = right[i] ? header[i].substring(1) : header[i];
    }
  }

  TextTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.length + " columns");
    }
    rows.add(cells.clone());
    return this;
  }

  TextTable rule() {
    rows.add(null);
    return this;
  }

  void print(PrintWriter out, String indent) {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
    }
    for (String[] row : rows) {
      if (row != null) {
        for (int i = 0; i < row.length; i++) {
          width[i] = Math.max(width[i], row[i].length());
        }
      }
    }
    out.println(indent + line(header, width).stripTrailing());
    int total = 0;
    for (int w : width) {
      total += w + 2;
    }
    String dashes = "-".repeat(Math.max(0, total - 2));
    out.println(indent + dashes);
    for (String[] row : rows) {
      out.println(indent + (row == null ? dashes : line(row, width).stripTrailing()));
    }
  }

  private String line(String[] cells, int[] width) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        text.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      text.append(right[i] ? pad + cells[i] : cells[i] + pad);
    }
    return text.toString();
  }
}
