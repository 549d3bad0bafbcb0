package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile.socialSecurity} in a plan file: bad entries exit 2 naming the field and the fix. */
class PlanSocialSecurityTest {

  private static final Path RETIREE = SharedData.repositoryRoot().resolve("examples/retiree.yaml");

  @TempDir Path dir;

  /** The retiree example with its other income replaced by {@code benefits} (YAML lines under profile:). */
  private Path retireeWith(String benefits) throws IOException {
    String plan = Files.readString(RETIREE);
    String withBenefits = plan.replaceFirst("(?m)^  (otherIncome|socialSecurity):.*(\\n    - .*)*$",
        "  socialSecurity:\n" + benefits.indent(4).stripTrailing());
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
