package io.perennial.estimate;

import io.perennial.basics.Checks;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.PriceSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Income figures from a dividend history and (optionally) prices: trailing and forward yield,
 * dividend growth, cut history and the yield against its own average. Specials are first marked
 * by the {@link SpecialDividendRule} and left out of every figure; the estimate lists them with
 * the reason. All yields use the close (split-adjusted, not distribution-adjusted), so dividends
 * and prices must be in the same share basis.
 *
 * @param specials which payments are special
 * @param growthYears the window of the dividend growth rate, e.g. 5
 * @param averageYears the window of the average yield, e.g. 5
 */
public record IncomeEstimator(SpecialDividendRule specials, int growthYears, int averageYears) {

  /** How far a price may lie before a sampling date and still be its price (for the average yield). */
  private static final int STALE_PRICE_DAYS = 31;
  private static final int[] FREQUENCIES = {1, 2, 4, 12};

  public IncomeEstimator {
    Checks.notNull(specials, "specials");
    Checks.positive(growthYears, "growthYears");
    Checks.positive(averageYears, "averageYears");
  }

  /** The standard rule for specials, growth and average over 5 years. */
  public static IncomeEstimator standard() {
    return new IncomeEstimator(SpecialDividendRule.standard(), 5, 5);
  }

  /**
   * Estimates the income of {@code history} as of {@code asOf}.
   *
   * @param prices the asset's prices (same ticker and share basis), or null for figures without yields
   */
  public IncomeEstimate estimate(DividendHistory history, PriceSeries prices, LocalDate asOf) {
    Checks.notNull(history, "history");
    Checks.notNull(asOf, "asOf");
    if (prices != null) {
      Checks.check(prices.ticker().equals(history.ticker()),
          "prices of " + prices.ticker() + " cannot value the dividends of " + history.ticker());
    }
    SpecialDividends.Classification classification = SpecialDividends.classify(history, specials);
    List<DividendEvent> regular = new ArrayList<>();
    for (DividendEvent event : classification.history().events()) {
      if (!event.special() && !event.exDate().isAfter(asOf)) {
        regular.add(event);
      }
    }
    int priceIndex = prices == null ? -1 : prices.indexOnOrBefore(asOf);
    double price = priceIndex < 0 ? Double.NaN : prices.close(priceIndex);
    LocalDate priceDate = priceIndex < 0 ? null : prices.date(priceIndex);
    double trailing = trailingSum(regular, asOf);
    int frequency = paymentsPerYear(regular, asOf);
    DividendEvent last = regular.isEmpty() ? null : regular.get(regular.size() - 1);
    double lastAmount = last == null ? Double.NaN : last.amount();
    double forward = frequency == 0 ? 0.0 : lastAmount * frequency / price;

    List<AnnualDistribution> years = AnnualDistribution.completeYears(regular, history, asOf);
    double growth = growth(years);
    int withoutCut = 0;
    int increases = 0;
    boolean increasing = true;
    for (int k = years.size() - 1; k >= 1; k--) {
      AnnualDistribution year = years.get(k);
      AnnualDistribution before = years.get(k - 1);
      if (before.total() <= 0 || isCut(year, before)) {
        break;
      }
      withoutCut++;
      increasing &= year.total() > before.total() * (1 + RELATIVE_TOLERANCE);
      if (increasing) {
        increases++;
      }
    }
    int cuts = 0;
    for (int k = 1; k < years.size(); k++) {
      if (isCut(years.get(k), years.get(k - 1))) {
        cuts++;
      }
    }
    double average = averageYield(regular, history, prices, asOf);
    double trailingYield = trailing / price;
    return new IncomeEstimate(history.ticker(), asOf, price, priceDate, trailing, trailingYield, frequency, lastAmount,
        last == null ? null : last.exDate(), forward, growthYears, growth, withoutCut, increases, cuts, years, average,
        trailingYield / average, classification.excluded().stream().filter(e -> !e.event().exDate().isAfter(asOf)).toList());
  }

  /** Relative tolerance for comparing annual totals (rounding of restated amounts). */
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private static boolean isCut(AnnualDistribution year, AnnualDistribution before) {
    return year.total() < before.total() * (1 - RELATIVE_TOLERANCE);
  }

  /** Σ regular amounts with ex-date in (date − 1 year, date]. */
  private static double trailingSum(List<DividendEvent> regular, LocalDate date) {
    LocalDate from = date.minusYears(1);
    double sum = 0;
    for (DividendEvent event : regular) {
      if (event.exDate().isAfter(from) && !event.exDate().isAfter(date)) {
        sum += event.amount();
      }
    }
    return sum;
  }

  /**
   * The number of payments per year: 0 when none went ex in the last 12 months; otherwise the
   * standard frequency (1, 2, 4, 12) nearest, in ratio, to 365.25 / the median gap between the
   * regular payments of the last two years (1 when there is only one).
   */
  static int paymentsPerYear(List<DividendEvent> regular, LocalDate asOf) {
    LocalDate yearAgo = asOf.minusYears(1);
    LocalDate twoYearsAgo = asOf.minusYears(2);
    List<LocalDate> recent = new ArrayList<>();
    boolean paidThisYear = false;
    for (DividendEvent event : regular) {
      if (event.exDate().isAfter(twoYearsAgo)) {
        recent.add(event.exDate());
        paidThisYear |= event.exDate().isAfter(yearAgo);
      }
    }
    if (!paidThisYear) {
      return 0;
    }
    if (recent.size() < 2) {
      return 1;
    }
    double[] gaps = new double[recent.size() - 1];
    for (int i = 1; i < recent.size(); i++) {
      gaps[i - 1] = ChronoUnit.DAYS.between(recent.get(i - 1), recent.get(i));
    }
    double perYear = 365.25 / Math.max(1.0, SpecialDividends.median(gaps));
    int best = FREQUENCIES[0];
    for (int f : FREQUENCIES) {
      if (Math.abs(Math.log(perYear / f)) < Math.abs(Math.log(perYear / best))) {
        best = f;
      }
    }
    return best;
  }

  private double growth(List<AnnualDistribution> years) {
    if (years.size() <= growthYears) {
      return Double.NaN;
    }
    AnnualDistribution last = years.get(years.size() - 1);
    AnnualDistribution first = years.get(years.size() - 1 - growthYears);
    if (first.total() <= 0) {
      return Double.NaN;
    }
    return Math.pow(last.total() / first.total(), 1.0 / growthYears) - 1;
  }

  /**
   * The mean trailing yield at {@code asOf} and each of the {@code averageYears × 12 − 1} month-ends
   * before (same day of month), or NaN when a sampling date lacks a price within a month before it or
   * its 12-month window starts before the observed period.
   */
  private double averageYield(List<DividendEvent> regular, DividendHistory history, PriceSeries prices, LocalDate asOf) {
    if (prices == null) {
      return Double.NaN;
    }
    int samples = averageYears * 12;
    double sum = 0;
    for (int k = 0; k < samples; k++) {
      LocalDate date = asOf.minusMonths(k);
      if (date.minusYears(1).isBefore(history.observedFrom())) {
        return Double.NaN;
      }
      int index = prices.indexOnOrBefore(date);
      if (index < 0 || ChronoUnit.DAYS.between(prices.date(index), date) > STALE_PRICE_DAYS) {
        return Double.NaN;
      }
      sum += trailingSum(regular, date) / prices.close(index);
    }
    return sum / samples;
  }
}
