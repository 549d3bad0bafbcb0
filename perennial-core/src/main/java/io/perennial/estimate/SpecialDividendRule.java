package io.perennial.estimate;

import io.perennial.basics.Checks;

/**
 * When a dividend counts as special (one-off) rather than regular. A payment is special when
 * <ol>
 *   <li>it is marked special in the input; or
 *   <li>its amount exceeds {@code highMultiple} × the median of the same asset's other payments
 *       within ±{@code neighbourDays} days, provided there are at least {@code minNeighbours} of them
 *       (the rule behind the S&amp;P 500 universe's {@code dividend_anomalies_flagged.csv},
 *       flag {@code high_vs_neighbours}), and, when {@code standsOutFromLater}, also exceeds
 *       {@code highMultiple} × the median of the payments in the {@code neighbourDays} after it (if
 *       there are any): a one-off stands out from what follows, a large raise does not; or
 *   <li>it follows another regular payment within {@code secondPaymentDays} days: of the two, the one
 *       whose amount lies further from its neighbours' median (in ratio) is special.
 * </ol>
 * Payments far <i>below</i> their neighbours are not special: they are cuts or partial payments and
 * must count.
 *
 * @param highMultiple e.g. 2.5
 * @param neighbourDays e.g. 730 (two years)
 * @param minNeighbours e.g. 3
 * @param secondPaymentDays e.g. 20
 * @param standsOutFromLater whether a high payment must also stand out from the payments after it
 */
public record SpecialDividendRule(double highMultiple, int neighbourDays, int minNeighbours, int secondPaymentDays,
    boolean standsOutFromLater) {

  public SpecialDividendRule {
    Checks.check(Double.isFinite(highMultiple) && highMultiple > 1, "highMultiple must be above 1, got " + highMultiple);
    Checks.positive(neighbourDays, "neighbourDays");
    Checks.positive(minNeighbours, "minNeighbours");
    Checks.nonNegative(secondPaymentDays, "secondPaymentDays");
  }

  /**
   * More than 2.5 × the median of the payments within ±730 days (at least 3 of them) and of those in
   * the 730 days after, or a second payment within 20 days.
   */
  public static SpecialDividendRule standard() {
    return new SpecialDividendRule(2.5, 730, 3, 20, true);
  }

  /**
   * The rule of the S&amp;P 500 universe's {@code dividend_anomalies_flagged.csv}: more than 2.5 × the
   * median of the payments within ±730 days (at least 3), nothing else.
   */
  public static SpecialDividendRule highVersusNeighbours() {
    return new SpecialDividendRule(2.5, 730, 3, 0, false);
  }
}
