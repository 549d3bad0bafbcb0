package io.perennial.market;

import io.perennial.basics.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Cash distributions implied by a price series whose adjusted close accounts for them (Yahoo's
 * {@code Adj Close}): on a day where the adjustment ratio {@code a_t = adjustedClose_t / close_t}
 * steps up, the distribution going ex that day is
 * {@code close_{t−1} × (1 − a_{t−1}/a_t)} per share (the back-adjustment factor Yahoo applies
 * before an ex-date is {@code 1 − D/close_{t−1}}).
 *
 * <p>Steps smaller than {@link #DEFAULT_MIN_STEP} are rounding noise of the stored prices
 * (single-precision artefacts make the ratio wobble by up to ~1e-6) and are ignored; steps down
 * are not distributions and are ignored as well. Capital-gain distributions are included, since
 * the adjustment includes them; the events are not split into regular and special here.
 */
public final class ImpliedDistributions {

  /** The smallest relative step of the adjustment ratio taken as a distribution (2e-5 = 0.002 %). */
  public static final double DEFAULT_MIN_STEP = 2e-5;

  private ImpliedDistributions() {}

  /** The implied distributions of {@code prices}, observed over the series' dates. */
  public static DividendHistory of(PriceSeries prices) {
    return of(prices, DEFAULT_MIN_STEP);
  }

  /** As {@link #of(PriceSeries)} with another noise threshold (a relative step, e.g. 2e-5). */
  public static DividendHistory of(PriceSeries prices, double minStep) {
    Checks.positive(minStep, "minStep");
    List<DividendEvent> events = new ArrayList<>();
    for (int t = 1; t < prices.size(); t++) {
      double before = prices.adjustedClose(t - 1) / prices.close(t - 1);
      double after = prices.adjustedClose(t) / prices.close(t);
      double step = 1.0 - before / after;
      if (step > minStep) {
        events.add(DividendEvent.regular(prices.date(t), prices.close(t - 1) * step));
      }
    }
    return new DividendHistory(prices.ticker(), events, prices.firstDate(), prices.lastDate());
  }
}
