package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest {

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

  private static Run optimize(Path prices, String... args) {
    List<String> all = new ArrayList<>(List.of("optimize", "--prices", prices.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  /**
   * Peer parity: every case of ../shared/validation/pypfopt/cases.json (PyPortfolioOpt's own test
   * expectations on its price file) reproduced by the command line within the stated tolerance.
   */
  @Test
  void reproducesPyPortfolioOptsPublishedCases() throws IOException {
    Path casesFile = SharedData.require("validation/pypfopt/cases.json");
    JsonNode cases = Json.mapper().readTree(casesFile.toFile());
    Path prices = casesFile.resolveSibling(cases.get("pricesFile").asText());
    double tolerance = cases.get("relativeTolerance").asDouble();
    int checked = 0;
    for (JsonNode c : cases.get("cases")) {
      List<String> args = new ArrayList<>();
      c.get("args").forEach(a -> args.add(a.asText()));
      args.add("--json");
      Run run = optimize(prices, args.toArray(String[]::new));
      String name = c.get("name").asText();
      assertThat(run.code()).as(name + ": " + run.err()).isZero();
      JsonNode result = run.json();
      assertThat(result.get("status").asText()).as(name).isEqualTo("OPTIMAL");
      double sum = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = result.get("weights").fields(); it.hasNext(); ) {
        double w = it.next().getValue().asDouble();
        assertThat(w).as(name + " weight within [0, 1]").isBetween(-1e-9, 1 + 1e-9);
        sum += w;
      }
      assertThat(sum).as(name + " weights sum").isCloseTo(1.0, within(1e-9));
      for (Iterator<Map.Entry<String, JsonNode>> it = c.get("expected").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        double expected = e.getValue().asDouble();
        assertThat(result.get(e.getKey()).asDouble()).as(name + " " + e.getKey())
            .isCloseTo(expected, within(tolerance * Math.abs(expected)));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(13);
  }

  @Test
  void unreachableTargetExitsThreeNamingTheConflict() throws IOException {
    Path prices = SharedData.require("validation/pypfopt/stock_prices.csv");
    Run run = optimize(prices, "--objective", "efficient-return", "--target-return", "0.6", "--json");
    assertThat(run.code()).isEqualTo(ExitCodes.INFEASIBLE);
    assertThat(run.err()).contains("infeasible").contains("return>=0.6");
    JsonNode json = run.json();
    assertThat(json.get("status").asText()).isEqualTo("INFEASIBLE");
    List<String> conflicts = new ArrayList<>();
    json.get("conflicts").forEach(n -> conflicts.add(n.asText()));
    // No stock returns 60 % a year: the floor conflicts with being fully invested in long positions.
    assertThat(conflicts).containsExactlyInAnyOrder("return>=0.6", "budget", "weight-bounds");
    assertThat(json.get("weights").size()).isZero();
  }

  @Test
  void volatilityBelowTheMinimumExitsThree() {
    Path prices = SharedData.require("validation/pypfopt/stock_prices.csv");
    // The long-only minimum volatility is 15.9 % (the min_volatility case).
    Run run = optimize(prices, "--objective", "efficient-risk", "--target-volatility", "0.10");
    assertThat(run.code()).isEqualTo(ExitCodes.INFEASIBLE);
    assertThat(run.err()).contains("volatility<=0.1");
  }

  @Test
  void missingTargetIsAUsageError() {
    Path prices = SharedData.require("validation/pypfopt/stock_prices.csv");
    Run run = optimize(prices, "--objective", "efficient-risk");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--target-volatility");
  }

  @Test
  void malformedWeightBoundsAreAUsageError() {
    Path prices = SharedData.require("validation/pypfopt/stock_prices.csv");
    Run run = optimize(prices, "--objective", "min-volatility", "--weight-bounds", "0;1");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--weight-bounds");
    Run unknown = optimize(prices, "--objective", "max-income");
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("--objective must be one of");
  }

  @Test
  void otherEstimatorsAndUnboundedWeightsRun() throws IOException {
    Path prices = SharedData.require("validation/pypfopt/stock_prices.csv");
    String[][] variants = {
        {"--objective", "min-volatility", "--risk-model", "ledoit-wolf"},
        {"--objective", "min-volatility", "--risk-model", "ledoit-wolf", "--shrinkage-target", "single-factor"},
        {"--objective", "max-sharpe", "--risk-model", "exp", "--span", "180", "--returns", "ema"},
        {"--objective", "max-utility", "--risk-aversion", "5", "--weight-bounds", "none", "--compounding", "arithmetic"},
        {"--objective", "efficient-return", "--target-return", "0.25", "--weight-bounds", "-1,1", "--l2-gamma", "0.1"},
    };
    for (String[] variant : variants) {
      List<String> args = new ArrayList<>(List.of(variant));
      args.add("--json");
      Run run = optimize(prices, args.toArray(String[]::new));
      assertThat(run.code()).as(String.join(" ", variant) + ": " + run.err()).isZero();
      JsonNode json = run.json();
      assertThat(json.get("status").asText()).isEqualTo("OPTIMAL");
      double sum = 0;
      for (JsonNode w : json.get("weights")) {
        sum += w.asDouble();
      }
      assertThat(sum).as(String.join(" ", variant)).isCloseTo(1.0, within(1e-8));
      assertThat(json.get("volatility").asDouble()).isPositive();
    }
  }

  @Test
  void tableForPeople() {
    Path prices = SharedData.require("validation/pypfopt/stock_prices.csv");
    Run run = optimize(prices, "--objective", "min-volatility");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("min-volatility: optimal").contains("ticker").contains("expected return")
        .contains("15.06 %").contains("15.92 %");
  }

  @Test
  void unreadablePricesNameTheFile() throws IOException {
    Path file = dir.resolve("prices.csv");
    Files.writeString(file, "date,AAA,BBB\n2020-01-02,10,abc\n2020-01-03,11,20\n");
    Run run = optimize(file, "--objective", "min-volatility");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("prices.csv");
  }

  @Test
  void aOneTickerYahooFileIsRefusedWithHowToBuildTheWideTable() throws IOException {
    Path file = dir.resolve("SPY.csv");
    Files.writeString(file, "Date,Open,High,Low,Close,Adj Close,Volume\n"
        + "2021-01-04,375.31,375.45,364.82,368.79,359.51,110210800\n2021-01-05,368.10,372.50,368.05,371.33,361.99,66426200\n");
    Run run = optimize(file, "--objective", "min-volatility");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("SPY.csv line 1").contains("one ticker's daily quotes")
        .contains("put each ticker's Adj Close (or Close) column side by side under its ticker's name")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
