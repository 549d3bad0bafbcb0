package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.storage.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code perennial import}, {@code holdings} and {@code income}, run in process on a SQLite store. */
class StoreCommandsTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return Json.mapper().readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String broker(String name) throws URISyntaxException {
    return Path.of(StoreCommandsTest.class.getResource("/broker/" + name).toURI()).toString();
  }

  @Test
  void importJsonHasTheContractShapeAndASecondImportAddsNothing() throws Exception {
    String store = TestStores.sqlite(dir);
    String file = broker("fidelity-accounts-history.csv");
    // 15 data rows: 12 transactions, 2 rejected (lines 5 and 8), 1 sweep into the core fund left out.
    Run first = run("import", file, "--store", store, "--json");
    assertThat(first.code()).as(first.err()).isZero();
    JsonNode json = first.json();
    assertThat(json.get("format").asText()).isEqualTo("fidelity");
    assertThat(json.get("imported").asInt()).isEqualTo(12);
    assertThat(json.get("duplicates").asInt()).isZero();
    assertThat(json.get("rejected")).hasSize(2);
    assertThat(json.get("rejected").get(0).get("line").asInt()).isEqualTo(5);
    assertThat(json.get("rejected").get(0).get("reason").asText()).startsWith("unknown Fidelity action 'MERGER MER PAYOUT");
    assertThat(json.get("rejected").get(1).get("line").asInt()).isEqualTo(8);
    assertThat(json.get("accounts")).extracting(JsonNode::asText).containsExactly("X12345678", "Z98765432");
    assertThat(first.err()).isEmpty();

    Run second = run("import", file, "--store", store, "--json");
    assertThat(second.json().get("imported").asInt()).isZero();
    assertThat(second.json().get("duplicates").asInt()).isEqualTo(12);
  }

  @Test
  void textOutputSaysHowManyRowsLoadedAndWhichWereRejected() throws Exception {
    Run run = run("import", broker("schwab-transactions.csv"), "--store", TestStores.sqlite(dir));
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("10 rows loaded, 1 rejected").contains("line 13: unknown Schwab action 'Options Frobnicate'");
  }

  @Test
  void holdingsRebuiltFromTheActivityFileAgreeWithThePositionsFileOfTheSameDate() throws Exception {
    // Activity of 2024 (fidelity-accounts-history.csv) and positions downloaded 2024-12-05:
    //   X12345678 BND 100 + 0.298 − 40 = 60.298, cost 7,250 × 60/100 + 21.50 = 4,371.50; SCHD 50 × 3 = 150, 3,800;
    //   cash 20,000 − 7,250 − 3,800 + 21.50 − 21.50 + 30.50 + 2,839.95 + 12.00 = 11,832.45.
    //   Z98765432 O 100, 5,200; cash 7,000 − 5,200 + 25.70 = 1,825.70.
    String store = TestStores.sqlite(dir);
    assertThat(run("import", broker("fidelity-accounts-history.csv"), broker("fidelity-positions.csv"), "--store", store).code()).isZero();
    Run holdings = run("holdings", "--store", store, "--as-of", "2024-12-05", "--json");
    assertThat(holdings.code()).as(holdings.err()).isZero();
    JsonNode json = holdings.json();
    assertThat(json.get("differences")).isEmpty();
    JsonNode x = json.get("accounts").get(0);
    assertThat(x.get("id").asText()).isEqualTo("X12345678");
    assertThat(x.get("cash").decimalValue()).isEqualByComparingTo("11832.45");
    JsonNode bnd = x.get("positions").get(0);
    assertThat(bnd.get("asset").asText()).isEqualTo("BND");
    assertThat(bnd.get("quantity").decimalValue()).isEqualByComparingTo("60.298");
    assertThat(bnd.get("costBasis").decimalValue()).isEqualByComparingTo("4371.50");
    assertThat(bnd.get("lots")).hasSize(2);
    assertThat(bnd.get("lots").get(0).get("acquired").asText()).isEqualTo("2024-01-03");
    assertThat(bnd.get("lots").get(0).get("quantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(bnd.get("lots").get(0).get("cost").decimalValue()).isEqualByComparingTo("4350.00");
    JsonNode schd = x.get("positions").get(1);
    assertThat(schd.get("quantity").decimalValue()).isEqualByComparingTo("150");
    JsonNode z = json.get("accounts").get(1);
    assertThat(z.get("type").asText()).isEqualTo("tax-free");
    assertThat(z.get("cash").decimalValue()).isEqualByComparingTo("1825.70");
  }

  @Test
  void holdingsShowRealizedGainsByTermAndAMethodWhatIf() throws Exception {
    // BND: 100 bought 2024-01-03 for 7,250.00, 0.298 reinvested 2024-02-01 for 21.50, 40 sold 2024-04-15 for 2,839.95.
    // First in, first out: 40 of the first lot, cost 7,250 × 40/100 = 2,900.00: −60.05 short-term.
    // Lowest cost first: the 0.298 lot (72.148 a share) then 39.702 of the first lot: costs 21.50 and
    // 7,250 × 0.39702 = 2,878.395 → 2,878.40; proceeds 2,839.95 × 0.298/40 = 21.16 and 2,818.79;
    // gains −0.34 and −59.61, together −59.95 short-term.
    String store = TestStores.sqlite(dir);
    run("import", broker("fidelity-accounts-history.csv"), "--store", store);
    JsonNode fifo = run("holdings", "--store", store, "--as-of", "2024-12-05", "--json").json()
        .get("accounts").get(0).get("realized");
    assertThat(fifo.get("shortTerm").decimalValue()).isEqualByComparingTo("-60.05");
    assertThat(fifo.get("longTerm").decimalValue()).isEqualByComparingTo("0");
    assertThat(fifo.get("sales")).hasSize(1);
    JsonNode lowest = run("holdings", "--store", store, "--as-of", "2024-12-05", "--method", "lowest-cost", "--json").json()
        .get("accounts").get(0).get("realized");
    assertThat(lowest.get("shortTerm").decimalValue()).isEqualByComparingTo("-59.95");
    assertThat(lowest.get("sales")).hasSize(2);
    assertThat(lowest.get("sales").get(0).get("gain").decimalValue()).isEqualByComparingTo("-0.34");
    assertThat(lowest.get("sales").get(1).get("cost").decimalValue()).isEqualByComparingTo("2878.40");
    assertThat(run("holdings", "--store", store, "--method", "lifo").code()).isEqualTo(2);
  }

  @Test
  void holdingsListDifferencesFromThePositionsFile() throws Exception {
    // Without the SCHD split the transactions give 50 shares where the broker reports 150.
    String store = TestStores.sqlite(dir);
    String activity = Files.readString(Path.of(broker("fidelity-accounts-history.csv")));
    Path noSplit = dir.resolve("Accounts_History.csv");
    Files.writeString(noSplit, activity.lines().filter(l -> !l.contains("DISTRIBUTION")).reduce("", (a, b) -> a + b + "\n"));
    run("import", noSplit.toString(), broker("fidelity-positions.csv"), "--store", store);
    JsonNode differences = run("holdings", "--store", store, "--as-of", "2024-12-05", "--json").json().get("differences");
    assertThat(differences).singleElement().satisfies(d -> {
      assertThat(d.get("account").asText()).isEqualTo("X12345678");
      assertThat(d.get("asset").asText()).isEqualTo("SCHD");
      assertThat(d.get("field").asText()).isEqualTo("quantity");
      assertThat(d.get("derived").decimalValue()).isEqualByComparingTo("50");
      assertThat(d.get("reported").decimalValue()).isEqualByComparingTo("150");
    });
  }

  @Test
  void incomeJsonHasTheContractShape() throws Exception {
    // Schwab file: dividends 39.99 (Apr, unspecified), 26.30 O (ordinary), 45.60 SCHD (qualified), interest 3.21.
    String store = TestStores.sqlite(dir);
    run("import", broker("schwab-transactions.csv"), "--store", store);
    Run income = run("income", "--store", store, "--to", "2024-07-05", "--goal", "1000", "--json");
    assertThat(income.code()).as(income.err()).isZero();
    JsonNode received = income.json().get("received");
    assertThat(received.get("total").decimalValue()).isEqualByComparingTo("115.10");
    assertThat(received.get("byMonth").get("2024-04").decimalValue()).isEqualByComparingTo("43.20");
    assertThat(received.get("byMonth").get("2024-06").decimalValue()).isEqualByComparingTo("71.90");
    assertThat(received.get("byAsset").get("SCHD").decimalValue()).isEqualByComparingTo("85.59");
    assertThat(received.get("byAsset").get("CASH").decimalValue()).isEqualByComparingTo("3.21");
    assertThat(received.get("byCharacter").get("qualified-dividend").decimalValue()).isEqualByComparingTo("45.60");
    assertThat(received.get("byCharacter").get("ordinary-dividend").decimalValue()).isEqualByComparingTo("26.30");
    assertThat(received.get("byCharacter").get("unspecified").decimalValue()).isEqualByComparingTo("39.99");
    assertThat(received.get("foreignTaxWithheld").decimalValue()).isEqualByComparingTo("1.80");
    JsonNode forecast = income.json().get("forecast");
    assertThat(forecast.get("byMonth")).hasSize(12);
    Iterator<String> months = forecast.get("byMonth").fieldNames();
    assertThat(months.next()).isEqualTo("2024-07");
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode month : forecast.get("byMonth")) {
      assertThat(month.get("status").asText()).isIn("paid", "declared", "estimated");
      sum = sum.add(month.get("amount").decimalValue());
    }
    assertThat(forecast.get("total").decimalValue()).isEqualByComparingTo(sum);
    assertThat(income.json().get("goal").get("annualSpending").decimalValue()).isEqualByComparingTo("1000");
  }

  @Test
  void readingCommandsWithoutAStoreSayToImportFirst() {
    Run run = run("holdings", "--store", dir.resolve("none.db").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no store here yet").contains("perennial import FILE --store");
  }

  @Test
  void anUnknownFileFormatIsBadInputNamingTheFix() throws Exception {
    Path file = dir.resolve("notes.csv");
    Files.writeString(file, "a,b,c\n1,2,3\n");
    Run run = run("import", file.toString(), "--store", TestStores.sqlite(dir));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot tell the format").contains("--format");
    assertThat(dir.toFile().list()).containsExactly("notes.csv");
  }

  @Test
  void aDryRunChecksAndWritesNothing() throws Exception {
    String store = TestStores.sqlite(dir);
    Run dry = run("import", broker("generic.csv"), "--store", store, "--dry-run", "--json");
    assertThat(dry.json().get("imported").asInt()).isEqualTo(6);
    assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
    assertThat(run("import", broker("generic.csv"), "--store", store, "--json").json().get("imported").asInt()).isEqualTo(6);
  }

  @Test
  void severalFilesGiveTotalsAndOneEntryPerFile() throws Exception {
    Run run = run("import", broker("generic.csv"), broker("ibkr-flex.xml"), "--store", TestStores.sqlite(dir), "--json");
    JsonNode json = run.json();
    assertThat(json.get("format").asText()).isEqualTo("mixed");
    assertThat(json.get("imported").asInt()).isEqualTo(6 + 8);
    assertThat(json.get("files")).hasSize(2);
    List<String> files = new ArrayList<>();
    json.get("rejected").forEach(r -> files.add(r.get("file").asText()));
    assertThat(files).hasSize(4);
  }

  /**
   * A store of a small ledger: brokerage deposits 10,000, buys 100 SCHD for 2,500.00 and 10 VYM for
   * 1,300.00 (cash 6,200.00); roth deposits 5,000 and buys 20 BND for 1,400.00 (cash 3,600.00).
   */
  private String smallLedgerStore() throws Exception {
    Path activity = dir.resolve("activity.csv");
    Files.writeString(activity, """
        Date,Account,Type,Symbol,Quantity,Amount,Character
        2024-01-02,brokerage,deposit,,,10000,
        2024-01-03,brokerage,buy,SCHD,100,2500.00,
        2024-02-01,brokerage,buy,VYM,10,1300.00,
        2024-01-02,roth,deposit,,,5000,
        2024-03-01,roth,buy,BND,20,1400.00,
        """);
    String store = TestStores.sqlite(dir);
    assertThat(run("import", activity.toString(), "--store", store).code()).isZero();
    return store;
  }

  private static Path retiree() {
    Path plan = Path.of("..", "examples", "retiree.yaml");
    return Files.exists(plan) ? plan : Path.of("examples", "retiree.yaml");
  }

  @Test
  void planWithAStoreTakesTheAccountsFromTheStoreAndTheRestFromThePlanFile() throws Exception {
    // brokerage: deposit 10,000; 100 SCHD for 2,500.00; 10 VYM for 1,300.00 → cash 6,200.00.
    // roth (a Roth by its name: tax-free): deposit 5,000; 20 BND for 1,400.00 → cash 3,600.00.
    // At the retiree plan's prices (SCHD 27.40, VYM 141.20, BND 74.10):
    //   brokerage 2,740 + 1,412 + 6,200 = 10,352; roth 1,482 + 3,600 = 5,082; total 15,434.
    String store = smallLedgerStore();
    Run result = run("plan", retiree().toString(), "--store", store, "--json");
    assertThat(result.code()).as(result.err()).isIn(0, 3);
    JsonNode holdings = result.json().get("holdings");
    assertThat(holdings.get("totalValue").decimalValue()).isEqualByComparingTo("15434");
    List<String> accounts = new ArrayList<>();
    holdings.get("byAccount").forEach(a -> accounts.add(a.get("account").asText() + " " + a.get("type").asText() + " "
        + a.get("value").decimalValue().stripTrailingZeros().toPlainString()));
    assertThat(accounts).containsExactly("brokerage taxable 10352", "roth tax-free 5082");
  }

  @Test
  void reportWithAStoreShowsTheStoresHoldings() throws Exception {
    // The same ledger as above: brokerage 10,352 + roth 5,082 = 15,434 at the retiree plan's prices.
    String store = smallLedgerStore();
    Path page = dir.resolve("report.html");
    Run result = run("report", retiree().toString(), "--store", store, "-o", page.toString());
    assertThat(result.code()).as(result.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).contains("$15,434").doesNotContain("$1,509,270");
  }

  @Test
  void planWithAStoreHoldingAnAssetOutsideThePlansUniverseIsBadInput() throws Exception {
    Path activity = dir.resolve("activity.csv");
    Files.writeString(activity, "Date,Account,Type,Symbol,Quantity,Amount,Character\n"
        + "2024-01-02,brokerage,deposit,,,1000,\n2024-01-03,brokerage,buy,ZZZZ,10,100.00,\n");
    String store = TestStores.sqlite(dir);
    run("import", activity.toString(), "--store", store);
    Path plan = Files.exists(Path.of("..", "examples", "retiree.yaml")) ? Path.of("..", "examples", "retiree.yaml")
        : Path.of("examples", "retiree.yaml");
    Run result = run("plan", plan.toString(), "--store", store);
    assertThat(result.code()).as(result.out() + result.err()).isEqualTo(2);
    assertThat(result.err()).contains("ZZZZ");
  }
}
