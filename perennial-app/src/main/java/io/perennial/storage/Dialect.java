package io.perennial.storage;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;

/**
 * What differs between the two databases: the column types of exact decimals and dates in the
 * migrations (Flyway placeholders {@code ${decimal}} and {@code ${date}}), and how values are bound
 * and read. Decimals never pass through a {@code double}.
 */
enum Dialect {
  /** SQLite: decimals and dates as text (SQLite's NUMERIC affinity would store binary floats). */
  SQLITE("TEXT", "TEXT"),
  /** PostgreSQL: NUMERIC and DATE. */
  POSTGRESQL("NUMERIC(30,10)", "DATE");

  private final String decimalType;
  private final String dateType;

  Dialect(String decimalType, String dateType) {
    this.decimalType = decimalType;
    this.dateType = dateType;
  }

  /** The Flyway placeholders of the migrations. */
  Map<String, String> placeholders() {
    return Map.of("decimal", decimalType, "date", dateType);
  }

  void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
    if (value == null) {
      statement.setNull(index, this == SQLITE ? Types.VARCHAR : Types.NUMERIC);
    } else if (this == SQLITE) {
      statement.setString(index, value.toPlainString());
    } else {
      statement.setBigDecimal(index, value);
    }
  }

  void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
    if (this == SQLITE) {
      statement.setString(index, value.toString());
    } else {
      statement.setObject(index, value);
    }
  }

  /** The decimal in {@code column}, trailing zeros removed (null stays null). */
  static BigDecimal decimal(ResultSet rows, String column) throws SQLException {
    String text = rows.getString(column);
    if (text == null) {
      return null;
    }
    BigDecimal value = new BigDecimal(text.strip());
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  static LocalDate date(ResultSet rows, String column) throws SQLException {
    String text = rows.getString(column);
    return text == null ? null : LocalDate.parse(text.strip().substring(0, 10));
  }
}
