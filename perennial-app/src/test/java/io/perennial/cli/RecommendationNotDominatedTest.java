package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perennial.cli.PlanCommandTest.Run;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * First, do no harm: with the default settings (the goal objective, the forward-looking
 * assumptions) the recommendation for either example is not dominated by the holdings it replaces
 * on Perennial's own figures, read from {@code plan --json}: its projected success rate is at least
 * the current one's (the same futures), and it does not have both a higher volatility and a lower
 * safe withdrawal rate. For the retiree, who draws income, the recommended volatility is at most
 * the current one's.
 */
class RecommendationNotDominatedTest {

  private static final Path EXAMPLES = SharedData.repositoryRoot().resolve("examples");

  @ParameterizedTest
  @ValueSource(strings = {"retiree.yaml", "accumulator.yaml"})
  void theRecommendationIsNotDominatedByTheHoldings(String example) throws IOException {
    Run run = PlanCommandTest.run("plan", EXAMPLES.resolve(example).toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.at("/plan/assumptions/name").asText()).isEqualTo("perennial-forward-2026.1");
    assertThat(plan.at("/optimization/setup/objective").asText()).isEqualTo("goal");

    JsonNode now = plan.get("projection");
    JsonNode recommended = plan.at("/optimization/projection");
    assertThat(recommended.get("seed").asLong()).isEqualTo(now.get("seed").asLong());
    assertThat(recommended.get("paths").asInt()).isEqualTo(now.get("paths").asInt());
    double successNow = now.get("successRate").asDouble();
    double successRecommended = recommended.get("successRate").asDouble();
    assertThat(successRecommended).as("success rate, recommended vs now").isGreaterThanOrEqualTo(successNow);

    double volatilityNow = plan.at("/optimization/risk/currentVolatility").asDouble();
    double volatilityRecommended = plan.at("/optimization/risk/recommendedVolatility").asDouble();
    double safeNow = now.at("/withdrawalRates/safe").asDouble();
    double safeRecommended = recommended.at("/withdrawalRates/safe").asDouble();
    boolean dominated = volatilityRecommended > volatilityNow && safeRecommended < safeNow;
    assertThat(dominated).as("volatility %s → %s with safe withdrawal rate %s → %s", volatilityNow, volatilityRecommended,
        safeNow, safeRecommended).isFalse();

    if (example.equals("retiree.yaml")) {
      assertThat(volatilityRecommended).as("a household drawing income takes no more risk").isLessThanOrEqualTo(volatilityNow);
    }
  }
}
