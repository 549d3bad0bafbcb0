package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.io.CsvTable;
import io.perennial.io.DividendCsv;
import io.perennial.io.SplitCsv;
import io.perennial.market.DividendHistory;
import io.perennial.market.SplitEvent;
import io.perennial.testing.SharedData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The income estimator against figures derived independently from the S&amp;P 500 universe by the
 * session that prepared it ({@code dividend_anomalies_flagged.csv},
 * {@code dividend_growth_streaks_2000_2020.csv}; see that folder's PROVENANCE.md).
 */
class IncomeEstimatorSp500Test {

  /** The first trading day of the source data (PROVENANCE: 1999-11-01 … 2021-04-21). */
  private static final LocalDate DATA_START = LocalDate.of(1999, 11, 1);
  private static final LocalDate DATA_END = LocalDate.of(2021, 4, 21);
  /** The provenance's own rule: only the 2.5× test, no second-payment test (0 days). */
  private static final SpecialDividendRule PROVENANCE_RULE = SpecialDividendRule.highVersusNeighbours();

  private static Map<AssetId, DividendHistory> histories;

  @BeforeAll
  static void load() {
    DividendCsv.DividendFile file = DividendCsv.read(SharedData.require("data/sp500-universe-2021/dividends.csv"));
    Map<AssetId, List<SplitEvent>> splits = SplitCsv.read(SharedData.require("data/sp500-universe-2021/splits.csv"));
    histories = new HashMap<>();
    for (DividendHistory history : file.histories()) {
      histories.put(history.ticker(), history.adjustedForSplits(splits.getOrDefault(history.ticker(), List.of()))
          .observedOver(DATA_START, DATA_END));
    }
  }

  @Test
  void flagsExactlyTheHighPaymentsOfTheAnomalyFile() {
    CsvTable anomalies = CsvTable.read(SharedData.require("data/sp500-universe-2021/dividend_anomalies_flagged.csv"));
    Set<String> expected = new HashSet<>();
    for (CsvTable.Row row : anomalies.rows()) {
      if (anomalies.cell(row, anomalies.column("flag")).equals("high_vs_neighbours")) {
        expected.add(anomalies.cell(row, 0) + " " + anomalies.cell(row, 1));
      }
    }
    Set<String> flagged = new HashSet<>();
    for (DividendHistory history : histories.values()) {
      for (ExcludedDividend excluded : SpecialDividends.classify(history, PROVENANCE_RULE).excluded()) {
        flagged.add(history.ticker() + " " + excluded.event().exDate());
      }
    }
    assertThat(expected).hasSize(277);
    assertThat(flagged).isEqualTo(expected);
  }

  @Test
  void growthStreaksAndTotalsMatchTheStreakFileForEveryTickerObservedSince2000() {
    CsvTable streaks = CsvTable.read(SharedData.require("data/sp500-universe-2021/dividend_growth_streaks_2000_2020.csv"));
    IncomeEstimator estimator = new IncomeEstimator(PROVENANCE_RULE, 5, 5);
    LocalDate endOf2020 = LocalDate.of(2020, 12, 31);
    int compared = 0;
    for (CsvTable.Row row : streaks.rows()) {
      AssetId ticker = AssetId.of(streaks.cell(row, 0));
      if (!streaks.cell(row, streaks.column("first_full_year_observed")).equals("2000") || !histories.containsKey(ticker)) {
        continue;
      }
      IncomeEstimate estimate = estimator.estimate(histories.get(ticker), null, endOf2020);
      AnnualDistribution last = estimate.annualTotals().get(estimate.annualTotals().size() - 1);
      assertThat(last.year()).isEqualTo(2020);
      assertThat(last.total()).as(ticker + " 2020 total")
          .isCloseTo(streaks.number(row, streaks.column("regular_dividends_2020_split_adjusted")), within(1e-4));
      assertThat(estimate.yearsWithoutCut()).as(ticker + " years without cut")
          .isEqualTo((int) streaks.number(row, streaks.column("consecutive_years_without_cut_to_2020")));
      assertThat(estimate.consecutiveIncreases()).as(ticker + " increases")
          .isEqualTo((int) streaks.number(row, streaks.column("consecutive_annual_increases_to_2020")));
      compared++;
    }
    assertThat(compared).isGreaterThan(300);
  }

  @Test
  void theStandardRuleGivesTheKnownStreaks() {
    // PROVENANCE "Streaks": KO, JNJ, PG, PEP, MMM, XOM, CVX, IBM, TGT, WMT, LOW, O, ED raised every year 2001–2020
    // (censored at 20); GE, WFC, SPG show a cut. KO 2020: 4 × 0.41 = 1.64.
    IncomeEstimator estimator = IncomeEstimator.standard();
    for (String name : List.of("KO", "JNJ", "PG", "PEP", "MMM", "XOM", "CVX", "IBM", "TGT", "WMT", "LOW", "O", "ED")) {
      IncomeEstimate estimate = estimator.estimate(histories.get(AssetId.of(name)), null, LocalDate.of(2020, 12, 31));
      assertThat(estimate.consecutiveIncreases()).as(name).isEqualTo(20);
    }
    for (String name : List.of("GE", "WFC", "SPG")) {
      IncomeEstimate estimate = estimator.estimate(histories.get(AssetId.of(name)), null, LocalDate.of(2020, 12, 31));
      assertThat(estimate.cuts()).as(name).isPositive();
    }
    IncomeEstimate ko = estimator.estimate(histories.get(AssetId.of("KO")), null, DATA_END);
    assertThat(ko.annualTotals().get(ko.annualTotals().size() - 1).total()).isCloseTo(1.64, within(1e-9));
    assertThat(ko.paymentsPerYear()).isEqualTo(4);
  }
}
