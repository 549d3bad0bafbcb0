package io.perennial.estimate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** Periods per year of a dated series, inferred from the spacing of its dates. */
public final class Frequencies {

  private Frequencies() {}

  /**
   * The periods per year of observations on {@code dates}, from the median gap between consecutive
   * dates: up to 5 days → 252 (trading days), up to 10 → 52 (weeks), up to 45 → 12 (months), up to
   * 135 → 4 (quarters), else 1 (years). 252 when there are fewer than two dates.
   */
  public static int infer(List<LocalDate> dates) {
    if (dates.size() < 2) {
      return 252;
    }
    long[] gaps = new long[dates.size() - 1];
    for (int i = 1; i < dates.size(); i++) {
      gaps[i - 1] = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
    }
    Arrays.sort(gaps);
    long median = gaps[gaps.length / 2];
    if (median <= 5) {
      return 252;
    }
    if (median <= 10) {
      return 52;
    }
    if (median <= 45) {
      return 12;
    }
    if (median <= 135) {
      return 4;
    }
    return 1;
  }
}
