package io.perennial.estimate;

import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The regular distributions of one complete calendar year.
 *
 * @param year the calendar year
 * @param total the sum of its regular payments per share (specials excluded)
 * @param payments how many regular payments went ex that year
 */
public record AnnualDistribution(int year, double total, int payments) {

  /**
   * The calendar years wholly inside {@code history}'s observed period and on or before {@code asOf},
   * oldest first, with the totals of {@code regular} (the history's regular payments).
   */
  public static List<AnnualDistribution> completeYears(List<DividendEvent> regular, DividendHistory history, LocalDate asOf) {
    LocalDate end = history.observedTo().isBefore(asOf) ? history.observedTo() : asOf;
    int firstYear = history.observedFrom().getDayOfYear() == 1 ? history.observedFrom().getYear() : history.observedFrom().getYear() + 1;
    int lastYear = end.equals(LocalDate.of(end.getYear(), 12, 31)) ? end.getYear() : end.getYear() - 1;
    List<AnnualDistribution> years = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      double total = 0;
      int count = 0;
      for (DividendEvent event : regular) {
        if (event.exDate().getYear() == year) {
          total += event.amount();
          count++;
        }
      }
      years.add(new AnnualDistribution(year, total, count));
    }
    return years;
  }
}
