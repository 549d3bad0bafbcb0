package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perennial.basics.Rates;
import io.perennial.cli.PlanCommandTest.Run;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan --brief} is the answer alone, at most 25 lines; the full report starts with the same
 * block; and its figures are those of {@code plan --json}'s {@code advice} object.
 */
class PlanBriefTest {

  private static final Path EXAMPLES = SharedData.repositoryRoot().resolve("examples");

  @ParameterizedTest
  @ValueSource(strings = {"retiree.yaml", "accumulator.yaml"})
  void theBriefIsTheHeadlineBlockAloneAndTheReportStartsWithIt(String example) throws IOException {
    String file = EXAMPLES.resolve(example).toString();
    Run brief = PlanCommandTest.run("plan", file, "--brief");
    assertThat(brief.exitCode()).as(brief.err()).isZero();
    List<String> lines = brief.out().lines().toList();
    assertThat(lines.size()).isLessThanOrEqualTo(25);
    assertThat(lines.get(0)).startsWith("Plan for ");
    assertThat(lines.get(2)).isEqualTo("What to do");

    Run full = PlanCommandTest.run("plan", file);
    assertThat(full.out()).startsWith(brief.out());
    assertThat(full.out()).contains("The holdings now");

    JsonNode advice = new ObjectMapper().readTree(PlanCommandTest.run("plan", file, "--json").out()).get("advice");
    assertThat(advice.path("headline").asText()).isNotBlank();
    String row = lines.stream().filter(l -> l.contains("Futures that meet the goal")).findFirst().orElseThrow();
    assertThat(row).contains(Rates.percent(advice.at("/now/successRate").asDouble(), 2))
        .contains(Rates.percent(advice.at("/recommended/successRate").asDouble(), 2));
    // The headline's words are the JSON's, wrapped.
    assertThat(String.join(" ", lines).replaceAll("\\s+", " ")).contains(advice.path("headline").asText());
  }
}
