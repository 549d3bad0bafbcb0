package io.perennial.cli;

import static io.perennial.cli.TaxCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.cli.TaxCommandTest.Run;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code perennial rmd}, run in process, against the Uniform Lifetime Table typed here from the
 * regulation (26 CFR 1.401(a)(9)-9(c), distribution years from 2022) and the start ages of
 * SECURE 2.0 sec. 107.
 */
class RmdCommandTest {

  /** Ages 72 to 100. */
  private static final String[] TABLE = {
    "27.4", "26.5", "25.5", "24.6", "23.7", "22.9", "22.0", "21.1", "20.2", "19.4", // 72-81
    "18.5", "17.7", "16.8", "16.0", "15.2", "14.4", "13.7", "12.9", "12.2", "11.5", // 82-91
    "10.8", "10.1", "9.5", "8.9", "8.4", "7.8", "7.3", "6.8", "6.4",                // 92-100
  };

  @Test
  void matchesTheTableAtEveryAgeFrom72To100() throws Exception {
    BigDecimal balance = new BigDecimal("987654.32");
    for (int i = 0; i < TABLE.length; i++) {
      int age = 72 + i;
      int year = 1950 + age;
      Run run = run("rmd", "--birth-year", "1950", "--year", String.valueOf(year), "--balance", balance.toPlainString(), "--json");

      assertThat(run.code()).as(run.err()).isEqualTo(0);
      JsonNode json = run.json();
      BigDecimal divisor = new BigDecimal(TABLE[i]);
      assertThat(json.get("age").asInt()).isEqualTo(age);
      assertThat(json.get("divisor").decimalValue()).as("divisor at %d", age).isEqualByComparingTo(divisor);
      assertThat(json.get("required").decimalValue()).as("required at %d", age)
          .isEqualByComparingTo(balance.divide(divisor, 2, RoundingMode.CEILING));
    }
  }

  @Test
  void handWorkedAndTheKeysInOrder() throws Exception {
    // Sam, born 1951, 2026: age 75; 1,200,000 ÷ 24.6 = 48,780.4878… → 48,780.49
    Run run = run("rmd", "--birth-year", "1951", "--year", "2026", "--balance", "1200000", "--json");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    JsonNode json = run.json();
    assertThat(json.fieldNames()).toIterable().startsWith("age", "divisor", "required");
    assertThat(json.get("required").decimalValue()).isEqualByComparingTo("48780.49");
    assertThat(json.get("required").toString()).isEqualTo("48780.49");
    assertThat(json.get("startAge").asInt()).isEqualTo(73);
    assertThat(json.get("firstRequiredYear").asInt()).isEqualTo(2024);
  }

  @ParameterizedTest(name = "born {0}: nothing in {1}, first in {2} at age {3}")
  @CsvSource({
    // 1950: 72 (SECURE Act of 2019); 71 in 2021 is before the 2022 table, so the first year is shown
    "1950, 0, 2022, 72, 27.4",
    "1951, 2023, 2024, 73, 26.5",
    "1959, 2031, 2032, 73, 26.5",
    "1960, 2034, 2035, 75, 24.6",
  })
  void startAgeByBirthYear(int birthYear, int yearBefore, int firstYear, int startAge, String divisor) throws Exception {
    String balance = new BigDecimal(divisor).multiply(new BigDecimal("1000")).toPlainString();
    if (yearBefore > 0) {
      Run before = run("rmd", "--birth-year", String.valueOf(birthYear), "--year", String.valueOf(yearBefore),
          "--balance", balance, "--json");
      assertThat(before.code()).isEqualTo(0);
      assertThat(before.json().get("required").decimalValue()).isZero();
      assertThat(before.json().get("divisor").isNull()).isTrue();
      assertThat(before.json().get("startAge").asInt()).isEqualTo(startAge);
    }
    Run first = run("rmd", "--birth-year", String.valueOf(birthYear), "--year", String.valueOf(firstYear),
        "--balance", balance, "--json");
    assertThat(first.json().get("age").asInt()).isEqualTo(startAge);
    assertThat(first.json().get("startAge").asInt()).isEqualTo(startAge);
    assertThat(first.json().get("required").decimalValue()).isEqualByComparingTo("1000.00");
  }

  @Test
  void textForPeople() {
    Run run = run("rmd", "--birth-year", "1955", "--year", "2026", "--balance", "500000");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("age 71 in 2026").contains("start at 73 (2028)").contains("required: 0.00");
  }

  @Test
  void badInputNamesTheOptionAndTheFix() {
    assertBad(run("rmd", "--birth-year", "2030", "--year", "2026", "--balance", "1000"),
        "--birth-year", "not before the distribution year 2026", "before --year 2026");
    assertBad(run("rmd", "--birth-year", "1950", "--year", "2026", "--balance", "-5", "--json"),
        "--balance", "cannot be negative", "31 December 2025");
    assertBad(run("rmd", "--birth-year", "1950", "--year", "2026", "--balance", "lots"), "--balance", "not a number");
    assertBad(run("rmd", "--birth-year", "1945", "--year", "2021", "--balance", "1000"), "--year", "2022 or later");
    assertBad(run("rmd", "--birth-year", "1850", "--year", "2026", "--balance", "1000"), "--birth-year", "would be 176");
    assertBad(run("rmd", "--year", "2026", "--balance", "1000"), "--birth-year");
  }

  private static void assertBad(Run run, String... fragments) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
