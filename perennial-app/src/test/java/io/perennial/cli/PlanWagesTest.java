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
 * {@code profile.wages} in a plan file: a saver's marginal rates today come from the wages, and the
 * projection does not count the wages after they stop (as {@code otherIncome} it paid them for life).
 */
class PlanWagesTest {

  private static final Path ACCUMULATOR = SharedData.repositoryRoot().resolve("examples/accumulator.yaml");
  /** A goal the savings alone may miss: twice the example's 60,000, so success is below 100 %. */
  private static final String GOAL = "annualSpending: 120000";
  private static final String WAGES = "150000";

  @TempDir Path dir;

  private JsonNode plan(String otherIncomeLine) throws IOException {
    String text = Files.readString(ACCUMULATOR)
        .replaceFirst("annualSpending: 60000", GOAL)
        .replaceFirst("(?m)^  otherIncome: 0 .*$", otherIncomeLine)
        + "\nprojection:\n  paths: 2000\n  seed: 7\n";
    Path file = dir.resolve("saver.yaml");
    Files.writeString(file, text);
    PlanCommandTest.Run run = PlanCommandTest.run("plan", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void wagesSetTodaysRatesAndStopAtRetirement() throws IOException {
    JsonNode none = plan("  otherIncome: 0");
    JsonNode asOtherIncome = plan("  otherIncome: " + WAGES);
    JsonNode wages = plan("  wages: {amount: " + WAGES + "}");
    JsonNode wagesForLife = plan("  wages: {amount: " + WAGES + ", endYear: 2100}");

    double saved = none.at("/projection/successRate").asDouble();
    assertThat(saved).isLessThan(0.99);
    // today's only way to give wages, otherIncome, pays them for life: every future succeeds
    assertThat(asOtherIncome.at("/projection/successRate").asDouble()).isEqualTo(1.0);
    // wages stop when the spending starts (2046): success is exactly that of the savings alone (same seed;
    // the projection's rates are those of this year's income without the wages), far below wages for life
    assertThat(wages.at("/projection/successRate").asDouble()).isEqualTo(saved);
    assertThat(wages.at("/projection/taxRates/deferredWithdrawalRate").asDouble())
        .isEqualTo(none.at("/projection/taxRates/deferredWithdrawalRate").asDouble());
    assertThat(wagesForLife.at("/projection/successRate").asDouble()).isEqualTo(1.0);

    // today's marginal rates come from the wages: single 2026, 150,000 of wages plus the taxable
    // accounts' income less the 16,100 standard deduction lies in the 24 % bracket (105,700–201,775)
    assertThat(none.at("/taxes/marginalRates/ordinary/federal").decimalValue()).isLessThan(new java.math.BigDecimal("0.24"));
    assertThat(wages.at("/taxes/marginalRates/ordinary/federal").decimalValue()).isEqualByComparingTo("0.24");
    assertThat(wages.at("/taxes/otherIncomeAlone/income/ordinary").decimalValue()).isEqualByComparingTo(WAGES);
    // and the wages do not count toward the spending
    assertThat(wages.at("/coverage/afterTax/otherIncome").decimalValue()).isZero();
    assertThat(wages.at("/coverage/afterTax/spendingFromPortfolio").decimalValue()).isEqualByComparingTo("120000");
  }

  @Test
  void badWagesExitWithTwo() throws IOException {
    String text = Files.readString(ACCUMULATOR).replaceFirst("(?m)^  otherIncome: 0 .*$", "  wages: {endYear: 2040}");
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, text);
    PlanCommandTest.Run run = PlanCommandTest.run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("profile.wages").contains("no amount given").contains("Fix: add amount:");

    Files.writeString(file, Files.readString(ACCUMULATOR)
        .replaceFirst("(?m)^  otherIncome: 0 .*$", "  wages: {amount: 90000, endYear: 2020}"));
    run = PlanCommandTest.run("plan", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("profile.wages.endYear").contains("the wages end in 2020, before the plan's year 2026");
  }
}
