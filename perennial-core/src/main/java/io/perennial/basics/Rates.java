package io.perennial.basics;

import java.util.Locale;

/**
 * Conversions between rates. All rates in the engine are decimal fractions per year
 * (0.035 = 3.5 %); percent appears only in text meant for people.
 */
public final class Rates {

  /**
   * The largest fraction shown as digits: 10⁶, i.e. 100,000,000 %. Beyond it (an annualised tiny
   * span, a ratio to almost nothing) the figure means nothing but "huge", and is said so.
   */
  public static final double LARGEST_SHOWN = 1e6;

  /** The text for a fraction above {@link #LARGEST_SHOWN}, infinity included. */
  public static final String MORE_THAN_LARGEST = "more than 100,000,000 %";

  /** The text for a fraction below −{@link #LARGEST_SHOWN}, minus infinity included. */
  public static final String LESS_THAN_LARGEST = "less than -100,000,000 %";

  /** The text for a rate that is not a number (NaN: no data to compute it from). */
  public static final String NOT_AVAILABLE = "n/a";

  private Rates() {}

  /**
   * A fraction as percent text with {@code decimals} places, e.g. 0.0351 → "3.51 %". Never prints
   * NaN, Infinity or hundreds of digits: NaN → "n/a"; above 10⁶ (100,000,000 %) or +∞ →
   * "more than 100,000,000 %"; below −10⁶ or −∞ → "less than -100,000,000 %".
   */
  public static String percent(double fraction, int decimals) {
    if (Double.isNaN(fraction)) {
      return NOT_AVAILABLE;
    }
    if (fraction > LARGEST_SHOWN) {
      return MORE_THAN_LARGEST;
    }
    if (fraction < -LARGEST_SHOWN) {
      return LESS_THAN_LARGEST;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f %%", fraction * 100.0);
  }

  /** Real rate from a nominal rate and inflation (Fisher): (1 + n) / (1 + i) − 1. */
  public static double real(double nominal, double inflation) {
    return (1.0 + nominal) / (1.0 + inflation) - 1.0;
  }
}
