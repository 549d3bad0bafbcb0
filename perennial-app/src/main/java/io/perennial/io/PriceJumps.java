package io.perennial.io;

import java.util.Locale;

/**
 * Refuses a price that differs from the previous price of the same column by a factor of more
 * than {@link #MAX_FACTOR} either way: no split, reverse split or crash moves a price a
 * million-fold in one row, but a typo (an extra run of digits) or a unit error does, and it would
 * otherwise turn into a return of almost −100 % or a huge gain.
 */
final class PriceJumps {

  /** The largest factor between consecutive prices accepted. */
  static final double MAX_FACTOR = 1e6;

  private final CsvTable table;
  private final int column;
  private double previous = Double.NaN;
  private long previousLine;

  PriceJumps(CsvTable table, int column) {
    this.table = table;
    this.column = column;
  }

  /** Checks {@code price} (NaN = missing, skipped) on {@code row} against the previous present price. */
  void accept(double price, CsvTable.Row row) {
    if (Double.isNaN(price)) {
      return;
    }
    if (!Double.isNaN(previous)) {
      double factor = price / previous;
      if (factor > MAX_FACTOR || factor < 1 / MAX_FACTOR) {
        throw new InputException(table.where(row, column),
            String.format(Locale.ROOT, "the price jumps from %s (line %d) to %s, a factor of %.3g",
                format(previous), previousLine, table.cell(row, column), factor),
            "check this value for a typo or a unit error");
      }
    }
    previous = price;
    previousLine = row.line();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }
}
