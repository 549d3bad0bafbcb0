package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomeEstimatorTest {

  private static final AssetId TICKER = AssetId.of("XYZ");
  private static final LocalDate AS_OF = LocalDate.of(2021, 3, 31);
  private static final double TIGHT = 1e-12;

  /**
   * A quarterly payer (ex-dates the 15th of Mar, Jun, Sep, Dec), observed 2014-01-01 … 2021-03-31.
   * Regular amount per payment by year: 2014 0.50, 2015 0.50, 2016 0.55, 2017 0.60, 2018 0.60,
   * 2019 0.45 (a cut), 2020 0.55, 2021-03 0.52; plus an extra 0.10 on 2017-06-20 and a special 5.00
   * on 2020-12-20.
   */
  private static DividendHistory history() {
    double[] perYear = {0.50, 0.50, 0.55, 0.60, 0.60, 0.45, 0.55};
    List<DividendEvent> events = new ArrayList<>();
    for (int y = 0; y < perYear.length; y++) {
      for (int month : new int[] {3, 6, 9, 12}) {
        events.add(DividendEvent.regular(LocalDate.of(2014 + y, month, 15), perYear[y]));
        if (2014 + y == 2017 && month == 6) {
          events.add(DividendEvent.regular(LocalDate.of(2017, 6, 20), 0.10));
        }
      }
    }
    events.add(DividendEvent.regular(LocalDate.of(2020, 12, 20), 5.00));
    events.add(DividendEvent.regular(LocalDate.of(2021, 3, 15), 0.52));
    return new DividendHistory(TICKER, events, LocalDate.of(2014, 1, 1), AS_OF);
  }

  /** A close of {@code price} at every month-end from 2013-12 to 2021-03. */
  private static PriceSeries flatPrices(double price) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2013, 12, 31); !d.isAfter(AS_OF); d = d.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
      dates.add(d);
    }
    double[] close = new double[dates.size()];
    java.util.Arrays.fill(close, price);
    return PriceSeries.ofClose(TICKER, dates, close);
  }

  @Test
  void yieldsGrowthAndCutsWorkedByHand() {
    IncomeEstimate estimate = IncomeEstimator.standard().estimate(history(), flatPrices(50), AS_OF);

    // Trailing 12 months (2020-03-31, 2021-03-31]: 0.55 + 0.55 + 0.55 + 0.52 = 2.17 (the 5.00 special left out);
    // yield 2.17 / 50 = 0.0434.
    assertThat(estimate.price()).isEqualTo(50.0);
    assertThat(estimate.trailingDistributions()).isCloseTo(2.17, within(TIGHT));
    assertThat(estimate.trailingYield()).isCloseTo(0.0434, within(TIGHT));
    // Quarterly; last regular 0.52 → forward 0.52 × 4 / 50 = 0.0416.
    assertThat(estimate.paymentsPerYear()).isEqualTo(4);
    assertThat(estimate.lastRegularPayment()).isEqualTo(0.52);
    assertThat(estimate.forwardYield()).isCloseTo(0.0416, within(TIGHT));
    // Complete years 2014 … 2020: totals 2.0, 2.0, 2.2, 2.4, 2.4, 1.8, 2.2 (the 0.10 extra of 2017 left out).
    assertThat(estimate.annualTotals()).extracting(AnnualDistribution::year).containsExactly(2014, 2015, 2016, 2017, 2018, 2019, 2020);
    assertThat(estimate.annualTotals().stream().mapToDouble(AnnualDistribution::total).toArray())
        .containsExactly(new double[] {2.0, 2.0, 2.2, 2.4, 2.4, 1.8, 2.2}, within(TIGHT));
    // Growth 2015 → 2020: (2.2 / 2.0)^(1/5) − 1 = 1.1^0.2 − 1 = 0.019244876...
    assertThat(estimate.dividendGrowth()).isCloseTo(Math.pow(1.1, 0.2) - 1, within(TIGHT));
    // 2020 ≥ 2019, 2019 < 2018: one year without a cut, one increase; cuts: 2019 only.
    assertThat(estimate.yearsWithoutCut()).isEqualTo(1);
    assertThat(estimate.consecutiveIncreases()).isEqualTo(1);
    assertThat(estimate.cuts()).isEqualTo(1);
    // Specials, with reasons: the extra 0.10 (second within 20 days of 2017-06-15, further from the
    // usual ~0.6) and the 5.00 (9 neighbours within ±730 days: four 0.45, four 0.55 and 0.52 → median 0.52;
    // 5.00 / 0.52 = 9.6×).
    assertThat(estimate.excluded()).hasSize(2);
    assertThat(estimate.excluded().get(0).event().exDate()).isEqualTo(LocalDate.of(2017, 6, 20));
    assertThat(estimate.excluded().get(0).reason()).contains("second payment within 20 days of 2017-06-15");
    assertThat(estimate.excluded().get(1).event().exDate()).isEqualTo(LocalDate.of(2020, 12, 20));
    assertThat(estimate.excluded().get(1).reason()).contains("5.0000 is 9.6× the median 0.5200 of the 9 payments within ±730 days");
  }

  @Test
  void averageYieldOfASteadyPayerAndAPriceDrop() {
    // 0.50 every quarter since 2014 at a flat price of 50: every trailing yield is 2.0/50 = 0.04.
    List<DividendEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2014, 3, 15); !d.isAfter(AS_OF); d = d.plusMonths(3)) {
      events.add(DividendEvent.regular(d, 0.50));
    }
    DividendHistory steady = new DividendHistory(TICKER, events, LocalDate.of(2014, 1, 1), AS_OF);
    IncomeEstimate flat = IncomeEstimator.standard().estimate(steady, flatPrices(50), AS_OF);
    assertThat(flat.averageYield()).isCloseTo(0.04, within(TIGHT));
    assertThat(flat.yieldVsAverage()).isCloseTo(1.0, within(TIGHT));
    assertThat(flat.yearsWithoutCut()).isEqualTo(6); // 2015 … 2020 each equal to the year before
    assertThat(flat.consecutiveIncreases()).isZero();

    // The price halves on the last day only: trailing yield 0.08; of the 60 monthly samples only the
    // last sees it, so the average is (59 × 0.04 + 0.08) / 60 and the ratio 0.08 / that.
    PriceSeries base = flatPrices(50);
    double[] close = base.close();
    close[close.length - 1] = 25;
    PriceSeries dropped = PriceSeries.ofClose(TICKER, base.dates(), close);
    IncomeEstimate drop = IncomeEstimator.standard().estimate(steady, dropped, AS_OF);
    double average = (59 * 0.04 + 0.08) / 60;
    assertThat(drop.trailingYield()).isCloseTo(0.08, within(TIGHT));
    assertThat(drop.averageYield()).isCloseTo(average, within(TIGHT));
    assertThat(drop.yieldVsAverage()).isCloseTo(0.08 / average, within(TIGHT));
  }

  @Test
  void withoutPricesOnlyTheYieldsAreUnknown() {
    IncomeEstimate estimate = IncomeEstimator.standard().estimate(history(), null, AS_OF);
    assertThat(estimate.trailingYield()).isNaN();
    assertThat(estimate.forwardYield()).isNaN();
    assertThat(estimate.averageYield()).isNaN();
    assertThat(estimate.trailingDistributions()).isCloseTo(2.17, within(TIGHT));
    assertThat(estimate.dividendGrowth()).isCloseTo(Math.pow(1.1, 0.2) - 1, within(TIGHT));
  }

  @Test
  void aStoppedPayerHasNoForwardYieldAndCountsTheCut() {
    // Paid 0.25 quarterly in 2018 and 2019, nothing since.
    List<DividendEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2018, 2, 1); d.getYear() <= 2019; d = d.plusMonths(3)) {
      events.add(DividendEvent.regular(d, 0.25));
    }
    DividendHistory stopped = new DividendHistory(TICKER, events, LocalDate.of(2017, 1, 1), AS_OF);
    IncomeEstimate estimate = IncomeEstimator.standard().estimate(stopped, flatPrices(20), AS_OF);
    assertThat(estimate.paymentsPerYear()).isZero();
    assertThat(estimate.forwardYield()).isZero();
    assertThat(estimate.trailingYield()).isZero();
    assertThat(estimate.yearsWithoutCut()).isZero();
    assertThat(estimate.cuts()).isEqualTo(1); // 2020 (0) after 2019 (1.0)
    assertThat(estimate.dividendGrowth()).isNaN(); // 2015 not observed
  }

  @Test
  void aLargeRaiseIsNotSpecialButAOneOffIs() {
    // 0.06 a quarter 2017–2019, then 0.25 a quarter from 2020 (a 4× raise, as AAP in 2020), plus a
    // one-off 3.00 on 2018-06-20. Against the ±730-day median (0.06 or so) both 0.25s and the 3.00 are
    // more than 2.5× higher; only the 3.00 also stands out from the payments after it.
    List<DividendEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2017, 1, 15); d.getYear() <= 2019; d = d.plusMonths(3)) {
      events.add(DividendEvent.regular(d, 0.06));
    }
    events.add(DividendEvent.regular(LocalDate.of(2018, 6, 20), 3.00));
    events.sort(null);
    for (LocalDate d = LocalDate.of(2020, 1, 15); !d.isAfter(AS_OF); d = d.plusMonths(3)) {
      events.add(DividendEvent.regular(d, 0.25));
    }
    DividendHistory history = new DividendHistory(TICKER, events, LocalDate.of(2017, 1, 1), AS_OF);
    List<ExcludedDividend> standard = SpecialDividends.classify(history, SpecialDividendRule.standard()).excluded();
    assertThat(standard).extracting(e -> e.event().exDate()).containsExactly(LocalDate.of(2018, 6, 20));
    List<ExcludedDividend> neighboursOnly = SpecialDividends.classify(history, SpecialDividendRule.highVersusNeighbours()).excluded();
    assertThat(neighboursOnly).extracting(e -> e.event().exDate()).contains(LocalDate.of(2018, 6, 20), LocalDate.of(2020, 1, 15));
    // With the standard rule 2020 counts in full: 4 × 0.25 = 1.00 against 2019's 0.24.
    IncomeEstimate estimate = IncomeEstimator.standard().estimate(history, null, AS_OF);
    assertThat(estimate.annualTotals().get(estimate.annualTotals().size() - 1).total()).isCloseTo(1.00, within(TIGHT));
  }

  @Test
  void paymentFrequencyFromTheSpacingOfRecentPayments() {
    List<DividendEvent> monthly = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2019, 4, 1); !d.isAfter(AS_OF); d = d.plusMonths(1)) {
      monthly.add(DividendEvent.regular(d, 0.1));
    }
    assertThat(IncomeEstimator.paymentsPerYear(monthly, AS_OF)).isEqualTo(12);
    List<DividendEvent> semiannual = List.of(DividendEvent.regular(LocalDate.of(2019, 9, 1), 1),
        DividendEvent.regular(LocalDate.of(2020, 3, 1), 1), DividendEvent.regular(LocalDate.of(2020, 9, 1), 1));
    assertThat(IncomeEstimator.paymentsPerYear(semiannual, AS_OF)).isEqualTo(2);
    List<DividendEvent> annual = List.of(DividendEvent.regular(LocalDate.of(2020, 6, 1), 1));
    assertThat(IncomeEstimator.paymentsPerYear(annual, AS_OF)).isEqualTo(1);
  }
}
