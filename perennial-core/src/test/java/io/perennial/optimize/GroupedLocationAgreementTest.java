package io.perennial.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeMix;
import io.perennial.optimize.solver.GroupedMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The location model of a larger household keeps its covariance over asset × account cells in
 * grouped form (Σ ⊗ J, never expanded); here the same compiled problem is solved a second time with
 * that covariance expanded to a dense n·m × n·m matrix, and both answers must agree (issue 8: the
 * structure is an exact re-representation, not an approximation).
 */
class GroupedLocationAgreementTest {

  private static final AllocationOptimizer OPTIMIZER = new AllocationOptimizer();

  @ParameterizedTest(name = "{0} assets × {1} accounts, {2}")
  @CsvSource({
      "30, 5, max-income, 11",
      "40, 6, max-income, 12",
      "30, 5, min-volatility, 13",
      "25, 4, income-and-growth, 14",
  })
  void theGroupedAndTheDenseCovarianceGiveTheSameOptimum(int n, int m, String objective, long seed) {
    Random random = new Random(seed);
    AllocationProblem household = LocationFixtures.randomHousehold(random, n)
        .objective(objective(objective))
        .constraint(AllocationConstraint.maxVolatility(0.12))
        .constraint(AllocationConstraint.assetBounds(AssetId.of("X0"), 0.0, 0.05))
        .build();
    List<LocationAccount> accounts = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      accounts.add(LocationFixtures.account("acct" + a, AccountType.values()[a % 3], 50_000 + 400_000 * random.nextDouble()));
    }
    Map<AssetId, IncomeMix> mixes = new HashMap<>();
    for (CandidateAsset asset : household.assets()) {
      mixes.put(asset.id(), LocationFixtures.randomMix(random));
    }
    LocationProblem problem = LocationProblem.builder(household, accounts, LocationFixtures.randomRates(random))
        .incomeMixes(mixes).build();
    AllocationProblem grouped = LocationModel.of(problem).compile();
    double[][] expanded = grouped.covarianceMatrix().toDense();
    assertThat(expanded.length).isEqualTo(n * m);
    AllocationProblem dense = AllocationProblem.builder(grouped.assets(), grouped.expectedReturns(), GroupedMatrix.dense(expanded))
        .objective(grouped.objective())
        .constraints(grouped.constraints())
        .riskFreeRate(grouped.riskFreeRate())
        .l2Gamma(grouped.l2Gamma())
        .build();

    AllocationResult a = OPTIMIZER.optimize(grouped);
    AllocationResult b = OPTIMIZER.optimize(dense);

    assertThat(a.status()).as(a.message()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(b.status()).as(b.message()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(a.objectiveValue()).isCloseTo(b.objectiveValue(), within(1e-6 * Math.max(1.0, Math.abs(b.objectiveValue()))));
    // The volatility of each answer, recomputed from the expanded matrix: the same cap holds in both.
    assertThat(volatility(expanded, weights(grouped, a))).isLessThanOrEqualTo(0.12 * (1 + 1e-9));
    assertThat(volatility(expanded, weights(dense, b))).isLessThanOrEqualTo(0.12 * (1 + 1e-9));
    if (!(grouped.objective() instanceof Objective.MinVolatility)) {
      // Minimum volatility reads only the household totals, so its placement (and the after-tax
      // income) is not unique; the other objectives price the placement.
      assertThat(a.afterTaxIncome()).isCloseTo(b.afterTaxIncome(), within(1e-6));
    }
  }

  private static Objective objective(String id) {
    return switch (id) {
      case "max-income" -> new Objective.MaxIncome();
      case "min-volatility" -> new Objective.MinVolatility();
      case "income-and-growth" -> new Objective.IncomeAndGrowth(0.5, 0.025);
      default -> throw new IllegalArgumentException(id);
    };
  }

  private static double[] weights(AllocationProblem problem, AllocationResult result) {
    double[] w = new double[problem.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = result.weights().get(problem.assets().get(i).id());
    }
    return w;
  }

  private static double volatility(double[][] sigma, double[] w) {
    double v = 0.0;
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        v += w[i] * sigma[i][j] * w[j];
      }
    }
    return Math.sqrt(Math.max(0.0, v));
  }
}
