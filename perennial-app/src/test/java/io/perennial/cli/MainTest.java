package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** How {@link Main} reports what goes wrong outside the user's input. */
class MainTest {

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Parameters(index = "0") String what;

    @Override
    public Integer call() {
      switch (what) {
        case "bug" -> throw new IllegalStateException("lots do not add up\nsecond line");
        case "oom" -> throw new OutOfMemoryError("Java heap space");
        case "deep" -> throw new StackOverflowError();
        case "long" -> throw new InvalidInputException("x".repeat(1_000_000));
        case "argument" -> throw new IllegalArgumentException("matrix is 3x4, expected 4x4");
        case "input" -> throw new InvalidInputException("horizonYears must be more than zero, got 0", "horizonYears");
        case "checks" -> {
          return Checks.positive(0, "paths");
        }
        default -> {
          return 0;
        }
      }
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new Boom(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anUnexpectedExceptionIsOneLineAndExitOne() {
    Run run = run("bug");
    assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("internal error (IllegalStateException: lots do not add up)")
        .contains("--debug").doesNotContain("\tat ");
  }

  @Test
  void aPlainIllegalArgumentIsABugNotBadInput() {
    Run run = run("argument");
    assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("internal error (IllegalArgumentException: matrix is 3x4, expected 4x4)")
        .doesNotContain("\tat ");
  }

  @Test
  void debugAnywhereAddsTheStackTrace() {
    Run run = run("bug", "--debug");
    assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err()).contains("\tat ").contains("MainTest$Boom.call");
  }

  @Test
  void outOfMemoryIsASentenceNotATrace() {
    Run run = run("oom");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("perennial: out of memory: the input is too large for this Java heap;"
        + " make it smaller or run with a larger heap, e.g. PERENNIAL_JAVA_OPTS=-Xmx4g" + System.lineSeparator());
  }

  @Test
  void aStackOverflowIsASentence() {
    Run run = run("deep");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("perennial: the input is nested too deeply").doesNotContain("\tat ");
  }

  @Test
  void aHugeMessageIsCut() {
    Run run = run("long");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().length()).isLessThan(4_100);
    assertThat(run.err()).contains("(message cut)");
  }

  @Test
  void anInvalidInputIsItsMessageAndExitTwo() {
    Run run = run("input");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("perennial: horizonYears must be more than zero, got 0" + System.lineSeparator());
  }

  @Test
  void aFailedCheckIsAnInvalidInput() {
    Run run = run("checks");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("perennial: paths must be more than zero, got 0" + System.lineSeparator());
  }
}
