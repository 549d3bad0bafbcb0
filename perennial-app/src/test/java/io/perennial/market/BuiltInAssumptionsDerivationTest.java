package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AssetClass;
import io.perennial.io.AnnualReturnsCsv;
import io.perennial.io.CsvTable;
import io.perennial.testing.SharedData;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-derives every historical figure of the built-in assumptions from the data files in
 * {@code ../shared/data}, independently of the constants, and checks that the constants and the
 * tables of docs/assumptions.md agree with them. Skipped when the data are absent.
 */
class BuiltInAssumptionsDerivationTest {

  /** The inflation behind the nominal figures (docs/assumptions.md). */
  private static final double INFLATION = 0.025;
  /** Constants are rounded to four decimals: half a unit of the last place, plus float noise. */
  private static final Offset<Double> FOUR_DECIMALS = within(0.00005 + 1e-9);
  /** Correlations are rounded to two decimals. */
  private static final Offset<Double> TWO_DECIMALS = within(0.005 + 1e-9);
  private static final int COMMON_FROM = 1985;
  private static final int COMMON_TO = 2018;

  private static Map<String, Map<Integer, Double>> simba;
  private static Map<String, Map<Integer, Double>> damodaran;

  @BeforeAll
  static void load() {
    simba = readSimba(SharedData.require("data/simba/simba-2018.csv"));
    damodaran = new HashMap<>();
    var table = AnnualReturnsCsv.read(SharedData.require("data/damodaran/annual_returns.csv"));
    int[] years = table.years();
    for (String series : table.series()) {
      Map<Integer, Double> values = new TreeMap<>();
      double[] column = table.column(series);
      for (int i = 0; i < years.length; i++) {
        values.put(years[i], column[i]);
      }
      damodaran.put(series, values);
    }
  }

