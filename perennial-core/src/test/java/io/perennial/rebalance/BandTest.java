package io.perennial.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 5/25 rule at its edges: half-width min(5 points, 25 % of the target). A 4 % target may lie in
 * 3–5 % (±1 point), a 5 % one in 3.75–6.25 % (±1.25), a 20 % one in 15–25 % (±5: the two rules meet),
 * a 60 % one in 55–65 % (±5).
 */
class BandTest {

  @ParameterizedTest
  @CsvSource({
      // target, weight, inside
      "0.04, 0.0500, true", "0.04, 0.0501, false", "0.04, 0.0300, true", "0.04, 0.0299, false",
      "0.05, 0.0625, true", "0.05, 0.0626, false", "0.05, 0.0375, true", "0.05, 0.0374, false",
      "0.20, 0.2500, true", "0.20, 0.2501, false", "0.20, 0.1500, true", "0.20, 0.1499, false",
      "0.60, 0.6500, true", "0.60, 0.6501, false", "0.60, 0.5500, true", "0.60, 0.5499, false"})
  void fiveTwentyFiveAtItsEdges(double target, double weight, boolean inside) {
    assertThat(Band.fiveTwentyFive(target).contains(weight, target)).isEqualTo(inside);
  }

  @ParameterizedTest
  @CsvSource({"0.04, 0.01", "0.05, 0.0125", "0.10, 0.025", "0.20, 0.05", "0.60, 0.05", "0.0, 0.0"})
  void theHalfWidthIsTheSmallerOfFivePointsAndAQuarter(double target, double halfWidth) {
    assertThat(Band.fiveTwentyFive(target).halfWidth()).isCloseTo(halfWidth, org.assertj.core.api.Assertions.within(1e-15));
  }
}
