package io.perennial.cli;

import static io.perennial.cli.TaxCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.cli.TaxCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code perennial social-security}, run in process. */
class SocialSecurityCommandTest {

  @Test
  void earlyAndDelayedClaims() throws Exception {
    // born 1962 (full retirement age 67), 2,400 at 67: at 62, 60 months early → 70 % = 1,680.00
    Run early = run("social-security", "--benefit-at-fra", "2400", "--birth-year", "1962", "--claiming-age", "62", "--json");
    assertThat(early.code()).as(early.err()).isEqualTo(0);
    JsonNode json = early.json();
    assertThat(json.get("monthlyBenefit").decimalValue()).isEqualByComparingTo("1680.00");
    assertThat(json.get("annualBenefit").decimalValue()).isEqualByComparingTo("20160.00");
    assertThat(json.get("factor").decimalValue()).isEqualByComparingTo("0.7");
    assertThat(json.get("monthsEarly").asInt()).isEqualTo(60);
    assertThat(json.get("fullRetirementAge").get("years").asInt()).isEqualTo(67);

    // born 1957 (66 and 6 months), at 68 and 3 months: 21 months × 2/3 % = 14 % → 2,736.00
    Run late = run("social-security", "--benefit-at-fra", "2400", "--birth-year", "1957", "--claiming-age", "68y3m", "--json");
    assertThat(late.json().get("monthsDelayed").asInt()).isEqualTo(21);
    assertThat(late.json().get("monthlyBenefit").decimalValue()).isEqualByComparingTo("2736.00");
  }

  @Test
  void text() {
    Run run = run("social-security", "--benefit-at-fra", "2000", "--birth-year", "1960", "--claiming-age", "70");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("full retirement age 67").contains("36 months of delayed credits").contains("2,480.00");
  }

  @Test
  void aClaimingAgeOutside62To70IsExitCode2() {
    assertBad(run("social-security", "--benefit-at-fra", "2000", "--birth-year", "1960", "--claiming-age", "61"),
        "--claiming-age", "outside 62 to 70", "give an age from 62 to 70");
    assertBad(run("social-security", "--benefit-at-fra", "2000", "--birth-year", "1960", "--claiming-age", "70y1m", "--json"),
        "--claiming-age", "outside 62 to 70");
    assertBad(run("social-security", "--benefit-at-fra", "2000", "--birth-year", "1960", "--claiming-age", "66.5"),
        "--claiming-age", "66y6m");
    assertBad(run("social-security", "--benefit-at-fra", "-1", "--birth-year", "1960", "--claiming-age", "67"),
        "--benefit-at-fra", "cannot be negative");
    assertBad(run("social-security", "--benefit-at-fra", "2000", "--birth-year", "1900", "--claiming-age", "67"),
        "--birth-year", "outside 1917 to 2100");
    // a year of birth after today's year (the command's only use of the clock): 2099 stays in the
    // future for as long as this test runs
    assertBad(run("social-security", "--benefit-at-fra", "2000", "--birth-year", "2099", "--claiming-age", "67", "--json"),
        "--birth-year", "2099 is in the future", "Fix: give the year of birth");
  }

  private static void assertBad(Run run, String... fragments) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