  /** Simba's CSV: row 1 names, row 2 fund symbols, then one row per year of returns in percent. */
  private static Map<String, Map<Integer, Double>> readSimba(Path file) {
    CsvTable table = CsvTable.read(file);
    Map<String, Map<Integer, Double>> columns = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String first = table.cell(row, 0);
      if (!first.matches("\\d{4}")) {
        continue; // the Symbol row
      }
      int year = Integer.parseInt(first);
      for (int c = 1; c < table.header().size(); c++) {
        double percent = table.number(row, c);
        if (!Double.isNaN(percent)) {
          columns.computeIfAbsent(table.header().get(c), k -> new TreeMap<>()).put(year, percent / 100.0);
        }
      }
    }
    return columns;
  }

  // ---- statistics, written out here so that the test does not share code with the engine

  private static double realMean(Map<Integer, Double> nominal, Map<Integer, Double> inflation, int from, int to) {
    double sum = 0;
    int n = 0;
    for (int year = from; year <= to; year++) {
      sum += (1 + nominal.get(year)) / (1 + inflation.get(year)) - 1;
      n++;
    }
    return sum / n;
  }

  private static double stdev(Map<Integer, Double> series, int from, int to) {
    double mean = 0;
    int n = to - from + 1;
    for (int year = from; year <= to; year++) {
      mean += series.get(year);
    }
    mean /= n;
    double squares = 0;
    for (int year = from; year <= to; year++) {
      double d = series.get(year) - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / (n - 1));
  }

  private static double correlation(Map<Integer, Double> a, Map<Integer, Double> b, int from, int to) {
    int n = to - from + 1;
    double meanA = 0;
    double meanB = 0;
    for (int year = from; year <= to; year++) {
      meanA += a.get(year);
      meanB += b.get(year);
    }
    meanA /= n;
    meanB /= n;
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int year = from; year <= to; year++) {
      ab += (a.get(year) - meanA) * (b.get(year) - meanB);
      aa += (a.get(year) - meanA) * (a.get(year) - meanA);
      bb += (b.get(year) - meanB) * (b.get(year) - meanB);
    }
    return ab / Math.sqrt(aa * bb);
  }

  private static double nominal(double real) {
    return (1 + real) * (1 + INFLATION) - 1;
  }

  private static int firstYear(Map<Integer, Double> series) {
    return ((TreeMap<Integer, Double>) series).firstKey();
  }

  // ---- the anchors and the classes with long series of their own

  private static double equityAnchor() {
    return realMean(damodaran.get("sp500_total_return"), damodaran.get("cpi_inflation"), 1928, 2025);
  }

  private static double bondAnchor() {
    return realMean(simba.get("ITT"), simba.get("Inflation"), 1928, 2018);
  }

  @Test
  void anchorsAndLongSeries() {
    // docs: equity anchor 8.61 %, bond anchor 2.15 %, cash 0.54 %, home prices 1.25 % (real means)
    assertThat(equityAnchor()).isCloseTo(0.0861, FOUR_DECIMALS);
    assertThat(bondAnchor()).isCloseTo(0.0215, FOUR_DECIMALS);
    double cash = realMean(simba.get("TBILL"), simba.get("Inflation"), 1928, 2018);
    assertThat(cash).isCloseTo(0.0054, FOUR_DECIMALS);
    double homes = realMean(damodaran.get("real_estate"), damodaran.get("cpi_inflation"), 1928, 2025);
    assertThat(homes).isCloseTo(0.0125, FOUR_DECIMALS);

    assertThat(BuiltInAssumptions.US_STOCKS.expectedReturn()).isCloseTo(nominal(equityAnchor()), FOUR_DECIMALS);
    assertThat(BuiltInAssumptions.INTERMEDIATE_TREASURIES.expectedReturn()).isCloseTo(nominal(bondAnchor()), FOUR_DECIMALS);
    assertThat(BuiltInAssumptions.CASH.expectedReturn()).isCloseTo(nominal(cash), FOUR_DECIMALS);
    assertThat(BuiltInAssumptions.RENTAL_REAL_ESTATE.expectedReturn()).isCloseTo(nominal(homes) + 0.045, FOUR_DECIMALS);
  }

  /** A class extended through its anchor: {series, comparator, first year stated in the docs, premium stated}. */
  private record Extended(AssetClass assetClass, String series, String comparator, int firstYear, double statedPremium) {}

  private static final List<Extended> EXTENDED = List.of(
      new Extended(AssetClass.US_DIVIDEND_STOCKS, "High Dividends", "LCB (500)", 1976, 0.0089),
      new Extended(AssetClass.US_DIVIDEND_GROWTH_STOCKS, "Dividend Growth", "LCB (500)", 1985, 0.0100),
      new Extended(AssetClass.INTL_DIVIDEND_STOCKS, "Int'l Value", "LCB (500)", 1970, -0.0004),
      new Extended(AssetClass.REITS, "REIT", "LCB (500)", 1970, 0.0099),
      new Extended(AssetClass.TIPS, "TIPS", "ITT", 1985, -0.0009),
      new Extended(AssetClass.CORPORATE_BONDS, "IT Corp.", "ITT", 1970, 0.0086),
      new Extended(AssetClass.MUNICIPAL_BONDS, "IT Munis", "ITT", 1978, -0.0151),
      new Extended(AssetClass.HIGH_YIELD_BONDS, "Hi-Yield Corp. Bd", "ITT", 1979, 0.0124));

  @Test
  void classesExtendedThroughTheirAnchor() {
    for (Extended extended : EXTENDED) {
      Map<Integer, Double> series = simba.get(extended.series());
      assertThat(firstYear(series)).as(extended.series()).isEqualTo(extended.firstYear());
      double premium = realMean(series, simba.get("Inflation"), extended.firstYear(), 2018)
          - realMean(simba.get(extended.comparator()), simba.get("Inflation"), extended.firstYear(), 2018);
      assertThat(premium).as("premium of " + extended.series()).isCloseTo(extended.statedPremium(), FOUR_DECIMALS);
      double anchor = extended.comparator().equals("ITT") ? bondAnchor() : equityAnchor();
      assertThat(BuiltInAssumptions.SET.of(extended.assetClass()).expectedReturn())
          .as("expected return of " + extended.assetClass().id())
          .isCloseTo(nominal(anchor + premium), FOUR_DECIMALS);
    }
  }

  /** The series behind each class's volatility and correlations, in AssetClass order. */
  private static Map<Integer, Double> series(AssetClass assetClass) {
    return switch (assetClass) {
      case US_STOCKS -> damodaran.get("sp500_total_return");
      case US_DIVIDEND_STOCKS -> simba.get("High Dividends");
      case US_DIVIDEND_GROWTH_STOCKS -> simba.get("Dividend Growth");
      case INTL_DIVIDEND_STOCKS -> simba.get("Int'l Value");
      case REITS -> simba.get("REIT");
      case INTERMEDIATE_TREASURIES -> simba.get("ITT");
      case TIPS -> simba.get("TIPS");
      case CORPORATE_BONDS -> simba.get("IT Corp.");
      case MUNICIPAL_BONDS -> simba.get("IT Munis");
      case HIGH_YIELD_BONDS -> simba.get("Hi-Yield Corp. Bd");
      case CASH -> simba.get("TBILL");
      case RENTAL_REAL_ESTATE -> damodaran.get("real_estate");
      case ROYALTIES -> simba.get("Energy");
    };
  }

  @Test
  void volatilitiesOverTheCommonWindow() {
    for (AssetClass assetClass : AssetClass.values()) {
      double sample = stdev(series(assetClass), COMMON_FROM, COMMON_TO);
      if (assetClass == AssetClass.RENTAL_REAL_ESTATE) {
        // judgement: REIT volatility × 0.6; the index itself is quoted in the docs as 5.59 %
        assertThat(sample).isCloseTo(0.0559, FOUR_DECIMALS);
        assertThat(BuiltInAssumptions.RENTAL_REAL_ESTATE.volatility())
            .isCloseTo(stdev(series(AssetClass.REITS), COMMON_FROM, COMMON_TO) * 0.6, FOUR_DECIMALS);
      } else {
        assertThat(BuiltInAssumptions.SET.of(assetClass).volatility()).as("volatility of " + assetClass.id())
            .isCloseTo(sample, FOUR_DECIMALS);
      }
    }
    // docs caveat: S&P 500 volatility 1928–2025 was 19.4 %
    assertThat(stdev(damodaran.get("sp500_total_return"), 1928, 2025)).isCloseTo(0.194, within(0.0005));
  }

  /**
   * The historical set 2026.2: each volatility over the window of its mean. Anchors over their own
   * long windows; a class extended through its anchor scales its own-window volatility by the
   * anchor's long-run volatility ÷ the comparator's over the class's window (the ratio analogue of
   * the premium added to the mean); rental = REIT × 0.6; royalties = Energy extended as an equity
   * class, with expected return = yield + growth + σ²/2.
   */
  @Test
  void historicalSetVolatilitiesOverTheWindowsOfTheirMeans() {
    double equity = stdev(damodaran.get("sp500_total_return"), 1928, 2025);
    double bond = stdev(simba.get("ITT"), 1928, 2018);
    CapitalMarketAssumptions set = HistoricalAssumptions.SET;
    assertThat(set.of(AssetClass.US_STOCKS).volatility()).isCloseTo(equity, FOUR_DECIMALS);
    assertThat(set.of(AssetClass.INTERMEDIATE_TREASURIES).volatility()).isCloseTo(bond, FOUR_DECIMALS);
    assertThat(set.of(AssetClass.CASH).volatility()).isCloseTo(stdev(simba.get("TBILL"), 1928, 2018), FOUR_DECIMALS);
    double reit = 0;
    for (Extended extended : EXTENDED) {
      int from = extended.firstYear();
      double own = stdev(simba.get(extended.series()), from, 2018);
      double comparator = stdev(simba.get(extended.comparator()), from, 2018);
      double anchor = extended.comparator().equals("ITT") ? bond : equity;
      double expected = own / comparator * anchor;
      if (extended.assetClass() == AssetClass.REITS) {
        reit = expected;
      }
      assertThat(set.of(extended.assetClass()).volatility()).as("volatility of " + extended.assetClass().id())
          .isCloseTo(expected, FOUR_DECIMALS);
      // means unchanged from 2026.1
      assertThat(set.of(extended.assetClass()).expectedReturn())
          .isEqualTo(BuiltInAssumptions.SET.of(extended.assetClass()).expectedReturn());
    }
    assertThat(set.of(AssetClass.RENTAL_REAL_ESTATE).volatility()).isCloseTo(reit * 0.6, FOUR_DECIMALS);
    double energy = stdev(simba.get("Energy"), 1985, 2018) / stdev(simba.get("LCB (500)"), 1985, 2018) * equity;
    ClassAssumptions royalties = set.of(AssetClass.ROYALTIES);
    assertThat(royalties.volatility()).isCloseTo(energy, FOUR_DECIMALS);
    assertThat(royalties.expectedReturn())
        .isCloseTo(0.07 - 0.02 + royalties.volatility() * royalties.volatility() / 2, within(1e-12));
    // the point of matching windows: the geometric return is the compound return history gave.
    // S&P 500 real compound growth 1928-2025, + 2.5 % inflation, against the set's geometric return
    double growth = 1;
    for (int year = 1928; year <= 2025; year++) {
      growth *= (1 + damodaran.get("sp500_total_return").get(year)) / (1 + damodaran.get("cpi_inflation").get(year));
    }
    double compound = (1 + Math.pow(growth, 1.0 / 98) - 1) * (1 + INFLATION) - 1;
    assertThat(set.of(AssetClass.US_STOCKS).geometricReturn()).isCloseTo(compound, within(0.002));
    assertThat(BuiltInAssumptions.SET.of(AssetClass.US_STOCKS).geometricReturn() - compound).isGreaterThan(0.004);
  }

  @Test
  void correlationsOverTheCommonWindow() {
    AssetClass[] classes = AssetClass.values();
    for (AssetClass a : classes) {
      for (AssetClass b : classes) {
        double sample = correlation(series(a), series(b), COMMON_FROM, COMMON_TO);
        assertThat(BuiltInAssumptions.CORRELATIONS.correlation(a, b)).as("correlation " + a.id() + "/" + b.id())
            .isCloseTo(sample, TWO_DECIMALS);
      }
    }
  }

  @Test
  void yieldsTakenFromTheData() {
    CsvTable rates = CsvTable.read(SharedData.require("data/damodaran/sp500_and_rates_raw.csv"));
    CsvTable.Row year2025 = rates.rows().stream().filter(r -> rates.cell(r, 0).equals("2025")).findFirst().orElseThrow();
    double dividends = rates.number(year2025, rates.requireColumn("dividends_per_share"));
    double level = rates.number(year2025, rates.requireColumn("sp500_level_year_end"));
    assertThat(dividends / level).isCloseTo(78.57 / 6845.5, within(1e-12));
    assertThat(BuiltInAssumptions.US_STOCKS.yield()).isCloseTo(dividends / level, FOUR_DECIMALS);

    CsvTable treasury = CsvTable.read(SharedData.require("data/treasury-10y/monthly.csv"));
    CsvTable.Row december = treasury.rows().stream().filter(r -> treasury.cell(r, 0).startsWith("2025-12")).findFirst().orElseThrow();
    assertThat(BuiltInAssumptions.INTERMEDIATE_TREASURIES.yield())
        .isCloseTo(treasury.number(december, treasury.requireColumn("Rate")) / 100.0, FOUR_DECIMALS);

    assertThat(BuiltInAssumptions.CASH.yield()).isCloseTo(damodaran.get("tbill_3m").get(2025), FOUR_DECIMALS);
  }

  @Test
  void stockIncomeGrowthFromShillersDividends() {
    CsvTable shiller = CsvTable.read(SharedData.require("data/shiller/data.csv"));
    int dividend = shiller.requireColumn("Dividend");
    int cpi = shiller.requireColumn("Consumer Price Index");
    double start = 0;
    double end = 0;
    for (CsvTable.Row row : shiller.rows()) {
      String date = shiller.cell(row, 0);
      if (date.startsWith("1928-01")) {
        start = shiller.number(row, dividend) / shiller.number(row, cpi);
      } else if (date.startsWith("2023-01")) {
        end = shiller.number(row, dividend) / shiller.number(row, cpi);
      }
    }
    double realGrowth = Math.pow(end / start, 1.0 / 95) - 1; // 95 years, Jan 1928 → Jan 2023
    assertThat(realGrowth).isCloseTo(0.0171, FOUR_DECIMALS); // docs: 1.71 %
    assertThat(BuiltInAssumptions.US_STOCKS.incomeGrowth()).isCloseTo(nominal(realGrowth), FOUR_DECIMALS);
    assertThat(BuiltInAssumptions.US_DIVIDEND_STOCKS.incomeGrowth()).isEqualTo(BuiltInAssumptions.US_STOCKS.incomeGrowth());
  }

  @Test
  void evidenceYieldsOfRepresentativeFunds() {
    // docs: trailing yields averaged over 2017–2020
    Map<String, Double> stated = Map.of("VYM", 0.0310, "SCHD", 0.0296, "SPY", 0.0178, "VIG", 0.0183, "IDV", 0.0527,
        "VNQ", 0.0407, "HYG", 0.0513);
    CsvTable distributions = CsvTable.read(SharedData.require("data/income-etfs-2016-2021/implied_distributions_derived.csv"));
    int ticker = distributions.requireColumn("ticker");
    int exDate = distributions.requireColumn("ex_date");
    int amount = distributions.requireColumn("implied_distribution_per_share");
    for (Map.Entry<String, Double> fund : stated.entrySet()) {
      Map<Integer, Double> paid = new HashMap<>();
      for (CsvTable.Row row : distributions.rows()) {
        if (distributions.cell(row, ticker).equals(fund.getKey())) {
          paid.merge(Integer.parseInt(distributions.cell(row, exDate).substring(0, 4)), distributions.number(row, amount), Double::sum);
        }
      }
      CsvTable daily = CsvTable.read(SharedData.require("data/income-etfs-2016-2021/daily/" + fund.getKey() + ".csv"));
      int close = daily.requireColumn("Close");
      Map<Integer, Double> lastClose = new HashMap<>();
      for (CsvTable.Row row : daily.rows()) {
        lastClose.put(Integer.parseInt(daily.cell(row, 0).substring(0, 4)), daily.number(row, close));
      }
      double sum = 0;
      for (int year = 2017; year <= 2020; year++) {
        sum += paid.getOrDefault(year, 0.0) / lastClose.get(year);
      }
      assertThat(sum / 4).as("trailing yield of " + fund.getKey()).isCloseTo(fund.getValue(), FOUR_DECIMALS);
    }
  }
}
