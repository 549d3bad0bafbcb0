package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AssetClass;
import io.perennial.io.AnnualReturnsCsv;
import io.perennial.io.CsvTable;
import io.perennial.testing.SharedData;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-derives {@link InflationRisk} and {@link RateRisk} from the data files in {@code ../shared/data} (Simba's CPI-U
 * column and the classes' series of {@link BuiltInAssumptions#CORRELATIONS}, 1985–2018). The
 * statistics are written out here, apart from the engine's {@code HistoricalMoments}. Skipped when
 * the data are absent.
 */
class InflationRiskDerivationTest {

  private static final int FROM = 1985;
  private static final int TO = 2018;
  /** Volatility is rounded to four decimals, persistence and correlations to two. */
  private static final Offset<Double> FOUR_DECIMALS = within(0.00005 + 1e-9);
  private static final Offset<Double> TWO_DECIMALS = within(0.005 + 1e-9);

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

  private static Map<String, Map<Integer, Double>> readSimba(Path file) {
    CsvTable table = CsvTable.read(file);
    Map<String, Map<Integer, Double>> columns = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String first = table.cell(row, 0);
      if (!first.matches("\\d{4}")) {
        continue;
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

  private static double[] inflation() {
    double[] pi = new double[TO - FROM + 1];
    for (int y = FROM; y <= TO; y++) {
      pi[y - FROM] = simba.get("Inflation").get(y);
    }
    return pi;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  private static double persistence(double[] pi) {
    double m = mean(pi);
    double var = 0;
    double lag = 0;
    for (int i = 0; i < pi.length; i++) {
      var += (pi[i] - m) * (pi[i] - m);
      if (i > 0) {
        lag += (pi[i] - m) * (pi[i - 1] - m);
      }
    }
    return lag / var;
  }

  @Test
  void volatilityAndPersistenceOfCpiInflation1985To2018() {
    double[] pi = inflation();
    double m = mean(pi);
    double sq = 0;
    for (double v : pi) {
      sq += (v - m) * (v - m);
    }
    assertThat(m).isCloseTo(0.0261, FOUR_DECIMALS); // the docs' "mean 2.61 %"
    assertThat(InflationRisk.VOLATILITY).isCloseTo(Math.sqrt(sq / (pi.length - 1)), FOUR_DECIMALS);
    assertThat(InflationRisk.PERSISTENCE).isCloseTo(persistence(pi), TWO_DECIMALS);
  }

  @Test
  void billRateVolatilityAndPersistence1985To2018() {
    // RateRisk: a bill's yearly return is the bill rate; Simba TBILL (VUSXX) over the same window.
    double[] bill = new double[TO - FROM + 1];
    for (int y = FROM; y <= TO; y++) {
      bill[y - FROM] = simba.get("TBILL").get(y);
    }
    double m = mean(bill);
    double sq = 0;
    for (double v : bill) {
      sq += (v - m) * (v - m);
    }
    assertThat(RateRisk.VOLATILITY).isCloseTo(Math.sqrt(sq / (bill.length - 1)), FOUR_DECIMALS);
    assertThat(RateRisk.PERSISTENCE).isCloseTo(persistence(bill), TWO_DECIMALS);
    double[] change = new double[bill.length - 1];
    for (int i = 1; i < bill.length; i++) {
      change[i - 1] = bill[i] - bill[i - 1];
    }
    double mc = mean(change);
    double sc = 0;
    for (double v : change) {
      sc += (v - mc) * (v - mc);
    }
    assertThat(Math.sqrt(sc / (change.length - 1))).isCloseTo(0.0123, FOUR_DECIMALS); // the docs' yearly changes
  }

  /** The class's series, as in BuiltInAssumptionsDerivationTest (the series of the correlations). */
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
  void correlationOfTheInflationInnovationWithEachClass() {
    double[] pi = inflation();
    double m = mean(pi);
    double phi = persistence(pi);
    int n = pi.length - 1; // innovations 1986…2018
    double[] innovation = new double[n];
    for (int i = 1; i < pi.length; i++) {
      innovation[i - 1] = pi[i] - m - phi * (pi[i - 1] - m);
    }
    for (AssetClass assetClass : AssetClass.values()) {
      Map<Integer, Double> returns = series(assetClass);
      double[] logs = new double[n];
      for (int y = FROM + 1; y <= TO; y++) {
        double gross = 1 + returns.get(y);
        // TIPS: the real return, because the projection adds the year's inflation to it
        logs[y - FROM - 1] = InflationRisk.inflationLinked(assetClass)
            ? Math.log(gross / (1 + simba.get("Inflation").get(y))) : Math.log(gross);
      }
      assertThat(InflationRisk.correlation(assetClass)).as("inflation correlation of " + assetClass.id())
          .isCloseTo(correlation(innovation, logs), TWO_DECIMALS);
    }
    // docs: the nominal TIPS return's correlation is 0.23, nominal Treasuries' −0.10
    double[] nominalTips = new double[n];
    for (int y = FROM + 1; y <= TO; y++) {
      nominalTips[y - FROM - 1] = Math.log1p(simba.get("TIPS").get(y));
    }
    assertThat(correlation(innovation, nominalTips)).isCloseTo(0.23, TWO_DECIMALS);
  }

  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
