package io.perennial.cli;

import static io.perennial.cli.TaxCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.cli.TaxCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code perennial assumptions}, run in process, against figures worked by hand. */
class AssumptionsCommandTest {

  private static JsonNode classRow(JsonNode json, String id) {
    JsonNode row = json.get("classes").get(id);
    if (row == null) {
      throw new AssertionError("no class " + id);
    }
    return row;
  }

  @Test
  void theDefaultIsTheForwardSetAndHistoricalIsSelectable() throws Exception {
    Run byDefault = run("assumptions", "--json");
    assertThat(byDefault.code()).as(byDefault.err()).isEqualTo(0);
    assertThat(byDefault.json().get("name").asText()).isEqualTo("perennial-forward-2026.1");
    // The default US stock geometric return lies within the published long-term assumptions docs/assumptions.md
    // cites for US large caps (Research Affiliates 3.1 % ... BlackRock 7.7 %, nominal), and cash yields the
    // end-2025 bill rate (13-week auction of 22 December 2025, 3.56 %), not the 2025 average (4.21 %).
    assertThat(classRow(byDefault.json(), "us-stocks").get("expectedGeometricReturn").asDouble()).isBetween(0.031, 0.077);
    assertThat(classRow(byDefault.json(), "cash").get("yield").asDouble()).isEqualTo(0.0356);

    Run run = run("assumptions", "--set", "historical", "--json");
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.get("name").asText()).isEqualTo("perennial-historical-2026.2");
    JsonNode us = classRow(json, "us-stocks");
    assertThat(us.fieldNames()).toIterable()
        .containsExactly("yield", "incomeGrowth", "expectedReturn", "expectedGeometricReturn", "volatility", "basis");
    assertThat(us.get("expectedReturn").asDouble()).isEqualTo(0.1132);
    // volatility over the mean's window, Damodaran S&P 500 1928-2025: 19.40 %;
    // 0.1132 - 0.1940^2 / 2 = 0.1132 - 0.018818 = 0.094382
    assertThat(us.get("volatility").asDouble()).isEqualTo(0.1940);
    assertThat(us.get("expectedGeometricReturn").asDouble()).isCloseTo(0.094382, within(1e-9));
    // the older set keeps its 1985-2018 volatility: 0.1132 - 0.1668^2 / 2 = 0.1132 - 0.01391112
    Run older = run("assumptions", "--set", "perennial-builtin-2026.1", "--json");
    assertThat(older.code()).as(older.err()).isEqualTo(0);
    assertThat(classRow(older.json(), "us-stocks").get("expectedGeometricReturn").asDouble())
        .isCloseTo(0.09928888, within(1e-9));
    assertThat(us.get("yield").asDouble()).isEqualTo(0.0115);
  }

  @Test
  void forwardSetByBlocksAndTheGeometricRule() throws Exception {
    Run run = run("assumptions", "--set", "perennial-forward-2026.1", "--json");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.get("name").asText()).isEqualTo("perennial-forward-2026.1");
    assertThat(json.fieldNames()).toIterable().containsExactly("name", "source", "asOf", "inflation", "classes", "correlations");
    assertThat(json.get("asOf").asText()).isEqualTo("2025-12-31");
    assertThat(json.get("classes")).hasSize(13);
    json.get("classes").fields().forEachRemaining(entry -> {
      JsonNode row = entry.getValue();
      double sigma = row.get("volatility").asDouble();
      assertThat(row.get("expectedGeometricReturn").asDouble()).as(entry.getKey())
          .isCloseTo(row.get("expectedReturn").asDouble() - sigma * sigma / 2, within(1e-12));
    });
    // REITs: yield 3.80 % + real growth 0.50 % + inflation 2.50 % = 6.80 %; + 0.1732^2 / 2 = 0.02999824 / 2 = 0.01499912
    JsonNode reits = classRow(json, "reits");
    assertThat(reits.get("expectedGeometricReturn").asDouble()).isCloseTo(0.0680, within(1e-12));
    assertThat(reits.get("expectedReturn").asDouble()).isCloseTo(0.08299912, within(1e-9));
    assertThat(reits.get("incomeGrowth").asDouble()).isCloseTo(0.0300, within(1e-12));
    // US stocks: 1.15 + 0.50 + 2.38 + 2.50 + ((19.04 / 37.97)^(1/20) - 1 = -3.3924) = 3.1376 %
    assertThat(classRow(json, "us-stocks").get("expectedGeometricReturn").asDouble()).isCloseTo(0.031376, within(2e-6));
    // intermediate Treasuries: the December 2025 10-year yield, no credit loss
    assertThat(classRow(json, "intermediate-treasuries").get("expectedGeometricReturn").asDouble()).isCloseTo(0.0414, within(1e-12));
    JsonNode correlations = json.get("correlations");
    assertThat(correlations.get("us-stocks").get("us-stocks").asDouble()).isEqualTo(1.0);
    assertThat(correlations.get("us-stocks").get("reits").asDouble()).isEqualTo(0.47);
    assertThat(correlations.get("reits").get("us-stocks").asDouble()).isEqualTo(0.47);
  }

  @Test
  void textTableByAlias() {
    Run run = run("assumptions", "--set", "forward");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("perennial-forward-2026.1").contains("as of 2025-12-31");
    assertThat(run.out().lines().filter(l -> l.startsWith("reits"))).singleElement().satisfies(line ->
        assertThat(line.split("\\s+")).containsSubsequence("3.80", "3.00", "8.30", "6.80", "17.32"));
    assertThat(run.out()).contains("Correlations").contains("1 us-stocks");
  }

  @Test
  void anUnknownSetIsExit2WithTheNames() {
    Run run = run("assumptions", "--set", "rosy");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--set").contains("rosy").contains("perennial-forward-2026.1").doesNotContain("Exception");
  }
}
