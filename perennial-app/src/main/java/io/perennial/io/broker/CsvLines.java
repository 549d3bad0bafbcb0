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
