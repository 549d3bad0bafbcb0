package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row one cell short or long is refused with its line number, in every CsvTable reader. */
class CsvRowWidthTest {

  @TempDir Path dir;

  private void refusesShortAndLong(String name, String header, String good, String shortRow, String longRow,
      Consumer<Path> reader) throws IOException {
    for (String bad : new String[] {shortRow, longRow}) {
      Path file = dir.resolve(name);
      // Line 1 header, line 2 good row, line 3 the bad row, then a blank trailing line.
      Files.writeString(file, header + "\n" + good + "\n" + bad + "\n\n");
      int expected = header.split(",", -1).length;
      int found = bad.split(",", -1).length;
      assertThatThrownBy(() -> reader.accept(file))
          .isInstanceOf(InputException.class)
          .hasMessageContaining(name)
          .hasMessageContaining("3")
          .hasMessageContaining("the row has " + found + " cells, the header has " + expected);
    }
  }

  @Test
  void annualReturns() throws IOException {
    refusesShortAndLong("annual.csv", "Year,Stocks,Bonds", "2000,0.1,0.05", "2001,0.1", "2001,0.1,0.05,0.2",
        AnnualReturnsCsv::read);
  }

  @Test
  void longPrices() throws IOException {
    refusesShortAndLong("yahoo.csv", "Date,Open,High,Low,Close,Adj Close,Volume",
        "2020-01-02,1,1,1,1,1,100", "2020-01-03,1,1,1,1,1", "2020-01-03,1,1,1,1,1,100,7", PriceCsv::read);
  }

  @Test
  void widePrices() throws IOException {
    refusesShortAndLong("wide.csv", "Date,AAA,BBB", "2020-01-02,1,2", "2020-01-03,1", "2020-01-03,1,2,3",
        WidePriceCsv::read);
  }

  @Test
  void dividends() throws IOException {
    refusesShortAndLong("div.csv", "ticker,ex_date,dividend,close", "A,2012-03-30,0.1,44.51",
        "A,2012-06-29,0.1", "A,2012-06-29,0.1,39.24,1", DividendCsv::read);
  }

  @Test
  void splits() throws IOException {
    refusesShortAndLong("splits.csv", "ticker,date,split_coefficient", "AAPL,2014-06-09,7",
        "AAPL,2020-08-31", "AAPL,2020-08-31,4,1", SplitCsv::read);
  }

  @Test
  void marketFileOfEachKind() throws IOException {
    // MarketFile.load tells the kind from the header, then reads the rows: the width is checked first.
    refusesShortAndLong("m-annual.csv", "year,stocks", "2000,0.1", "2001", "2001,0.1,0.2", MarketFile::load);
    refusesShortAndLong("m-splits.csv", "ticker,date,split_coefficient", "A,2014-06-09,7", "A,2020-08-31",
        "A,2020-08-31,4,1", MarketFile::load);
    refusesShortAndLong("m-wide.csv", "date,AAA,BBB", "2020-01-02,1,2", "2020-01-03,1", "2020-01-03,1,2,3",
        MarketFile::load);
    refusesShortAndLong("m-div.csv", "date,dividend", "2020-03-13,0.5", "2020-06-12", "2020-06-12,0.5,0.1",
        MarketFile::load);
  }

  @Test
  void priceHistoryNamedByAPlanFile() throws IOException {
    // The plan's priceHistory is read by AssetHistory through PriceCsv; the error keeps the history
    // file's own line and says which plan field named it.
    refusesShortAndLong("DIV.csv", "Date,Close,Adj Close", "2024-12-31,100,100", "2025-01-31,101",
        "2025-01-31,101,101,7", file -> AssetHistory.read(io.perennial.basics.AssetId.of("DIV"), file, null,
            java.time.LocalDate.of(2026, 1, 2), "universe[0]"));
    Path file = dir.resolve("DIV.csv");
    assertThatThrownBy(() -> AssetHistory.read(io.perennial.basics.AssetId.of("DIV"), file, null,
        java.time.LocalDate.of(2026, 1, 2), "universe[0]"))
        .hasMessageContaining("the file named by universe[0].priceHistory");
  }

  @Test
  void dividendHistoryNamedByAPlanFile() throws IOException {
    refusesShortAndLong("DIV-dividends.csv", "date,dividend", "2025-03-14,0.50", "2025-06-13",
        "2025-06-13,0.50,1", file -> AssetHistory.read(io.perennial.basics.AssetId.of("DIV"), null, file,
            java.time.LocalDate.of(2026, 1, 2), "universe[0]"));
  }

  @Test
  void aMissingColumnNamesTheHeadersRealLine() throws IOException {
    // Two blank lines, then the header on line 3.
    Path file = dir.resolve("late.csv");
    Files.writeString(file, "\n\nticker,when,split_coefficient\nA,2020-08-31,4\n");
    assertThatThrownBy(() -> SplitCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("late.csv line 3")
        .hasMessageContaining("no column named date or ex_date or effective_date");
  }

  @Test
  void aDecimalCommaIsNamedInTheHint() throws IOException {
    Path file = dir.resolve("comma.csv");
    Files.writeString(file, "Date,AAA,BBB\n2020-01-02,1,2\n2020-01-03,3,65,2\n");
    assertThatThrownBy(() -> WidePriceCsv.read(file))
        .hasMessageContaining("3")
        .hasMessageContaining("decimal comma");
  }

  @Test
  void strictNumbers() {
    for (String bad : new String[] {"10.2f", "0x1.4p3", "0x10", "Infinity", "1e308", "1.0000000000000000000000000000001"}) {
      assertThat(CsvTable.decimalProblem(bad)).as(bad).isNotNull();
    }
    for (String good : new String[] {"0.0123", "-12.5", "1e-3", "+3", ".5", "0", "123456789012345678901234567890"}) {
      assertThat(CsvTable.decimalProblem(good)).as(good).isNull();
    }
    assertThat(CsvTable.clip("x".repeat(100))).hasSize(41).endsWith("…");
  }

  /** An unclosed quote runs to the end of the file; the message names the line after the last whole row. */
  @Test
  void anUnclosedQuoteNamesTheLineItStartsFrom() throws IOException {
    Path file = dir.resolve("wide.csv");
    Files.writeString(file, "date,A,B\n2020-01-02,10,20\n2020-01-03,\"10.5,20.1\n2020-01-06,10.2,20.5\n");

    assertThatThrownBy(() -> WidePriceCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("wide.csv line 3")
        .hasMessageContaining("never closed");
  }
}
