package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The option errors found by {@link MainFuzzTest}: each names the option and the expected form,
 * never a Java type, and exits 2.
 */
class OptionValuesTest {

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aDateOptionGivenAWordNamesTheOptionAndTheForm(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("SCHD.csv"), "date,dividend\n2020-03-25,0.5\n2020-06-24,0.55\n");

    Run run = run("estimate", file.toString(), "--as-of", "2025-02-30");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--as-of").contains("'2025-02-30' is not a date").contains("YYYY-MM-DD")
        .doesNotContain("java.").doesNotContain("Exception");
  }

  @Test
  void aFileOptionGivenAMissingPathNamesTheOption(@TempDir Path dir) {
    Run run = run("optimize", "--prices", dir.resolve("NaN").toString(), "--objective", "min-volatility");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--prices '" + dir.resolve("NaN") + "'").contains("file not found");
  }

  @Test
  void optimizeWithoutPricesLeadsWithTheMissingOption() {
    Run run = run("optimize", "--objective", "min-volatility");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("perennial: --prices FILE is missing");
  }

  @Test
  void monteCarloOnTwoYearsNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("short.csv"), "year,stocks,bonds\n2000,-0.09,0.16\n2001,-0.12,0.05\n");

    Run run = run("project", "--history", file.toString(), "--mix", "stocks=0.6,bonds=0.4", "--years", "10",
        "--withdrawal-rate", "0.04", "--monte-carlo", "--paths", "10", "--no-progress");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(file.toString()).contains("--monte-carlo").contains("holds 2 years")
        .contains("at least 3");
  }

  /** A wide price file with one column empty after its header, or with a single price: named with the file. */
  @Test
  void aPriceColumnWithoutEnoughPricesIsNamedWithTheFile(@TempDir Path dir) throws IOException {
    StringBuilder emptyColumn = new StringBuilder("date,A,B,C\n");
    StringBuilder onePrice = new StringBuilder("date,A,B,C\n");
    for (int d = 1; d <= 9; d++) {
      emptyColumn.append("2020-01-0").append(d).append(',').append(10 + d % 3).append(',').append(20 - d % 4).append(",\n");
      onePrice.append("2020-01-0").append(d).append(',').append(10 + d % 3).append(',').append(20 - d % 4)
          .append(d == 9 ? ",3\n" : ",\n");
    }
    for (StringBuilder text : List.of(emptyColumn, onePrice)) {
      Path file = Files.writeString(dir.resolve("wide.csv"), text);

      Run run = run("optimize", "--prices", file.toString(), "--objective", "min-volatility");

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains("wide.csv").contains("C").doesNotContain("NaN").doesNotContain("Exception");
    }
  }

  /** One absurd price (1e30 among prices near 10): a report, a located error or named conflicts, never exit 1. */
  @Test
  void anExtremePriceIsNotAnInternalError(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder("date,A,B,C\n");
    for (int d = 1; d <= 9; d++) {
      text.append("2020-01-0").append(d).append(',').append(d == 5 ? "1e30" : String.valueOf(10 + d % 3)).append(',')
          .append(20 - d % 4).append(',').append(3 + d % 2).append('\n');
    }
    Path file = Files.writeString(dir.resolve("wide.csv"), text);
    for (String objective : List.of("min-volatility", "max-sharpe", "efficient-risk", "max-utility")) {
      Run run = "efficient-risk".equals(objective)
          ? run("optimize", "--prices", file.toString(), "--objective", objective, "--target-volatility", "0.2")
          : run("optimize", "--prices", file.toString(), "--objective", objective);

      assertThat(run.code()).as(objective + ": " + run.err()).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT, ExitCodes.INFEASIBLE);
    }
  }

  @Test
  void anOptimizeRateThatOverflowsNamesTheOption(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("wide.csv"), "date,A,B\n2020-01-02,10,20\n2020-01-03,10.5,20.1\n"
        + "2020-01-06,10.2,20.5\n2020-01-07,10.4,20.2\n");

    Run run = run("optimize", "--prices", file.toString(), "--objective", "efficient-risk", "--target-volatility", "1e999999999");

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--target-volatility needs a finite number").doesNotContain("Infinity");
  }
}
