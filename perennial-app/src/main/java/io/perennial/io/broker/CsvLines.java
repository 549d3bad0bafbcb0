package io.perennial.io.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV text split into records that keep their line numbers: commas, double quotes with {@code ""}
 * inside, quoted cells across lines, a byte-order mark and leading spaces (Fidelity) ignored. Blank
 * lines are kept as empty records, since they separate the sections of Vanguard's files.
 */
final class CsvLines {

  /** One record: the line it starts on (1-based) and its cells, stripped. */
  record Record(long line, List<String> cells) {
    boolean isBlank() {
      return cells.stream().allMatch(String::isEmpty);
    }

    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** The cells that are not empty. */
    int filled() {
      return (int) cells.stream().filter(c -> !c.isEmpty()).count();
    }
  }

  private CsvLines() {}

  static List<Record> parse(String text) {
    List<Record> records = new ArrayList<>();
    int length = text.length();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    long line = 1;
    while (i < length) {
      long start = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean end = false;
      while (i < length && !end) {
        char c = text.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < length && text.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString().strip());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i < length && text.charAt(i) == '\n') {
            i++;
          }
          line++;
          end = true;
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString().strip());
      records.add(new Record(start, cells));
    }
    return records;
  }

  /**
   * The width of a table's rows, told from its header and the rows after it, and why a row does
   * not have it: a row with a cell too many or too few would put its values under the wrong
   * headings. Brokers end lines with a comma: when most rows have one cell more than the header and
   * it is empty (Fidelity's positions), that is the width; a header that itself ends with a comma
   * (Vanguard's) has an unnamed last cell that rows may leave out. Callers skip the known non-data
   * lines (titles, totals, disclaimers) before asking.
   */
  static final class Width {
    private final Record header;
    private final int named;
    private final int expected;

    Width(Record header, List<Record> following) {
      this.header = header;
      this.named = lastFilled(header.cells());
      int n = header.cells().size();
      int plain = 0;
      int withComma = 0;
      for (Record row : following) {
        int size = row.cells().size();
        if (size == n) {
          plain++;
        } else if (size == n + 1 && row.cells().get(n).isEmpty()) {
          withComma++;
        }
      }
      this.expected = withComma > plain ? n + 1 : n;
    }

    /** Why {@code row} does not have the table's width, or null when it has. */
    String problem(Record row) {
      int cells = row.cells().size();
      int filled = lastFilled(row.cells());
      // A row may leave out the header's unnamed last cell when its last named cell is filled.
      if (filled <= named && (cells == expected || cells == named && filled == named)) {
        return null;
      }
      String quote = "; quote a cell that contains a comma (an amount such as \"1,200.00\"), or remove the stray comma";
      if (filled > named && cells <= expected) {
        return "the row has a value in cell " + filled + ", but the header (line " + header.line() + ") names only "
            + named + " columns" + quote;
      }
      String width = expected == header.cells().size()
          ? "the header (line " + header.line() + ") has " + expected
          : "the header (line " + header.line() + ") has " + header.cells().size() + " and the rows end with a comma, " + expected;
      return "the row has " + cells + " cells, " + width
          + (cells > expected ? quote : "; a cell is missing: copy the row again from the broker's download, one cell per column");
    }
  }

  /** The number of cells up to and including the last one that is not empty. */
  private static int lastFilled(List<String> cells) {
    int last = cells.size();
    while (last > 0 && cells.get(last - 1).isEmpty()) {
      last--;
    }
    return last;
  }

  /** The index of the first header cell equal (case-insensitive) to one of {@code names}, or -1. */
  static int column(List<String> header, String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The header cells in lower case, for matching. */
  static List<String> lower(List<String> header) {
    return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }
}
