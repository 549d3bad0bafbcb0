package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Re-derives every data-based constant of {@link ForwardAssumptions} from the files in
 * {@code ../shared/data}, reading them here with plain string splitting (no engine code), and
 * checks the constants. Skipped when the data are absent.
 */
class ForwardAssumptionsDerivationTest {

  private static final Offset<Double> FOUR_DECIMALS = within(0.00005 + 1e-9);
  private static final Offset<Double> TWO_DECIMALS = within(0.005 + 1e-9);

  private static List<String[]> csv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }

  private static int column(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no column " + name);
  }

  @Test
  void capeNowAndItsLongRunMean() throws IOException {
    List<String[]> rows = csv(SharedData.require("data/shiller/ie_data_tidy_2025-02.csv"));
    int month = column(rows.get(0), "month");
    int cape = column(rows.get(0), "cape");
    double sum = 0;
    int n = 0;
    String lastMonth = null;
    double last = Double.NaN;
    for (String[] row : rows.subList(1, rows.size())) {
      if (row[cape].isBlank()) {
        continue;
      }
      double value = Double.parseDouble(row[cape]);
      lastMonth = row[month];
      last = value;
      if (row[month].compareTo("1928-01") >= 0 && row[month].compareTo("2024-12") <= 0) {
        sum += value;
        n++;
      }
    }
    assertThat(lastMonth).isEqualTo("2025-02");
    assertThat(n).isEqualTo(97 * 12);
    assertThat(ForwardAssumptions.CAPE_NOW).isCloseTo(last, TWO_DECIMALS);
    assertThat(ForwardAssumptions.CAPE_MEAN).isCloseTo(sum / n, TWO_DECIMALS);
  }

  @Test
  void realEarningsGrowthPerShare() throws IOException {
    List<String[]> rows = csv(SharedData.require("data/shiller/ie_data_tidy_2025-02.csv"));
    int month = column(rows.get(0), "month");
    int earnings = column(rows.get(0), "real_earnings");
    double first = Double.NaN;
    double last = Double.NaN;
    String lastMonth = null;
    for (String[] row : rows.subList(1, rows.size())) {
      if (row[earnings].isBlank()) {
        continue;
      }
      if (row[month].equals("1928-01")) {
        first = Double.parseDouble(row[earnings]);
      }
      last = Double.parseDouble(row[earnings]);
      lastMonth = row[month];
    }
    double years = Integer.parseInt(lastMonth.substring(0, 4)) - 1928 + (Integer.parseInt(lastMonth.substring(5)) - 1) / 12.0;
    assertThat(lastMonth).isEqualTo("2024-09");
    assertThat(ForwardAssumptions.REAL_EARNINGS_GROWTH).isCloseTo(Math.pow(last / first, 1 / years) - 1, FOUR_DECIMALS);
  }

  @Test
  void treasuryYieldOfDecember2025() throws IOException {
    double yield = Double.NaN;
    for (String[] row : csv(SharedData.require("data/treasury-10y/monthly.csv"))) {
      if (row[0].equals("2025-12-01")) {
        yield = Double.parseDouble(row[1]) / 100;
      }
    }
    assertThat(ForwardAssumptions.TREASURY_10Y_YIELD).isCloseTo(yield, within(1e-12));
  }

  @Test
  void billRateDividendYieldAndTheLongRunRealBill() throws IOException {
    List<String[]> returns = csv(SharedData.require("data/damodaran/annual_returns.csv"));
    int year = column(returns.get(0), "year");
    int bill = column(returns.get(0), "tbill_3m");
    int cpi = column(returns.get(0), "cpi_inflation");
    int home = column(returns.get(0), "real_estate");
    double sum = 0;
    double growth = 1;
    int n = 0;
    double bill2025 = Double.NaN;
    for (String[] row : returns.subList(1, returns.size())) {
      double inflation = Double.parseDouble(row[cpi]);
      sum += (1 + Double.parseDouble(row[bill])) / (1 + inflation) - 1;
      growth *= (1 + Double.parseDouble(row[home])) / (1 + inflation);
      n++;
      if (row[year].equals("2025")) {
        bill2025 = Double.parseDouble(row[bill]);
      }
    }
    assertThat(n).isEqualTo(2025 - 1928 + 1);
    assertThat(ForwardAssumptions.LONG_RUN_REAL_BILL).isCloseTo(sum / n, FOUR_DECIMALS);
    // Today's bill rate is the end-2025 auction rate (a published figure, not in these files); the
    // file's 2025 figure is the year's average, which the docs quote as the rate it replaces.
    assertThat(bill2025).isCloseTo(0.0421, FOUR_DECIMALS);
    assertThat(ForwardAssumptions.BILL_RATE_NOW).isLessThan(bill2025);
    // rental real estate's real growth block: home prices' compound real growth 1928-2025
    assertThat(ForwardAssumptions.blocks(io.perennial.domain.AssetClass.RENTAL_REAL_ESTATE).realGrowth())
        .isCloseTo(Math.pow(growth, 1.0 / n) - 1, FOUR_DECIMALS);

    List<String[]> levels = csv(SharedData.require("data/damodaran/sp500_and_rates_raw.csv"));
    int level = column(levels.get(0), "sp500_level_year_end");
    int dividends = column(levels.get(0), "dividends_per_share");
    for (String[] row : levels) {
      if (row[0].equals("2025")) {
        assertThat(ForwardAssumptions.US_DIVIDEND_YIELD)
            .isCloseTo(Double.parseDouble(row[dividends]) / Double.parseDouble(row[level]), FOUR_DECIMALS);
      }
    }
  }
}
