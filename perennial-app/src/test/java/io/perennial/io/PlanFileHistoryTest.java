package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.WithProblems;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.market.OwnEstimates;
import io.perennial.plan.ResolvedPlan;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assets whose figures come from their own price and dividend history files. */
class PlanFileHistoryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @TempDir Path dir;

  private static String plan(String assetFields) {
    return String.join("\n",
        "valuationDate: 2026-01-02",
        "profile: {annualSpending: 40000}",
        "accounts:",
        "  - {id: roth, type: tax-free, holdings: [{asset: DIV, quantity: 100}]}",
        "universe:",
        "  - id: DIV",
        "    class: us-dividend-stocks",
        assetFields,
        "prices: {DIV: 106.03}",
        "");
  }

  /**
   * Thirteen month-end prices from 100, returns alternately +2 % and −1 % (six of each), and four
   * quarterly dividends of 0.50 in 2025.
   *
   * <pre>
   * expected return = mean(r) × 12 = 0.005 × 12 = 0.06
   * volatility = sd(r) × √12: deviations ±0.015, sample variance 12 × 0.015² / 11 = 0.000245454…,
   *              × 12 = 0.00294545…, √ = 0.0542720…
   * last close = 100 × (1.02 × 0.99)⁶ = 100 × 1.0098⁶ = 106.0259563…
   * trailing yield on 2025-12-31 = 4 × 0.50 / 106.0259563 = 0.0188633…
   * </pre>
   */
  private void writeHistories() throws IOException {
    List<String> prices = new ArrayList<>(List.of("Date,Close,Adj Close"));
    double price = 100.0;
    LocalDate date = LocalDate.of(2024, 12, 31);
    prices.add(date + "," + price + "," + price);
    for (int month = 1; month <= 12; month++) {
      price *= month % 2 == 1 ? 1.02 : 0.99;
      date = LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1);
      prices.add(date + "," + price + "," + price);
    }
    Files.write(dir.resolve("DIV.csv"), prices);
    Files.write(dir.resolve("DIV-dividends.csv"),
        List.of("date,dividend", "2025-03-14,0.50", "2025-06-13,0.50", "2025-09-12,0.50", "2025-12-12,0.50"));
  }

  @Test
  void historyFilesGiveTheAssetItsOwnFigures() throws IOException {
    writeHistories();
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, plan("    priceHistory: DIV.csv\n    dividendHistory: DIV-dividends.csv"));
    WithProblems<PlanDocument> read = PlanFile.readWithNotes(file, BuiltInAssumptions.SET, TODAY);
    OwnEstimates own = read.value().market(BuiltInAssumptions.SET).candidate(AssetId.of("DIV")).orElseThrow().own();
    assertThat(own.expectedReturn().getAsDouble()).isCloseTo(0.06, within(1e-12));
    assertThat(own.volatility().getAsDouble()).isCloseTo(Math.sqrt(12 * 12 * 0.015 * 0.015 / 11), within(1e-12));
    assertThat(own.yield().getAsDouble()).isCloseTo(2.0 / (100 * Math.pow(1.0098, 6)), within(1e-9));
    // one year of distributions: no 5-year growth, so the class's growth is inherited
    assertThat(own.incomeGrowth()).isEmpty();
    assertThat(read.problems()).extracting(p -> p.message())
        .anySatisfy(m -> assertThat(m).contains("DIV: expected return 6.00 % and volatility 5.43 % from 12 monthly returns"))
        .anySatisfy(m -> assertThat(m).contains("comes from 1.0 years of prices only"));
    assertThat(read.problems().get(0).where()).contains("plan.yaml line 6, universe[0]");
  }

  @Test
  void figuresWrittenInThePlanWinOverHistory() throws IOException {
    writeHistories();
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, plan("    priceHistory: DIV.csv\n    dividendHistory: DIV-dividends.csv\n    yield: 0.031\n    volatility: 0.2"));
    OwnEstimates own = PlanFile.read(file, BuiltInAssumptions.SET, TODAY).market(BuiltInAssumptions.SET).candidate(AssetId.of("DIV")).orElseThrow().own();
    assertThat(own.yield()).hasValue(0.031);
    assertThat(own.volatility()).hasValue(0.2);
    assertThat(own.expectedReturn().getAsDouble()).isCloseTo(0.06, within(1e-12));
  }

  @Test
  void aMissingOrBrokenHistoryFileIsAnErrorWithItsLocation() throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, plan("    priceHistory: nothere.csv"));
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageContaining("plan.yaml line 8, universe[0].priceHistory")
        .hasMessageContaining("nothere.csv not found");
    Files.write(dir.resolve("DIV.csv"), List.of("Date,Close", "2025-01-31,100", "2025-02-28,abc"));
    Files.writeString(file, plan("    priceHistory: DIV.csv"));
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageContaining("DIV.csv line 3")
        .hasMessageContaining("the file named by");
  }

  @Test
  void aHistoryRowOfTheWrongWidthIsRefusedWithItsLine() throws IOException {
    Path file = dir.resolve("plan.yaml");
    // Header of 3 cells; line 3 has 2 (the Adj Close left out), so its numbers cannot be placed.
    Files.write(dir.resolve("DIV.csv"), List.of("Date,Close,Adj Close", "2025-01-31,100,100", "2025-02-28,101", "2025-03-31,102,102"));
    Files.writeString(file, plan("    priceHistory: DIV.csv"));
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageContaining("DIV.csv line 3")
        .hasMessageContaining("the row has 2 cells, the header has 3")
        .hasMessageContaining("universe[0].priceHistory");
    Files.write(dir.resolve("DIV-dividends.csv"), List.of("date,dividend", "2025-03-14,0.50", "2025-06-13,0.50,0.25"));
    Files.writeString(file, plan("    dividendHistory: DIV-dividends.csv"));
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageContaining("DIV-dividends.csv line 3")
        .hasMessageContaining("the row has 3 cells, the header has 2")
        .hasMessageContaining("universe[0].dividendHistory");
  }

  /**
   * Coca-Cola from the Alpha Vantage file of the S&amp;P 500 universe: the yield and the income
   * growth recomputed here from the file's own dividend column.
   */
  @Test
  void anAlphaVantageFileGivesYieldAndGrowth() throws IOException {
    Path ko = SharedData.require("data/sp500-universe-2021/raw_daily/KO.csv");
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, plan("    priceHistory: " + ko.toAbsolutePath()).replace("DIV", "KO"));
    OwnEstimates own = PlanFile.read(file, BuiltInAssumptions.SET, TODAY).market(BuiltInAssumptions.SET).candidate(AssetId.of("KO")).orElseThrow().own();

    CsvTable table = CsvTable.read(ko);
    int dateColumn = table.requireColumn("timestamp");
    int closeColumn = table.requireColumn("close");
    int dividendColumn = table.requireColumn("dividend_amount");
    TreeMap<LocalDate, double[]> rows = new TreeMap<>();
    for (CsvTable.Row row : table.rows()) {
      rows.put(LocalDate.parse(table.cell(row, dateColumn)),
          new double[] {table.number(row, closeColumn), table.number(row, dividendColumn)});
    }
    LocalDate last = rows.lastKey(); // 2021-04-21, before the valuation date
    double trailing = rows.subMap(last.minusYears(1), false, last, true).values().stream().mapToDouble(v -> v[1]).sum();
    assertThat(own.yield().getAsDouble()).isCloseTo(trailing / rows.get(last)[0], within(1e-9));
    // KO paid 4 × 0.41 = 1.64 in 2020 and 4 × 0.33 = 1.32 in 2015 (no split since 2012)
    double total2020 = rows.subMap(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)).values().stream().mapToDouble(v -> v[1]).sum();
    double total2015 = rows.subMap(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)).values().stream().mapToDouble(v -> v[1]).sum();
    assertThat(total2020).isCloseTo(1.64, within(1e-9));
    assertThat(own.incomeGrowth().getAsDouble()).isCloseTo(Math.pow(total2020 / total2015, 0.2) - 1, within(1e-9));
  }
}
