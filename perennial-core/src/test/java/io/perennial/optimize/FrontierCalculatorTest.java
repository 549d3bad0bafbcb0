package io.perennial.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FrontierCalculatorTest {

  private static final FrontierCalculator FRONTIERS = new FrontierCalculator();

  /** A: 10 % return, 20 % volatility; B: 6 %, 10 %; uncorrelated; A yields 6 %, B 2 %. */
  private static AllocationProblem twoAssets() {
    List<CandidateAsset> assets = List.of(CandidateAsset.of("A", "x", IncomeProfile.of(0.06, 0)),
        CandidateAsset.of("B", "y", IncomeProfile.of(0.02, 0)));
    return AllocationProblem.builder(assets, new double[] {0.10, 0.06}, Fixtures.diagonal(0.20, 0.10)).build();
  }

  private static double twoAssetVolatility(double wA) {
    return Math.sqrt(0.04 * wA * wA + 0.01 * (1 - wA) * (1 - wA));
  }

  @Test
  void efficientFrontierOfTwoAssetsFollowsTheBudgetLine() {
    // From the minimum-variance mix (wA = 0.2, return 6.8 %) to all in A (10 %): on the budget line
    // the return fixes wA = (r − 0.06)/0.04.
    Frontier frontier = FRONTIERS.efficient(twoAssets(), 5);
    assertThat(frontier.kind()).isEqualTo(Frontier.Kind.EFFICIENT);
    assertThat(frontier.points()).hasSize(5);
    double[] returns = {0.068, 0.076, 0.084, 0.092, 0.10};
    for (int k = 0; k < 5; k++) {
      AllocationResult point = frontier.points().get(k);
      double wA = (returns[k] - 0.06) / 0.04;
      assertThat(point.expectedReturn()).isCloseTo(returns[k], within(1e-10));
      assertThat(point.weight("A")).isCloseTo(wA, within(1e-9));
      assertThat(point.volatility()).isCloseTo(twoAssetVolatility(wA), within(1e-10));
    }
  }

  @Test
  void incomeFrontierOfTwoAssetsRisesWithTheCap() {
    // Caps from √0.008 (minimum variance) to 0.2 (all in A, the top income); at a cap σ the
    // income-maximising wA solves 0.05wA² − 0.02wA + 0.01 = σ² on the upper branch.
    Frontier frontier = FRONTIERS.income(twoAssets(), 4);
    assertThat(frontier.points()).hasSize(4);
    double from = Math.sqrt(0.008);
    for (int k = 0; k < 4; k++) {
      double cap = from + (0.2 - from) * k / 3;
      double wA = (0.02 + Math.sqrt(0.0004 - 0.2 * (0.01 - cap * cap))) / 0.1;
      AllocationResult point = frontier.points().get(k);
      assertThat(point.weight("A")).isCloseTo(wA, within(1e-7));
      assertThat(point.afterTaxIncome()).isCloseTo(0.02 + 0.04 * wA, within(1e-9));
    }
  }

  @Test
  void infeasibleConstraintsGiveAnEmptyFrontierWithTheReason() {
    AllocationProblem problem = twoAssets().withConstraint(AllocationConstraint.minClass("x", 0.7))
        .withConstraint(AllocationConstraint.minClass("y", 0.7));
    Frontier frontier = FRONTIERS.efficient(problem, 10);
    assertThat(frontier.points()).isEmpty();
    assertThat(frontier.message()).contains("min-class:x").contains("min-class:y");
  }

  @Property(tries = 40)
  void warmStartedPointsEqualColdSolvesAndTheFrontierIsMonotone(@ForAll long seed, @ForAll @IntRange(min = 3, max = 12) int n) {
    Random random = new Random(seed);
    AllocationProblem problem = Fixtures.random(random, n).build();
    Frontier frontier = FRONTIERS.efficient(problem, 8);
    assertThat(frontier.points()).hasSize(8);
    AllocationOptimizer optimizer = new AllocationOptimizer();
    double previousReturn = Double.NEGATIVE_INFINITY;
    double previousVolatility = 0;
    for (AllocationResult point : frontier.points()) {
      assertThat(point.status()).isEqualTo(AllocationStatus.OPTIMAL);
      assertThat(point.expectedReturn()).isGreaterThanOrEqualTo(previousReturn - 1e-12);
      assertThat(point.volatility()).isGreaterThanOrEqualTo(previousVolatility - 1e-10);
      previousReturn = point.expectedReturn();
      previousVolatility = point.volatility();
      AllocationResult cold = optimizer.optimize(problem.withObjective(new Objective.EfficientReturn(point.expectedReturn() - 1e-12)));
      assertThat(point.volatility()).isCloseTo(cold.volatility(), within(1e-8));
    }
    Frontier income = FRONTIERS.income(problem, 6);
    double previousIncome = Double.NEGATIVE_INFINITY;
    for (AllocationResult point : income.points()) {
      assertThat(point.status()).isEqualTo(AllocationStatus.OPTIMAL);
      assertThat(point.afterTaxIncome()).isGreaterThanOrEqualTo(previousIncome - 1e-10);
      previousIncome = point.afterTaxIncome();
    }
  }
}
