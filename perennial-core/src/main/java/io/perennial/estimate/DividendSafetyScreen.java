package io.perennial.estimate;

import io.perennial.basics.Checks;
import io.perennial.estimate.DividendSafety.Deduction;
import io.perennial.estimate.DividendSafety.Inputs;
import io.perennial.estimate.DividendSafety.Rating;
import io.perennial.estimate.DividendSafety.Signal;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.PriceSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dividend-safety screen: a 0–100 score from an asset's price and dividend history alone, as
 * of a date (nothing after it is read). It starts at 100 and deducts points for each warning sign:
 *
 * <table>
 *   <caption>The scale</caption>
 *   <tr><th>signal</th><th>trips when</th><th>points</th></tr>
 *   <tr><td>yield stretched</td><td>trailing yield ÷ its 5-year average yield r above 1.1</td>
 *       <td>25 × min(1, (r − 1.1) / 0.5): 25 at 1.6× the average</td></tr>
 *   <tr><td>price distress</td><td>drawdown d from the 52-week high above 15 %</td>
 *       <td>20 × min(1, (d − 0.15) / 0.30): 20 at a 45 % drawdown</td></tr>
 *   <tr><td>recent cut</td><td>the mean payment of the last 12 months more than 10 % below that of the 12
 *       before, or the last payment more than 25 % below the median of the year before it</td><td>25</td></tr>
 *   <tr><td>cut history</td><td>each cut among the last 10 complete years</td><td>5 each, at most 15</td></tr>
 *   <tr><td>short record</td><td>fewer than 5 complete years observed, or fewer than 3 years since the last
 *       cut (5 points for 3–4 years)</td><td>10</td></tr>
 *   <tr><td>shrinking dividend</td><td>5-year growth of the yearly payments below −2 % a year (5 points
 *       for −2 %–0 %)</td><td>10</td></tr>
 *   <tr><td>cut in the last recession</td><td>a cut between the year before the last recession the history
 *       covers ({@link Recessions#NBER}) and the year after its trough</td><td>10</td></tr>
 *   <tr><td>payment overdue</td><td>more days since the last regular payment than 1.5 × the usual gap + 15</td>
 *       <td>15</td></tr>
 * </table>
 *
 * <p>A dividend not paid for longer than max(410 days, 2 × the usual gap) is {@link Rating#SUSPENDED}
 * (score 0). Scores of 70 and more are {@link Rating#SOUND}, 50–69 {@link Rating#WATCH}, below 50
 * {@link Rating#AT_RISK}: flagged as a possible yield trap.
 *
 * <p>A year is a <b>cut</b> ({@link #isCut}) when its regular total fell by more than half, or by more
 * than 10 % while its mean payment fell by more than 5 % — so a payment that slips into the next
 * January (three payments one year, five the next) is not a cut, and a lower rate is.
 * Specials are left out first ({@link SpecialDividends}); amounts must be split-adjusted and in the
 * share basis of the prices.
 *
 * @param specials which payments are special
 */
public record DividendSafetyScreen(SpecialDividendRule specials) {

  /** Samples of the average yield: the 60 month-ends of 5 years. */
  static final int YIELD_MONTHS = 60;
  /** A price more than this many days before a sampling date is too old to value it. */
  private static final int STALE_PRICE_DAYS = 31;

  public DividendSafetyScreen {
    Checks.notNull(specials, "specials");
  }

  /** The screen with the standard rule for specials. */
  public static DividendSafetyScreen standard() {
    return new DividendSafetyScreen(SpecialDividendRule.standard());
  }

  /**
   * Scores {@code history} as of {@code asOf}.
   *
   * @param history the regular and special payments, split-adjusted
   * @param prices the closes in the same share basis, or null (then no yield or price signal)
   */
  public DividendSafety score(DividendHistory history, PriceSeries prices, LocalDate asOf) {
    Checks.notNull(history, "history");
    Checks.notNull(asOf, "asOf");
    if (history.observedFrom().isAfter(asOf)) {
      return notPaying(history, asOf);
    }
    DividendHistory known = upTo(history, asOf);
    List<DividendEvent> regular = known.events().isEmpty() ? List.of()
        : SpecialDividends.classify(known, specials).history().regular();
    if (regular.isEmpty()) {
      return notPaying(history, asOf);
    }
    DividendEvent last = regular.get(regular.size() - 1);
    long sinceLast = ChronoUnit.DAYS.between(last.exDate(), asOf);
    double usualGap = usualGap(regular);
    List<AnnualDistribution> years = AnnualDistribution.completeYears(regular, known, asOf);

    double close = prices == null ? Double.NaN : prices.closeOnOrBefore(asOf);
    double trailingYield = sum(regular, asOf.minusYears(1), asOf) / close;
    double[] monthly = monthlyYields(regular, known, prices, asOf);
    double averageYield = monthly == null ? Double.NaN : mean(monthly);
    double paymentChange = meanPayment(regular, asOf.minusYears(1), asOf)
        / meanPayment(regular, asOf.minusYears(2), asOf.minusYears(1)) - 1;
    if (known.observedFrom().isAfter(asOf.minusYears(2))) {
      paymentChange = Double.NaN;
    }
    double lastChange = last.amount() / medianPayment(regular, last.exDate().minusYears(1), last.exDate().minusDays(1)) - 1;
    int withoutCut = 0;
    for (int k = years.size() - 1; k >= 1 && !isCut(years.get(k), years.get(k - 1)) && years.get(k - 1).total() > 0; k--) {
      withoutCut++;
    }
    int cuts = 0;
    for (int k = Math.max(1, years.size() - 10); k < years.size(); k++) {
      cuts += isCut(years.get(k), years.get(k - 1)) ? 1 : 0;
    }
    double growth = Double.NaN;
    if (years.size() > 5 && years.get(years.size() - 6).total() > 0) {
      growth = Math.pow(years.get(years.size() - 1).total() / years.get(years.size() - 6).total(), 0.2) - 1;
    }
    Recession recession = recession(years);
    Inputs inputs = new Inputs(trailingYield, averageYield, monthly == null ? Double.NaN : min(monthly),
        monthly == null ? Double.NaN : max(monthly), trailingYield / averageYield, drawdown(prices, asOf), paymentChange,
        lastChange, years.size(), withoutCut, cuts, growth, recession.peakYear, recession.change,
        IncomeEstimator.paymentsPerYear(regular, asOf), sinceLast);

    if (sinceLast > Math.max(410, 2 * usualGap)) {
      return new DividendSafety(history.ticker(), asOf, 0, Rating.SUSPENDED, inputs, List.of());
    }
    List<Deduction> deductions = new ArrayList<>();
    add(deductions, Signal.YIELD_STRETCHED, inputs.yieldVsAverage(), ramp(inputs.yieldVsAverage(), 1.1, 1.6, 25));
    add(deductions, Signal.PRICE_DISTRESS, inputs.drawdown(), ramp(inputs.drawdown(), 0.15, 0.45, 20));
    if (paymentChange < -0.10 || lastChange < -0.25) {
      add(deductions, Signal.RECENT_CUT, Math.min(nanToZero(paymentChange), nanToZero(lastChange)), 25);
    }
    add(deductions, Signal.CUT_HISTORY, cuts, Math.min(15, 5 * cuts));
    if (years.size() < 5) {
      add(deductions, Signal.SHORT_RECORD, years.size(), 10);
    } else if (withoutCut < 5) {
      add(deductions, Signal.SHORT_RECORD, withoutCut, withoutCut < 3 ? 10 : 5);
    }
    if (growth < 0) {
      add(deductions, Signal.SHRINKING_DIVIDEND, growth, growth < -0.02 ? 10 : 5);
    }
    if (recession.cut) {
      add(deductions, Signal.CUT_IN_LAST_RECESSION, recession.change, 10);
    }
    if (sinceLast > 1.5 * usualGap + 15) {
      add(deductions, Signal.PAYMENT_OVERDUE, sinceLast, 15);
    }
    deductions.sort(Comparator.comparingInt(Deduction::points).reversed());
    int score = Math.max(0, 100 - deductions.stream().mapToInt(Deduction::points).sum());
    return new DividendSafety(history.ticker(), asOf, score, Rating.of(score), inputs, deductions);
  }

  /**
   * Whether {@code year}'s regular payments are a cut against {@code before}'s: the total fell by
   * more than half, or by more than 10 % while the mean payment fell by more than 5 %.
   */
  public static boolean isCut(AnnualDistribution year, AnnualDistribution before) {
    if (before.total() <= 0) {
      return false;
    }
    if (year.total() < 0.5 * before.total()) {
      return true;
    }
    double mean = year.payments() == 0 ? 0 : year.total() / year.payments();
    return year.total() < 0.9 * before.total() && mean < 0.95 * before.total() / before.payments();
  }

  private static DividendSafety notPaying(DividendHistory history, LocalDate asOf) {
    Inputs none = new Inputs(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0,
        0, Double.NaN, 0, Double.NaN, 0, -1);
    return new DividendSafety(history.ticker(), asOf, 0, Rating.NOT_PAYING, none, List.of());
  }

  /** The history as it was known on {@code asOf}: later payments and later coverage dropped. */
  private static DividendHistory upTo(DividendHistory history, LocalDate asOf) {
    List<DividendEvent> kept = history.events().stream().filter(e -> !e.exDate().isAfter(asOf)).toList();
    LocalDate to = history.observedTo().isAfter(asOf) ? asOf : history.observedTo();
    return new DividendHistory(history.ticker(), kept, history.observedFrom(), to);
  }

  /** The median gap in days between the regular payments of the 3 years before the last one (365 with one payment). */
  private static double usualGap(List<DividendEvent> regular) {
    LocalDate last = regular.get(regular.size() - 1).exDate();
    List<Double> gaps = new ArrayList<>();
    for (int i = regular.size() - 1; i >= 1 && !regular.get(i - 1).exDate().isBefore(last.minusYears(3)); i--) {
      gaps.add((double) ChronoUnit.DAYS.between(regular.get(i - 1).exDate(), regular.get(i).exDate()));
    }
    return gaps.isEmpty() ? 365.0 : SpecialDividends.median(gaps.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The trailing yields at the 60 month-ends up to {@code asOf}, or null when the history or prices do not reach back. */
  private static double[] monthlyYields(List<DividendEvent> regular, DividendHistory history, PriceSeries prices, LocalDate asOf) {
    if (prices == null) {
      return null;
    }
    double[] yields = new double[YIELD_MONTHS];
    for (int k = 0; k < YIELD_MONTHS; k++) {
      LocalDate date = asOf.minusMonths(k);
      int index = prices.indexOnOrBefore(date);
      if (date.minusYears(1).isBefore(history.observedFrom()) || index < 0
          || ChronoUnit.DAYS.between(prices.date(index), date) > STALE_PRICE_DAYS) {
        return null;
      }
      yields[k] = sum(regular, date.minusYears(1), date) / prices.close(index);
    }
    return yields;
  }

  /** 1 − the close on {@code asOf} ÷ the highest close of the 52 weeks up to it (NaN without prices). */
  private static double drawdown(PriceSeries prices, LocalDate asOf) {
    if (prices == null) {
      return Double.NaN;
    }
    int end = prices.indexOnOrBefore(asOf);
    if (end < 0) {
      return Double.NaN;
    }
    LocalDate from = asOf.minusWeeks(52);
    double high = 0;
    for (int i = end; i >= 0 && !prices.date(i).isBefore(from); i--) {
      high = Math.max(high, prices.close(i));
    }
    return 1 - prices.close(end) / high;
  }

  /** The last recession covered by {@code years}: its peak year, the lowest total through it ÷ the year before − 1, and whether it was cut. */
  private static Recession recession(List<AnnualDistribution> years) {
    if (years.isEmpty()) {
      return Recession.NONE;
    }
    int first = years.get(0).year();
    Optional<Recessions.Recession> covered = Recessions.lastCovered(first, years.get(years.size() - 1).year());
    if (covered.isEmpty()) {
      return Recession.NONE;
    }
    AnnualDistribution base = years.get(covered.get().firstYear() - 1 - first);
    if (base.total() <= 0) {
      return Recession.NONE;
    }
    double lowest = Double.POSITIVE_INFINITY;
    boolean cut = false;
    for (int year = covered.get().firstYear(); year <= covered.get().lastYear() + 1; year++) {
      AnnualDistribution during = years.get(year - first);
      lowest = Math.min(lowest, during.total() / base.total() - 1);
      cut |= isCut(during, base);
    }
    return new Recession(covered.get().firstYear(), lowest, cut);
  }

  private record Recession(int peakYear, double change, boolean cut) {
    static final Recession NONE = new Recession(0, Double.NaN, false);
  }

  /** 0 below {@code from}, {@code points} above {@code to}, linear between, rounded; 0 for NaN. */
  private static int ramp(double x, double from, double to, int points) {
    if (!(x > from)) {
      return 0;
    }
    return (int) Math.round(points * Math.min(1.0, (x - from) / (to - from)));
  }

  private static void add(List<Deduction> deductions, Signal signal, double figure, int points) {
    if (points > 0) {
      deductions.add(new Deduction(signal, figure, points));
    }
  }

  /** Σ amounts with ex-date in (from, to]. */
  private static double sum(List<DividendEvent> regular, LocalDate from, LocalDate to) {
    double sum = 0;
    for (DividendEvent event : regular) {
      if (event.exDate().isAfter(from) && !event.exDate().isAfter(to)) {
        sum += event.amount();
      }
    }
    return sum;
  }

  /** The mean amount of the payments with ex-date in (from, to]; NaN when none. */
  private static double meanPayment(List<DividendEvent> regular, LocalDate from, LocalDate to) {
    double sum = 0;
    int n = 0;
    for (DividendEvent event : regular) {
      if (event.exDate().isAfter(from) && !event.exDate().isAfter(to)) {
        sum += event.amount();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The median amount of the payments with ex-date in [from, to]; NaN when none. */
  private static double medianPayment(List<DividendEvent> regular, LocalDate from, LocalDate to) {
    double[] amounts = regular.stream().filter(e -> !e.exDate().isBefore(from) && !e.exDate().isAfter(to))
        .mapToDouble(DividendEvent::amount).toArray();
    return amounts.length == 0 ? Double.NaN : SpecialDividends.median(amounts);
  }

  private static double nanToZero(double x) {
    return Double.isNaN(x) ? 0 : x;
  }

  private static double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  private static double min(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }
}
