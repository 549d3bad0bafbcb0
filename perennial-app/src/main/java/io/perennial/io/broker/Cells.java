package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of broker files read as numbers, money and dates, with reasons that say what was found
 * ({@link RowException}). Money may carry {@code $}, thousands commas, a sign or parentheses for a
 * negative ({@code (2,400.00)}); {@code --}, {@code N/A} and empty mean missing.
 */
final class Cells {

  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SLASH_ISO = Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2})");

  private Cells() {}

  /** True when the cell means "no value". */
  static boolean missing(String text) {
    String t = text == null ? "" : text.strip();
    return t.isEmpty() || t.equals("--") || t.equalsIgnoreCase("n/a") || t.equals("-");
  }

  /** The number in {@code text}, or null when missing. */
  static BigDecimal decimal(String text, String what) {
    if (missing(text)) {
      return null;
    }
    String t = text.strip();
    boolean negative = false;
    if (t.startsWith("(") && t.endsWith(")")) {
      negative = true;
      t = t.substring(1, t.length() - 1).strip();
    }
    t = t.replace("$", "").replace(",", "").replace(" ", "");
    if (t.startsWith("+")) {
      t = t.substring(1);
    }
    if (t.startsWith("-")) {
      negative = !negative;
      t = t.substring(1);
    }
    if (t.startsWith("$")) {
      t = t.substring(1);
    }
    try {
      BigDecimal value = new BigDecimal(t);
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      throw new RowException(what + " '" + text.strip() + "' is not a number");
    }
  }

  /** The number in {@code text}, zero when missing. */
  static BigDecimal decimalOrZero(String text, String what) {
    BigDecimal value = decimal(text, what);
    return value == null ? BigDecimal.ZERO : value;
  }

  /** The number in {@code text}; missing is an error. */
  static BigDecimal required(String text, String what) {
    BigDecimal value = decimal(text, what);
    if (value == null) {
      throw new RowException(what + " is missing");
    }
    return value;
  }

  /**
   * The date at the start of {@code text}: MM/DD/YYYY (Fidelity, Schwab, Vanguard; "11/16/2018 as of
   * 11/15/2018" gives the first), YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD (Flex, OFX; a time after it is
   * ignored).
   */
  static LocalDate date(String text, String what) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new RowException(what + " is missing");
    }
    try {
      Matcher us = US_DATE.matcher(t);
      if (us.lookingAt()) {
        int year = Integer.parseInt(us.group(3));
        return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
      }
      for (Pattern pattern : List.of(ISO_DATE, SLASH_ISO, COMPACT_DATE)) {
        Matcher m = pattern.matcher(t);
        if (m.lookingAt()) {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
      }
      for (String format : List.of("MMM-dd-yyyy", "MMM d, yyyy", "MMM dd, yyyy", "dd-MMM-yyyy")) {
        try {
          return LocalDate.parse(t, DateTimeFormatter.ofPattern(format, Locale.US));
        } catch (DateTimeParseException ignored) {
          // next pattern
        }
      }
    } catch (java.time.DateTimeException e) {
      throw new RowException(what + " '" + t + "' is not a calendar date");
    }
    throw new RowException(what + " '" + t + "' is not a date (expected MM/DD/YYYY or YYYY-MM-DD)");
  }

  /** True when {@code text} starts with a date. */
  static boolean isDate(String text) {
    try {
      date(text, "date");
      return true;
    } catch (RowException e) {
      return false;
    }
  }

  /** The asset id of a symbol cell, or null when blank; trailing {@code **} (Fidelity's core mark) removed. */
  static AssetId symbol(String text) {
    String t = text == null ? "" : text.strip();
    if (t.endsWith("**")) {
      t = t.substring(0, t.length() - 2);
    }
    if (missing(t)) {
      return null;
    }
    return AssetId.of(t.toUpperCase(Locale.ROOT));
  }
}
