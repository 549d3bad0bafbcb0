package io.perennial.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.optimize.LocationResult.Placement;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.DeferredValuation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of asset location on random households: random assets with random income mixes
 * ({@link LocationFixtures#randomMix}), one to four accounts of random types, sizes and menus,
 * random marginal rates, both conventions for tax-deferred accounts.
 */
class LocationOptimizerPropertiesTest {

  /** Tolerance on weights and on yields (fractions of the household). */
  private static final double TOLERANCE = 1e-9;

  private static final LocationOptimizer OPTIMIZER = new LocationOptimizer();

  /** A random household problem: joint, no fixed allocation. */
  private static LocationProblem household(Random random, int n, AllocationProblem allocation) {
    List<LocationAccount> accounts = LocationFixtures.randomAccounts(random, allocation.assets());
    AccountTaxRates rates = LocationFixtures.randomRates(random);
    if (random.nextBoolean()) {
      rates = rates.withDeferredValuation(DeferredValuation.AFTER_TAX_VALUE);
    }
    Map<AssetId, IncomeMix> mixes = new HashMap<>();
    for (CandidateAsset asset : allocation.assets()) {
      mixes.put(asset.id(), LocationFixtures.randomMix(random));
    }
    return LocationProblem.builder(allocation, accounts, rates).incomeMixes(mixes).build();
  }

  /** A random placement that keeps the menus and balances: each account spread at random over what it may hold. */
  private static double[][] randomPlacement(Random random, LocationProblem problem) {
    int n = problem.assetCount();
    int m = problem.accountCount();
    double[][] x = new double[n][m];
    for (int a = 0; a < m; a++) {
      double[] draw = new double[n];
      double sum = 0.0;
      for (int i = 0; i < n; i++) {
        if (problem.accounts().get(a).allows(problem.assets().get(i).id())) {
          draw[i] = random.nextInt(3) == 0 ? 0.0 : random.nextDouble();
          sum += draw[i];
        }
      }
      if (sum == 0.0) {
        for (int i = 0; i < n; i++) {
          if (problem.accounts().get(a).allows(problem.assets().get(i).id())) {
            draw[i] = 1.0;
            sum += 1.0;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        x[i][a] = problem.share(a) * draw[i] / sum;
      }
    }
    return x;
  }

  /**
   * The after-tax income of a placement, restated from the definitions (not from the optimizer):
   * Σ x(i, a)·yᵢ(1 − cᵢ)(1 − dᵢₐ), dᵢₐ = Σ_c mixᵢ(c)·rate, rate = the taxable rate of c in a taxable
   * account, the withdrawal rate in a tax-deferred one at market value, 0 otherwise.
   */
  private static double income(LocationProblem problem, double[][] x) {
    AccountTaxRates rates = problem.taxRates();
    double sum = 0.0;
    for (int i = 0; i < problem.assetCount(); i++) {
      IncomeProfile p = problem.assets().get(i).income();
      for (int a = 0; a < problem.accountCount(); a++) {
        AccountType type = problem.accounts().get(a).type();
        double drag = 0.0;
        for (Map.Entry<IncomeCharacter, Double> share : problem.incomeMix(i).shares().entrySet()) {
          double rate = switch (type) {
            case TAXABLE -> share.getKey() == IncomeCharacter.RETURN_OF_CAPITAL ? 0.0 : rates.taxable().get(share.getKey());
            case TAX_DEFERRED -> rates.deferredValuation() == DeferredValuation.TAXED_AT_WITHDRAWAL ? rates.withdrawal() : 0.0;
            case TAX_FREE -> 0.0;
          };
          drag += share.getValue() * rate;
        }
        sum += x[i][a] * p.yield() * (1 - p.expectedCut()) * (1 - drag);
      }
    }
    return sum;
  }

  private static double[][] placement(LocationProblem problem, LocationResult result) {
    double[][] x = new double[problem.assetCount()][problem.accountCount()];
    for (Placement p : result.placements()) {
      x[problem.household().indexOf(p.asset())][problem.accountIndex(p.account())] = p.weight();
    }
    return x;
  }

  private static void assertKeepsBalancesAndMenus(LocationProblem problem, LocationResult result) {
    double[][] x = placement(problem, result);
    for (int a = 0; a < problem.accountCount(); a++) {
      double sum = 0.0;
      for (int i = 0; i < problem.assetCount(); i++) {
        assertThat(x[i][a]).isGreaterThanOrEqualTo(0.0);
        if (!problem.allows(i, a)) {
          assertThat(x[i][a]).isZero();
        }
        sum += x[i][a];
      }
      assertThat(sum).as("balance of %s", problem.accounts().get(a).id()).isCloseTo(problem.share(a), within(TOLERANCE));
    }
    for (Placement p : result.placements()) {
      assertThat(problem.accounts().get(problem.accountIndex(p.account())).allows(p.asset())).isTrue();
    }
  }

  @Property(tries = 200)
  void locationOfAFixedAllocationKeepsItAndBeatsTheHeuristicAndAnyOtherPlacement(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int n) {
    Random random = new Random(seed);
    LocationProblem joint = household(random, n, LocationFixtures.randomHousehold(random, n).build());
    double[][] other = randomPlacement(random, joint);
    Map<AssetId, Double> totals = new LinkedHashMap<>();
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      double t = 0.0;
      for (int a = 0; a < joint.accountCount(); a++) {
        t += other[i][a];
      }
      totals.put(joint.assets().get(i).id(), t);
      sum += t;
    }
    AssetId last = joint.assets().get(n - 1).id();
    totals.put(last, Math.max(0.0, totals.get(last) + 1.0 - sum));
    LocationProblem problem = joint.withFixedAllocation(totals);

    LocationResult result = OPTIMIZER.optimize(problem);

    assertThat(result.status()).as(result.message()).isEqualTo(AllocationStatus.OPTIMAL);
    assertKeepsBalancesAndMenus(problem, result);
    for (Map.Entry<AssetId, Double> given : totals.entrySet()) {
      assertThat(result.total(given.getKey())).as("total of %s", given.getKey()).isCloseTo(given.getValue(), within(TOLERANCE));
    }
    double best = income(problem, placement(problem, result));
    assertThat(result.afterTaxIncome()).isCloseTo(best, within(1e-12));
    assertThat(result.heuristic()).isNotNull();
    assertThat(result.heuristic().broken()).isEmpty();
    assertThat(best).isGreaterThanOrEqualTo(result.heuristic().afterTaxIncome() - TOLERANCE);
    assertThat(result.heuristic().gain()).isGreaterThanOrEqualTo(-TOLERANCE);
    assertThat(best).isGreaterThanOrEqualTo(income(problem, other) - TOLERANCE);
    // No placement can beat every asset sitting in its own best allowed account.
    double bound = 0.0;
    for (int i = 0; i < n; i++) {
      double top = 0.0;
      for (int a = 0; a < problem.accountCount(); a++) {
        if (problem.allows(i, a)) {
          top = Math.max(top, problem.afterTaxIncome(i, a));
        }
      }
      bound += totals.get(problem.assets().get(i).id()) * top;
    }
    assertThat(best).isLessThanOrEqualTo(bound + 1e-12);
    Statistics.collect(result.heuristic().gain() > 1e-6 ? "optimizer strictly better" : "equal");
  }

  @Property(tries = 150)
  void jointAllocationBeatsTheHeuristicOnItsOwnTotalsAndKeepsEveryRule(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int n) {
    Random random = new Random(seed);
    AllocationProblem.Builder builder = LocationFixtures.randomHousehold(random, n);
    AllocationProblem plain = builder.build();
    double minVolatility = new AllocationOptimizer().optimize(plain).volatility();
    double cap = minVolatility * (1.05 + random.nextDouble());
    Objective objective = switch (random.nextInt(6)) {
      case 0 -> new Objective.MaxIncome();
      case 1 -> new Objective.IncomeAndGrowth(random.nextDouble(), 0.025);
      case 2 -> new Objective.MinVolatility();
      case 3 -> new Objective.EfficientRisk(cap);
      case 4 -> new Objective.MaxSharpe();
      default -> new Objective.MaxUtility(1 + 5 * random.nextDouble());
    };
    builder.objective(objective).constraint(AllocationConstraint.maxClass(Fixtures.CLASSES[random.nextInt(3)], 0.6));
    if (!(objective instanceof Objective.MinVolatility) && !(objective instanceof Objective.EfficientRisk)) {
      builder.constraint(AllocationConstraint.maxVolatility(cap));
    }
    if (random.nextBoolean()) {
      builder.weightBounds(0.0, Math.max(0.35, 1.5 / n));
    }
    LocationProblem problem = household(random, n, builder.build());

    LocationResult result = OPTIMIZER.optimize(problem);

    Statistics.collect(result.status());
    if (result.status() == AllocationStatus.INFEASIBLE) {
      assertThat(result.conflicts()).isNotEmpty();
      return;
    }
    assertThat(result.status()).as(result.message()).isEqualTo(AllocationStatus.OPTIMAL);
    assertKeepsBalancesAndMenus(problem, result);
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = result.total(problem.assets().get(i).id());
    }
    List<AllocationConstraint> rules = LinearModel.allConstraints(problem.household());
    for (AllocationConstraint rule : rules) {
      if (LocationModel.totalsOnly(rule)) {
        assertThat(ConstraintCheck.holds(problem.household(), rule, w)).as(rule.name()).isTrue();
      }
    }
    double best = income(problem, placement(problem, result));
    assertThat(result.afterTaxIncome()).isCloseTo(best, within(1e-12));
    assertThat(result.heuristic()).isNotNull();
    assertThat(result.heuristic().broken()).isEmpty();
    assertThat(best).as("after-tax income vs the heuristic on the same totals")
        .isGreaterThanOrEqualTo(result.heuristic().afterTaxIncome() - TOLERANCE);
    // And no placement of its own totals earns more: solving the location alone at them agrees.
    Map<AssetId, Double> totals = new LinkedHashMap<>();
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      totals.put(problem.assets().get(i).id(), Math.max(0.0, w[i]));
      sum += Math.max(0.0, w[i]);
    }
    for (Map.Entry<AssetId, Double> e : totals.entrySet()) {
      e.setValue(e.getValue() / sum);
    }
    LocationResult alone = OPTIMIZER.optimize(problem.withFixedAllocation(totals));
    assertThat(alone.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(best).isCloseTo(alone.afterTaxIncome(), within(TOLERANCE));
  }

  @Property(tries = 100)
  void theHeuristicKeepsTotalsBalancesAndMenus(@ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int n) {
    Random random = new Random(seed);
    LocationProblem problem = household(random, n, LocationFixtures.randomHousehold(random, n).build());
    double[][] feasible = randomPlacement(random, problem);
    double[] totals = new double[n];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < problem.accountCount(); a++) {
        totals[i] += feasible[i][a];
      }
    }
    PlacementHeuristic.Placed placed = PlacementHeuristic.place(problem, totals);
    assertThat(placed.placement()).isNotNull();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      double sum = 0.0;
      for (int a = 0; a < problem.accountCount(); a++) {
        double v = placed.placement()[i][a];
        assertThat(v).isGreaterThanOrEqualTo(-TOLERANCE);
        if (!problem.allows(i, a)) {
          assertThat(v).isCloseTo(0.0, within(TOLERANCE));
        }
        sum += v;
      }
      assertThat(sum).isCloseTo(totals[i], within(TOLERANCE));
    }
    for (int a = 0; a < problem.accountCount(); a++) {
      double sum = 0.0;
      for (int i = 0; i < n; i++) {
        sum += placed.placement()[i][a];
      }
      assertThat(sum).isCloseTo(problem.share(a), within(TOLERANCE));
    }
    seen.add(placed.repaired() ? "repaired" : "greedy");
    Statistics.collect(seen);
  }

  @Property(tries = 60)
  void withoutMenusTheHeuristicPutsTierOneInTaxDeferredFirst(@ForAll long seed) {
    // Taxable 50 %, IRA 30 %, Roth 20 %; a bond fund (interest), a REIT, a stock, a muni.
    Random random = new Random(seed);
    List<CandidateAsset> assets = List.of(
        CandidateAsset.of("BND", "bonds", IncomeProfile.of(0.04 + 0.02 * random.nextDouble(), 0.0)),
        CandidateAsset.of("VNQ", "reits", IncomeProfile.of(0.03 + 0.02 * random.nextDouble(), 0.03)),
        CandidateAsset.of("VTI", "stocks", IncomeProfile.of(0.015, 0.05)),
        CandidateAsset.of("MUB", "bonds", IncomeProfile.of(0.03, 0.0)));
    AllocationProblem household = AllocationProblem.builder(assets, new double[] {0.04, 0.07, 0.09, 0.035},
        Fixtures.diagonal(0.05, 0.2, 0.17, 0.05)).build();
    LocationProblem problem = LocationProblem.builder(household, List.of(
            LocationFixtures.account("taxable", AccountType.TAXABLE, 500_000),
            LocationFixtures.account("ira", AccountType.TAX_DEFERRED, 300_000),
            LocationFixtures.account("roth", AccountType.TAX_FREE, 200_000)),
            LocationFixtures.rates(0.32, 0.188, 0.05))
        .incomeMixes(Map.of(AssetId.of("BND"), IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST),
            AssetId.of("VNQ"), IncomeMix.of(IncomeCharacter.REIT_DIVIDEND),
            AssetId.of("VTI"), IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND),
            AssetId.of("MUB"), IncomeMix.of(IncomeCharacter.MUNI_INTEREST)))
        .build();
    double bnd = 0.1 + 0.2 * random.nextDouble();
    double vnq = 0.05 + 0.1 * random.nextDouble();
    double mub = 0.1 * random.nextDouble();
    double[] totals = {bnd, vnq, 1 - bnd - vnq - mub, mub};
    double[][] x = PlacementHeuristic.place(problem, totals).placement();
    // The IRA takes tier 1 (BND, VNQ) by tax cost, then VTI; the Roth takes VTI (highest return)
    // first; MUB ends in the taxable account.
    double tier1 = bnd + vnq;
    assertThat(x[0][1] + x[1][1]).isCloseTo(Math.min(tier1, 0.3), within(1e-12));
    assertThat(x[3][0]).isCloseTo(mub, within(1e-12));
    assertThat(x[2][2]).isCloseTo(Math.min(0.2, totals[2] - x[2][1]), within(1e-12));
    List<String> order = new ArrayList<>();
    order.add(PlacementHeuristic.taxCost(problem, 0) >= PlacementHeuristic.taxCost(problem, 1) ? "BND" : "VNQ");
    int first = order.get(0).equals("BND") ? 0 : 1;
    assertThat(x[first][1]).isCloseTo(Math.min(totals[first], 0.3), within(1e-12));
  }
}
