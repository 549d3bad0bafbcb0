package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.io.CsvTable;
import io.perennial.io.DividendCsv;
import io.perennial.io.PriceCsv;
import io.perennial.io.SplitCsv;
import io.perennial.market.DividendHistory;
import io.perennial.market.ImpliedDistributions;
import io.perennial.market.PriceSeries;
import io.perennial.market.SplitEvent;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dividend-safety screen against what happened next, on the S&amp;P 500 universe (504 stocks,
 * 2000–2020) and the income ETFs (71 funds, 2017–2020): for every asset that paid in year Y − 1, its
 * score on 31 December of Y − 1 (nothing later read) beside whether year Y was a cut
 * ({@link DividendSafetyScreen#isCut}, the full history's regular payments). The figures are the
 * table of docs/checks.md: this test recomputes them and fails when the document disagrees.
 */
class DividendSafetyValidationTest {

  private static final LocalDate SP500_START = LocalDate.of(1999, 11, 1);
  private static final LocalDate SP500_END = LocalDate.of(2021, 4, 21);
  private static final DividendSafetyScreen SCREEN = DividendSafetyScreen.standard();

  /** One asset-year: the score on 31 December of Y − 1, whether it was flagged, whether Y was a cut. */
  record Outcome(int score, boolean flagged, boolean cut) {}

  @Test
  void theDocumentedTablesAreWhatTheDataShow() throws IOException {
    List<Outcome> sp500 = sp500();
    List<Outcome> etfs = etfs();
    String doc = Files.readString(SharedData.repositoryRoot().resolve("docs/checks.md"));
    List<String> rows = new ArrayList<>();
    rows.add(summary("S&P 500 stocks, 2001–2020", sp500));
    rows.add(summary("income ETFs, 2018–2020", etfs));
    for (int below = 20; below <= 80; below += 10) {
      rows.add(threshold(below, sp500));
    }
    assertThat(rows).allSatisfy(row -> assertThat(doc).as("docs/checks.md has the row").contains(row));
    // Worth reading: flagged stock-years are cut at least three times as often as stock-years in general,
    // and a lower score means more cuts.
    assertThat(share(sp500, Outcome::flagged)).isGreaterThan(3 * share(sp500, o -> true));
    assertThat(share(sp500, o -> o.score() < 30)).isGreaterThan(share(sp500, o -> o.score() < 50));
    assertThat(share(sp500, o -> o.score() < 50)).isGreaterThan(share(sp500, o -> o.score() < 70));
  }

  /** The docs/checks.md summary row: universe | asset-years | cuts | base rate | flagged | cuts preceded by a flag | flags not followed by a cut. */
  static String summary(String universe, List<Outcome> outcomes) {
    long cuts = outcomes.stream().filter(Outcome::cut).count();
    long flagged = outcomes.stream().filter(Outcome::flagged).count();
    long hits = outcomes.stream().filter(o -> o.flagged() && o.cut()).count();
    return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d of %d (%s) | %d of %d (%s) |", universe,
        outcomes.size(), cuts, percent(cuts, outcomes.size()), flagged, hits, cuts, percent(hits, cuts), flagged - hits,
        flagged, percent(flagged - hits, flagged));
  }

  /** A docs/checks.md threshold row: score below | stock-years | of them cut | share cut | share of all cuts. */
  static String threshold(int below, List<Outcome> outcomes) {
    long cuts = outcomes.stream().filter(Outcome::cut).count();
    long under = outcomes.stream().filter(o -> o.score() < below).count();
    long hits = outcomes.stream().filter(o -> o.score() < below && o.cut()).count();
    return String.format(Locale.ROOT, "| below %d | %d | %d | %s | %s |", below, under, hits, percent(hits, under),
        percent(hits, cuts));
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  /** The share of the outcomes matching {@code which} that were cuts. */
  private static double share(List<Outcome> outcomes, Predicate<Outcome> which) {
    List<Outcome> chosen = outcomes.stream().filter(which).toList();
    return (double) chosen.stream().filter(Outcome::cut).count() / chosen.size();
  }

  private static List<Outcome> sp500() {
    DividendCsv.DividendFile file = DividendCsv.read(SharedData.require("data/sp500-universe-2021/dividends.csv"));
    Map<AssetId, List<SplitEvent>> splits = SplitCsv.read(SharedData.require("data/sp500-universe-2021/splits.csv"));
    Map<AssetId, PriceSeries> prices = monthlyCloses(SharedData.require("data/sp500-universe-2021/monthly.csv"), splits);
    List<Outcome> outcomes = new ArrayList<>();
    for (DividendHistory raw : file.histories()) {
      DividendHistory history = raw.adjustedForSplits(splits.getOrDefault(raw.ticker(), List.of()))
          .observedOver(SP500_START, SP500_END);
      count(outcomes, history, prices.get(raw.ticker()), 2001, 2020);
    }
    return outcomes;
  }

  private static List<Outcome> etfs() throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    try (Stream<Path> files = Files.list(SharedData.require("data/income-etfs-2016-2021/daily"))) {
      for (Path path : files.sorted().toList()) {
        PriceSeries series = PriceCsv.read(path).prices();
        count(outcomes, ImpliedDistributions.of(series), series, 2018, 2020);
      }
    }
    return outcomes;
  }

  /** Adds the asset-years Y in [first, last] whose Y − 1 paid and whose Y is complete in the history. */
  private static void count(List<Outcome> outcomes, DividendHistory history, PriceSeries prices, int first, int last) {
    List<AnnualDistribution> years = AnnualDistribution.completeYears(
        SpecialDividends.classify(history, SCREEN.specials()).history().regular(), history, history.observedTo());
    Map<Integer, AnnualDistribution> byYear = new HashMap<>();
    years.forEach(y -> byYear.put(y.year(), y));
    for (int year = first; year <= last; year++) {
      AnnualDistribution before = byYear.get(year - 1);
      AnnualDistribution outcome = byYear.get(year);
      if (before == null || outcome == null || before.total() <= 0) {
        continue;
      }
      DividendSafety safety = SCREEN.score(history, prices, LocalDate.of(year - 1, 12, 31));
      outcomes.add(new Outcome(safety.score(), safety.flagged(), DividendSafetyScreen.isCut(outcome, before)));
    }
  }

  /** Month-end closes of monthly.csv (raw), restated in today's shares. */
  private static Map<AssetId, PriceSeries> monthlyCloses(Path path, Map<AssetId, List<SplitEvent>> splits) {
    CsvTable table = CsvTable.read(path);
    int tickerColumn = table.column("ticker");
    int dateColumn = table.column("last_trading_date");
    int closeColumn = table.column("close");
    Map<String, List<LocalDate>> dates = new TreeMap<>();
    Map<String, List<Double>> closes = new TreeMap<>();
    for (CsvTable.Row row : table.rows()) {
      String ticker = table.cell(row, tickerColumn);
      dates.computeIfAbsent(ticker, t -> new ArrayList<>()).add(LocalDate.parse(table.cell(row, dateColumn)));
      closes.computeIfAbsent(ticker, t -> new ArrayList<>()).add(table.number(row, closeColumn));
    }
    Map<AssetId, PriceSeries> series = new HashMap<>();
    for (String ticker : dates.keySet()) {
      AssetId id = AssetId.of(ticker);
      series.put(id, PriceSeries.ofClose(id, dates.get(ticker), closes.get(ticker).stream().mapToDouble(Double::doubleValue).toArray())
          .restatedForSplits(splits.getOrDefault(id, List.of())));
    }
    return series;
  }
}
