package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random corruptions of the example plans (a line deleted or duplicated, a character changed, a
 * number swapped for text) never crash {@code perennial plan}: it either reports (exit 0) or
 * names the file and the line of the error (exit 2), or reports with the optimization's conflicting
 * rules named (exit 3, when a changed limit makes the rules contradict each other), never an
 * internal error.
 */
class PlanFileFuzzTest {

  private static final Path EXAMPLES = SharedData.repositoryRoot().resolve("examples");
  private static final List<String> FILES = List.of("retiree.yaml", "accumulator.yaml");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern LOCATED = Pattern.compile("corrupted-[a-z]+\\.yaml line \\d+");

  enum Kind { DELETE_LINE, DUPLICATE_LINE, CHANGE_CHARACTER, NUMBER_TO_TEXT }

  /** One corruption: which file, what, where (positions taken modulo the file's size). */
  record Corruption(String file, Kind kind, int line, int column, char character, String text, boolean json) {}

  @Provide
  Arbitrary<Corruption> corruptions() {
    Arbitrary<Character> characters = Arbitraries.oneOf(
        Arbitraries.chars().range(' ', '~'),
        Arbitraries.of('\t', '\n', ':', '-', '{', '}', '[', ']', '#', '&', '*', '!', '|', '>', '"', '\'', '%', '@', '`'));
    Arbitrary<String> texts = Arbitraries.of("abc", "", "1e400", "-5", "NaN", ".inf", "0x1F", "1,000", "twelve", "null", "~",
        "[1, 2]", "{a: 1}", "99999999999999999999", "-0", "0.0000001", "2026-02-30");
    return Combinators.combine(
        Arbitraries.of(FILES), Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 200), characters, texts, Arbitraries.of(true, false))
        .as(Corruption::new);
  }

  @Property(tries = 250)
  void aCorruptedPlanGivesAReportOrALocatedError(@ForAll("corruptions") Corruption corruption) throws IOException {
    Path dir = Files.createTempDirectory("perennial-fuzz");
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(EXAMPLES.resolve(corruption.file())));
      corrupt(lines, corruption);
      Path file = dir.resolve("corrupted-" + corruption.file().replace(".yaml", "") + ".yaml");
      Files.writeString(file, String.join("\n", lines) + "\n");
      PlanCommandTest.Run run = corruption.json()
          ? PlanCommandTest.run("plan", file.toString(), "--json")
          : PlanCommandTest.run("plan", file.toString());
      assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT,
          ExitCodes.INFEASIBLE);
      Statistics.collect(corruption.kind(), run.exitCode() == ExitCodes.OK ? "report"
          : run.exitCode() == ExitCodes.INFEASIBLE ? "infeasible" : "located error");
      if (run.exitCode() == ExitCodes.OK) {
        assertThat(run.out()).isNotBlank();
      } else if (run.exitCode() == ExitCodes.INFEASIBLE) {
        assertThat(run.out()).contains(corruption.json() ? "\"conflicts\"" : "cannot all hold together");
        assertThat(run.err()).contains("infeasible").doesNotContain("\tat ");
      } else {
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as("an error names the file and line").containsPattern(LOCATED);
        assertThat(run.err()).contains("Fix:").doesNotContain("internal error").doesNotContain("\tat ");
      }
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.delete(dir);
    }
  }

  private static void corrupt(List<String> lines, Corruption c) {
    int at = c.line() % lines.size();
    switch (c.kind()) {
      case DELETE_LINE -> lines.remove(at);
      case DUPLICATE_LINE -> lines.add(at, lines.get(at));
      case CHANGE_CHARACTER -> {
        String line = lines.get(at);
        if (line.isEmpty()) {
          lines.set(at, String.valueOf(c.character()));
        } else {
          int column = c.column() % line.length();
          lines.set(at, line.substring(0, column) + c.character() + line.substring(column + 1));
        }
      }
      case NUMBER_TO_TEXT -> {
        // the first number on or after the chosen line
        for (int i = 0; i < lines.size(); i++) {
          int index = (at + i) % lines.size();
          Matcher matcher = NUMBER.matcher(lines.get(index));
          if (matcher.find()) {
            String line = lines.get(index);
            lines.set(index, line.substring(0, matcher.start()) + c.text() + line.substring(matcher.end()));
            return;
          }
        }
      }
      default -> throw new UncheckedIOException(new IOException("unknown corruption " + c.kind()));
    }
  }
}
