package io.perennial.basics;

/**
 * Conversions between rates. All rates in the engine are decimal fractions per year
 * (0.035 = 3.5 %); percent appears only in text meant for people.
 */
public final class Rates {

  private Rates() {}

  /** A fraction as percent text with {@code decimals} places, e.g. 0.0351 → "3.51 %". */
  public static String percent(double fraction, int decimals) {
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f %%", fraction * 100.0);
  }

  /** Real rate from a nominal rate and inflation (Fisher): (1 + n) / (1 + i) − 1. */
  public static double real(double nominal, double inflation) {
    return (1.0 + nominal) / (1.0 + inflation) - 1.0;
  }
}
