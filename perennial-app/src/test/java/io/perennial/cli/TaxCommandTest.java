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
    assertThat(json.get("marginalRates")).hasSize(13);
    assertThat(json.get("taxableSocialSecurity").decimalValue()).isZero();
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
    Run run = run("tax", "--year", "2025", "--filing-status", "married-seperate", "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--filing-status").contains("married-seperate")
        .contains("single, married-joint, head-of-household, married-separate");
  }

  @Test
  void socialSecurityBenefitsByTheWorksheet() throws Exception {
    // single 2025, benefits 40,000, IRA withdrawals 42,000 (worked line by line in
    // SocialSecurityBenefitsTest): taxable benefits 28,300, taxable income 54,550, federal 6,915;
    // a withdrawal dollar 1.85 × 22 % = 40.7 %; a benefit dollar 0.5 × 85 % × 22 % = 9.35 %
    Run run = run("tax", "--year", "2025", "--filing-status", "single",
        "--income", "social-security=40000,retirement-withdrawals=42000", "--json");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.get("income").get("socialSecurity").decimalValue()).isEqualByComparingTo("40000");
    assertThat(json.get("taxableSocialSecurity").decimalValue()).isEqualByComparingTo("28300");
    assertThat(json.get("adjustedGrossIncome").decimalValue()).isEqualByComparingTo("70300");
    assertThat(json.get("taxableIncome").decimalValue()).isEqualByComparingTo("54550");
    assertThat(json.get("federalIncomeTax").decimalValue()).isEqualByComparingTo("6915");
    assertThat(json.get("marginalRates").get("retirementWithdrawals").decimalValue()).isEqualByComparingTo("0.407");
    assertThat(json.get("marginalRates").get("ordinary").decimalValue()).isEqualByComparingTo("0.407");
    assertThat(json.get("marginalRates").get("socialSecurity").decimalValue()).isEqualByComparingTo("0.0935");
    assertThat(json.get("socialSecurityWorksheet")).hasSize(19);
    assertThat(json.get("socialSecurityWorksheet").get(18).get("amount").decimalValue()).isEqualByComparingTo("28300");
    assertThat(json.get("grossIncome").get("taxableSocialSecurity").decimalValue()).isEqualByComparingTo("28300");
  }

  @Test
  void benefitsReachTheNiitAndTheStateOnlyWhenAsked() throws Exception {
    // joint 2026, benefits 50,000, pension 220,000, taxable interest 20,000: provisional income
    // 265,000 → 85 % × 50,000 = 42,500 taxable; AGI 282,500; taxable income 282,500 − 32,200 = 250,300
    // federal = 35,932 + 24 % × (250,300 − 211,400) = 35,932 + 9,336 = 45,268
    // NIIT = 3.8 % × min(20,000, 282,500 − 250,000) = 760 (without the benefits AGI is 240,000: none)
    // state 5 %: benefits exempt by default → 240,000 × 5 % = 12,000; taxed → 282,500 × 5 % = 14,125
    String[] args = {"tax", "--year", "2026", "--filing-status", "married-joint",
        "--income", "social-security=50000,ordinary=220000,taxable-interest=20000", "--state-rate", "0.05", "--json"};
    Run run = run(args);

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.get("taxableSocialSecurity").decimalValue()).isEqualByComparingTo("42500");
    assertThat(json.get("federalIncomeTax").decimalValue()).isEqualByComparingTo("45268");
    assertThat(json.get("niit").decimalValue()).isEqualByComparingTo("760");
    assertThat(json.get("stateTax").decimalValue()).isEqualByComparingTo("12000");
    assertThat(json.get("marginalRateDetail").get("taxableInterest").get("niit").decimalValue()).isEqualByComparingTo("0.038");
    assertThat(json.get("marginalRates").get("taxableInterest").decimalValue()).isEqualByComparingTo("0.328");

    String[] taxed = java.util.Arrays.copyOf(args, args.length + 1);
    taxed[args.length] = "--state-taxes-social-security";
    assertThat(run(taxed).json().get("stateTax").decimalValue()).isEqualByComparingTo("14125");
  }

  @Test
  void stateExemptionOfRetirementWithdrawals() throws Exception {
    // single 2025, IRA withdrawals 60,000 + wages 20,000, state 4 %, a state that exempts the withdrawals:
    // state base 80,000 − 60,000 = 20,000 → 800; a withdrawal dollar pays no state tax, a wage dollar 4 %
    Run run = run("tax", "--year", "2025", "--filing-status", "single", "--income",
        "retirement-withdrawals=60000,ordinary=20000", "--state-rate", "0.04", "--state-exempts-retirement", "--json");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.json().get("stateTax").decimalValue()).isEqualByComparingTo("800");
    assertThat(run.json().get("state").get("exemptRetirementWithdrawals").decimalValue()).isEqualByComparingTo("60000");
    assertThat(run.json().get("marginalRateDetail").get("retirementWithdrawals").get("state").decimalValue()).isZero();
    assertThat(run.json().get("marginalRateDetail").get("ordinary").get("state").decimalValue()).isEqualByComparingTo("0.04");
  }

  @Test
  void marriedFilingSeparately() throws Exception {
    // 2026, lived apart, the other spouse does not itemize: wages 150,000 + qualified dividends 20,000
    // (worked in MarriedSeparateTest): federal 27,734, NIIT 3.8 % × min(20,000, 170,000 − 125,000) = 760
    Run run = run("tax", "--year", "2026", "--filing-status", "married-separate", "--lived-with-spouse", "no",
        "--spouse-itemizes", "no", "--income", "ordinary=150000,qualified-dividends=20000", "--json");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.json().get("filingStatus").asText()).isEqualTo("married-separate");
    assertThat(run.json().get("federalIncomeTax").decimalValue()).isEqualByComparingTo("27734");
    assertThat(run.json().get("niit").decimalValue()).isEqualByComparingTo("760");
    assertThat(run.json().get("netInvestmentIncomeTax").get("threshold").decimalValue()).isEqualByComparingTo("125000");

    // lived together: benefits 20,000 + pension 8,000 → base 0: 15,300 taxable, federal 755 (2025)
    Run together = run("tax", "--year", "2025", "--filing-status", "married-separate", "--lived-with-spouse", "yes",
        "--spouse-itemizes", "no", "--income", "social-security=20000,ordinary=8000", "--json");
    assertThat(together.json().get("taxableSocialSecurity").decimalValue()).isEqualByComparingTo("15300");
    assertThat(together.json().get("federalIncomeTax").decimalValue()).isEqualByComparingTo("755");
    assertThat(together.json().get("marginalRates").get("ordinary").decimalValue()).isEqualByComparingTo("0.185");
  }

  @Test
  void marriedFilingSeparatelyNeedsItsFacts() {
    assertBad(run("tax", "--year", "2026", "--filing-status", "married-separate", "--spouse-itemizes", "no",
        "--income", "social-security=20000", "--json"),
        "--lived-with-spouse", "a married-separate return needs --lived-with-spouse", "add --lived-with-spouse yes");
    assertBad(run("tax", "--year", "2026", "--filing-status", "married-separate", "--lived-with-spouse", "no",
        "--income", "ordinary=20000"),
        "--spouse-itemizes", "standard deduction is 0", "add --spouse-itemizes yes");
    assertBad(run("tax", "--year", "2026", "--filing-status", "married-separate", "--lived-with-spouse", "maybe",
        "--spouse-itemizes", "no"), "--lived-with-spouse", "neither yes nor no");
    assertBad(run("tax", "--year", "2026", "--filing-status", "single", "--lived-with-spouse", "yes"),
        "--lived-with-spouse", "only a married-separate return", "--filing-status married-separate");
    assertBad(run("tax", "--year", "2026", "--filing-status", "married-separate", "--lived-with-spouse", "no",
        "--spouse-itemizes", "no", "--age", "66,64"), "--age", "has 1 person");
  }

  @Test
  void theWorksheetInTheTables() {
    Run run = run("tax", "--year", "2025", "--filing-status", "single", "--income", "social-security=30000,ordinary=40000");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("Publication 915 Worksheet 1").contains("taxable part of the benefits")
        .contains("22,350.00").contains("5,353.50");
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
