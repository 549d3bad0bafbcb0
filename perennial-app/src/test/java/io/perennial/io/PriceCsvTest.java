package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.SplitEvent;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCsvTest {

  @TempDir Path dir;

  @Test
  void readsYahooLayoutAsItIs() {
    PriceCsv.PriceFile file = PriceCsv.read(SharedData.require("data/income-etfs-2016-2021/daily/SPY.csv"));
    // PROVENANCE / files.csv: SPY 2016-04-28 … 2021-04-27, 1,258 rows; first row Close 207.4499969482422, Adj Close 188.70506286621094.
    assertThat(file.layout()).isEqualTo(PriceCsv.Layout.CLOSE_ADJ_CLOSE);
    assertThat(file.prices().ticker()).isEqualTo(AssetId.of("SPY"));
    assertThat(file.prices().size()).isEqualTo(1258);
    assertThat(file.prices().firstDate()).isEqualTo(LocalDate.of(2016, 4, 28));
    assertThat(file.prices().lastDate()).isEqualTo(LocalDate.of(2021, 4, 27));
    assertThat(file.prices().close(0)).isEqualTo(207.4499969482422);
    assertThat(file.prices().adjustedClose(0)).isEqualTo(188.70506286621094);
    assertThat(file.dividends()).isEmpty();
  }

  @Test
  void everyIncomeEtfFileLoadsAndEmptyRowsBeforeAListingAreSkipped() throws IOException {
    Path folder = SharedData.require("data/income-etfs-2016-2021/daily");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      assertThat(csvs).hasSize(71);
      for (Path csv : csvs) {
        PriceCsv.PriceFile file = PriceCsv.read(csv);
        // files.csv: 1,258 trading days per fund, DIVO 1,097 (from its launch 2016-12-15).
        int expected = csv.getFileName().toString().equals("DIVO.csv") ? 1097 : 1258;
        assertThat(file.prices().size()).as(csv.toString()).isEqualTo(expected);
        assertThat(file.skippedEmptyRows()).as(csv.toString()).isEqualTo(1258 - expected);
      }
    }
    assertThat(PriceCsv.read(folder.resolve("DIVO.csv")).prices().firstDate()).isEqualTo(LocalDate.of(2016, 12, 15));
  }

  @Test
  void readsAlphaVantageLayoutRestatingClosesAndDividendsInTodaysShares() {
    PriceCsv.PriceFile file = PriceCsv.read(SharedData.require("data/sp500-universe-2021/raw_daily/AAPL.csv"));
    assertThat(file.layout()).isEqualTo(PriceCsv.Layout.ALPHA_VANTAGE);
    // AAPL splits (splits.csv): 2000-06-21 ×2, 2005-02-28 ×2, 2014-06-09 ×7 (the vendor writes
    // 7.00000700001), 2020-08-31 ×4 → 112 in all.
    assertThat(file.splits().stream().mapToDouble(SplitEvent::ratio).toArray())
        .containsExactly(new double[] {2.0, 2.0, 7.0, 4.0}, within(1e-5));
    // First row 1999-11-01 raw close 77.62 → 77.62 / 112 in today's shares.
    assertThat(file.prices().close(0)).isCloseTo(77.62 / 112, within(1e-6));
    assertThat(file.prices().adjustedClose(0)).isEqualTo(0.596878742448);
    // Last row 2021-04-21: close 133.5 (no later split).
    assertThat(file.prices().close(file.prices().size() - 1)).isEqualTo(133.5);
    DividendHistory dividends = file.dividends().orElseThrow();
    // Ex 2020-08-07: 0.82 per pre-split share = 0.205 per share after the 4-for-1 split of 2020-08-31,
    // Apple's published post-split quarterly dividend.
    DividendEvent august = dividends.events().stream()
        .filter(e -> e.exDate().equals(LocalDate.of(2020, 8, 7))).findFirst().orElseThrow();
    assertThat(august.amount()).isCloseTo(0.205, within(1e-12));
    assertThat(dividends.observedFrom()).isEqualTo(LocalDate.of(1999, 11, 1));
    assertThat(dividends.observedTo()).isEqualTo(LocalDate.of(2021, 4, 21));
  }

  @Test
  void everyRawDailyFileLoads() throws IOException {
    Path folder = SharedData.require("data/sp500-universe-2021/raw_daily");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> csvs = files.filter(p -> p.toString().endsWith(".csv")).toList();
      assertThat(csvs).hasSize(30);
      for (Path csv : csvs) {
        PriceCsv.PriceFile file = PriceCsv.read(csv);
        assertThat(file.prices().size()).as(csv.toString()).isGreaterThan(1000);
        assertThat(file.dividends()).as(csv.toString()).isPresent();
      }
    }
  }

  @Test
  void readsAMinimalFileWithoutAdjustedClose() throws IOException {
    Path file = write("KO.csv", "Date,Close\n2021-01-04,52.76\n2021-01-05,52.38\n");
    PriceCsv.PriceFile read = PriceCsv.read(file);
    assertThat(read.prices().ticker()).isEqualTo(AssetId.of("KO"));
    assertThat(read.prices().adjustedClose(1)).isEqualTo(52.38);
  }

  @Test
  void refusesADuplicateDateNamingBothLines() throws IOException {
    Path file = write("KO.csv", "Date,Close,Adj Close\n2021-01-04,52.76,50\n2021-01-05,52.38,50\n2021-01-05,52.40,50\n");
    assertThatThrownBy(() -> PriceCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("KO.csv line 4, column Date")
        .hasMessageContaining("date 2021-01-05 appears twice (also on line 3)")
        .hasMessageContaining("Fix: keep one row per date");
  }

  @Test
  void refusesDatesOutOfOrder() throws IOException {
    Path file = write("KO.csv", "Date,Close,Adj Close\n2021-01-04,52.76,50\n2021-01-06,52.38,50\n2021-01-05,52.40,50\n");
    assertThatThrownBy(() -> PriceCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("2021-01-05 comes after 2021-01-06")
        .hasMessageContaining("sort the rows by date");
  }

  @Test
  void refusesTextNonPositiveAndMissingPrices() throws IOException {
    Path text = write("A.csv", "Date,Close,Adj Close\n2021-01-04,52.76,50\n2021-01-05,n/a!,50\n");
    assertThatThrownBy(() -> PriceCsv.read(text)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 3, column Close").hasMessageContaining("'n/a!' is not a number");
    Path zero = write("B.csv", "Date,Close,Adj Close\n2021-01-04,52.76,0\n");
    assertThatThrownBy(() -> PriceCsv.read(zero)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 2, column Adj Close").hasMessageContaining("not above zero");
    Path missing = write("C.csv", "Date,Close,Adj Close\n2021-01-04,,50\n");
    assertThatThrownBy(() -> PriceCsv.read(missing)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 2, column Close").hasMessageContaining("the price is missing");
    Path badDate = write("D.csv", "Date,Close\n2021-02-30,5\n");
    assertThatThrownBy(() -> PriceCsv.read(badDate)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 2, column Date").hasMessageContaining("not a calendar date");
  }

  @Test
  void refusesAMillionFoldJumpAsATypo() throws IOException {
    Path file = write("A.csv", "Date,Close,Adj Close\n2021-01-04,52.76,50\n2021-01-05,52760000000,50\n");
    assertThatThrownBy(() -> PriceCsv.read(file)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 3, column Close").hasMessageContaining("the price jumps from 52.7600 (line 2)")
        .hasMessageContaining("typo");
  }

  @Test
  void refusesAMissingColumnListingTheHeader() throws IOException {
    Path file = write("A.csv", "Date,Open\n2021-01-04,52.76\n");
    assertThatThrownBy(() -> PriceCsv.read(file)).isInstanceOf(InputException.class)
        .hasMessageContaining("A.csv line 1").hasMessageContaining("no column named Close")
        .hasMessageContaining("the header has: Date, Open");
  }

  @Test
  void refusesAMissingFile() {
    assertThatThrownBy(() -> PriceCsv.read(dir.resolve("nowhere.csv"))).isInstanceOf(InputException.class)
        .hasMessageContaining("nowhere.csv").hasMessageContaining("file not found");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
