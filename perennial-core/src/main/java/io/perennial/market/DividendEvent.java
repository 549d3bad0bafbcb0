package io.perennial.market;

import io.perennial.basics.Checks;
import java.time.LocalDate;

/**
 * One cash distribution of an asset: the amount per share (in the asset's currency, in the same
 * share basis as the price series it is used with) going ex on {@code exDate}.
 *
 * @param exDate the ex-dividend date (the first day the buyer no longer receives it)
 * @param amount cash per share, &gt; 0
 * @param special whether it is a one-off (special, extra, or a spin-off coded as cash) rather than a
 *     regular payment; specials are left out of yields, growth and cut counts
 */
public record DividendEvent(LocalDate exDate, double amount, boolean special) implements Comparable<DividendEvent> {

  public DividendEvent {
    Checks.notNull(exDate, "exDate");
    Checks.positive(amount, "dividend amount on " + exDate);
  }

  /** A regular (not special) payment. */
  public static DividendEvent regular(LocalDate exDate, double amount) {
    return new DividendEvent(exDate, amount, false);
  }

  /** The same payment marked special or regular. */
  public DividendEvent withSpecial(boolean isSpecial) {
    return new DividendEvent(exDate, amount, isSpecial);
  }

  /** The amount divided by {@code factor}, e.g. the cumulative split ratio after the ex-date. */
  public DividendEvent dividedBy(double factor) {
    return new DividendEvent(exDate, amount / Checks.positive(factor, "factor"), special);
  }

  @Override
  public int compareTo(DividendEvent other) {
    return exDate.compareTo(other.exDate);
  }
}
