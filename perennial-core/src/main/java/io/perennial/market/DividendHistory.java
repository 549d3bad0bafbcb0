package io.perennial.market;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cash distributions of one asset over the period its source covers.
 *
 * @param ticker the asset
 * @param events the distributions, ordered by ex-date (two on one date are allowed, e.g. a regular
 *     and a special payment)
 * @param observedFrom the first date the source covers (no payment before it is known); on or before
 *     the first event
 * @param observedTo the last date the source covers; on or after the last event. A year with no event
 *     between the two bounds is a year without payment, not a gap in the data.
 */
public record DividendHistory(AssetId ticker, List<DividendEvent> events, LocalDate observedFrom, LocalDate observedTo) {

  public DividendHistory {
    Checks.notNull(ticker, "ticker");
    Checks.notNull(observedFrom, "observedFrom");
    Checks.notNull(observedTo, "observedTo");
    events = List.copyOf(events);
    Checks.check(!observedTo.isBefore(observedFrom),
        "observedTo " + observedTo + " is before observedFrom " + observedFrom + " (" + ticker + ")");
    for (int i = 0; i < events.size(); i++) {
      LocalDate date = events.get(i).exDate();
      if (i > 0) {
        Checks.check(!date.isBefore(events.get(i - 1).exDate()),
            "dividends of " + ticker + " must be ordered by ex-date: " + events.get(i - 1).exDate() + " is followed by " + date);
      }
      Checks.check(!date.isBefore(observedFrom) && !date.isAfter(observedTo),
          "dividend of " + ticker + " on " + date + " lies outside the observed period " + observedFrom + "–" + observedTo);
    }
  }

  /** A history observed from its first to its last event (which must exist). */
  public static DividendHistory of(AssetId ticker, List<DividendEvent> events) {
    Checks.check(!events.isEmpty(), "a dividend history of " + ticker + " without events needs its observed period");
    return new DividendHistory(ticker, events, events.get(0).exDate(), events.get(events.size() - 1).exDate());
  }

  /** The regular (not special) events. */
  public List<DividendEvent> regular() {
    return events.stream().filter(e -> !e.special()).toList();
  }

  /** The same history with other events (e.g. after classifying specials), same observed period. */
  public DividendHistory withEvents(List<DividendEvent> replaced) {
    return new DividendHistory(ticker, replaced, observedFrom, observedTo);
  }

  /** The same events observed over a longer period: bounds widened to include {@code from} and {@code to}. */
  public DividendHistory observedOver(LocalDate from, LocalDate to) {
    LocalDate start = from.isBefore(observedFrom) ? from : observedFrom;
    LocalDate end = to.isAfter(observedTo) ? to : observedTo;
    return new DividendHistory(ticker, events, start, end);
  }

  /**
   * The amounts restated in the shares of the last split: each amount divided by the product of the
   * ratios of the splits that take effect after its ex-date.
   */
  public DividendHistory adjustedForSplits(List<SplitEvent> splits) {
    List<DividendEvent> adjusted = new ArrayList<>(events.size());
    for (DividendEvent event : events) {
      double factor = 1.0;
      for (SplitEvent split : splits) {
        if (split.date().isAfter(event.exDate())) {
          factor *= split.ratio();
        }
      }
      adjusted.add(event.dividedBy(factor));
    }
    return withEvents(adjusted);
  }
}
