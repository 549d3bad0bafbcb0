package io.perennial.estimate;

import io.perennial.basics.Checks;

/**
 * When a dividend counts as special (one-off) rather than regular. A payment is special when
 * <ol>
 *   <li>it is marked special in the input; or
 *   <li>its amount exceeds {@code highMultiple} × the median of the same asset's other payments
 *       within ±{@code neighbourDays} days, provided there are at least {@code minNeighbours} of them
 *       (the rule behind the S&amp;P 500 universe's {@code dividend_anomalies_flagged.csv},
 *       flag {@code high_vs_neighbours}); or
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
 */
public record SpecialDividendRule(double highMultiple, int neighbourDays, int minNeighbours, int secondPaymentDays) {

  public SpecialDividendRule {
    Checks.check(Double.isFinite(highMultiple) && highMultiple > 1, "highMultiple must be above 1, got " + highMultiple);
    Checks.positive(neighbourDays, "neighbourDays");
    Checks.positive(minNeighbours, "minNeighbours");
    Checks.nonNegative(secondPaymentDays, "secondPaymentDays");
  }

  /** 2.5 × the median of the payments within ±730 days (at least 3 of them), or a second payment within 20 days. */
  public static SpecialDividendRule standard() {
    return new SpecialDividendRule(2.5, 730, 3, 20);
  }
}
