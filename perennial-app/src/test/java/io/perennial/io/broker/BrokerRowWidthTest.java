package io.perennial.io.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row of a broker CSV one cell short or long is rejected with its line and both counts, in every
 * CSV reader, while the other rows still load and the known non-data lines (titles, totals,
 * disclaimers, the line-ending commas of Fidelity's positions) are left alone. Each case takes a
 * golden file of {@link BrokerGoldenTest} and breaks one line of it.
 */
class BrokerRowWidthTest {

  @TempDir Path dir;

  /** The golden file {@code name} with line {@code line} (1-based) replaced by {@code text}, read. */
  private BrokerFile readWith(String name, int line, String text) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(BrokerGoldenTest.resource(name)));
    lines.set(line - 1, text);
    Path file = dir.resolve(name); // the name carries the account of some formats
    Files.write(file, lines);
    return BrokerFiles.read(file, Optional.empty(), ReadOptions.none());
  }

  private static List<String> rejected(BrokerFile file) {
    return file.rejected().stream().map(r -> r.line() + " " + r.reason()).toList();
  }

  @Test
  void goldenFilesHaveNoWidthRejections() throws Exception {
    for (String name : List.of("fidelity-accounts-history.csv", "History_for_Account_X12345678.csv",
        "History_for_Account_Z11112222.csv", "fidelity-positions.csv", "schwab-transactions.csv", "schwab-positions.csv",
        "OfxDownload.csv", "generic.csv")) {
      BrokerFile read = BrokerFiles.read(BrokerGoldenTest.resource(name), Optional.empty(), ReadOptions.none());
      assertThat(rejected(read)).as(name).noneMatch(reason -> reason.contains("cells"));
    }
  }

  @Test
  void fidelityActivity() throws Exception {
    // Header: 13 cells. Line 3 (the advisory fee) with one of the five empty cells before Amount
    // dropped: 12 cells, so Amount would read the cash balance 1001.25.
    String line3 = "02/15/2024,FEE CHARGED ADVISORY FEE (Cash),,ADVISORY FEE,Cash,,,,,,-15.00,1001.25,";
    BrokerFile shortRow = readWith("History_for_Account_Z11112222.csv", 3, line3.replace("Cash,,,,,,", "Cash,,,,,"));
    assertThat(rejected(shortRow)).singleElement().asString()
        .startsWith("3 the row has 12 cells, the header (line 1) has 13; a cell is missing");
    assertThat(shortRow.transactions()).extracting(ImportedTransaction::line).containsExactlyInAnyOrder(2L, 4L);
    // An amount with an unquoted thousands comma: 14 cells.
    BrokerFile longRow = readWith("History_for_Account_Z11112222.csv", 3, line3.replace("-15.00", "-1,015.00"));
    assertThat(rejected(longRow)).singleElement().asString()
        .startsWith("3 the row has 14 cells, the header (line 1) has 13; quote a cell that contains a comma");
  }

  @Test
  void fidelityActivityRowsWithoutADate() throws Exception {
    // Before the first dated row, a row of three cells or more without a date is rejected for its date, not its width.
    BrokerFile before = readWith("History_for_Account_Z11112222.csv", 2, "Pending,FOO,BAR");
    assertThat(rejected(before)).containsExactly("2 'Pending' is not a date in the Run Date column");
    assertThat(before.transactions()).extracting(ImportedTransaction::line).containsExactlyInAnyOrder(3L, 4L);
    // After it (disclaimers, "Date downloaded") such rows are passed over.
    BrokerFile after = readWith("History_for_Account_Z11112222.csv", 4, "Pending,FOO,BAR");
    assertThat(rejected(after)).isEmpty();
    assertThat(after.transactions()).extracting(ImportedTransaction::line).containsExactlyInAnyOrder(2L, 3L);
  }

  @Test
  void fidelityPositions() throws Exception {
    // Header: 16 cells; the rows end with a comma, 17 cells, the last empty. Line 3 (BND) without
    // its Last Price Change: 16 cells.
    String line3 = "X12345678,Individual,BND,VANGUARD TOTAL BOND MARKET ETF,60.298,$72.80,+$0.10,$4389.69,+$6.03,+0.14%,"
        + "+$18.19,+0.42%,21.18%,$4371.50,$72.50,Cash,";
    BrokerFile shortRow = readWith("fidelity-positions.csv", 3, line3.replace("+$0.10,", ""));
    assertThat(rejected(shortRow)).singleElement().asString()
        .startsWith("3 the row has 16 cells, the header (line 1) has 16 and the rows end with a comma, 17; a cell is missing");
    assertThat(shortRow.positions()).extracting(ImportedPosition::line).containsExactly(4L, 7L);
    BrokerFile longRow = readWith("fidelity-positions.csv", 3, line3.replace("$4389.69", "$4,389.69"));
    assertThat(rejected(longRow)).singleElement().asString()
        .startsWith("3 the row has 18 cells, the header (line 1) has 16 and the rows end with a comma, 17; quote");
  }

  @Test
  void schwabTransactions() throws Exception {
    // Header on line 2: 8 cells; the title (line 1) and the "Transactions Total" line are not rows.
    String line3 = "\"06/28/2024\",\"Qualified Dividend\",\"SCHD\",\"SCHWAB US DIVIDEND EQUITY ETF\",\"\",\"\",\"\",\"$45.60\"";
    BrokerFile shortRow = readWith("schwab-transactions.csv", 3, line3.replace(",\"\",\"$45.60\"", ",\"$45.60\""));
    assertThat(rejected(shortRow)).contains("3 the row has 7 cells, the header (line 2) has 8; a cell is missing: "
        + "copy the row again from the broker's download, one cell per column");
    BrokerFile longRow = readWith("schwab-transactions.csv", 3, line3 + ",\"x\"");
    assertThat(rejected(longRow)).anyMatch(r -> r.startsWith("3 the row has 9 cells, the header (line 2) has 8; quote"));
  }

  @Test
  void schwabPositions() throws Exception {
    // Header on line 3: 17 cells. Line 5 (SWPPX) without its Security Type: 16.
    String line5 = "\"SWPPX\",\"SCHWAB S&P 500 INDEX\",\"100.5\",\"$9.02\",\"--\",\"--\",\"$906.51\",\"--\",\"--\",\"--\",\"--\","
        + "\"--\",\"--\",\"Yes\",\"Yes\",\"2.27%\",\"Mutual Funds\"";
    BrokerFile shortRow = readWith("schwab-positions.csv", 5, line5.replace(",\"Mutual Funds\"", ""));
    assertThat(rejected(shortRow)).singleElement().asString()
        .startsWith("5 the row has 16 cells, the header (line 3) has 17; a cell is missing");
    BrokerFile longRow = readWith("schwab-positions.csv", 5, line5.replace("\"$906.51\"", "$906,51"));
    assertThat(rejected(longRow)).singleElement().asString()
        .startsWith("5 the row has 18 cells, the header (line 3) has 17; quote");
  }

  @Test
  void vanguardHoldingsAndTransactions() throws Exception {
    // Holdings header: "…,Total Value," 7 cells, the last unnamed; the rows end with a comma too.
    // Line 4 (VYM) without its Shares: 6 cells.
    BrokerFile shortHolding = readWith("OfxDownload.csv", 4, "12345678,VANGUARD HIGH DIVIDEND YIELD ETF,VYM,120.00,3000.00,");
    assertThat(rejected(shortHolding)).contains("4 the row has 6 cells, the header (line 1) has 7; a cell is missing: "
        + "copy the row again from the broker's download, one cell per column");
    // A value under the unnamed 7th cell.
    BrokerFile longHolding = readWith("OfxDownload.csv", 4, "12345678,VANGUARD HIGH DIVIDEND YIELD ETF,VYM,25,120.00,3000.00,7");
    assertThat(rejected(longHolding)).anyMatch(r -> r.startsWith(
        "4 the row has a value in cell 7, but the header (line 1) names only 6 columns; quote"));
    // Rows may leave out the unnamed cell when their last named one is filled: line 4 without its comma loads.
    BrokerFile noComma = readWith("OfxDownload.csv", 4, "12345678,VANGUARD HIGH DIVIDEND YIELD ETF,VYM,25,120.00,3000.00");
    assertThat(rejected(noComma)).noneMatch(r -> r.startsWith("4 "));
    // Transactions header on line 8: 15 cells (14 named). Line 11 (the VYM dividend) without its Share Price: 14.
    BrokerFile shortTransaction = readWith("OfxDownload.csv", 11,
        "12345678,06/25/2024,06/25/2024,Dividend,Dividend Received,VANGUARD HIGH DIVIDEND YIELD ETF,VYM,0.00000,22.10,0.0,22.10,0.0,CASH,");
    assertThat(rejected(shortTransaction)).contains("11 the row has 14 cells, the header (line 8) has 15; a cell is missing: "
        + "copy the row again from the broker's download, one cell per column");
    BrokerFile longTransaction = readWith("OfxDownload.csv", 11,
        "12345678,06/25/2024,06/25/2024,Dividend,Dividend Received,VANGUARD HIGH DIVIDEND YIELD ETF,VYM,0.00000,0.0,1,022.10,0.0,22.10,0.0,CASH,");
    assertThat(rejected(longTransaction)).anyMatch(r -> r.startsWith("11 the row has 16 cells, the header (line 8) has 15; quote"));
  }

  @Test
  void genericCsv() throws Exception {
    // Header: 11 cells. Line 2, the deposit, with a cell dropped and with one too many.
    BrokerFile shortRow = readWith("generic.csv", 2, "2024-01-02,roth,deposit,,7000,,contribution,,,");
    assertThat(rejected(shortRow)).contains("2 the row has 10 cells, the header (line 1) has 11; a cell is missing: "
        + "copy the row again from the broker's download, one cell per column");
    BrokerFile longRow = readWith("generic.csv", 2, "2024-01-02,roth,deposit,,,7,000,,contribution,,,");
    assertThat(rejected(longRow)).contains("2 the row has 12 cells, the header (line 1) has 11; quote a cell that contains a comma "
        + "(an amount such as \"1,200.00\"), or remove the stray comma");
  }
}
