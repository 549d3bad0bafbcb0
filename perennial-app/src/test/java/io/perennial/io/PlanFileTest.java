package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.RiskTolerance;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.plan.ConstraintKind;
import io.perennial.plan.ResolvedPlan;
import io.perennial.plan.ProjectionSettings;
import io.perennial.project.ReturnDistribution;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  /** A small valid plan; the line numbers in the tests below refer to it. */
  private static final String PLAN = String.join("\n",
      "valuationDate: 2026-01-02",              // 1
      "profile:",                               // 2
      "  annualSpending: 60000",                // 3
      "  otherIncome: 54000",                   // 4
      "accounts:",                              // 5
      "  - id: taxable",                        // 6
      "    type: taxable",                      // 7
      "    holdings:",                          // 8
      "      - {asset: DIV, quantity: 1000}",   // 9
      "      - {asset: CASH, quantity: 5000}",  // 10
      "  - id: roth",                           // 11
      "    type: tax-free",                     // 12
      "    holdings:",                          // 13
      "      - asset: DIV",                     // 14
      "        quantity: 600",                  // 15
      "universe:",                              // 16
      "  - id: DIV",                            // 17
      "    class: us-dividend-stocks",          // 18
      "    yield: 0.04",                        // 19
      "prices:",                                // 20
      "  DIV: 50",                              // 21
      "");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private ResolvedPlan read(String content) throws IOException {
    return resolved(PlanFile.read(write("plan.yaml", content), BuiltInAssumptions.SET, TODAY), BuiltInAssumptions.SET);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> readFails(String content) throws IOException {
    Path file = write("plan.yaml", content);
    return assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  @Test
  void readsASmallPlanWithDefaults() throws IOException {
    ResolvedPlan input = read(PLAN);
    assertThat(input.valuationDate()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(input.profile().goal().annualSpending()).isEqualTo(Money.usd("60000"));
    assertThat(input.profile().goal().horizonYears()).isEqualTo(PlanFile.DEFAULT_HORIZON_YEARS);
    assertThat(input.profile().goal().yearsUntilStart()).isZero();
    assertThat(input.profile().riskTolerance()).isEqualTo(RiskTolerance.MODERATE);
    assertThat(input.profile().filingStatus()).isEqualTo(FilingStatus.SINGLE);
    assertThat(input.profile().inflation()).isEqualTo(PlanFile.DEFAULT_INFLATION);
    assertThat(input.accounts()).extracting(a -> a.type()).containsExactly(AccountType.TAXABLE, AccountType.TAX_FREE);
    assertThat(input.accounts().get(1).holdings().get(0).quantity()).isEqualByComparingTo("600");
    // CASH exists without being listed, at a price of 1, with the cash class's income mix
    assertThat(input.asset(AssetId.of("CASH")).assetClass()).isEqualTo(AssetClass.CASH);
    assertThat(input.price(AssetId.of("CASH"))).isEqualTo(Money.usd("1"));
    // DIV takes its class's mix and keeps its own yield
    assertThat(input.asset(AssetId.of("DIV")).incomeMix()).isEqualTo(BuiltInAssumptions.US_DIVIDEND_STOCKS.incomeMix());
    assertThat(input.candidate(AssetId.of("DIV")).orElseThrow().own().yield()).hasValue(0.04);
    assertThat(input.candidate(AssetId.of("DIV")).orElseThrow().own().volatility()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1e-999999999", "1e999999999", "0x10", ".inf", "1_000", "60000.0000000000000000000000000000001"})
  void numbersAreBoundedOnTheirTextAtTheirLine(String number) throws IOException {
    readFails(replace(PLAN, "annualSpending: 60000", "annualSpending: " + number))
        .hasMessageStartingWith(dir.resolve("plan.yaml") + " line 3, profile.annualSpending: '")
        .hasMessageContaining("Fix: ")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Test
  void aWholeNumberFieldRefusesFractionsAndHex() throws IOException {
    readFails(replace(PLAN, "annualSpending: 60000", "annualSpending: 60000\n  horizonYears: 0x1E"))
        .hasMessageContaining("profile.horizonYears").hasMessageContaining("'0x1E' is not a whole number");
  }

  @Test
  void quotedNumbersAndExponentsAreStillNumbers() throws IOException {
    assertThat(read(replace(PLAN, "annualSpending: 60000", "annualSpending: '6e4'")).profile().goal().annualSpending())
        .isEqualTo(Money.usd("60000"));
  }

  @Test
  void yamlAliasesAreRefusedAtTheirLine() throws IOException {
    // Before, the alias was read as the anchor's name ("name"), not its value, and the plan ran.
    readFails(replace(replace(PLAN, "  - id: taxable", "  - id: &name taxable"), "  - id: roth", "  - id: *name"))
        .hasMessageContaining("line 11, accounts[1].id").hasMessageContaining("a YAML alias (*name) is not supported")
        .hasMessageContaining("Fix: write the value out in full");
  }

  @Test
  void withoutAValuationDateThePlanIsValuedOnTheDayGiven() throws IOException {
    assertThat(read(replace(PLAN, "valuationDate: 2026-01-02\n", "")).valuationDate()).isEqualTo(TODAY);
  }

  @Test
  void jsonIsAcceptedToo() throws IOException {
    String json = """
        {"valuationDate": "2026-01-02",
         "profile": {"annualSpending": 60000, "maxVolatility": 0.1, "filingStatus": "married-joint"},
         "accounts": [{"id": "ira", "type": "tax-deferred", "holdings": [{"asset": "BND", "quantity": 10}]}],
         "universe": [{"id": "BND", "class": "intermediate-treasuries", "price": 74.10,
                       "incomeMix": {"treasury-interest": 0.45, "taxable-interest": 0.55}}],
         "constraints": [{"type": "max-class", "class": "reits", "limit": 0.1}]}
        """;
    ResolvedPlan input = resolved(PlanFile.read(write("plan.json", json), BuiltInAssumptions.SET, TODAY), BuiltInAssumptions.SET);
    assertThat(input.profile().riskTolerance().maxVolatility()).isEqualTo(0.1);
    assertThat(input.price(AssetId.of("BND"))).isEqualTo(Money.usd("74.10"));
    assertThat(input.asset(AssetId.of("BND")).incomeMix().share(IncomeCharacter.TAXABLE_INTEREST)).isEqualTo(0.55);
    assertThat(input.constraints()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ConstraintKind.MAX_CLASS);
      assertThat(c.name()).isEqualTo("max-class:reits");
    });
  }

  @Test
  void lotsMakeTheQuantityAndCostPerShareIsAccepted() throws IOException {
    ResolvedPlan input = read(replace(PLAN, "      - {asset: DIV, quantity: 1000}",
        "      - asset: DIV\n        lots:\n          - {date: 2019-05-01, quantity: 400, cost: 16000}\n"
            + "          - {date: 2021-05-01, quantity: 600, costPerShare: 45.5}"));
    var holding = input.accounts().get(0).holdings().get(0);
    assertThat(holding.quantity()).isEqualByComparingTo("1000");
    assertThat(holding.costBasis()).hasValue(Money.usd("43300")); // 16,000 + 600 × 45.50
  }

  @Test
  void theExamplesAreValid() {
    Path examples = SharedData.repositoryRoot().resolve("examples");
    for (String name : new String[] {"retiree.yaml", "accumulator.yaml"}) {
      ResolvedPlan input = resolved(PlanFile.read(examples.resolve(name), BuiltInAssumptions.SET, TODAY), BuiltInAssumptions.SET);
      assertThat(input.accounts()).isNotEmpty();
      assertThat(input.constraints()).isNotEmpty();
    }
  }

  // ---- errors: file, line, field and fix

  @Test
  void negativeQuantity() throws IOException {
    readFails(replace(PLAN, "quantity: 600", "quantity: -600"))
        .hasMessageContaining("plan.yaml line 15, accounts[1].holdings[0].quantity")
        .hasMessageContaining("negative quantity -600 of DIV")
        .hasMessageContaining("Fix:");
  }

  @Test
  void unknownAssetClassListsTheValidOnes() throws IOException {
    readFails(replace(PLAN, "class: us-dividend-stocks", "class: dividend-stocks"))
        .hasMessageContaining("line 18, universe[0].class")
        .hasMessageContaining("unknown asset class 'dividend-stocks'")
        .hasMessageContaining("did you mean 'us-dividend-stocks'")
        .hasMessageContaining("reits, intermediate-treasuries, tips");
  }

  @Test
  void unknownFieldSuggestsTheNearest() throws IOException {
    readFails(replace(PLAN, "        quantity: 600", "        quantty: 600"))
        .hasMessageContaining("line 15, accounts[1].holdings[0].quantty")
        .hasMessageContaining("unknown field 'quantty'")
        .hasMessageContaining("did you mean 'quantity'");
  }

  @Test
  void holdingOfAnAssetNotInTheUniverse() throws IOException {
    readFails(replace(PLAN, "{asset: DIV, quantity: 1000}", "{asset: DIVV, quantity: 1000}"))
        .hasMessageContaining("line 9, accounts[0].holdings[0].asset")
        .hasMessageContaining("DIVV, which is not in the universe")
        .hasMessageContaining("did you mean 'DIV'");
  }

  @Test
  void missingPrice() throws IOException {
    readFails(replace(PLAN, "prices:\n  DIV: 50\n", ""))
        .hasMessageContaining("line 17, universe[0].id")
        .hasMessageContaining("no price for DIV")
        .hasMessageContaining("under prices:");
  }

  @Test
  void incomeMixThatDoesNotAddUp() throws IOException {
    readFails(replace(PLAN, "    yield: 0.04\n", "    yield: 0.04\n    incomeMix: {qualified-dividend: 0.8, ordinary-dividend: 0.1}\n"))
        .hasMessageContaining("line 20, universe[0].incomeMix")
        .hasMessageContaining("adds up to 0.9, not 1");
    readFails(replace(PLAN, "    yield: 0.04\n", "    yield: 0.04\n    incomeMix: {qualified-dividend: 95, ordinary-dividend: 5}\n"))
        .hasMessageContaining("write fractions (0.95), not percentages (95)");
  }

  @Test
  void minimumWeightsThatAddUpToMoreThanTheWhole() throws IOException {
    readFails(PLAN + "constraints:\n  - {type: min-class, class: reits, limit: 0.6}\n  - {type: min-class, class: cash, limit: 0.5}\n")
        .hasMessageContaining("line 24, constraints[1].limit")
        .hasMessageContaining("minimum weights by class add up to 1.1");
  }

  @Test
  void aMaximumBelowItsMinimum() throws IOException {
    readFails(PLAN + "constraints:\n  - {type: min-asset, asset: DIV, limit: 0.5}\n  - {type: max-asset, asset: DIV, limit: 0.4}\n")
        .hasMessageContaining("constraints[1].limit")
        .hasMessageContaining("allows at most 0.4 but constraints[0] asks for at least 0.5");
  }

  @Test
  void constraintsAreCheckedAgainstTheUniverse() throws IOException {
    readFails(PLAN + "constraints:\n  - {type: max-asset, asset: DIX, limit: 0.5}\n")
        .hasMessageContaining("line 23, constraints[0].asset").hasMessageContaining("did you mean 'DIV'");
    readFails(PLAN + "constraints:\n  - {type: max-sector, sector: energy, limit: 0.5}\n")
        .hasMessageContaining("no asset in the universe has sector 'energy'");
    readFails(PLAN + "constraints:\n  - {type: max-class, asset: DIV, limit: 0.5}\n")
        .hasMessageContaining("a max-class constraint takes no asset");
    readFails(PLAN + "constraints:\n  - {type: max-holdings, limit: 2.5}\n")
        .hasMessageContaining("whole number");
    readFails(PLAN + "constraints:\n  - {type: max-clas, class: reits, limit: 0.5}\n")
        .hasMessageContaining("unknown constraint type 'max-clas'").hasMessageContaining("did you mean 'max-class'");
  }

  @Test
  void malformedYaml() throws IOException {
    readFails(replace(PLAN, "accounts:\n", "accounts\n"))
        .hasMessageContaining("plan.yaml line 6")
        .hasMessageContaining("not valid YAML")
        .hasMessageContaining("indentation");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> readFails(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("java.", "org.yaml", "com.fasterxml", "Exception",
            "[B@", "Event", "char #"));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheirLineColumnAndField() throws IOException {
    // "  - id: tax" is 11 characters, so the Latin-1 é (one byte, 0xE9) is in column 12 of line 6.
    readFails("plan.yaml", replace(PLAN, "  - id: taxable\n", "  - id: tax\u00e9ble\n").getBytes(StandardCharsets.ISO_8859_1))
        .hasMessageContaining("plan.yaml line 6, accounts[0].id: column 12 holds the byte 0xE9, which is not UTF-8 text")
        .hasMessageContaining("Fix: save the file with the encoding UTF-8");
    // In a comment: the line and column, no field.
    readFails("plan.yaml", ("# caf\u00e9\n" + PLAN).getBytes(StandardCharsets.ISO_8859_1))
        .hasMessageContaining("plan.yaml line 1: column 6 holds the byte 0xE9");
    readFails("plan.json", "{\"profile\": {\"name\": \"\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1))
        .hasMessageContaining("plan.json line 1, profile.name: column 23 holds the byte 0xFF");
    readFails("plan.yaml", PLAN.getBytes(StandardCharsets.UTF_16))
        .hasMessageContaining("plan.yaml line 1: the file is saved as UTF-16 text; plan files are UTF-8")
        .hasMessageContaining("Fix: save it again with the encoding UTF-8");
    readFails("plan.yaml", replace(PLAN, "annualSpending: 60000", "annualSpending: 6\u00000000").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 3, profile.annualSpending: column 20 holds a NUL character");
    // Correct UTF-8 stays readable, accents and all.
    assertThat(read(replace(PLAN, "  annualSpending: 60000\n", "  name: Ren\u00e9e M\u00fcller\n  annualSpending: 60000\n"))
        .profile().name()).isEqualTo("Ren\u00e9e M\u00fcller");
  }

  @Test
  void parserErrorsAreInPlainWords() throws IOException {
    readFails("plan.yaml", (PLAN + "---\nprofile: {}\n").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 23: a second document starts here (after a '---' line)")
        .hasMessageContaining("Fix: keep one plan per file");
    readFails("plan.json", "{\"profile\": {\"annualSpending\": 1}}\n{}".getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.json line 2: there is more after the plan's closing '}'");
    readFails("plan.yaml", replace(PLAN, "profile:\n", "profile: !!binary aGVsbG8=\nx:\n").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 2, profile: binary data (a !!binary value) is not a set of 'field: value' lines");
    readFails("plan.yaml", replace(PLAN, "  otherIncome: 54000\n", "  ? [a, b]\n  : 1\n").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 4: a field name here is a list or a mapping, not a plain name");
    readFails("plan.yaml", (PLAN + "projection:\n  seed: abc\n").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 23, projection.seed: 'abc' is not a whole number")
        .hasMessageContaining("Fix: write a whole number such as 30");
    readFails("plan.yaml", replace(PLAN, "valuationDate: 2026-01-02", "valuationDate: [2026-01-02]").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 1, valuationDate: expected a single value (text or a number) here");
    readFails("plan.yaml", replace(PLAN, "valuationDate: 2026-01-02", "valuationDate: next monday").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 1, valuationDate: 'next monday' is not a date")
        .hasMessageContaining("Fix: write dates as YYYY-MM-DD");
    readFails("plan.yaml", replace(PLAN, "quantity: 600", "quantity: [600]").getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("plan.yaml line 15, accounts[1].holdings[0].quantity: expected a number here");
  }

  @Test
  void javaNamesAreTakenOutOfParserMessages() {
    assertThat(PlanFile.plain("java.io.CharConversionException: Invalid UTF-8 start byte 0xff (at char #54, byte #-1)"))
        .isEqualTo("Invalid UTF-8 start byte 0xff");
    assertThat(PlanFile.plain("got this instead: <org.yaml.snakeyaml.events.SequenceStartEvent(anchor=null, tag=null)>"))
        .isEqualTo("got this instead: another kind of value");
    assertThat(PlanFile.plain("cannot parse java.time.LocalDate")).isEqualTo("cannot parse LocalDate");
  }

  @Test
  void textWhereANumberBelongs() throws IOException {
    readFails(replace(PLAN, "quantity: 600", "quantity: six hundred"))
        .hasMessageContaining("line 15, accounts[1].holdings[0].quantity")
        .hasMessageContaining("'six hundred' is not a number");
    readFails(replace(PLAN, "annualSpending: 60000", "annualSpending: 60,000"))
        .hasMessageContaining("line 3, profile.annualSpending").hasMessageContaining("no %, $ or thousands separators");
  }

  @Test
  void ratesWrittenAsPercentages() throws IOException {
    readFails(replace(PLAN, "yield: 0.04", "yield: 4"))
        .hasMessageContaining("line 19, universe[0].yield")
        .hasMessageContaining("looks like a percentage")
        .hasMessageContaining("0.04 for 4 %");
  }

  @Test
  void missingFileEmptyFileAndDirectory() throws IOException {
    assertThatThrownBy(() -> PlanFile.read(dir.resolve("nothere.yaml"), BuiltInAssumptions.SET, TODAY))
        .isInstanceOf(InputException.class).hasMessageContaining("nothere.yaml: file not found");
    readFails("  \n").hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> PlanFile.read(dir, BuiltInAssumptions.SET, TODAY))
        .isInstanceOf(InputException.class).hasMessageContaining("is a directory");
  }

  @Test
  void missingSections() throws IOException {
    readFails("valuationDate: 2026-01-02\n").hasMessageContaining("the plan has no profile");
    readFails(replace(PLAN, "  annualSpending: 60000\n", "")).hasMessageContaining("line 2, profile")
        .hasMessageContaining("no annualSpending given");
    readFails(PLAN.substring(0, PLAN.indexOf("accounts:"))).hasMessageContaining("the plan has no accounts");
  }

  @Test
  void theSameAssetTwiceInOneAccount() throws IOException {
    readFails(replace(PLAN, "      - {asset: CASH, quantity: 5000}", "      - {asset: DIV, quantity: 5}"))
        .hasMessageContaining("line 10, accounts[0].holdings[1].asset")
        .hasMessageContaining("DIV is held twice in account taxable");
  }

  @Test
  void duplicateFieldsAndAccountIds() throws IOException {
    readFails(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  otherIncome: 1\n"))
        .hasMessageContaining("line 5").hasMessageContaining("the field 'otherIncome' appears twice");
    readFails(replace(PLAN, "  - id: roth", "  - id: taxable"))
        .hasMessageContaining("line 11, accounts[1].id").hasMessageContaining("used twice");
  }

  @Test
  void lotsThatDisagreeWithTheQuantityOrComeAfterTheValuationDate() throws IOException {
    readFails(replace(PLAN, "        quantity: 600", "        quantity: 600\n        lots: [{date: 2020-01-02, quantity: 500, cost: 1}]"))
        .hasMessageContaining("line 15, accounts[1].holdings[0].quantity")
        .hasMessageContaining("lots add up to 500");
    readFails(replace(PLAN, "        quantity: 600", "        lots: [{date: 2027-01-02, quantity: 500, cost: 1}]"))
        .hasMessageContaining("accounts[1].holdings[0].lots[0].date")
        .hasMessageContaining("after the valuation date");
  }

  @Test
  void riskToleranceByNameOrVolatilityButNotBoth() throws IOException {
    assertThat(read(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  riskTolerance: growth\n"))
        .profile().riskTolerance()).isEqualTo(RiskTolerance.GROWTH);
    readFails(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  riskTolerance: agressive\n"))
        .hasMessageContaining("profile.riskTolerance").hasMessageContaining("did you mean 'aggressive'");
    readFails(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  riskTolerance: growth\n  maxVolatility: 0.1\n"))
        .hasMessageContaining("both riskTolerance and maxVolatility");
  }

  @Test
  void aVolatilityCapOfZeroIsRefusedAtItsLine() throws IOException {
    // The range is above 0 up to 1: a cap of 0 would leave the optimizer no allocation at all.
    readFails(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  maxVolatility: 0\n"))
        .hasMessageContaining("plan.yaml line 5, profile.maxVolatility: the maximum volatility must be more than 0")
        .hasMessageContaining("Fix: write a fraction above 0 and up to 1, such as 0.08");
    assertThat(read(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  maxVolatility: 1\n"))
        .profile().riskTolerance().maxVolatility()).isEqualTo(1.0);
  }

  @Test
  void anAccountIdWithASpaceOrAtSignIsRefusedAtItsLine() throws IOException {
    readFails(replace(PLAN, "  - id: taxable\n", "  - id: my brokerage\n"))
        .hasMessageContaining("plan.yaml line 6, accounts[0].id: account id 'my brokerage' contains a space")
        .hasMessageContaining("without spaces or '@'")
        .hasMessageContaining("Fix: write it as one word, e.g. id: my-brokerage, and put the long form in name:");
    readFails(replace(PLAN, "  - id: roth\n", "  - id: roth@pat\n"))
        .hasMessageContaining("plan.yaml line 11, accounts[1].id: account id 'roth@pat' contains '@'")
        .hasMessageContaining("e.g. id: roth-pat");
  }

  @Test
  void twoDifferentPricesForOneAsset() throws IOException {
    readFails(replace(PLAN, "    yield: 0.04\n", "    yield: 0.04\n    price: 51\n"))
        .hasMessageContaining("prices.DIV").hasMessageContaining("two prices");
  }

  // ---- the projection section (lines 22 on)

  @Test
  void projectionSettingsAreReadWithDefaultsForWhatIsLeftOut() throws IOException {
    assertThat(read(PLAN).projection()).isEqualTo(ProjectionSettings.DEFAULTS);
    ProjectionSettings settings = read(PLAN + String.join("\n",
        "projection:",                          // 22
        "  paths: 2000",                        // 23
        "  seed: 7",                            // 24
        "  distribution: student-t",            // 25
        "  degreesOfFreedom: 6",                // 26
        "  spendingRule: guardrails",           // 27
        "  withdrawalRate: 0.045",              // 28
        "  otherIncomeIndexation: 0",           // 29
        "  otherIncomeStartsIn: 3",             // 30
        "  inflationVolatility: 0.02",          // 31
        "  inflationPersistence: 0.5",          // 32
        "  rebalanceEveryYears: 0",             // 33
        "  targetSuccess: 0.9",                 // 34
        "")).projection();
    assertThat(settings.paths()).isEqualTo(2000);
    assertThat(settings.seed()).isEqualTo(7L);
    assertThat(settings.distribution()).isEqualTo(ReturnDistribution.STUDENT_T);
    assertThat(settings.degreesOfFreedom()).isEqualTo(6.0);
    assertThat(settings.spendingRule()).isEqualTo(ProjectionSettings.Rule.GUARDRAILS);
    assertThat(settings.withdrawalRate()).hasValue(0.045);
    assertThat(settings.otherIncomeIndexation()).isZero();
    assertThat(settings.otherIncomeStartsIn()).hasValue(3);
    assertThat(settings.inflationVolatility()).isEqualTo(0.02);
    assertThat(settings.inflationPersistence()).isEqualTo(0.5);
    assertThat(settings.rebalanceEveryYears()).isZero();
    assertThat(settings.targetSuccess()).isEqualTo(0.9);
  }

  @Test
  void badProjectionSettingsNameLineFieldAndFix() throws IOException {
    readFails(PLAN + "projection:\n  paths: 50\n")
        .hasMessageContaining("plan.yaml line 23, projection.paths")
        .hasMessageContaining("number of paths must lie between 100 and 1000000, got 50")
        .hasMessageContaining("Fix:");
    readFails(PLAN + "projection:\n  paths: 2000.5\n")
        .hasMessageContaining("line 23, projection.paths").hasMessageContaining("whole number");
    readFails(PLAN + "projection:\n  pahts: 2000\n")
        .hasMessageContaining("line 23, projection.pahts").hasMessageContaining("did you mean 'paths'");
    readFails(PLAN + "projection:\n  distribution: normall\n")
        .hasMessageContaining("line 23, projection.distribution").hasMessageContaining("unknown distribution 'normall'")
        .hasMessageContaining("Fix: use lognormal or student-t");
    // 'normal' used to be read silently as lognormal: the engine has no arithmetic-normal shocks.
    readFails(PLAN + "projection:\n  distribution: normal\n")
        .hasMessageContaining("line 23, projection.distribution: unknown distribution 'normal'")
        .hasMessageContaining("Fix: use lognormal (normally distributed log returns");
    readFails(PLAN + "projection:\n  degreesOfFreedom: 5\n")
        .hasMessageContaining("line 23, projection.degreesOfFreedom").hasMessageContaining("add distribution: student-t");
    readFails(PLAN + "projection:\n  distribution: student-t\n  degreesOfFreedom: 2\n")
        .hasMessageContaining("line 24, projection.degreesOfFreedom").hasMessageContaining("above 2");
    readFails(PLAN + "projection:\n  spendingRule: fixed\n")
        .hasMessageContaining("line 23, projection.spendingRule").hasMessageContaining("unknown spending rule 'fixed'")
        .hasMessageContaining("constant, income-only, percentage, guardrails");
    readFails(PLAN + "projection:\n  withdrawalRate: 0.04\n")
        .hasMessageContaining("line 23, projection.withdrawalRate").hasMessageContaining("not constant")
        .hasMessageContaining("Fix: remove withdrawalRate, or add spendingRule: percentage");
    readFails(PLAN + "projection:\n  spendingRule: percentage\n  withdrawalRate: 4\n")
        .hasMessageContaining("line 24, projection.withdrawalRate").hasMessageContaining("looks like a percentage")
        .hasMessageContaining("0.04");
    readFails(PLAN + "projection:\n  targetSuccess: 95\n")
        .hasMessageContaining("line 23, projection.targetSuccess").hasMessageContaining("0.95");
    readFails(PLAN + "projection:\n  otherIncomeIndexation: 1.5\n")
        .hasMessageContaining("line 23, projection.otherIncomeIndexation").hasMessageContaining("between 0 and 1");
    readFails(PLAN + "projection:\n  rebalanceEveryYears: -1\n")
        .hasMessageContaining("line 23, projection.rebalanceEveryYears");
    // A saver's percentage rule needs its rate: the spending does not start today.
    readFails(replace(PLAN, "  otherIncome: 54000\n", "  otherIncome: 54000\n  yearsUntilIncome: 10\n")
            + "projection:\n  spendingRule: percentage\n")
        .hasMessageContaining("line 24, projection.spendingRule").hasMessageContaining("needs a withdrawal rate")
        .hasMessageContaining("Fix: add withdrawalRate: under projection");
  }

  /** The plan of {@code document} under {@code assumptions}, resolved as the planner resolves it. */
  private static ResolvedPlan resolved(io.perennial.io.PlanDocument document, io.perennial.market.CapitalMarketAssumptions assumptions) {
    return ResolvedPlan.of(document.household(), document.market(assumptions), document.settings());
  }
}
