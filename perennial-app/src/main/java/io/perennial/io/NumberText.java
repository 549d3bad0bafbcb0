package io.perennial.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The numbers a reader accepts, checked on their text before any {@link BigDecimal} or double is
 * made of them: plain decimals ({@code 1234.5}, {@code -0.035}, {@code 1.2e6}), at most
 * {@value #MAX_DIGITS} significant digits and an exponent within ±{@value #MAX_EXPONENT}. No
 * hexadecimal or octal ({@code 0x10}), no suffixes ({@code 10.2f}), no {@code NaN} or infinity:
 * every accepted number is finite and cheap to compute with, and a message about a refused one
 * quotes at most {@value #QUOTED} characters of it.
 */
public final class NumberText {

  /** Significant digits a number may carry (a dollar amount to the cent needs 15). */
  public static final int MAX_DIGITS = 30;
  /** Largest decimal exponent, in absolute value. */
  public static final int MAX_EXPONENT = 30;
  /** Characters of a refused number quoted in a message. */
  static final int QUOTED = 40;

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

  private NumberText() {}

  /** Why {@code text} is not an accepted decimal number, or null when it is one. */
  public static String problem(String text) {
    String t = text.strip();
    if (!DECIMAL.matcher(t).matches()) {
      return "'" + quote(t) + "' is not a number (write a finite number in plain decimal digits, e.g. 1234.5:"
          + " no hex, suffixes or thousands separators)";
    }
    String bounds = boundsProblem(t);
    return bounds == null ? null : "'" + quote(t) + "' " + bounds;
  }

  /**
   * Why a text already in plain decimal syntax is beyond the bounds (more than {@value #MAX_DIGITS}
   * significant digits, magnitude beyond 1e±{@value #MAX_EXPONENT}), or null when it is within them.
   * Readers with a stricter syntax of their own (CSV cells) check that first and then call this.
   */
  public static String boundsProblem(String decimal) {
    String t = decimal.strip();
    int e = Math.max(t.indexOf('e'), t.indexOf('E'));
    String mantissa = e < 0 ? t : t.substring(0, e);
    long exponent = e < 0 ? 0 : Long.parseLong(t.substring(e + 1).replace("+", ""));
    String digits = mantissa.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
    String significant = digits.replaceFirst("0+$", "");
    if (significant.length() > MAX_DIGITS) {
      return "has more than " + MAX_DIGITS + " significant digits";
    }
    if (!significant.isEmpty()) {
      // The decimal exponent of the leading digit: digits before the point - 1 + exponent.
      int point = mantissa.indexOf('.');
      String integerPart = (point < 0 ? mantissa : mantissa.substring(0, point)).replaceAll("[^0-9]", "").replaceFirst("^0+", "");
      long magnitude;
      if (!integerPart.isEmpty()) {
        magnitude = integerPart.length() - 1 + exponent;
      } else {
        String fraction = mantissa.substring(point + 1);
        int leadingZeros = fraction.length() - fraction.replaceFirst("^0+", "").length();
        magnitude = -(leadingZeros + 1) + exponent;
      }
      if (Math.abs(magnitude) > MAX_EXPONENT) {
        return "is " + (magnitude > 0 ? "too large" : "too small") + " (beyond 1e±" + MAX_EXPONENT + ")";
      }
    } else if (Math.abs(exponent) > 1_000) {
      return "has an exponent beyond any realistic number";
    }
    return null;
  }

  /** Why {@code text} is not an accepted whole number, or null when it is one. */
  public static String wholeProblem(String text) {
    String t = text.strip();
    if (!WHOLE.matcher(t).matches()) {
      return "'" + quote(t) + "' is not a whole number (write digits only, e.g. 2030)";
    }
    return t.replaceFirst("^[+-]?0*", "").length() > 18 ? "'" + quote(t) + "' is too large" : null;
  }

  /** The decimal {@code text} stands for; call {@link #problem} first. */
  public static BigDecimal decimal(String text) {
    return new BigDecimal(text.strip());
  }

  /** At most {@value #QUOTED} characters of {@code text}, never all of an unbounded input. */
  public static String quote(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }
}
