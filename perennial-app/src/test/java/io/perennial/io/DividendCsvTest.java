package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import io.perennial.market.ImpliedDistributions;
import io.perennial.market.SplitEvent;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DividendCsvTest {

  @TempDir Path dir;

  @Test
  void readsTheSp500DividendsAsTheyAre() {
    DividendCsv.DividendFile file = DividendCsv.read(SharedData.require("data/sp500-universe-2021/dividends.csv"));
    // PROVENANCE: 27,729 non-zero dividend events.
    assertThat(file.histories().stream().mapToInt(h -> h.events().size()).sum()).isEqualTo(27729);
    DividendHistory a = file.histories().stream().filter(h -> h.ticker().equals(AssetId.of("A"))).findFirst().orElseThrow();
    // First rows: A,2012-03-30,0.1,44.51 and A,2012-06-29,0.1,39.24.
    assertThat(a.events().get(0)).isEqualTo(DividendEvent.regular(LocalDate.of(2012, 3, 30), 0.1));
    assertThat(file.exDateCloses().get(AssetId.of("A")).close(1)).isEqualTo(39.24);
    // Observed up to the last ex-date of the whole file.
    assertThat(a.observedTo()).isEqualTo(file.histories().stream().map(DividendHistory::observedTo).max(LocalDate::compareTo).orElseThrow());
  }

  @Test
  void readsTheDerivedEtfDistributions() {
    DividendCsv.DividendFile file = DividendCsv.read(SharedData.require("data/income-etfs-2016-2021/implied_distributions_derived.csv"));
    // PROVENANCE: 2,738 events; SPY 2020: 1.406, 1.366, 1.339, 1.580 (ex 03-20, 06-19, 09-18, 12-18).
    assertThat(file.histories().stream().mapToInt(h -> h.events().size()).sum()).isEqualTo(2738);
    DividendHistory spy = file.histories().stream().filter(h -> h.ticker().equals(AssetId.of("SPY"))).findFirst().orElseThrow();
    assertThat(spy.events().stream().filter(e -> e.exDate().getYear() == 2020).map(DividendEvent::amount))
        .containsExactly(1.406, 1.366, 1.339, 1.58);
  }

  @Test
  void impliedDistributionsFromYahooPricesReproduceTheDerivedFile() throws IOException {
    // A second computation of the same quantity: the derived file was made by another program from
    // the same Yahoo files (prev_close × (1 − ratio step), rounded to 4 decimals).
    DividendCsv.DividendFile derived = DividendCsv.read(SharedData.require("data/income-etfs-2016-2021/implied_distributions_derived.csv"));
    Map<AssetId, DividendHistory> expected = new HashMap<>();
    derived.histories().forEach(h -> expected.put(h.ticker(), h));
    Path folder = SharedData.require("data/income-etfs-2016-2021/daily");
    int compared = 0;
    try (var files = Files.list(folder)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        PriceCsv.PriceFile prices = PriceCsv.read(csv);
        AssetId ticker = prices.prices().ticker().value().equals("IDX_GSPC") ? AssetId.of("^GSPC") : prices.prices().ticker();
        List<DividendEvent> implied = ImpliedDistributions.of(prices.prices()).events();
        List<DividendEvent> reference = expected.containsKey(ticker) ? expected.get(ticker).events() : List.of();
        assertThat(implied).as(ticker.value()).hasSameSizeAs(reference);
        for (int i = 0; i < implied.size(); i++) {
          assertThat(implied.get(i).exDate()).as(ticker.value()).isEqualTo(reference.get(i).exDate());
          assertThat(implied.get(i).amount()).as(ticker + " " + implied.get(i).exDate())
              .isCloseTo(reference.get(i).amount(), within(5.0001e-5));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(2738);
  }

  @Test
  void readsASingleTickerFile() throws IOException {
    Path file = write("SCHD.csv", "date,dividend\n2020-03-25,0.5\n2020-06-24,0.55\n");
    DividendHistory history = DividendCsv.read(file).histories().get(0);
    assertThat(history.ticker()).isEqualTo(AssetId.of("SCHD"));
    assertThat(history.events()).extracting(DividendEvent::amount).containsExactly(0.5, 0.55);
  }

  @Test
  void readsTheSpecialColumn() throws IOException {
    Path file = write("d.csv", "ticker,ex_date,amount,special\nCOST,2020-11-05,0.70,\nCOST,2020-12-01,10.0,true\n");
    DividendHistory history = DividendCsv.read(file).histories().get(0);
    assertThat(history.events()).extracting(DividendEvent::special).containsExactly(false, true);
  }

  @Test
  void refusesDuplicatesDisorderAndBadAmounts() throws IOException {
    assertThatThrownBy(() -> DividendCsv.read(write("d.csv", "ticker,ex_date,dividend_amount\nKO,2020-03-13,0.41\nKO,2020-03-13,0.41\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 3, column ex_date")
        .hasMessageContaining("ex-date 2020-03-13 appears twice for ticker KO (also on line 2)");
    assertThatThrownBy(() -> DividendCsv.read(write("d.csv", "ticker,ex_date,dividend_amount\nKO,2020-06-12,0.41\nPG,2020-01-01,0.7\nKO,2020-03-13,0.41\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 4").hasMessageContaining("out of order for ticker KO");
    assertThatThrownBy(() -> DividendCsv.read(write("d.csv", "ticker,ex_date,dividend_amount\nKO,2020-06-12,-0.41\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 2, column dividend_amount").hasMessageContaining("not above zero");
    assertThatThrownBy(() -> DividendCsv.read(write("d.csv", "ticker,ex_date,dividend_amount\nKO,2020-06-12,0.4l\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("'0.4l' is not a number");
  }

  @Test
  void readsTheSp500Splits() {
    Map<AssetId, List<SplitEvent>> splits = SplitCsv.read(SharedData.require("data/sp500-universe-2021/splits.csv"));
    // PROVENANCE: 473 split events, e.g. AAPL 2020-08-31 4.0.
    assertThat(splits.values().stream().mapToInt(List::size).sum()).isEqualTo(473);
    assertThat(splits.get(AssetId.of("AAPL"))).contains(new SplitEvent(LocalDate.of(2020, 8, 31), 4.0));
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
