package io.perennial.market;

import io.perennial.basics.Checks;
import java.time.LocalDate;

/**
 * A share split (or reverse split) taking effect on {@code date}.
 *
 * @param date the first trading day on the new share basis
 * @param ratio new shares per old share: 4.0 for a 4-for-1 split, 0.1 for a 1-for-10 reverse split; &gt; 0
 */
public record SplitEvent(LocalDate date, double ratio) {

  public SplitEvent {
    Checks.notNull(date, "date");
    Checks.positive(ratio, "split ratio on " + date);
  }
}
