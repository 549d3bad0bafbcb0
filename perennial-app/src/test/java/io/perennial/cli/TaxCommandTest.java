package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code perennial tax}, run in process. */
class TaxCommandTest {

  /** Exit code, stdout and stderr of one run. */
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

  @Test
  void jsonCarriesTheContractKeys() throws Exception {
    // single 2025: wages 200,000 + qualified dividends 250,000 + long-term gains 150,000
    // (worked line by line in HouseholdTaxCalculatorTest): taxable 584,250, federal 99,609.50,
    // NIIT 15,200, total 114,809.50
    Run run = run("tax", "--year", "2025", "--filing-status", "single",
        "--income", "ordinary=200000,qualified-dividends=250000,long-term-gains=150000", "--json");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    JsonNode json = run.json();
    assertThat(json.get("taxableIncome").decimalValue()).isEqualByComparingTo("584250");
    assertThat(json.get("federalIncomeTax").decimalValue()).isEqualByComparingTo("99609.50");
    assertThat(json.get("niit").decimalValue()).isEqualByComparingTo("15200");
    assertThat(json.get("stateTax").decimalValue()).isEqualByComparingTo("0");
    assertThat(json.get("totalTax").decimalValue()).isEqualByComparingTo("114809.50");
    assertThat(json.get("marginalRates").get("qualifiedDividends").decimalValue()).isEqualByComparingTo("0.238");
    assertThat(json.get("marginalRates").get("ordinary").decimalValue()).isEqualByComparingTo("0.29");
    assertThat(json.get("marginalRates")).hasSize(11);
    assertThat(json.get("marginalRateDetail").get("qualifiedDividends").get("niit").decimalValue())
        .isEqualByComparingTo("0.038");
    assertThat(json.get("worksheet")).hasSize(25);
    assertThat(json.get("worksheet").get(24).get("amount").decimalValue()).isEqualByComparingTo("99609.50");
    assertThat(json.get("filingStatus").asText()).isEqualTo("single");
  }

  @Test
  void stateMuniAgesAndItemizedOptions() throws Exception {
    // single 2025, state 6 %, out-of-state munis: federal 9,049, state 4,680 (HouseholdTaxCalculatorTest)
    Run run = run("tax", "--year", "2025", "--filing-status", "single", "--income",
        "ordinary=70000", "--income", "treasury-interest=10000,muni-interest=8000", "--state-rate", "0.06", "--json");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.json().get("federalIncomeTax").decimalValue()).isEqualByComparingTo("9049");
    assertThat(run.json().get("stateTax").decimalValue()).isEqualByComparingTo("4680");
    assertThat(run.json().get("marginalRates").get("muniInterest").decimalValue()).isEqualByComparingTo("0.06");

    // in-state munis: state base 70,000 → 4,200
    Run inState = run("tax", "--year", "2025", "--filing-status", "single", "--income",
        "ordinary=70000,treasury-interest=10000,muni-interest=8000", "--state-rate", "0.06", "--muni-in-state", "--json");
    assertThat(inState.json().get("stateTax").decimalValue()).isEqualByComparingTo("4200");

    // joint 2026, both 65+: taxable 79,500, federal 9,044
    Run seniors = run("tax", "--year", "2026", "--filing-status", "married-joint", "--income",
        "ordinary=120000,taxable-interest=5000,ordinary-dividends=2000", "--age", "67,66", "--json");
    assertThat(seniors.json().get("taxableIncome").decimalValue()).isEqualByComparingTo("79500");
    assertThat(seniors.json().get("federalIncomeTax").decimalValue()).isEqualByComparingTo("9044");

    // itemized 30,000: taxable 120,000, federal 21,647
    Run itemized = run("tax", "--year", "2025", "--filing-status", "single", "--income", "ordinary=150000",
        "--itemized", "30000", "--json");
    assertThat(itemized.json().get("deductionUsed").asText()).isEqualTo("itemized");
    assertThat(itemized.json().get("federalIncomeTax").decimalValue()).isEqualByComparingTo("21647");
  }

  @Test
  void lossesAreAcceptedForGainsAndRental() throws Exception {
    Run run = run("tax", "--year", "2025", "--filing-status", "married-joint", "--income",
        "ordinary=90000,long-term-gains=-10000,short-term-gains=2000,rental=-30000", "--json");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.json().get("adjustedGrossIncome").decimalValue()).isEqualByComparingTo("62000");
    assertThat(run.json().get("federalIncomeTax").decimalValue()).isEqualByComparingTo("3183");
  }

  @Test
  void tablesForPeople() {
    Run run = run("tax", "--year", "2026", "--filing-status", "head-of-household", "--income", "ordinary=60000");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("Tax year 2026, head-of-household")
        .contains("taxable income").contains("35,850.00").contains("3,948.00").contains("Rev. Proc. 2025-32");
  }

  @Test
  void helpExplainsThatKindsAreDisjoint() {
    Run run = run("tax", "--help");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("DISJOINT").contains("reit-dividends").contains("--muni-in-state");
  }

  @Test
  void aYearWithoutDataSaysWhichYearsExist() {
    Run run = run("tax", "--year", "2024", "--filing-status", "single", "--income", "ordinary=1");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--year").contains("no tax data for 2024").contains("2025, 2026");
  }

  @Test
  void unknownFilingStatus() {
    Run run = run("tax", "--year", "2025", "--filing-status", "married-separate", "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--filing-status").contains("married-separate")
        .contains("single, married-joint, head-of-household");
  }

  @Test
  void negativeIncomeWhereItCannotBe() {
    Run run = run("tax", "--year", "2025", "--filing-status", "single", "--income", "qualified-dividends=-100");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("qualified-dividends").contains("cannot be negative")
        .contains("only long-term-gains, short-term-gains and rental may be negative");
  }

  @Test
  void otherBadInputIsExitCode2WithTheField() {
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--income", "dividends=100"),
        "unknown income kind 'dividends'", "qualified-dividends");
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--income", "ordinary:100"),
        "expected KIND=AMOUNT");
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--income", "ordinary=lots"),
        "--income ordinary", "'lots' is not a number");
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--income", "ordinary=1,ordinary=2"),
        "given twice");
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--state-rate", "5"),
        "--state-rate", "outside 0 to 0.2");
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--age", "70,68"),
        "--age", "has 1 person");
    assertBad(run("tax", "--year", "2025", "--filing-status", "single", "--itemized", "-5"),
        "--itemized");
    assertBad(run("tax", "--filing-status", "single"), "--year");
  }

  private static void assertBad(Run run, String... fragments) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
