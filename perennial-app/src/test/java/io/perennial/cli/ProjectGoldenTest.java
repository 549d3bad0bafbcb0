package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code project} against golden copies under {@code src/test/resources/golden}, text and
 * {@code --json}, byte for byte. The copies were taken from the command as it was before it was
 * split into options, request, report and renderers (issue 9): the test's one claim is that the
 * output did not change. The history is a synthetic 60-year table checked in beside the copies
 * ({@code project-returns.csv}: stocks, bonds and cpi_inflation, 1931–1990), so the test runs on a
 * fresh clone. The three runs cover the three sources (historical sequences, a block bootstrap, a
 * Monte Carlo) with fixed seeds, and between them every optional line of the text: income, the
 * withdrawal rates, a saver's goal and a horizon over 40 years (printed every fifth year).
 * The help text is kept too. Regenerate with {@code -Dperennial.golden.update=true} only for a change of output made on purpose.
 */
class ProjectGoldenTest {

  private static final Path ROOT = SharedData.repositoryRoot();
  private static final Path GOLDEN = ROOT.resolve("perennial-app/src/test/resources/golden");
  private static final Path RETURNS = GOLDEN.resolve("project-returns.csv");
  private static final boolean UPDATE = Boolean.getBoolean("perennial.golden.update");

  static Stream<Arguments> runs() {
    String history = RETURNS.toString();
    return Stream.of(
        Arguments.of("historical", List.of("project", "--history", history, "--mix", "stocks=0.6,bonds=0.4",
            "--withdrawal-rate", "0.04", "--years", "30", "--inflation-adjusted", "--income", "stocks=0.02:dividend",
            "--tax-rate", "0.15", "--rates", "--threads", "2", "--no-progress")),
        Arguments.of("bootstrap", List.of("project", "--history", history, "--mix", "stocks=0.5,bonds=0.5",
            "--withdrawal-rate", "0.045", "--years", "25", "--rule", "guardrails", "--stream", "pension=10000:5",
            "--bootstrap", "--block", "3", "--paths", "400", "--seed", "7", "--timing", "end", "--threads", "2",
            "--no-progress")),
        Arguments.of("monte-carlo", List.of("project", "--history", history, "--mix", "stocks=0.8,bonds=0.2",
            "--spending", "40000", "--years", "45", "--inflation-adjusted", "--contribution", "20000", "--retire-in",
            "10", "--income", "stocks=0.025,bonds=0.03", "--reinvest", "stocks=1", "--monte-carlo", "--distribution",
            "student-t", "--paths", "300", "--seed", "3", "--threads", "2", "--no-progress")));
  }

  private static String run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).as("stderr").isEmpty();
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void textIsTheGoldenOne(String name, List<String> args) throws IOException {
    check(run(args), GOLDEN.resolve("project-" + name + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void jsonIsTheGoldenOne(String name, List<String> args) throws IOException {
    List<String> json = new ArrayList<>(args);
    json.add("--json");
    check(run(json), GOLDEN.resolve("project-" + name + ".json"));
  }

  /** The options' help, in the order and words the command declares them (the options move to a mixin). */
  @org.junit.jupiter.api.Test
  void helpIsTheGoldenOne() throws IOException {
    check(run(List.of("project", "--help")), GOLDEN.resolve("project-help.txt"));
  }

  private static void check(String now, Path golden) throws IOException {
    if (UPDATE) {
      Files.writeString(golden, now, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    List<String> want = expected.lines().toList();
    List<String> got = now.lines().toList();
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "(no line)";
      String g = i < got.size() ? got.get(i) : "(no line)";
      if (!w.equals(g)) {
        differences.add("line " + (i + 1) + ":\n  golden: " + w + "\n  now:    " + g);
      }
    }
    assertThat(differences).as("project output against %s", golden).isEmpty();
    assertThat(now).as("byte for byte against %s", golden).isEqualTo(expected);
  }
}
