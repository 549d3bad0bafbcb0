package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code perennial rebalance} on a two-account household worked by hand (the one of
 * RebalancerTest): an IRA and a taxable joint account, each with 500 BND ($100) and 250 VTI ($260;
 * the joint lot cost $25,000 in 2020), against a 50/50 policy by class given under {@code targets:}.
 */
class RebalanceCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return Json.mapper().readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path plan(String targets) throws IOException {
    String text = """
        valuationDate: 2026-06-01
        profile:
          age: 60
          annualSpending: 10000
          horizonYears: 30
          yearsUntilIncome: 0
          riskTolerance: moderate
          filingStatus: single
          stateTaxRate: 0.0
          inflation: 0.025
        accounts:
          - id: ira
            type: tax-deferred
            holdings:
              - {asset: BND, quantity: 500}
              - {asset: VTI, quantity: 250}
              - {asset: CASH, quantity: 0}
          - id: joint
            type: taxable
            holdings:
              - {asset: BND, quantity: 500}
              - asset: VTI
                lots:
                  - {date: 2020-03-02, quantity: 250, cost: 25000}
              - {asset: CASH, quantity: 0}
        universe:
          - {id: VTI, name: Vanguard Total Stock Market ETF, class: us-stocks, issuer: Vanguard}
          - {id: BND, name: Vanguard Total Bond Market ETF, class: intermediate-treasuries, issuer: Vanguard}
        prices:
          VTI: 260
          BND: 100
        """ + targets;
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String FIFTY_FIFTY = """
      targets:
        - {class: us-stocks, weight: 0.5}
        - {class: intermediate-treasuries, weight: 0.5}
      """;

