package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code perennial plan} in-process: exit codes, one JSON document, errors that name file and line. */
class PlanCommandTest {

  private static final Path EXAMPLES = SharedData.repositoryRoot().resolve("examples");

  /** The outcome of one run. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir Path dir;

  @Test
  void retireeExampleRunsAsItIs() {
    Run run = run("plan", EXAMPLES.resolve("retiree.yaml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    // Headline: total of the example worked by hand:
    // SCHD 13,500 × 27.40 = 369,900; VYM 1,000 × 141.20 = 141,200; VYMI 700 × 82.10 = 57,470;
    // VTEB 2,500 × 50.60 = 126,500; CASH 60,000; BND 4,000 × 74.10 = 296,400; VTIP 2,400 × 50.20 = 120,480;
    // VGIT 1,000 × 59.80 = 59,800; VNQ 1,200 × 89.60 = 107,520; VIG 800 × 212.50 = 170,000 → 1,509,270
    assertThat(run.out()).contains("Plan for Pat and Sam Rivera").contains("$1,509,270 in 3 accounts");
    assertThat(run.out()).contains("Accounts", "Holdings by asset", "By asset class", "Income by tax character",
        "Risk and return", "Concentration", "Income coverage");
    // need = 70,000 − 40,800 = 29,200
    assertThat(run.out()).contains("$29,200 a year the portfolio must provide");
  }

  @Test
  void accumulatorExampleRunsAsItIs() {
    Run run = run("plan", EXAMPLES.resolve("accumulator.yaml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Plan for Jordan Lee").contains("The spending starts in 20 years");
  }

  @Test
  void jsonIsOneDocumentWithSections() throws IOException {
    Run run = run("plan", EXAMPLES.resolve("retiree.yaml").toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    // exactly one document: reading it consumes all of stdout
    var parser = mapper.getFactory().createParser(run.out());
    JsonNode root = mapper.readTree(parser);
    assertThat(parser.nextToken()).isNull();
    assertThat(root.fieldNames()).toIterable()
        .containsExactly("plan", "holdings", "income", "risk", "concentration", "coverage", "problems");
    assertThat(root.at("/plan/valuationDate").asText()).isEqualTo("2026-01-02");
    assertThat(root.at("/plan/profile/filingStatus").asText()).isEqualTo("married-joint");
    assertThat(root.at("/holdings/totalValue").decimalValue()).isEqualByComparingTo(new BigDecimal("1509270.00"));
    assertThat(root.at("/holdings/byAccount/1/type").asText()).isEqualTo("tax-deferred");
    assertThat(root.at("/holdings/byAsset/0/asset").asText()).isEqualTo("SCHD");
    assertThat(root.at("/holdings/byAsset/0/assetClass").asText()).isEqualTo("us-dividend-stocks");
    // SCHD: 369,900 × 3.8 % = 14,056.20; rates are fractions
    assertThat(root.at("/income/byAsset/0/income").decimalValue()).isEqualByComparingTo(new BigDecimal("14056.20"));
    assertThat(root.at("/income/byAsset/0/yield").asDouble()).isEqualTo(0.038);
    assertThat(root.at("/income/portfolioYield").asDouble()).isBetween(0.0, 1.0);
    assertThat(root.at("/income/byCharacter/0/character").asText()).isEqualTo("qualified-dividend");
    assertThat(root.at("/risk/average").asText()).isEqualTo("arithmetic");
    assertThat(root.at("/risk/volatility").asDouble()).isBetween(0.0, 1.0);
    assertThat(root.at("/concentration/herfindahlIndex").asDouble()).isBetween(0.0, 1.0);
    assertThat(root.at("/coverage/spendingFromPortfolio").decimalValue()).isEqualByComparingTo(new BigDecimal("29200.00"));
    assertThat(root.at("/coverage/basis").asText()).isEqualTo("pre-tax");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void badInputExitsWithTwoNamingFileLineAndFix() throws IOException {
    String retiree = Files.readString(EXAMPLES.resolve("retiree.yaml"));
    Path bad = dir.resolve("retiree.yaml");
    Files.writeString(bad, retiree.replace("{asset: BND, quantity: 4000}", "{asset: BND, quantity: -4000}"));
    Run run = run("plan", bad.toString(), "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(bad + " line ").contains("accounts[1].holdings[0].quantity")
        .contains("negative quantity").contains("Fix:").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownClassAndMalformedYamlExitWithTwo() throws IOException {
    String retiree = Files.readString(EXAMPLES.resolve("retiree.yaml"));
    Path unknownClass = dir.resolve("class.yaml");
    Files.writeString(unknownClass, retiree.replace("class: reits", "class: reit"));
    Run run = run("plan", unknownClass.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("universe[4].class").contains("unknown asset class 'reit'").contains("did you mean 'reits'");

    Path malformed = dir.resolve("malformed.yaml");
    Files.writeString(malformed, retiree.replace("profile:", "profile"));
    run = run("plan", malformed.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(malformed + " line ").contains("not valid YAML");
  }

  @Test
  void mixesAndWeightsThatDoNotAddUpExitWithTwo() throws IOException {
    String retiree = Files.readString(EXAMPLES.resolve("retiree.yaml"));
    Path mix = dir.resolve("mix.yaml");
    Files.writeString(mix, retiree.replace("taxable-interest: 0.55", "taxable-interest: 0.50"));
    Run run = run("plan", mix.toString(), "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(mix + " line ").contains("universe[5].incomeMix").contains("adds up to 0.95, not 1").contains("Fix:");

    Path weights = dir.resolve("weights.yaml");
    Files.writeString(weights, retiree.replace("{type: max-class, class: high-yield-bonds, limit: 0.05}",
        "{type: min-class, class: reits, limit: 0.20}"));
    run = run("plan", weights.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("constraints[0].limit")
        .contains("max-class:reits allows at most 0.1 but constraints[1] asks for at least 0.2").doesNotContain("Exception");
    Files.writeString(weights, retiree.replace("{type: max-class, class: reits, limit: 0.10}",
        "{type: min-class, class: reits, limit: 0.60}").replace("{type: max-class, class: high-yield-bonds, limit: 0.05}",
        "{type: min-class, class: cash, limit: 0.50}"));
    run = run("plan", weights.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("constraints[1].limit").contains("minimum weights by class add up to 1.1");
  }

  @Test
  void missingFileAndMissingArgumentExitWithTwo() {
    Run run = run("plan", dir.resolve("nothere.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("nothere.yaml: file not found");
    run = run("plan");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("FILE");
  }
}
