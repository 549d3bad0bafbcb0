package io.perennial.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file read into a header and rows of text, each row keeping its line number so that
 * errors can name it. Parsing of numbers and dates is done here too, with errors that name the
 * file, line and column.
 */
public final class CsvTable {

  /** One data row and the line it came from (1-based; the header is on {@link #headerLine()}). */
  public record Row(long line, String[] cells) {}

  private final Path file;
  private final List<String> header;
  private final long headerLine;
  private final List<Row> rows;

  private CsvTable(Path file, List<String> header, long headerLine, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.headerLine = headerLine;
    this.rows = rows;
  }

  /**
   * Reads {@code file}: the first line is the header; blank lines are skipped; a UTF-8 byte-order
   * mark is ignored.
   */
  public static CsvTable read(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "file not found", "check the path (relative paths start from " + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "is a directory, not a CSV file", "name a file");
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    long lastRowLine = 0; // the last line of the last row read whole: a parse error lies after it
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> iterator = mapper.readerFor(String[].class).readValues(reader)) {
      List<String> header = null;
      long headerLine = 1;
      List<Row> rows = new ArrayList<>();
      while (iterator.hasNextValue()) {
        String[] cells = iterator.nextValue();
        // After a row the parser stands on its closing token, which lies on the row's last line.
        long line = iterator.getParser().currentTokenLocation().getLineNr();
        lastRowLine = line;
        if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
          continue;
        }
        if (header == null) {
          if (!cells[0].isEmpty() && cells[0].charAt(0) == '\uFEFF') {
            cells[0] = cells[0].substring(1);
          }
          header = Arrays.stream(cells).map(String::strip).toList();
          headerLine = line;
        } else {
          if (cells.length != header.size()) {
            throw widthError(file, line, header.size(), cells);
          }
          rows.add(new Row(line, cells));
        }
      }
      if (header == null) {
        throw new InputException(file.toString(), "the file is empty", "give a header line and data rows");
      }
      return new CsvTable(file, header, headerLine, rows);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "file not found", "check the path");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException inputException) {
        throw inputException;
      }
      String message = firstLine(e.getMessage());
      if (message.contains("closing quote")) {
        throw new InputException(file + " line " + (lastRowLine + 1), "a quoted cell starting on this line or after"
            + " is never closed", "close the quote (\"…\") or remove it; a quote inside a quoted cell is written \"\"", e);
      }
      throw new InputException(lastRowLine > 0 ? file + " line " + (lastRowLine + 1) : file.toString(),
          "cannot be read as CSV: " + message, "save it as comma-separated UTF-8 text with a header line", e);
    }
  }

  public Path file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  /** The line the header is on (1-based): 1 unless blank lines come before it. */
  public long headerLine() {
    return headerLine;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The index of the column named {@code name} (case-insensitive), or -1. */
  public int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first column named one of {@code names}, or an error listing them. */
  public int requireColumn(String... names) {
    for (String name : names) {
      int index = column(name);
      if (index >= 0) {
        return index;
      }
    }
    throw new InputException(InputException.at(file, headerLine, null),
        "no column named " + String.join(" or ", names) + "; the header has: " + String.join(", ", header),
        "add the column or rename it");
  }

  /** The text of cell {@code column} of {@code row}, stripped; empty when the row is short. */
  public String cell(Row row, int column) {
    return column < row.cells().length ? row.cells()[column].strip() : "";
  }

  /** Where a cell is, for error messages. */
  public String where(Row row, int column) {
    String name = column < header.size() ? "column " + header.get(column) : "column " + (column + 1);
    return InputException.at(file, row.line(), name);
  }

  /**
   * The cell as a number; empty, {@code NA}, {@code NaN} or {@code null} give NaN (missing).
   * Text that is not a number is an error naming the cell.
   */
  public double number(Row row, int column) {
    String text = cell(row, column);
    if (text.isEmpty()) {
      return Double.NaN;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("na") || lower.equals("nan") || lower.equals("null") || lower.equals("n/a")) {
      return Double.NaN;
    }
    String problem = decimalProblem(text);
    if (problem != null) {
      throw new InputException(where(row, column), "'" + clip(text) + "' " + problem,
          "write a plain number such as 0.0123 (no %, $ or thousands separators), or leave the cell empty when missing");
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InputException(where(row, column), "'" + clip(text) + "' is not a number",
          "write a plain number such as 0.0123 (no %, $ or thousands separators), or leave the cell empty when missing");
    }
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[+-]?\\d+");
  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d+(\\.\\d*)?");

  /**
   * Strict decimal syntax ({@code -12.5}, {@code 1e-3}; at most 80 characters and a 3-digit exponent),
   * then {@link NumberText}'s bounds on digits and magnitude, checked on the text before it is
   * converted. Returns null when the text is acceptable, else the reason.
   */
  static String decimalProblem(String text) {
    if (text.length() > 80 || !DECIMAL.matcher(text).matches()) {
      return "is not a number (plain decimals only, such as -12.5 or 1e-3)";
    }
    return NumberText.boundsProblem(text);
  }

  /** {@code text} clipped for an error message, as every reader clips it. */
  static String clip(String text) {
    return NumberText.quote(text);
  }

  private static InputException widthError(Path file, long line, int expected, String[] cells) {
    String hint = "every row needs " + expected + " cells like the header; quote a cell that contains a comma";
    if (cells.length > expected) {
      for (int i = 0; i + 1 < cells.length; i++) {
        String a = cells[i].strip();
        String b = cells[i + 1].strip();
        if (DIGITS.matcher(a).matches() && FRACTION.matcher(b).matches()) {
          hint = "cells '" + clip(a) + "' and '" + clip(b) + "' look like one number split by a decimal comma"
              + " or a thousands separator: write " + clip(a) + "." + clip(b) + " or " + clip(a) + clip(b)
              + " without the comma";
          break;
        }
      }
    }
    return new InputException(InputException.at(file, line, null),
        "the row has " + cells.length + " cells, the header has " + expected, hint);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
