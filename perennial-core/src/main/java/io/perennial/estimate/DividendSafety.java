package io.perennial.estimate;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * A history-only dividend-safety score of one asset as of a date, 0 (unsafe) to 100 (nothing in
 * its record warns), with the figures it was computed from and the points each warning cost
 * (the scale: {@link DividendSafetyScreen}). It reads prices and payments alone: payout ratios,
 * earnings, cash flow and leverage are unknown to it, so it flags the signs that usually come
 * before a cut (a stretched yield, a falling price, a record of cuts) rather than the causes.
 *
 * @param ticker the asset
 * @param asOf the date the score describes; nothing after it was read
 * @param score 0–100, 100 minus the points of {@code deductions}, not below 0 (0 when suspended)
 * @param rating the band of the score
 * @param inputs the figures read from the history
 * @param deductions the warnings found, each with its figure and points, largest first
 */
public record DividendSafety(AssetId ticker, LocalDate asOf, int score, Rating rating, Inputs inputs,
    List<Deduction> deductions) {

  public DividendSafety {
    Checks.notNull(ticker, "ticker");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(rating, "rating");
    Checks.notNull(inputs, "inputs");
    Checks.check(score >= 0 && score <= 100, "a dividend-safety score lies in 0–100, got " + score);
    deductions = List.copyOf(deductions);
  }

  /** Whether the score is below the screen's threshold: treat the yield as a possible trap. */
  public boolean flagged() {
    return rating == Rating.AT_RISK || rating == Rating.SUSPENDED;
  }

  /** The band of a score. */
  public enum Rating {
    /** 70 or more: nothing serious in the record. */
    SOUND,
    /** 50–69: some warnings; watch it. */
    WATCH,
    /** Below 50: the record looks like those that come before cuts. */
    AT_RISK,
    /** Paid before, nothing in the last 12 months (score 0). */
    SUSPENDED,
    /** No regular payment on record up to the date: nothing to score (score 0, never flagged as a trap). */
    NOT_PAYING;

    /** The band of {@code score} for an asset that pays. */
    static Rating of(int score) {
      return score >= 70 ? SOUND : score >= 50 ? WATCH : AT_RISK;
    }
  }

  /** What a deduction is for. */
  public enum Signal {
    /** The trailing yield far above its own 5-year average: the price fell, the market doubts the payout. */
    YIELD_STRETCHED,
    /** The price far below its 52-week high. */
    PRICE_DISTRESS,
    /** The payments of the last 12 months are lower than those of the 12 before, or the last one fell sharply. */
    RECENT_CUT,
    /** Cuts among the last 10 complete years. */
    CUT_HISTORY,
    /** Few complete years since the last cut, or a record shorter than 5 complete years. */
    SHORT_RECORD,
    /** Regular payments per share lower than 5 years before. */
    SHRINKING_DIVIDEND,
    /** The dividend was cut through the last recession the history covers. */
    CUT_IN_LAST_RECESSION,
    /** The next regular payment is later than the usual gap allows. */
    PAYMENT_OVERDUE
  }

  /**
   * One warning.
   *
   * @param signal what it is
   * @param figure the figure that tripped it, in the unit of the matching {@link Inputs} field
   *     (a ratio, a fraction, a count of years or days)
   * @param points the points it costs, 1–100
   */
  public record Deduction(Signal signal, double figure, int points) {
    public Deduction {
      Checks.notNull(signal, "signal");
      Checks.check(points > 0 && points <= 100, "a deduction costs 1–100 points, got " + points);
    }
  }

  /**
   * The figures read from the history (NaN or -1 where the history cannot give them).
   *
   * @param trailingYield regular payments of the last 12 months ÷ the close
   * @param averageYield the mean trailing yield at the 60 month-ends up to the date (NaN without 6 years of record)
   * @param lowestYield the lowest of those 60 trailing yields (NaN likewise)
   * @param highestYield the highest of them (NaN likewise)
   * @param yieldVsAverage {@code trailingYield / averageYield}
   * @param drawdown {@code 1 − close / the highest close of the last 52 weeks}, 0–1
   * @param paymentChange the mean regular payment of the last 12 months ÷ that of the 12 months before, − 1 (NaN when either is empty)
   * @param lastPaymentChange the last regular payment ÷ the median of the payments of the 12 months before it, − 1
   * @param completeYears the complete calendar years observed
   * @param yearsWithoutCut complete years since the last cut (a cut: {@link DividendSafetyScreen#isCut})
   * @param cutsInTenYears cuts among the last 10 complete years
   * @param dividendGrowth compound yearly growth of the regular payments over the last 5 complete years (NaN without them)
   * @param recessionPeakYear the year of the peak of the last recession the history covers (0 when none)
   * @param recessionChange the lowest regular total from the peak year to the year after the trough ÷ the total of
   *     the year before the peak, − 1 (NaN when no recession is covered)
   * @param paymentsPerYear the usual frequency (1, 2, 4, 12; 0 when nothing was paid in 12 months)
   * @param daysSinceLastPayment days from the last regular ex-date to the date
   */
  public record Inputs(double trailingYield, double averageYield, double lowestYield, double highestYield,
      double yieldVsAverage, double drawdown, double paymentChange, double lastPaymentChange, int completeYears,
      int yearsWithoutCut, int cutsInTenYears, double dividendGrowth, int recessionPeakYear, double recessionChange,
      int paymentsPerYear, long daysSinceLastPayment) {}
}
