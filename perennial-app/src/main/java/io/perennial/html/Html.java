package io.perennial.html;

import io.perennial.basics.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Escaping and number writing shared by the page and its charts. */
final class Html {

  private Html() {}

  /** Text safe inside an element or a double-quoted attribute. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code $1,234} (whole dollars; negative as {@code −$1,234}). */
  static String dollars(double value) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    String s = f.format(Math.abs(value));
    return (value < 0 && Math.round(value) != 0 ? "\u2212$" : "$") + s;
  }

  /**
   * A share quantity in plain digits with thousands separators ({@code 8,000}, {@code 12.5}), never
   * in the exponent form a {@code BigDecimal} of negative scale prints ({@code 8E+3}).
   */
  static String quantity(BigDecimal shares) {
    DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
    f.setParseBigDecimal(true);
    return f.format(shares.stripTrailingZeros());
  }

  /** {@code 12.3 %} for the fraction 0.123. */
  static String percent(double fraction) {
    return Rates.percent(fraction, 1);
  }

  /** A value in its unit. */
  static String format(double value, ChartData.Unit unit) {
    return unit == ChartData.Unit.DOLLARS ? dollars(value) : percent(value);
  }

  /** A number as written in a {@code data-value} attribute: the shortest text that reads back the same double. */
  static String data(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A coordinate with one decimal. */
  static String c(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
