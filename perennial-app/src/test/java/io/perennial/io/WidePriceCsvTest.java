package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.basics.AssetId;
import io.perennial.market.PriceTable;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WidePriceCsvTest {

  @TempDir Path dir;

  @Test
  void readsTheSp500UniverseAsItIs() {
    PriceTable table = WidePriceCsv.read(SharedData.require("data/sp500-universe-2021/adjusted_close_daily_wide.csv"));
    // PROVENANCE: 5,402 trading days 1999-11-01 … 2021-04-21, 504 tickers; empty before a ticker's first day.
    assertThat(table.size()).isEqualTo(5402);
    assertThat(table.width()).isEqualTo(504);
    assertThat(table.dates().get(0)).isEqualTo(LocalDate.of(1999, 11, 1));
    assertThat(table.dates().get(5401)).isEqualTo(LocalDate.of(2021, 4, 21));
    assertThat(table.column(AssetId.of("AAPL"))[0]).isEqualTo(0.596879);
    assertThat(table.column(AssetId.of("ABBV"))[0]).isNaN();
  }

  @Test
  void readsPyPortfolioOptsStockPrices() {
    PriceTable table = WidePriceCsv.read(SharedData.require("validation/pypfopt/stock_prices.csv"));
    // README: 20 stocks, 1989-12-29 …, 7,126 rows.
    assertThat(table.size()).isEqualTo(7126);
    assertThat(table.width()).isEqualTo(20);
    assertThat(table.tickers().get(0)).isEqualTo(AssetId.of("GOOG"));
    assertThat(table.column(AssetId.of("AAPL"))[0]).isEqualTo(0.117203);
  }

  @Test
  void emptyCellsAreMissingPrices() throws IOException {
    PriceTable table = WidePriceCsv.read(write("date,A,B\n2021-01-04,10,\n2021-01-05,11,20\n"));
    assertThat(table.column(AssetId.of("B"))[0]).isNaN();
    assertThat(table.column(AssetId.of("B"))[1]).isEqualTo(20.0);
  }

  @Test
  void refusesBadCellsNamingLineAndTicker() throws IOException {
    assertThatThrownBy(() -> WidePriceCsv.read(write("date,A,B\n2021-01-04,10,abc\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 2, column B").hasMessageContaining("'abc' is not a number");
    assertThatThrownBy(() -> WidePriceCsv.read(write("date,A,B\n2021-01-04,10,-3\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 2, column B").hasMessageContaining("not above zero");
    assertThatThrownBy(() -> WidePriceCsv.read(write("date,A,A\n2021-01-04,10,3\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 1, column A").hasMessageContaining("appears twice");
    assertThatThrownBy(() -> WidePriceCsv.read(write("date,A\n2021-01-04,10\n2021-01-04,11\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 3").hasMessageContaining("appears twice");
    assertThatThrownBy(() -> WidePriceCsv.read(write("date,A,B\n2021-01-04,10,3\n2021-01-05,10,\n2021-01-06,10,0.000000001\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 4, column B").hasMessageContaining("jumps from 3.00000 (line 2)");
    assertThatThrownBy(() -> WidePriceCsv.read(write("date,A\n2021-01-04,10,5\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("line 2").hasMessageContaining("3 cells");
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("wide.csv");
    Files.writeString(file, content);
    return file;
  }
}
