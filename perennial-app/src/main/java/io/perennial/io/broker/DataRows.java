package io.perennial.io.broker;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The data rows of one CSV table and the loop every CSV reader runs over them: blank rows and the
 * broker's known non-data rows (totals, disclaimers) are passed over, a row without the table's
 * width ({@link CsvLines.Width}) is rejected with the reason, and a row whose reading throws a
 * {@link RowException} is rejected with its message while the rest of the file still loads. What a
 * row means stays with each broker's reader.
 */
final class DataRows {

  private final CsvLines.Record header;
  private final List<CsvLines.Record> rows;
  private final Predicate<CsvLines.Record> skip;
  private final Predicate<CsvLines.Record> end;
  private final Function<CsvLines.Record, String> reason;

  private DataRows(CsvLines.Record header, List<CsvLines.Record> rows, Predicate<CsvLines.Record> skip,
      Predicate<CsvLines.Record> end, Function<CsvLines.Record, String> reason) {
    this.header = header;
    this.rows = rows;
    this.skip = skip;
    this.end = end;
    this.reason = reason;
  }

  /** The rows after the header at {@code headerIndex}, to the end of the file. */
  static DataRows after(List<CsvLines.Record> records, int headerIndex) {
    return after(records, headerIndex, records.size());
  }

  /** The rows after the header at {@code headerIndex}, up to (not including) {@code end}. */
  static DataRows after(List<CsvLines.Record> records, int headerIndex, int end) {
    return new DataRows(records.get(headerIndex), records.subList(headerIndex + 1, end), row -> false, row -> false,
        row -> null);
  }

  /** These rows too, besides the blank ones, are not data and are passed over. */
  DataRows skipping(Predicate<CsvLines.Record> notData) {
    return new DataRows(header, rows, notData, end, reason);
  }

  /** The table ends at the first row (not blank) that matches; its width is still told from all the rows. */
  DataRows until(Predicate<CsvLines.Record> last) {
    return new DataRows(header, rows, skip, last, reason);
  }

  /** Why a row is rejected before its width is checked, or null when it is not. */
  DataRows rejecting(Function<CsvLines.Record, String> why) {
    return new DataRows(header, rows, skip, end, why);
  }

  /** Hands each data row of the right width to {@code reader}; what cannot be read goes to {@code out} as a rejection. */
  void read(BrokerFileBuilder out, Consumer<CsvLines.Record> reader) {
    CsvLines.Width width = new CsvLines.Width(header, rows);
    for (CsvLines.Record row : rows) {
      if (row.isBlank()) {
        continue;
      }
      if (end.test(row)) {
        break;
      }
      if (skip.test(row)) {
        continue;
      }
      String problem = reason.apply(row);
      if (problem == null) {
        problem = width.problem(row);
      }
      if (problem != null) {
        out.reject(row.line(), problem);
        continue;
      }
      try {
        reader.accept(row);
      } catch (RowException e) {
        out.reject(row.line(), e.getMessage());
      }
    }
  }
}
