package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code perennial property}, run in process. */
class PropertyCommandTest {

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

  private static final String[] EXAMPLE = {"property", "--price", "200000", "--rent", "2000", "--vacancy", "0.05",
      "--expenses", "8880", "--down", "0.20", "--rate", "0.07", "--years", "30", "--closing-costs", "6000"};

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void jsonCarriesTheContractKeys() throws Exception {
    // The worked example of PropertyCashFlowTest with its expenses as one total: effective rent
    // 22,800 − 8,880 = NOI 13,920; cap rate 6.96 %; 160,000 at 7 % = 1,064.48 a month,
    // 12,773.76 a year; cash flow 1,146.24; CoC 1,146.24 / 46,000; DSCR 13,920 / 12,773.76.
    Run run = run(with(EXAMPLE, "--json"));

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    JsonNode json = run.json();
    assertThat(json.get("noi").decimalValue()).isEqualByComparingTo("13920");
    assertThat(json.get("capRate").doubleValue()).isCloseTo(0.0696, within(1e-12));
    assertThat(json.get("debtService").decimalValue()).isEqualByComparingTo("12773.76");
    assertThat(json.get("cashFlow").decimalValue()).isEqualByComparingTo("1146.24");
    assertThat(json.get("cashOnCash").doubleValue()).isCloseTo(1146.24 / 46000, within(1e-12));
    assertThat(json.get("dscr").doubleValue()).isCloseTo(13920 / 12773.76, within(1e-12));
    // Depreciation: (200,000 + 6,000) × 0.8 (the assumed land share, stated) / 27.5 = 5,992.73.
    assertThat(json.get("depreciation").decimalValue()).isEqualByComparingTo("5992.73");
    assertThat(json.get("landShareAssumed").booleanValue()).isTrue();
    assertThat(json.get("monthlyPayment").decimalValue()).isEqualByComparingTo("1064.48");
    JsonNode amortization = json.get("amortization");
    assertThat(amortization).hasSize(30);
    assertThat(amortization.get(0).get("year").intValue()).isEqualTo(1);
    assertThat(amortization.get(0).get("interest").decimalValue()).isEqualByComparingTo("11148.52");
    assertThat(amortization.get(0).get("principal").decimalValue()).isEqualByComparingTo("1625.24");
    assertThat(amortization.get(0).get("balance").decimalValue()).isEqualByComparingTo("158374.76");
    assertThat(amortization.get(29).get("balance").decimalValue()).isEqualByComparingTo("0");
    java.math.BigDecimal principal = java.math.BigDecimal.ZERO;
    for (JsonNode row : amortization) {
      principal = principal.add(row.get("principal").decimalValue());
    }
    assertThat(principal).isEqualByComparingTo("160000");
    // Taxable: 22,800 − 8,880 − 11,148.52 − 5,992.73 = −3,221.25.
    assertThat(json.get("taxableIncome").decimalValue()).isEqualByComparingTo("-3221.25");
  }

  @Test
  void withoutALoanDscrIsNullAndNothingIsNaN() throws Exception {
    Run run = run("property", "--price", "300000", "--rent", "2500", "--vacancy", "0", "--expenses", "9000",
        "--land-share", "0.3", "--placed-in-service", "2025-07", "--json");

    assertThat(run.code()).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.get("dscr").isNull()).isTrue();
    assertThat(json.get("amortization")).isEmpty();
    // NOI 30,000 − 9,000 = 21,000; all cash: CoC = cap rate = 7 %.
    assertThat(json.get("cashOnCash").doubleValue()).isCloseTo(0.07, within(1e-12));
    // Basis 210,000; full year 210,000 × 12/330 = 7,636.36; from mid-July: 5.5/330 → 3,500.00.
    assertThat(json.get("depreciation").decimalValue()).isEqualByComparingTo("7636.36");
    assertThat(json.get("firstYearDepreciation").decimalValue()).isEqualByComparingTo("3500.00");
    assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
    // 100 % financing: nothing invested, so no cash-on-cash (null, not infinity).
    Run leveraged = run("property", "--price", "300000", "--rent", "2500", "--vacancy", "0", "--expenses", "9000",
        "--down", "0", "--rate", "0.06", "--json");
    assertThat(leveraged.json().get("cashOnCash").isNull()).isTrue();
    assertThat(leveraged.json().get("dscr").doubleValue()).isGreaterThan(0.0);
  }

  @Test
  void theTextFormShowsTheWorkingAndTheSchedule() {
    Run run = run(EXAMPLE);

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("net operating income (NOI)", "13,920.00", "1,146.24", "Cap rate 6.96 %",
        "DSCR 1.09", "1,064.48 a month", "land 20 %, assumed", "Amortization by loan year");
  }

  @Test
  void badInputNamesTheOptionAndTheFix() {
    Run percent = run("property", "--price", "200000", "--rent", "2000", "--vacancy", "5", "--expenses", "8880");
    assertThat(percent.code()).isEqualTo(2);
    assertThat(percent.err()).contains("--vacancy", "write 0.05 for 5 %");

    Run rate = run(with(new String[] {"property", "--price", "200000", "--rent", "2000", "--vacancy", "0.05",
        "--expenses", "8880"}, "--down", "0.25", "--rate", "6.5"));
    assertThat(rate.code()).isEqualTo(2);
    assertThat(rate.err()).contains("--rate", "0.065");

    Run noRate = run("property", "--price", "200000", "--rent", "2000", "--vacancy", "0.05", "--expenses", "8880", "--down", "0.25");
    assertThat(noRate.code()).isEqualTo(2);
    assertThat(noRate.err()).contains("--rate", "a loan needs its interest rate");

    Run price = run("property", "--price", "-5", "--rent", "2000", "--vacancy", "0.05", "--expenses", "8880");
    assertThat(price.code()).isEqualTo(2);
    assertThat(price.err()).contains("--price", "more than zero");

    Run text = run("property", "--price", "2e5x", "--rent", "2000", "--vacancy", "0.05", "--expenses", "8880");
    assertThat(text.code()).isEqualTo(2);
    assertThat(text.err()).contains("--price", "not a number").doesNotContain("Exception");

    Run missing = run("property", "--price", "200000", "--rent", "2000");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--vacancy");
  }
}
