package io.perennial.estimate;

import io.perennial.basics.Checks;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * US business-cycle recessions, peak to trough, as dated by the NBER's Business Cycle Dating
 * Committee (monthly chronology, https://www.nber.org/research/data/us-business-cycle-expansions-and-contractions),
 * since 1969: the windows against which a dividend's behaviour "in the last recession" is judged.
 */
public final class Recessions {

  /**
   * One recession.
   *
   * @param peak the month of the business-cycle peak (the recession starts after it)
   * @param trough the month of the trough (the recession ends with it)
   */
  public record Recession(YearMonth peak, YearMonth trough) {
    public Recession {
      Checks.notNull(peak, "peak");
      Checks.notNull(trough, "trough");
      Checks.check(trough.isAfter(peak), "a recession's trough " + trough + " must follow its peak " + peak);
    }

    /** The first calendar year the recession touches. */
    public int firstYear() {
      return peak.getYear();
    }

    /** The last calendar year the recession touches. */
    public int lastYear() {
      return trough.getYear();
    }
  }

  /** The NBER recessions since 1969, oldest first. */
  public static final List<Recession> NBER = List.of(
      new Recession(YearMonth.of(1969, 12), YearMonth.of(1970, 11)),
      new Recession(YearMonth.of(1973, 11), YearMonth.of(1975, 3)),
      new Recession(YearMonth.of(1980, 1), YearMonth.of(1980, 7)),
      new Recession(YearMonth.of(1981, 7), YearMonth.of(1982, 11)),
      new Recession(YearMonth.of(1990, 7), YearMonth.of(1991, 3)),
      new Recession(YearMonth.of(2001, 3), YearMonth.of(2001, 11)),
      new Recession(YearMonth.of(2007, 12), YearMonth.of(2009, 6)),
      new Recession(YearMonth.of(2020, 2), YearMonth.of(2020, 4)));

  private Recessions() {}

  /**
   * The most recent recession whose dividends can be judged from a history of complete calendar
   * years {@code firstCompleteYear}…{@code lastCompleteYear}: the year before its peak and the year
   * after its trough must both be complete years of the history.
   */
  public static Optional<Recession> lastCovered(int firstCompleteYear, int lastCompleteYear) {
    Recession found = null;
    for (Recession recession : NBER) {
      if (recession.firstYear() - 1 >= firstCompleteYear && recession.lastYear() + 1 <= lastCompleteYear) {
        found = recession;
      }
    }
    return Optional.ofNullable(found);
  }
}
