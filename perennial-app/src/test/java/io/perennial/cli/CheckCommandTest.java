package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code perennial check --json} on a household worked by hand: an IRA with 500 BND ($100) and 250
 * VTI ($260), a taxable joint account with 500 BND bought in 2023 for $60,000 and 250 VTI; a 50/50
 * policy by class. Stocks are $130,000 of $230,000 = 56.52 % (outside 45–55 %), bonds 43.48 %; VTI
 * alone is 56.52 % of the household (above the 25 % cap of one asset); the joint BND lot has lost
 * $10,000 (16.7 % of its cost: above $1,000 and 5 %), may be sold on 2026-06-01 and bought back from
 * 2026-07-02 (the 31st day).
 */
class CheckCommandTest {

  @TempDir Path dir;

  private static JsonNode check(Path plan) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "check", plan.toString(), "--json");
    assertThat(code).as(err.toString()).isZero();
    return Json.mapper().readTree(out.toString());
  }

  private Path plan(String extraJointLot) throws IOException {
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
          - id: joint
            type: taxable
            holdings:
              - asset: BND
                lots:
                  - {date: 2023-01-03, quantity: 500, cost: 60000}
        """ + extraJointLot + """
              - asset: VTI
                lots:
                  - {date: 2020-03-02, quantity: 250, cost: 25000}
        universe:
          - {id: VTI, name: Vanguard Total Stock Market ETF, class: us-stocks, issuer: Vanguard}
          - {id: BND, name: Vanguard Total Bond Market ETF, class: intermediate-treasuries, issuer: Vanguard}
        prices:
          VTI: 260
          BND: 100
        targets:
          - {class: us-stocks, weight: 0.5}
          - {class: intermediate-treasuries, weight: 0.5}
        """;
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<JsonNode> withCode(JsonNode doc, String code) {
    List<JsonNode> found = new ArrayList<>();
    doc.get("issues").forEach(i -> {
      if (i.get("code").asText().equals(code)) {
        found.add(i);
      }
    });
    return found;
  }

  @Test
  void jsonListsDriftConcentrationAndAHarvestableLossWithItsWashSaleFigures() throws IOException {
    JsonNode doc = check(plan(""));
    for (JsonNode issue : doc.get("issues")) {
      assertThat(issue.has("code") && issue.has("severity") && issue.has("figures") && issue.has("fix")).as(issue.toString()).isTrue();
    }
    List<JsonNode> drift = withCode(doc, "drift");
    assertThat(drift).extracting(i -> i.get("class").asText()).containsExactlyInAnyOrder("us-stocks", "intermediate-treasuries");
    JsonNode stocks = drift.stream().filter(i -> i.get("class").asText().equals("us-stocks")).findFirst().orElseThrow();
    assertThat(stocks.at("/figures/weight").asDouble()).isCloseTo(130_000.0 / 230_000, org.assertj.core.api.Assertions.within(1e-12));
    // to the band edge: 130,000 − 55 % × 230,000 = 3,500
    assertThat(stocks.at("/fix/amount").decimalValue()).isEqualByComparingTo("3500");

    assertThat(withCode(doc, "concentration")).extracting(i -> i.has("asset") ? i.get("asset").asText() : "")
        .contains("VTI");

    List<JsonNode> losses = withCode(doc, "harvestable-loss");
    assertThat(losses).singleElement().satisfies(loss -> {
      assertThat(loss.get("asset").asText()).isEqualTo("BND");
      assertThat(loss.at("/figures/loss").decimalValue()).isEqualByComparingTo("10000");
      assertThat(loss.at("/figures/washSale").asBoolean()).isFalse();
      assertThat(loss.at("/figures/doNotBuyUntil").asText()).isEqualTo("2026-07-02");
    });
  }

  /** Ten BND bought in the joint account ten days before: the harvest would be a wash sale. */
  @Test
  void aPurchaseTenDaysBeforeMakesTheHarvestAWashSale() throws IOException {
    JsonNode doc = check(plan("          - {date: 2026-05-22, quantity: 10, cost: 1000}\n"));
    assertThat(withCode(doc, "harvestable-loss")).singleElement()
        .satisfies(loss -> assertThat(loss.at("/figures/washSale").asBoolean()).isTrue());
  }

  /**
   * A plan holding DIV (100 × $50 in the IRA) whose {@code dividendHistory} pays $0.50 a quarter from
   * 2016 and cuts by 40 % in each year of {@code cutYears}. Valued on 2026-01-02 with no prices, the
   * score is taken as of the last payment, 2025-12-12: 2025 is not yet a complete year.
   */
  private Path dividendPlan(int... cutYears) throws IOException {
    StringBuilder history = new StringBuilder("date,dividend\n");
    double amount = 0.50;
    for (int year = 2016; year <= 2025; year++) {
      for (int cut : cutYears) {
        amount = cut == year ? Math.round(amount * 0.6 * 10_000) / 10_000.0 : amount;
      }
      for (String day : new String[] {"03-14", "06-13", "09-12", "12-12"}) {
        history.append(year).append('-').append(day).append(',').append(amount).append('\n');
      }
    }
    Files.writeString(dir.resolve("DIV-dividends.csv"), history.toString(), StandardCharsets.UTF_8);
    Path file = dir.resolve("dividend-plan.yaml");
    Files.writeString(file, """
        valuationDate: 2026-01-02
        profile:
          age: 60
          annualSpending: 1000
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
              - {asset: DIV, quantity: 100}
              - {asset: BND, quantity: 500}
        universe:
          - {id: DIV, name: A dividend payer, class: us-dividend-stocks, dividendHistory: DIV-dividends.csv}
          - {id: BND, name: Vanguard Total Bond Market ETF, class: intermediate-treasuries, issuer: Vanguard}
        prices:
          DIV: 50
          BND: 100
        """, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Cuts in 2023, 2024 and 2025. By the screen's scale (docs/checks.md): recent cut 25 (the payments of
   * the last 12 months average 40 % below the 12 before), cut history 10 (two cuts, 2023 and 2024,
   * among the complete years 2017–2024), short record 10 (no complete year since the last cut),
   * shrinking dividend 10 (2019 → 2024 yearly totals $2.00 → $0.72: −18.5 % a year): 100 − 55 = 45,
   * below 50, at risk: a warning on DIV for its $5,000. The history's falling income also makes the
   * portfolio's expected income growth fall behind inflation: inflation-erosion from the plan's data.
   */
  @Test
  void aHistoryOfCutsInThePlanFileRaisesDividendSafety() throws IOException {
    JsonNode doc = check(dividendPlan(2023, 2024, 2025));
    assertThat(withCode(doc, "dividend-safety")).singleElement().satisfies(issue -> {
      assertThat(issue.get("asset").asText()).isEqualTo("DIV");
      assertThat(issue.get("severity").asText()).isEqualTo("warning");
      assertThat(issue.at("/figures/score").asInt()).isEqualTo(45);
      assertThat(issue.at("/figures/rating").asText()).isEqualTo("at-risk");
      assertThat(issue.at("/figures/value").decimalValue()).isEqualByComparingTo("5000");
      assertThat(issue.at("/fix/action").asText()).isEqualTo("review-payout");
    });
    assertThat(withCode(doc, "inflation-erosion")).singleElement().satisfies(issue -> {
      assertThat(issue.at("/figures/source").asText()).isEqualTo("expected");
      assertThat(issue.at("/figures/realGrowth").asDouble()).isNegative();
    });
  }

  /**
   * Cuts in 2024 and 2025 only: recent cut 25, cut history 5 (one cut among the complete years), short
   * record 10, shrinking dividend 10 (2019 → 2024: $2.00 → $1.20, −9.7 % a year): 100 − 50 = 50, the
   * lowest score still on watch, not flagged: no dividend-safety issue.
   */
  @Test
  void aHistoryThatJustMissesTheThresholdRaisesNoDividendSafety() throws IOException {
    JsonNode doc = check(dividendPlan(2024, 2025));
    assertThat(withCode(doc, "dividend-safety")).isEmpty();
  }

  /**
   * {@code --store}: the store's accounts (RebalanceCommandTest.smallStore: 15,434 in all) with the
   * retiree plan's targets by class: cash 9,800 = 63.50 % against 4 % ± 1 drifts (fix: trade
   * 9,800 − 5 % × 15,434 = 9,028.30 to the band edge); nothing of the retiree file's $1,509,270.
   */
  @Test
  void withAStoreTheChecksAreThoseOfTheStoresAccounts() throws IOException {
    String store = RebalanceCommandTest.smallStore(dir);
    Path file = io.perennial.testing.SharedData.repositoryRoot()
        .resolve("perennial-app/src/test/resources/rebalance/retiree-by-class.yaml");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "check", file.toString(), "--store", store, "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode doc = Json.mapper().readTree(out.toString());
    JsonNode cash = withCode(doc, "drift").stream().filter(i -> i.get("class").asText().equals("cash")).findFirst().orElseThrow();
    assertThat(cash.at("/figures/weight").asDouble()).isCloseTo(9_800.0 / 15_434, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(cash.at("/fix/amount").decimalValue()).isEqualByComparingTo("9028.30");
  }
}
