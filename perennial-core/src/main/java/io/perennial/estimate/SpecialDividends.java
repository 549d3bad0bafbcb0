package io.perennial.estimate;

import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Marks the special dividends of a history by a {@link SpecialDividendRule}, saying why for each. */
public final class SpecialDividends {

  /**
   * @param history the same events with their {@code special} flags set
   * @param excluded the special events with the reason each was left out, by ex-date
   */
  public record Classification(DividendHistory history, List<ExcludedDividend> excluded) {
    public Classification {
      excluded = List.copyOf(excluded);
    }
  }

  private SpecialDividends() {}

  public static Classification classify(DividendHistory history, SpecialDividendRule rule) {
    List<DividendEvent> events = history.events();
    int n = events.size();
    boolean[] special = new boolean[n];
    String[] reason = new String[n];
    double[] median = new double[n];
    for (int i = 0; i < n; i++) {
      DividendEvent event = events.get(i);
      double[] neighbours = neighbours(events, i, rule.neighbourDays());
      median[i] = neighbours.length == 0 ? Double.NaN : median(neighbours);
      if (event.special()) {
        special[i] = true;
        reason[i] = "marked special in the input";
      } else if (neighbours.length >= rule.minNeighbours() && event.amount() > rule.highMultiple() * median[i]
          && (!rule.standsOutFromLater() || standsOutFromLater(events, i, rule))) {
        special[i] = true;
        reason[i] = String.format(Locale.ROOT, "%s is %s the median %s of the %d payments within ±%d days (more than %.1f×)",
            amount(event.amount()), multiple(event.amount() / median[i]), amount(median[i]), neighbours.length, rule.neighbourDays(),
            rule.highMultiple());
      }
    }
    int previous = -1;
    for (int i = 0; i < n; i++) {
      if (special[i]) {
        continue;
      }
      if (previous >= 0 && ChronoUnit.DAYS.between(events.get(previous).exDate(), events.get(i).exDate()) <= rule.secondPaymentDays()) {
        int drop = deviation(events.get(previous), median[previous]) > deviation(events.get(i), median[i]) ? previous : i;
        int keep = drop == i ? previous : i;
        special[drop] = true;
        reason[drop] = String.format(Locale.ROOT, "a second payment within %d days of %s (%s on %s); of the two, this one is further from the usual amount",
            rule.secondPaymentDays(), events.get(keep).exDate(), amount(events.get(keep).amount()), events.get(keep).exDate());
        previous = keep;
      } else {
        previous = i;
      }
    }
    List<DividendEvent> flagged = new ArrayList<>(n);
    List<ExcludedDividend> excluded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DividendEvent event = events.get(i).withSpecial(special[i]);
      flagged.add(event);
      if (special[i]) {
        excluded.add(new ExcludedDividend(event, reason[i]));
      }
    }
    return new Classification(history.withEvents(flagged), excluded);
  }

  /** Whether event {@code i} exceeds the rule's multiple of the median of the payments after it (true when none follow). */
  private static boolean standsOutFromLater(List<DividendEvent> events, int i, SpecialDividendRule rule) {
    DividendEvent event = events.get(i);
    List<Double> later = new ArrayList<>();
    for (int j = i + 1; j < events.size() && ChronoUnit.DAYS.between(event.exDate(), events.get(j).exDate()) <= rule.neighbourDays(); j++) {
      later.add(events.get(j).amount());
    }
    return later.isEmpty() || event.amount() > rule.highMultiple() * median(later.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The amounts of the other events within ±{@code days} of event {@code i}. */
  private static double[] neighbours(List<DividendEvent> events, int i, int days) {
    DividendEvent event = events.get(i);
    List<Double> amounts = new ArrayList<>();
    for (int j = i - 1; j >= 0 && ChronoUnit.DAYS.between(events.get(j).exDate(), event.exDate()) <= days; j--) {
      amounts.add(events.get(j).amount());
    }
    for (int j = i + 1; j < events.size() && ChronoUnit.DAYS.between(event.exDate(), events.get(j).exDate()) <= days; j++) {
      amounts.add(events.get(j).amount());
    }
    return amounts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
  }

  private static double deviation(DividendEvent event, double median) {
    return Double.isNaN(median) ? 0.0 : Math.abs(Math.log(event.amount() / median));
  }

  /** A ratio for the reason text: {@code 15.4×}, or {@code more than 1,000×} (never Infinity or NaN). */
  static String multiple(double ratio) {
    return Double.isFinite(ratio) && ratio <= 1_000 ? String.format(Locale.ROOT, "%.1f×", ratio) : "more than 1,000×";
  }

  private static String amount(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
