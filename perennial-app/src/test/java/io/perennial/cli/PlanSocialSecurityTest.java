package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code profile.socialSecurity} in a plan file: the retiree example's benefits taxed by the
 * Publication 915 worksheet, and bad entries exit 2 naming the field and the fix.
 */
class PlanSocialSecurityTest {

  private static final Path RETIREE = SharedData.repositoryRoot().resolve("examples/retiree.yaml");

  @TempDir Path dir;

  /** The retiree example with its other income replaced by {@code benefits} (YAML lines under profile:). */
  private Path retireeWith(String benefits) throws IOException {
    String plan = Files.readString(RETIREE);
    String withBenefits = plan.replaceFirst("(?s)\n  socialSecurity:.*?\n(?=  # otherIncome)",
        "\n  socialSecurity:\n" + benefits.indent(4));
    assertThat(withBenefits).isNotEqualTo(plan);
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, withBenefits);
    return file;
  }

  private static PlanCommandTest.Run badInput(Path file) {
    PlanCommandTest.Run run = PlanCommandTest.run("plan", file.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    return run;
  }

  /**
   * examples/retiree.yaml, 2026, married-joint, ages 67 and 65, state 4.95 % (out-of-state muni).
   * Benefits: Pat (born 1959, full retirement age 66 and 10 months) claims at 67, 2 months late:
   * 2,072.37 × (1 + 2 × 2/3 %) = 2,100.0016 → 2,100.00 a month; Sam (born 1961, full retirement age
   * 67) claims at 65, 24 months early: 1,500 × (1 − 24 × 5/9 %) = 1,300.00; together 3,400 × 12 =
   * 40,800 in 2026. The household with the tax-deferred income withdrawn (the default forward
   * assumptions: cash 60,000 × 3.56 % = 2,136; VTIP in the IRA pays its 4.30 % with the inflation
   * accrual): IRA 26,201.12, taxable interest 2,136, muni interest 4,048, ordinary dividends
   * 1,282.62, qualified dividends 12,875.78. Publication 915 worksheet:
   * 1 = 40,800; 2 = 20,400; 3 = 26,201.12 + 2,136 + 1,282.62 + 12,875.78 = 42,495.52; 4 = 4,048;
   * 6 = 20,400 + 42,495.52 + 4,048 = 66,943.52; 8 = 66,943.52; 9 = 32,000; 10 = 34,943.52;
   * 11 = 12,000; 12 = 22,943.52; 13 = 12,000; 14 = 6,000; 15 = 6,000; 16 = 85 % × 22,943.52 =
   * 19,501.99; 17 = 25,501.99; 18 = 34,680; 19 = 25,501.99 taxable benefits.
   * AGI = 42,495.52 + 25,501.99 = 67,997.51; deductions 32,200 + 2 × 1,650 + 2 × 6,000 (senior) =
   * 47,500; taxable income 20,497.51, of which 12,875.78 qualified dividends (0 % band) and 7,621.73
   * ordinary at 10 %: federal 762.17 (as ordinary income the 40,800 would be taxed at 10-12 %).
   * The next IRA dollar: 1 ordinary dollar + 0.85 of benefits made taxable (line 16), both at 10 %:
   * 1.85 × 10 % = 18.5 % federal, plus 4.95 % state (benefits are not in the state base): 23.45 %.
   */
  @Test
  void theRetireeExampleIsTaxedByTheWorksheet() throws IOException {
    PlanCommandTest.Run run = PlanCommandTest.run("plan", RETIREE.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode taxes = new ObjectMapper().readTree(run.out()).at("/taxes");
    assertThat(taxes.at("/filer/socialSecurity").decimalValue()).isEqualByComparingTo("40800");
    JsonNode withdrawn = taxes.at("/withDeferredWithdrawn");
    assertThat(withdrawn.at("/income/socialSecurity").decimalValue()).isEqualByComparingTo("40800");
    assertThat(withdrawn.at("/taxableSocialSecurity").decimalValue()).isEqualByComparingTo("25501.99");
    assertThat(withdrawn.at("/adjustedGrossIncome").decimalValue()).isEqualByComparingTo("67997.51");
    assertThat(withdrawn.at("/taxableIncome").decimalValue()).isEqualByComparingTo("20497.51");
    assertThat(withdrawn.at("/federalIncomeTax").decimalValue()).isEqualByComparingTo("762.17");
    assertThat(withdrawn.at("/niit").decimalValue()).isZero();
    JsonNode ira = taxes.at("/withdrawalMarginalRate");
    assertThat(ira.at("/federal").decimalValue()).isEqualByComparingTo("0.185");
    assertThat(ira.at("/state").decimalValue()).isEqualByComparingTo("0.0495");
    assertThat(ira.at("/total").decimalValue()).isEqualByComparingTo("0.2345");
  }

  @Test
  void aClaimingAgeOutside62To70ExitsWithTwoNamingTheFieldAndTheFix() throws IOException {
    PlanCommandTest.Run run = badInput(retireeWith("- {monthlyAtFullRetirementAge: 2000, claimingAge: 71, birthYear: 1959}"));
    assertThat(run.err()).contains("profile.socialSecurity[0].claimingAge")
        .contains("a claiming age of 71 is outside 62 to 70").contains("Fix: write a whole age from 62 to 70");

    run = badInput(retireeWith("- {monthlyAtFullRetirementAge: 2000, claimingAge: 61, birthYear: 1959}"));
    assertThat(run.err()).contains("claimingAge").contains("a claiming age of 61 is outside 62 to 70");
  }

  @Test
  void aBirthYearInTheFutureExitsWithTwo() throws IOException {
    PlanCommandTest.Run run = badInput(retireeWith("- {monthlyAtFullRetirementAge: 2000, claimingAge: 67, birthYear: 2030}"));
    assertThat(run.err()).contains("profile.socialSecurity[0].birthYear")
        .contains("year of birth 2030 is in the future (the plan is valued in 2026)").contains("Fix: write the year of birth");
  }

  @Test
  void missingFieldsExitWithTwoNamingThem() throws IOException {
    assertThat(badInput(retireeWith("- {claimingAge: 67, birthYear: 1959}")).err())
        .contains("profile.socialSecurity[0]").contains("no monthlyAtFullRetirementAge given")
        .contains("Fix: add monthlyAtFullRetirementAge:");
    assertThat(badInput(retireeWith("- {monthlyAtFullRetirementAge: 2000, birthYear: 1959}")).err())
        .contains("no claimingAge given").contains("Fix: add claimingAge:");
    assertThat(badInput(retireeWith("- {monthlyAtFullRetirementAge: 2000, claimingAge: 67}")).err())
        .contains("no birthYear given").contains("Fix: add birthYear:");
    assertThat(badInput(retireeWith("- {monthlyAtFullRetirementAge: -5, claimingAge: 67, birthYear: 1959}")).err())
        .contains("profile.socialSecurity[0].monthlyAtFullRetirementAge").contains("negative amount");
  }

  @Test
  void moreBenefitsThanPeopleExitWithTwo() throws IOException {
    String one = "- {monthlyAtFullRetirementAge: 2000, claimingAge: 67, birthYear: 1959}\n";
    assertThat(badInput(retireeWith(one + one + one)).err()).contains("profile.socialSecurity")
        .contains("3 Social Security benefits are given; a return has at most one per person");
  }
}
