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
}