  /**
   * Stocks $130,000 of $230,000 = 56.52 %, outside 45–55 %. Hybrid to the edge (55 % = $126,500):
   * sell ⌈3,500 / 260⌉ = 14 VTI in the IRA ($3,640, no tax), buy ⌊3,640 / 100⌋ = 36 BND there;
   * $40 stays in the IRA's cash; stocks end at 126,360 / 230,000 = 54.94 %.
   */
  @Test
  void hybridJsonListsTheTradesTheDriftAndTheCashLeft() throws IOException {
    Run run = run("rebalance", plan(FIFTY_FIFTY).toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode doc = run.json();
    assertThat(doc.get("mode").asText()).isEqualTo("hybrid");
    JsonNode trades = doc.get("trades");
    assertThat(trades).hasSize(2);
    JsonNode sell = trades.get(0);
    assertThat(sell.get("account").asText()).isEqualTo("ira");
    assertThat(sell.get("asset").asText()).isEqualTo("VTI");
    assertThat(sell.get("action").asText()).isEqualTo("sell");
    assertThat(sell.get("quantity").asInt()).isEqualTo(14);
    assertThat(sell.get("amount").decimalValue()).isEqualByComparingTo("3640");
    assertThat(sell.get("realizedGain").decimalValue()).isEqualByComparingTo("0");
    assertThat(sell.get("term").asText()).isEqualTo("none");
    JsonNode buy = trades.get(1);
    assertThat(buy.get("asset").asText()).isEqualTo("BND");
    assertThat(buy.get("action").asText()).isEqualTo("buy");
    assertThat(buy.get("quantity").asInt()).isEqualTo(36);
    assertThat(doc.at("/drift/before/us-stocks/weight").asDouble()).isCloseTo(130_000.0 / 230_000, within(1e-12));
    assertThat(doc.at("/drift/before/us-stocks/outside").asBoolean()).isTrue();
    assertThat(doc.at("/drift/after/us-stocks/weight").asDouble()).isCloseTo(126_360.0 / 230_000, within(1e-12));
    assertThat(doc.at("/drift/after/us-stocks/outside").asBoolean()).isFalse();
    assertThat(doc.at("/cashLeft/ira").decimalValue()).isEqualByComparingTo("40");
    assertThat(doc.at("/cashLeft/joint").decimalValue()).isEqualByComparingTo("0");
  }

  /** $10,000 into the joint account, cash-flow mode: bonds $100,000 of $240,000 are most under target: 100 BND there, no sale. */
  @Test
  void cashFlowModePlacesNewMoneyWithoutSelling() throws IOException {
    Run run = run("rebalance", plan(FIFTY_FIFTY).toString(), "--mode", "cash-flow", "--cash", "joint=10000", "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode trades = run.json().get("trades");
    assertThat(trades).hasSize(1);
    assertThat(trades.get(0).get("account").asText()).isEqualTo("joint");
    assertThat(trades.get(0).get("asset").asText()).isEqualTo("BND");
    assertThat(trades.get(0).get("action").asText()).isEqualTo("buy");
    assertThat(trades.get(0).get("quantity").asInt()).isEqualTo(100);
  }

  @Test
  void targetsThatDoNotAddUpToOneAreBadInputNamingTheSection() throws IOException {
    Run run = run("rebalance", plan("""
        targets:
          - {class: us-stocks, weight: 0.5}
          - {class: intermediate-treasuries, weight: 0.4}
        """).toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("targets").contains("add up to");
  }

  @Test
  void aPlanWithoutTargetsIsBadInput() throws IOException {
    Run run = run("rebalance", plan("").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("no targets:");
  }

  /**
   * The retiree example under a policy by class ({@code src/test/resources/rebalance/retiree-by-class.yaml}):
   * only corporate bonds lie outside their band, at 0 % against 5 % ± 1.25. By hand (household
   * $1,509,270): the band edge is 3.75 % = $56,597.63, i.e. ⌈56,597.63 / 83.30⌉ = 680 VCIT = $56,644.00.
   * The IRA holds no cash, so it sells ⌈56,644 / 27.40⌉ = 2,068 SCHD = $56,663.20 and keeps $19.20. Two
   * trades, both in the IRA, no tax; US dividend stocks go from 33.86 % to 30.11 % (inside 30 ± 5) and
   * every other class keeps its value to the cent. Before 666ee42 this file gave 10 trades, one a
   * taxable sale ($178 of tax).
   */
  @Test
  void theRetireeByClassFixesItsOneDriftedClassWithTwoIraTradesAndNoTax() throws IOException {
    Path file = ROOT.resolve("perennial-app/src/test/resources/rebalance/retiree-by-class.yaml");
    Run run = run("rebalance", file.toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode doc = run.json();
    JsonNode before = doc.at("/drift/before");
    JsonNode after = doc.at("/drift/after");
    java.util.List<String> outside = new java.util.ArrayList<>();
    before.fieldNames().forEachRemaining(name -> {
      if (before.get(name).get("outside").asBoolean()) {
        outside.add(name);
      }
    });
    assertThat(outside).containsExactly("corporate-bonds");

    JsonNode trades = doc.get("trades");
    assertThat(trades.size()).isLessThanOrEqualTo(2);
    for (JsonNode trade : trades) {
      assertThat(trade.get("account").asText()).isEqualTo("ira");
      assertThat(trade.get("estimatedTax").decimalValue()).isEqualByComparingTo("0");
    }
    assertThat(trades.get(0).get("asset").asText()).isEqualTo("SCHD");
    assertThat(trades.get(0).get("action").asText()).isEqualTo("sell");
    assertThat(trades.get(0).get("quantity").decimalValue()).isEqualByComparingTo("2068");
    assertThat(trades.get(1).get("asset").asText()).isEqualTo("VCIT");
    assertThat(trades.get(1).get("quantity").decimalValue()).isEqualByComparingTo("680");
    assertThat(doc.get("estimatedTax").decimalValue()).isEqualByComparingTo("0");
    assertThat(doc.at("/cashLeft/ira").decimalValue()).isEqualByComparingTo("19.20");
    after.fieldNames().forEachRemaining(name -> assertThat(after.get(name).get("outside").asBoolean()).as(name).isFalse());
    assertThat(after.at("/us-dividend-stocks/weight").asDouble()).isCloseTo((511_100 - 56_663.20) / 1_509_270, within(1e-9));
    for (String untouched : new String[] {"us-dividend-growth-stocks", "intl-dividend-stocks", "reits", "municipal-bonds",
        "intermediate-treasuries", "tips"}) {
      assertThat(after.get(untouched).get("value").decimalValue()).as(untouched)
          .isEqualByComparingTo(before.get(untouched).get("value").decimalValue());
    }
  }

  private static final Path ROOT = io.perennial.testing.SharedData.repositoryRoot();

  /**
   * A store of a small ledger (as StoreCommandsTest's): brokerage deposits 10,000, buys 100 SCHD for
   * 2,500.00 and 10 VYM for 1,300.00 (cash 6,200.00); roth deposits 5,000 and buys 20 BND for 1,400.00
   * (cash 3,600.00). At the retiree plan's prices (SCHD 27.40, VYM 141.20, BND 74.10): brokerage
   * 2,740 + 1,412 + 6,200 = 10,352, roth 1,482 + 3,600 = 5,082, household 15,434.
   */
  static String smallStore(Path dir) throws IOException {
    Path activity = dir.resolve("activity.csv");
    Files.writeString(activity, """
        Date,Account,Type,Symbol,Quantity,Amount,Character
        2024-01-02,brokerage,deposit,,,10000,
        2024-01-03,brokerage,buy,SCHD,100,2500.00,
        2024-02-01,brokerage,buy,VYM,10,1300.00,
        2024-01-02,roth,deposit,,,5000,
        2024-03-01,roth,buy,BND,20,1400.00,
        """);
    String store = io.perennial.storage.TestStores.sqlite(dir);
    Run imported = run("import", activity.toString(), "--store", store);
    assertThat(imported.code()).as(imported.err()).isZero();
    return store;
  }

  /**
   * {@code --store}: the store's two accounts (15,434 in all), the plan file's prices and targets.
   * Cash is 9,800 / 15,434 = 63.50 % against 4 % ± 1: every trade is in brokerage or roth, the
   * retiree file's joint and IRA are not read, and cash ends inside its band.
   */
  @Test
  void withAStoreTheTradesAreThoseOfTheStoresAccounts() throws IOException {
    String store = smallStore(dir);
    Path file = ROOT.resolve("perennial-app/src/test/resources/rebalance/retiree-by-class.yaml");
    Run run = run("rebalance", file.toString(), "--store", store, "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode doc = run.json();
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (JsonNode line : doc.at("/drift/before")) {
      total = total.add(line.get("value").decimalValue());
    }
    assertThat(total).isEqualByComparingTo("15434");
    assertThat(doc.at("/drift/before/cash/weight").asDouble()).isCloseTo(9_800.0 / 15_434, within(1e-12));
    assertThat(doc.at("/drift/before/cash/outside").asBoolean()).isTrue();
    assertThat(doc.at("/drift/after/cash/outside").asBoolean()).isFalse();
    java.util.List<String> accounts = new java.util.ArrayList<>();
    doc.get("cashLeft").fieldNames().forEachRemaining(accounts::add);
    assertThat(accounts).containsExactlyInAnyOrder("brokerage", "roth");
    assertThat(doc.get("trades")).isNotEmpty();
    doc.get("trades").forEach(t -> assertThat(t.get("account").asText()).isIn("brokerage", "roth"));
  }
}
