package io.perennial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.plan.PlanOptimization.Goal;
import io.perennial.plan.PlanOptimization.GoalPoint;
import io.perennial.project.RunOptions;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goal objective's search checked independently: a brute-force scan of the frontier on a fine
 * grid (every cap the default search can reach: 8·2⁴ + 1 = 129 evenly spaced caps, no bisection),
 * each point judged on the same futures, finds the same point as the default search (9 caps, then
 * 4 bisections around the threshold).
 */
class GoalSearchTest {

  private static final IncomeMix QUALIFIED = IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND);
  private static final IncomeMix INTEREST = IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST);

  /**
   * A retiree in one IRA, all in cash today (so the target, not the current success, sets the bar),
   * with a stock fund, a bond fund and cash to choose from and no default caps: the least-volatility
   * point that meets 80 % lies inside the frontier.
   */
  private static ResolvedPlan retiree(double target) {
    ResolvedPlan plan = PlanFixtures.plan()
        .asset("STOCK", AssetClass.US_STOCKS, "100", 0.02, 0.05, 0.085, 0.17, QUALIFIED)
        .asset("BOND", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.045, 0.06, INTEREST)
        .classAsset("CASH", AssetClass.CASH, "1", INTEREST)
        .account("ira", AccountType.TAX_DEFERRED, "CASH", "1000000")
        .spending("42000", "0")
        .projection(ProjectionSettings.DEFAULTS.withPaths(1_000))
        .build();
    OptimizationSettings settings = OptimizationSettings.DEFAULT.withDefaultCaps(1.0, 1.0).withGuards(false, false).withWholeShares(false)
        .withTargetSuccess(target);
    return plan.withSettings(plan.settings().withOptimization(settings));
  }

  private static Goal goal(ResolvedPlan plan, GoalSearch.Grid grid) {
    HoldingsAnalysis analysis = HoldingsAnalyzer.analyze(plan);
    TaxAnalysis tax = TaxAnalyzer.analyze(plan, analysis);
    PlanOptimization o = PlanOptimizer.optimize(plan, analysis, tax, RunOptions.threads(2), grid, java.util.OptionalDouble.empty());
    assertThat(o.goal()).as(o.message()).isNotNull();
    return o.goal();
  }

  @Test
  void theSearchFindsThePointABruteForceScanFinds() {
    ResolvedPlan plan = retiree(0.80);
    Goal searched = goal(plan, GoalSearch.DEFAULT_GRID);
    Goal brute = goal(plan, new GoalSearch.Grid(129, 0));

    // The brute force's answer by its own reading of its points: the lowest cap whose success
    // reaches the requirement.
    double required = brute.requiredSuccess();
    GoalPoint lowest = brute.points().stream().filter(p -> p.success() >= required)
        .min(Comparator.comparingDouble(GoalPoint::volatilityCap)).orElseThrow();
    assertThat(required).isEqualTo(0.80);
    assertThat(brute.met()).isTrue();
    // Inside the frontier: neither end, so the search had to find the threshold.
    List<GoalPoint> all = brute.points();
    assertThat(lowest.volatilityCap()).isGreaterThan(all.get(0).volatilityCap()).isLessThan(all.get(all.size() - 1).volatilityCap());
    assertThat(all.get(0).success()).isLessThan(required);

    assertThat(searched.met()).isTrue();
    GoalPoint chosen = searched.points().stream().filter(GoalPoint::chosen).findFirst().orElseThrow();
    assertThat(chosen.volatilityCap()).isCloseTo(lowest.volatilityCap(), within(1e-9));
    assertThat(searched.recommendedVolatility()).isCloseTo(lowest.volatility(), within(1e-7));
    assertThat(brute.recommendedVolatility()).isCloseTo(lowest.volatility(), within(1e-7));
  }

  @Test
  void aTargetNoPointReachesGetsTheHighestSuccessSaidSo() {
    ResolvedPlan plan = retiree(1.0);
    Goal goal = goal(plan, GoalSearch.DEFAULT_GRID);
    double best = goal.points().stream().mapToDouble(GoalPoint::success).max().orElseThrow();
    assertThat(best).isLessThan(1.0);
    assertThat(goal.met()).isFalse();
    // The highest success on the search's futures, or (checked on the full run) one of the next
    // best the full check weighed.
    GoalPoint chosen = goal.points().stream().filter(GoalPoint::chosen).findFirst().orElseThrow();
    List<GoalPoint> bySuccess = goal.points().stream().sorted(Comparator.comparingDouble(GoalPoint::success).reversed()).toList();
    assertThat(bySuccess.subList(0, GoalSearch.FULL_CHECKS)).contains(chosen);
    assertThat(goal.message()).contains("no point of the frontier");
  }
}
