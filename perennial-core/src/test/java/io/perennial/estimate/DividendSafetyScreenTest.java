package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.estimate.DividendSafety.Deduction;
import io.perennial.estimate.DividendSafety.Rating;
import io.perennial.estimate.DividendSafety.Signal;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.PriceSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The screen's scale worked by hand on quarterly payers observed 2010-01-01 … the date scored. */
class DividendSafetyScreenTest {

  private static final AssetId DIV = AssetId.of("DIV");
  private static final LocalDate FROM = LocalDate.of(2010, 1, 1);
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  private static final DividendSafetyScreen SCREEN = DividendSafetyScreen.standard();

  /** Payments on the 15th of March, June, September and December, of the amount {@code amount(exDate)}. */
  private static DividendHistory quarterly(LocalDate to, Function<LocalDate, Double> amount) {
    List<DividendEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2010, 3, 15); !d.isAfter(to); d = d.plusMonths(3)) {
      Double a = amount.apply(d);
      if (a != null) {
        events.add(DividendEvent.regular(d, a));
      }
    }
    return new DividendHistory(DIV, events, FROM, to);
  }

  /** Month-end closes 2009-01 … 2021-12, {@code price(monthEnd)}. */
  private static PriceSeries monthEnds(Function<LocalDate, Double> price) {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> closes = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2009, 1); !m.isAfter(YearMonth.of(2021, 12)); m = m.plusMonths(1)) {
      dates.add(m.atEndOfMonth());
      closes.add(price.apply(m.atEndOfMonth()));
    }
    return PriceSeries.ofClose(DIV, dates, closes.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** 0.50 a quarter for 11 complete years at a steady $50: a 4 % yield equal to its average, nothing to deduct. */
  @Test
  void aSteadyPayerScoresAHundred() {
    DividendSafety safety = SCREEN.score(quarterly(END_2020, d -> 0.5), monthEnds(d -> 50.0), END_2020);

    assertThat(safety.score()).isEqualTo(100);
    assertThat(safety.rating()).isEqualTo(Rating.SOUND);
    assertThat(safety.inputs().trailingYield()).isCloseTo(0.04, within(1e-12));
    assertThat(safety.inputs().yieldVsAverage()).isCloseTo(1.0, within(1e-12));
    assertThat(safety.inputs().completeYears()).isEqualTo(11);
    assertThat(safety.inputs().yearsWithoutCut()).isEqualTo(10);
    assertThat(safety.inputs().paymentsPerYear()).isEqualTo(4);
    assertThat(safety.deductions()).isEmpty();
  }

  /**
   * The price falls from $50 to $30 at the end of July 2020, the payments stay. Yields at the 60
   * month-ends: 6 of them (Jul–Dec 2020) 2/30 = 0.0667, 54 of them 2/50 = 0.04; average
   * (6 × 2/30 + 54 × 0.04) / 60 = 0.042667; ratio 0.0667 / 0.042667 = 1.5625 → 25 × (1.5625 − 1.1) / 0.5
   * = 23.1 → 23 points. Drawdown 1 − 30/50 = 0.40 → 20 × (0.40 − 0.15) / 0.30 = 16.7 → 17 points.
   * Score 100 − 23 − 17 = 60: watch.
   */
  @Test
  void aStretchedYieldAndAFallingPriceCostPoints() {
    PriceSeries prices = monthEnds(d -> d.isBefore(LocalDate.of(2020, 7, 31)) ? 50.0 : 30.0);

    DividendSafety safety = SCREEN.score(quarterly(END_2020, d -> 0.5), prices, END_2020);

    assertThat(safety.inputs().averageYield()).isCloseTo((6 * 2.0 / 30 + 54 * 0.04) / 60, within(1e-12));
    assertThat(safety.inputs().yieldVsAverage()).isCloseTo((2.0 / 30) / ((6 * 2.0 / 30 + 54 * 0.04) / 60), within(1e-12));
    assertThat(safety.inputs().drawdown()).isCloseTo(0.40, within(1e-12));
    assertThat(safety.deductions()).containsExactly(
        new Deduction(Signal.YIELD_STRETCHED, safety.inputs().yieldVsAverage(), 23),
        new Deduction(Signal.PRICE_DISTRESS, safety.inputs().drawdown(), 17));
    assertThat(safety.score()).isEqualTo(60);
    assertThat(safety.rating()).isEqualTo(Rating.WATCH);
  }

  /**
   * Cut from 0.50 to 0.25 in September 2020. Last 12 months' mean payment (0.5 + 0.5 + 0.25 + 0.25) / 4
   * = 0.375 against 0.5: −25 % → recent cut, 25. 2020's total 1.50 against 2.00 (mean 0.375 < 0.95 × 0.5):
   * a cut → cut history 5, 0 years since → short record 10. Growth (1.50 / 2.00)^(1/5) − 1 = −5.6 % →
   * shrinking 10. The price stays at $50 (the yield falls: nothing stretched). 100 − 25 − 10 − 10 − 5 = 50.
   */
  @Test
  void aRecentCutCostsPointsOnSeveralCounts() {
    DividendHistory history = quarterly(END_2020, d -> d.isBefore(LocalDate.of(2020, 9, 1)) ? 0.5 : 0.25);

    DividendSafety safety = SCREEN.score(history, monthEnds(d -> 50.0), END_2020);

    assertThat(safety.inputs().paymentChange()).isCloseTo(-0.25, within(1e-12));
    assertThat(safety.inputs().cutsInTenYears()).isEqualTo(1);
    assertThat(safety.inputs().yearsWithoutCut()).isZero();
    assertThat(safety.inputs().dividendGrowth()).isCloseTo(Math.pow(0.75, 0.2) - 1, within(1e-12));
    assertThat(safety.deductions()).extracting(Deduction::signal, Deduction::points).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Signal.RECENT_CUT, 25),
        org.assertj.core.groups.Tuple.tuple(Signal.SHORT_RECORD, 10),
        org.assertj.core.groups.Tuple.tuple(Signal.SHRINKING_DIVIDEND, 10),
        org.assertj.core.groups.Tuple.tuple(Signal.CUT_HISTORY, 5));
    assertThat(safety.score()).isEqualTo(50);
  }

  /**
   * The last payment went ex 2019-12-15. On 2020-12-31, 382 days later: overdue (more than 1.5 × 91
   * + 15 = 152 days), 15 points, not yet suspended (410 days). On 2021-03-31, 472 days: suspended.
   */
  @Test
  void aMissedPaymentIsOverdueThenSuspended() {
    LocalDate stopped = LocalDate.of(2019, 12, 31);
    Function<LocalDate, Double> amounts = d -> d.isAfter(stopped) ? null : 0.5;

    DividendSafety overdue = SCREEN.score(quarterly(END_2020, amounts), monthEnds(d -> 50.0), END_2020);
    DividendSafety suspended = SCREEN.score(quarterly(LocalDate.of(2021, 3, 31), amounts), monthEnds(d -> 50.0),
        LocalDate.of(2021, 3, 31));

    assertThat(overdue.inputs().daysSinceLastPayment()).isEqualTo(382);
    assertThat(overdue.deductions()).extracting(Deduction::signal).contains(Signal.PAYMENT_OVERDUE);
    assertThat(overdue.rating()).isNotEqualTo(Rating.SUSPENDED);
    assertThat(suspended.rating()).isEqualTo(Rating.SUSPENDED);
    assertThat(suspended.score()).isZero();
    assertThat(suspended.flagged()).isTrue();
  }

  /** A payment that slips into January (3 payments one year, 5 the next) is not a cut; a lower rate is. */
  @Test
  void aCutIsALowerRateNotALatePayment() {
    AnnualDistribution full = new AnnualDistribution(2018, 2.0, 4);
    assertThat(DividendSafetyScreen.isCut(new AnnualDistribution(2019, 1.5, 3), full)).isFalse();
    assertThat(DividendSafetyScreen.isCut(new AnnualDistribution(2019, 1.6, 4), full)).isTrue();
    assertThat(DividendSafetyScreen.isCut(new AnnualDistribution(2019, 1.85, 4), full)).isFalse(); // −7.5 %: within 10 %
    assertThat(DividendSafetyScreen.isCut(new AnnualDistribution(2019, 0.9, 2), full)).isTrue(); // less than half
  }

  /** Nothing after the date is read: a cut in 2021 does not show on 2020-12-31. */
  @Test
  void theScoreReadsNothingAfterItsDate() {
    DividendHistory history = quarterly(LocalDate.of(2021, 12, 31), d -> d.getYear() < 2021 ? 0.5 : 0.1);

    DividendSafety safety = SCREEN.score(history, monthEnds(d -> 50.0), END_2020);

    assertThat(safety.score()).isEqualTo(100);
  }

  /** A cut through the 2007–09 recession (2008 at half of 2006) is remembered in 2015. */
  @Test
  void aCutInTheLastRecessionIsRemembered() {
    List<DividendEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2000, 3, 15); d.getYear() <= 2015; d = d.plusMonths(3)) {
      events.add(DividendEvent.regular(d, d.getYear() == 2008 || d.getYear() == 2009 ? 0.25 : 0.5));
    }
    DividendHistory history = new DividendHistory(DIV, events, LocalDate.of(2000, 1, 1), LocalDate.of(2015, 12, 31));

    DividendSafety safety = SCREEN.score(history, null, LocalDate.of(2015, 12, 31));

    assertThat(safety.inputs().recessionPeakYear()).isEqualTo(2007);
    assertThat(safety.inputs().recessionChange()).isCloseTo(-0.5, within(1e-12));
    assertThat(safety.deductions()).extracting(Deduction::signal).contains(Signal.CUT_IN_LAST_RECESSION);
  }
}
