package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        "Risk and return", "Concentration", "Income coverage (pre-tax)", "After-tax income by account (2026 tax rules",
        "After-tax income by asset", "Tax caused by the portfolio", "Marginal rates", "Tax-equivalent yields",
        "Income coverage (after tax)", "How the taxes are computed");
    assertThat(run.out()).contains("After tax (2026 rules): ").contains("Social Security");
    // need = 70,000 − 40,800 = 29,200
    assertThat(run.out()).contains("$29,200 a year the portfolio must provide");
    // The projection: a verdict in the headline, then its own section with tables.
    assertThat(run.out()).containsPattern("Projection: (All|[0-9.]+ % of) 10,000 simulated futures meet the spending goal "
        + "every year for 30 years");
    assertThat(run.out()).contains("Projection: will the income last? (10,000 simulated futures, lognormal, seed 20260101",
        "Real after-tax income, today's money", "Real portfolio value at the end of the year", "Projection figures",
        "Safe withdrawal rate", "Perpetual withdrawal rate", "Worst real income drop", "How the projection is built");
  }

  @Test
  void accumulatorExampleRunsAsItIs() {
    Run run = run("plan", EXAMPLES.resolve("accumulator.yaml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Plan for Jordan Lee").contains("The spending starts in 20 years");
    assertThat(run.out()).contains("every year for 35 years from year 21, after 20 years of saving")
        .contains("Income goal reached, median");
  }

  /**
   * The saver of examples/accumulator.yaml reaches the goal in a sensible year. By hand: today
   * $633,469 pays $23,510 a year after tax (3.7 %); 60,000 needs about 60,000 / 0.037 = 1.62M of
   * today's money. The holdings compound at about 9.47 % − 9.68 %²/2 ≈ 9.0 % nominal, 6.5 % real;
   * with 30,000 saved a year: t = 10 → 633,469 × 1.065^10 + 30,000 × 13.5 ≈ 1.19M + 0.41M = 1.60M.
   * So the median future gets there in about 10–12 years, well before the spending starts (year 21).
   */
  @Test
  void theAccumulatorReachesItsGoalInASensibleYear() throws IOException {
    Run run = run("plan", EXAMPLES.resolve("accumulator.yaml").toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode projection = new ObjectMapper().readTree(run.out()).get("projection");
    assertThat(projection.at("/years").asInt()).isEqualTo(55);
    assertThat(projection.at("/yearsUntilIncome").asInt()).isEqualTo(20);
    assertThat(projection.at("/goalReached/goal").asDouble()).isEqualTo(60_000.0);
    int median = projection.at("/goalReached/medianYear").asInt();
    // The duplex pays its cash flow after the mortgage (4,622 a year, not its NOI of 15,080), and the
    // default forward assumptions expect lower returns than the historical averages (US stocks 3.1 %
    // geometric, against 9.9 %), so the income reaches the goal only some years after the spending
    // starts (year 20): with 4.0-5.5 % real returns the 60,000 takes about a decade more of growth.
    assertThat(median).isBetween(20, 36);
    assertThat(projection.at("/goalReached/medianCalendarYear").asInt()).isEqualTo(2025 + median);
    assertThat(projection.at("/goalReached/yearP25").asInt()).isLessThanOrEqualTo(median);
    JsonNode p75 = projection.at("/goalReached/yearP75");
    if (p75.isNull()) {
      // A quarter of the futures or more never reach the goal within the horizon.
      assertThat(projection.at("/goalReached/reachedShare").asDouble()).isLessThan(0.75);
    } else {
      assertThat(p75.asInt()).isGreaterThanOrEqualTo(median);
    }
    // While saving, the share of futures whose income reaches the goal rises to the median year.
    assertThat(projection.at("/byYear/0/phase").asText()).isEqualTo("saving");
    assertThat(projection.at("/byYear/0/incomeCoverage").asDouble()).isZero();
    if (median <= 20) {
      // (while saving; once spending, income coverage means income alone pays the spending)
      assertThat(projection.at("/byYear/" + (median - 1) + "/incomeCoverage").asDouble()).isGreaterThanOrEqualTo(0.5);
    }
    assertThat(projection.at("/byYear/20/phase").asText()).isEqualTo("spending");
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
        .containsExactly("advice", "plan", "holdings", "income", "risk", "concentration", "coverage", "afterTaxIncome", "taxes", "properties",
            "projection", "optimization", "problems");
    // The projection: every year, rates as fractions, the first year paying this year's exact taxes
    // (all income paid out: the portfolio's income after the tax it causes plus the other income after its own).
    JsonNode projection = root.get("projection");
    assertThat(projection.at("/method").asText()).isEqualTo("parametric-monte-carlo");
    assertThat(projection.at("/paths").asInt()).isEqualTo(10_000);
    assertThat(projection.at("/byYear")).hasSize(30);
    assertThat(projection.at("/milestoneYears").toString()).isEqualTo("[1,5,10,15,20,25,30]");
    double firstYear = root.at("/coverage/afterTax/afterTaxPortfolioIncome").asDouble()
        + root.at("/coverage/afterTax/afterTaxOtherIncome").asDouble();
    // VTIP's first payment carries the first simulated year's inflation accrual (2.5 % ± 1.26 %), so
    // the median future pays the estimate up to the sampling error of a median of 10,000 draws:
    // about 1.25 × 120,480 × 1.26 % / √10,000 ≈ $19.
    assertThat(projection.at("/byYear/0/realIncome/p50").asDouble()).isCloseTo(firstYear, within(50.0));
    assertThat(projection.at("/byYear/29/calendarYear").asInt()).isEqualTo(2055);
    assertThat(projection.at("/successRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(projection.at("/withdrawalRates/safe").asDouble()).isBetween(0.0, 1.0);
    assertThat(projection.at("/taxRates/incomeRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(projection.at("/assets/0/asset").asText()).isEqualTo("SCHD");
    assertThat(projection.at("/assets/0/incomeModel").asText()).isEqualTo("dividend");
    assertThat(projection.at("/goalReached").isNull()).isTrue();
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

  /**
   * The couple of TaxAnalyzerTest (core) as a plan file, with the taxes worked by hand there
   * (2026 rules, married-joint, ages 67 and 66, state 5 %, pension 60,000, spending 80,000):
   * taxable accounts cause 475 (federal 200, state 275); withdrawing the IRA's 15,000 causes 2,344
   * (federal 2,480 + 12 % × 4,700 − 1,450 = 1,594; state 750); the portfolio 2,819. At marginal
   * rates (15 % ordinary, 10 % Treasury, 5 % muni and qualified dividends): taxable 475, IRA 2,250,
   * Roth 0. Coverage after tax (24,500 − 2,819) / (80,000 − (60,000 − 4,250)) = 21,681 / 24,250.
   */
  private static final String COUPLE = """
      valuationDate: 2026-01-02
      profile:
        age: 67
        spouseAge: 66
        annualSpending: 80000
        otherIncome: 60000
        filingStatus: married-joint
        stateTaxRate: 0.05
      accounts:
        - id: taxable
          type: taxable
          holdings:
            - {asset: DIV, quantity: 2000}
            - {asset: TSY, quantity: 500}
            - {asset: MUNI, quantity: 1000}
        - id: ira
          type: tax-deferred
          holdings:
            - {asset: CORP, quantity: 3000}
        - id: roth
          type: tax-free
          holdings:
            - {asset: DIV, quantity: 1000}
      universe:
        - {id: DIV, class: us-dividend-stocks, price: 50, yield: 0.04, incomeMix: {qualified-dividend: 1}}
        - {id: TSY, class: intermediate-treasuries, price: 100, yield: 0.04, incomeMix: {treasury-interest: 1}}
        - {id: MUNI, class: municipal-bonds, price: 50, yield: 0.03, incomeMix: {muni-interest: 1}}
        - {id: CORP, class: corporate-bonds, price: 100, yield: 0.05, incomeMix: {taxable-interest: 1}}
      optimization:
        enabled: false         # the taxes of the holdings alone (with the default guards this plan is infeasible)
      """;

  @Test
  void jsonCarriesTheTaxesWorkedByHand() throws IOException {
    Path file = dir.resolve("couple.yaml");
    Files.writeString(file, COUPLE);
    Run run = run("plan", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    var parser = mapper.getFactory().createParser(run.out());
    JsonNode root = mapper.readTree(parser);
    assertThat(parser.nextToken()).isNull();

    assertThat(root.at("/afterTaxIncome/byAccount/0/account").asText()).isEqualTo("taxable");
    assertThat(root.at("/afterTaxIncome/byAccount/0/tax").decimalValue()).isEqualByComparingTo("475");
    assertThat(root.at("/afterTaxIncome/byAccount/1/tax").decimalValue()).isEqualByComparingTo("2250");
    assertThat(root.at("/afterTaxIncome/byAccount/1/afterTaxIncome").decimalValue()).isEqualByComparingTo("12750");
    assertThat(root.at("/afterTaxIncome/byAccount/2/afterTaxIncome").decimalValue()).isEqualByComparingTo("2000");
    assertThat(root.at("/afterTaxIncome/taxExact").decimalValue()).isEqualByComparingTo("2819");
    assertThat(root.at("/afterTaxIncome/byHolding/0/incomeByCharacter/0/character").asText()).isEqualTo("qualified-dividend");
    assertThat(root.at("/afterTaxIncome/taxEquivalentYields/0/asset").asText()).isEqualTo("TSY");
    assertThat(root.at("/afterTaxIncome/taxEquivalentYields/0/taxEquivalentYield").asDouble())
        .isCloseTo(0.04 * 0.9 / 0.85, org.assertj.core.api.Assertions.within(1e-12));

    assertThat(root.at("/taxes/year").asInt()).isEqualTo(2026);
    assertThat(root.at("/taxes/otherIncomeAlone/totalTax").decimalValue()).isEqualByComparingTo("4250");
    assertThat(root.at("/taxes/causedByTaxableAccounts/stateTax").decimalValue()).isEqualByComparingTo("275");
    assertThat(root.at("/taxes/causedByDeferredWithdrawal/federalIncomeTax").decimalValue()).isEqualByComparingTo("1594");
    assertThat(root.at("/taxes/causedByPortfolio/total").decimalValue()).isEqualByComparingTo("2819");
    assertThat(root.at("/taxes/atMarginalRates/total").decimalValue()).isEqualByComparingTo("2725");
    assertThat(root.at("/taxes/marginalRates/qualifiedDividends/total").decimalValue()).isEqualByComparingTo("0.05");
    assertThat(root.at("/taxes/filer/ages").toString()).isEqualTo("[67,66]");

    assertThat(root.at("/coverage/basis").asText()).isEqualTo("pre-tax");
    assertThat(root.at("/coverage/incomeCoverage").asDouble()).isEqualTo(1.225);
    assertThat(root.at("/coverage/afterTax/spendingFromPortfolio").decimalValue()).isEqualByComparingTo("24250");
    assertThat(root.at("/coverage/afterTax/afterTaxPortfolioIncome").decimalValue()).isEqualByComparingTo("21681");
    assertThat(root.at("/coverage/afterTax/incomeCoverage").asDouble())
        .isCloseTo(21681.0 / 24250.0, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(root.at("/coverage/afterTax/surplus").decimalValue()).isEqualByComparingTo("-2569");
    assertThat(root.at("/problems").toString()).contains("Social Security");
  }

  @Test
  void aValuationYearWithoutTaxData() throws IOException {
    // after the last year: the latest rules, said in the notes
    Path later = dir.resolve("later.yaml");
    Files.writeString(later, COUPLE.replace("valuationDate: 2026-01-02", "valuationDate: 2028-03-01"));
    Run run = run("plan", later.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/taxes/year").asInt()).isEqualTo(2028);
    assertThat(root.at("/taxes/rulesYear").asInt()).isEqualTo(2026);
    assertThat(root.at("/problems").toString()).contains("2028").contains("the 2026 rules");
    run = run("plan", later.toString());
    assertThat(run.out()).contains("Notes").contains("the taxes use the 2026 rules");

    // before the first year: refused, naming the line, the years and the fix
    Path old = dir.resolve("old.yaml");
    Files.writeString(old, COUPLE.replace("valuationDate: 2026-01-02", "valuationDate: 2019-06-28"));
    run = run("plan", old.toString(), "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(old + " line 1, valuationDate").contains("before 2025").contains("2025, 2026")
        .contains("Fix: move valuationDate to 2025 or later, or add taxYear: 2025").doesNotContain("Exception");

    // ... unless the plan names a tax year with data
    Files.writeString(old, COUPLE.replace("valuationDate: 2026-01-02", "valuationDate: 2019-06-28\ntaxYear: 2025"));
    run = run("plan", old.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/taxes/rulesYear").asInt()).isEqualTo(2025);

    Files.writeString(old, COUPLE + "taxYear: 2030\n");
    run = run("plan", old.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("taxYear").contains("no tax data for taxYear 2030; years with tax data: 2025, 2026");
  }

  @Test
  void badTaxFieldsExitWithTwo() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, COUPLE.replace("filingStatus: married-joint", "filingStatus: single"));
    Run run = run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("line 4, profile.spouseAge").contains("a single return has one person")
        .contains("Fix: remove spouseAge, or set filingStatus: married-joint");

    Files.writeString(file, COUPLE.replace("otherIncome: 60000", "otherIncome: 60000\n  taxableOtherIncome: 70000"));
    run = run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("profile.taxableOtherIncome").contains("taxableOtherIncome 70000 is more than otherIncome 60000");

    Files.writeString(file, COUPLE.replace("stateTaxRate: 0.05", "stateTaxRate: 0.05\n  muniInState: yes"));
    run = run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("profile.muniInState").contains("is not true or false").contains("Fix: write true or false");

    Files.writeString(file, COUPLE.replace("stateTaxRate: 0.05", "stateTaxRate: 0.05\n  itemizedDeductions: -5"));
    run = run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("profile.itemizedDeductions").contains("negative amount");

    // the valid fields: in-state munis lower the state tax by 5 % × 1,500 = 75
    Files.writeString(file, COUPLE.replace("stateTaxRate: 0.05", "stateTaxRate: 0.05\n  muniInState: true"));
    run = run("plan", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/taxes/causedByPortfolio/total").decimalValue())
        .isEqualByComparingTo("2744");
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

  @Test
  void theProjectionSectionOfThePlanFileChangesTheRun() throws IOException {
    Path file = dir.resolve("retiree.yaml");
    Files.writeString(file, Files.readString(EXAMPLES.resolve("retiree.yaml"))
        + "\nprojection:\n  paths: 500\n  seed: 3\n  spendingRule: income-only\n  otherIncomeIndexation: 0\n");
    Run run = run("plan", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode projection = new ObjectMapper().readTree(run.out()).get("projection");
    assertThat(projection.at("/paths").asInt()).isEqualTo(500);
    assertThat(projection.at("/seed").asLong()).isEqualTo(3L);
    assertThat(projection.at("/spendingRule").asText()).isEqualTo("income-only");
    assertThat(projection.at("/otherIncome/indexation").asDouble()).isZero();
    assertThat(projection.at("/verdict").asText()).contains("500 simulated futures pay the spending goal from income alone");
    // Under income-only a future fails exactly in the years its income does not cover the spending,
    // so 1 − success lies between the worst year's uncovered share and the sum of them all.
    double minCoverage = 1.0;
    double uncovered = 0.0;
    for (JsonNode year : projection.get("byYear")) {
      minCoverage = Math.min(minCoverage, year.get("incomeCoverage").asDouble());
      uncovered += 1.0 - year.get("incomeCoverage").asDouble();
    }
    double success = projection.at("/successRate").asDouble();
    assertThat(success).isLessThanOrEqualTo(minCoverage).isGreaterThanOrEqualTo(1.0 - uncovered - 1e-12);
    // Social Security of 25,200 + 15,600 a year (profile.socialSecurity), no tax on it alone: the 40,800 alone are
    // below the 32,000 base of the Publication 915 worksheet (provisional income 20,400) and the state exempts them.
    assertThat(projection.at("/otherIncome/socialSecurity/0/afterTax").asDouble()).isEqualTo(25_200.0);
    assertThat(projection.at("/otherIncome/socialSecurity/1/afterTax").asDouble()).isEqualTo(15_600.0);
  }

  @Test
  void badProjectionOptionsExitWithTwoNamingFileLineFieldAndFix() throws IOException {
    String retiree = Files.readString(EXAMPLES.resolve("retiree.yaml"));
    int lines = retiree.split("\n", -1).length; // the projection section starts on the line after the file's end
    Path file = dir.resolve("retiree.yaml");
    Files.writeString(file, retiree + "projection:\n  paths: 10\n");
    Run run = run("plan", file.toString(), "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file + " line " + (lines + 1) + ", projection.paths")
        .contains("must lie between 100 and 1000000, got 10").contains("Fix:").doesNotContain("\tat ");

    Files.writeString(file, retiree + "projection:\n  distribution: student\n  degreesOfFreedom: 1.5\n");
    run = run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("line " + (lines + 2) + ", projection.degreesOfFreedom").contains("Fix:");

    Path saver = dir.resolve("accumulator.yaml");
    Files.writeString(saver, Files.readString(EXAMPLES.resolve("accumulator.yaml")) + "projection: {spendingRule: guardrails}\n");
    run = run("plan", saver.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(saver + " line ").contains("projection.spendingRule")
        .contains("the guardrails rule needs a withdrawal rate").contains("Fix: add withdrawalRate:");
  }

  @Test
  void aLongProjectionDrawsProgressOnStderrOnly() throws IOException {
    // 40,000 futures × 55 years = 2.2 million path-years, above the 2 million of perennial project's bar.
    Path file = dir.resolve("accumulator.yaml");
    Files.writeString(file, Files.readString(EXAMPLES.resolve("accumulator.yaml")) + "projection: {paths: 40000}\n");
    Run run = run("plan", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("projection").contains("100%");
    ObjectMapper mapper = new ObjectMapper();
    var parser = mapper.getFactory().createParser(run.out());
    JsonNode root = mapper.readTree(parser);
    assertThat(root.at("/projection/paths").asInt()).isEqualTo(40_000);
    assertThat(parser.nextToken()).isNull();
  }
}
