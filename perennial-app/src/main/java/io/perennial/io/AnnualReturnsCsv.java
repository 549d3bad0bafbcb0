package io.perennial.io;

import io.perennial.market.AnnualReturnsTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an annual returns table: a first column {@code year} and one column per series, each
 * value a decimal fraction (0.10 = 10 %). Empty cells are missing values. Years must be
 * consecutive, without duplicates.
 */
public final class AnnualReturnsCsv {

  private AnnualReturnsCsv() {}

  /** Reads {@code file}; errors name the file, line and column. */
  public static AnnualReturnsTable read(Path file) {
    CsvTable table = CsvTable.read(file);
    List<String> header = table.header();
    if (header.size() < 2 || !header.get(0).equalsIgnoreCase("year")) {
      throw new InputException(InputException.at(file, table.headerLine(), null),
          "an annual returns table starts with a 'year' column followed by one column per series; the header is: "
              + String.join(",", header),
          "make the first column 'year' and give each series' yearly return as a fraction");
    }
    List<String> series = header.subList(1, header.size());
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).isEmpty() || series.indexOf(series.get(i)) != i) {
        throw new InputException(InputException.at(file, table.headerLine(), "column " + (i + 2)),
            series.get(i).isEmpty() ? "a column has no name" : "column '" + series.get(i) + "' appears twice",
            "give every column a unique name");
      }
    }
    List<CsvTable.Row> rows = table.rows();
    if (rows.isEmpty()) {
      throw new InputException(file.toString(), "has a header but no years", "add one row per year");
    }
    int[] years = new int[rows.size()];
    double[][] values = new double[series.size()][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      CsvTable.Row row = rows.get(r);
      String yearText = table.cell(row, 0);
      try {
        years[r] = Integer.parseInt(yearText);
      } catch (NumberFormatException e) {
        throw new InputException(table.where(row, 0), "'" + yearText + "' is not a year", "write the year as four digits, e.g. 1987");
      }
      if (r > 0 && years[r] != years[r - 1] + 1) {
        String problem = years[r] == years[r - 1] ? "year " + years[r] + " appears twice"
            : years[r] < years[r - 1] ? "year " + years[r] + " comes after " + years[r - 1]
            : "years " + (years[r - 1] + 1) + "–" + (years[r] - 1) + " are missing";
        throw new InputException(table.where(row, 0), problem,
            "give one row per year, in increasing order, without gaps (leave cells empty for missing values)");
      }
      for (int s = 0; s < series.size(); s++) {
        double value = table.number(row, s + 1);
        if (!Double.isNaN(value) && value <= -1.0) {
          throw new InputException(table.where(row, s + 1),
              "a yearly return of " + value + " means losing more than everything",
              "write returns as fractions (−0.37 for −37 %)");
        }
        if (Math.abs(value) > 10) {
          throw new InputException(table.where(row, s + 1),
              "a yearly return of " + value + " (" + (value * 100) + " %) looks like a percentage",
              "write returns as fractions (0.12 for 12 %)");
        }
        values[s][r] = value;
      }
    }
    return new AnnualReturnsTable(years, new ArrayList<>(series), values);
  }

}
