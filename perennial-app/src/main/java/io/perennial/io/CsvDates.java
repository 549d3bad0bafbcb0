package io.perennial.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in CSV cells: ISO {@code YYYY-MM-DD}, optionally followed by a time of day as Yahoo
 * writes it ({@code 2016-04-28 00:00:00}); the time is ignored. Also checks that a column of
 * dates is strictly increasing, naming the lines of a duplicate or of a step back.
 */
final class CsvDates {

  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private CsvDates() {}

  /** Whether {@code text} reads as a date. */
  static boolean isDate(String text) {
    Matcher matcher = DATE.matcher(text.strip());
    if (!matcher.matches()) {
      return false;
    }
    try {
      LocalDate.parse(matcher.group(1));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The date in cell {@code column} of {@code row}; an error naming the cell when it is not a date. */
  static LocalDate date(CsvTable table, CsvTable.Row row, int column) {
    String text = table.cell(row, column);
    if (text.isEmpty()) {
      throw new InputException(table.where(row, column), "the date is missing", "write the date as YYYY-MM-DD, e.g. 2021-04-21");
    }
    Matcher matcher = DATE.matcher(text);
    if (matcher.matches()) {
      try {
        return LocalDate.parse(matcher.group(1));
      } catch (DateTimeParseException e) {
        throw new InputException(table.where(row, column), "'" + text + "' is not a calendar date",
            "check the month and day (YYYY-MM-DD)");
      }
    }
    throw new InputException(table.where(row, column), "'" + text + "' is not a date",
        "write dates as YYYY-MM-DD, e.g. 2021-04-21");
  }

  /**
   * Checks dates arriving in file order for one series: each must come strictly after the one
   * before. Errors name both lines.
   */
  static final class Order {

    private final CsvTable table;
    private final String series;
    private final Map<LocalDate, Long> lines = new HashMap<>();
    private LocalDate last;
    private long lastLine;

    /** @param series what the dates belong to, for messages (e.g. "ticker KO"), or null for the whole file */
    Order(CsvTable table, String series) {
      this.table = table;
      this.series = series;
    }

    void accept(LocalDate date, CsvTable.Row row, int column) {
      Long seen = lines.get(date);
      String of = series == null ? "" : " for " + series;
      if (seen != null) {
        throw new InputException(table.where(row, column), "date " + date + " appears twice" + of + " (also on line " + seen + ")",
            "keep one row per date");
      }
      if (last != null && date.isBefore(last)) {
        throw new InputException(table.where(row, column),
            "dates out of order" + of + ": " + date + " comes after " + last + " (line " + lastLine + ")",
            "sort the rows by date, oldest first");
      }
      lines.put(date, row.line());
      last = date;
      lastLine = row.line();
    }
  }
}
