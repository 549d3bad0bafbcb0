package io.perennial.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationOptimizerTest {

  private static final double TIGHT = 1e-9;
  private static final AllocationOptimizer OPTIMIZER = new AllocationOptimizer();

  /** Two uncorrelated assets: A 10 % return 20 % volatility, B 6 % return 10 % volatility. */
  private static AllocationProblem.Builder twoAssets() {
    return AllocationProblem.builder(Fixtures.plain(2), new double[] {0.10, 0.06}, Fixtures.diagonal(0.20, 0.10));
  }

  @Test
  void minimumVolatilityOfTwoUncorrelatedAssets() {
    // w_A = σB² / (σA² + σB²) = 0.01 / 0.05 = 0.2; variance = 0.04·0.04 + 0.01·0.64 = 0.008.
    AllocationResult result = OPTIMIZER.optimize(twoAssets().build());
    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.weight("A")).isCloseTo(0.2, within(TIGHT));
    assertThat(result.weight("B")).isCloseTo(0.8, within(TIGHT));
    assertThat(result.volatility()).isCloseTo(Math.sqrt(0.008), within(TIGHT));
    assertThat(result.expectedReturn()).isCloseTo(0.2 * 0.10 + 0.8 * 0.06, within(TIGHT));
    assertThat(result.objectiveValue()).isCloseTo(0.008, within(TIGHT));
    assertThat(result.binding()).containsExactly("budget");
  }

  @Test
  void maximumSharpeIsTheTangencyPortfolio() {
    // Unconstrained tangency w ∝ Σ⁻¹(μ − rf) = (0.08/0.04, 0.04/0.01) = (2, 4) → (1/3, 2/3);
    // Sharpe = √((μ − rf)ᵀΣ⁻¹(μ − rf)) = √(0.16 + 0.16) = 0.565685…
    AllocationResult result = OPTIMIZER.optimize(twoAssets().objective(new Objective.MaxSharpe()).build());
    assertThat(result.weight("A")).isCloseTo(1.0 / 3.0, within(TIGHT));
    assertThat(result.weight("B")).isCloseTo(2.0 / 3.0, within(TIGHT));
    assertThat(result.sharpeRatio()).isCloseTo(Math.sqrt(0.32), within(TIGHT));
    assertThat(result.objectiveValue()).isCloseTo(Math.sqrt(0.32), within(TIGHT));
  }

  @Test
  void maximumQuadraticUtility() {
    // max μᵀw − wᵀΣw (δ = 2) with Σw = 1: μᵢ − 2Σᵢᵢwᵢ = η for both → η = 0.052, w = (0.6, 0.4).
    AllocationResult result = OPTIMIZER.optimize(twoAssets().objective(new Objective.MaxUtility(2.0)).build());
    assertThat(result.weight("A")).isCloseTo(0.6, within(TIGHT));
    assertThat(result.weight("B")).isCloseTo(0.4, within(TIGHT));
    // utility = 0.084 − (0.04·0.36 + 0.01·0.16) = 0.084 − 0.016 = 0.068
    assertThat(result.objectiveValue()).isCloseTo(0.068, within(TIGHT));
  }

  @Test
  void maximumUtilityAtAVeryLargeRiskAversionSolves() {
    // Issue 8: δ = 1e9 ended in ITERATION_LIMIT. KKT: μᵢ − δΣᵢᵢwᵢ = η with wA + wB = 1 →
    // 0.04·wA = 0.01·wB + (0.10 − 0.06)/δ → wB = 0.8 − 0.8/δ: the minimum-variance mix (0.2, 0.8) in the limit.
    for (double delta : new double[] {1e6, 1e9, 1e12}) {
      AllocationResult result = OPTIMIZER.optimize(twoAssets().objective(new Objective.MaxUtility(delta)).build());
      assertThat(result.status()).as("δ = %s: %s", delta, result.message()).isEqualTo(AllocationStatus.OPTIMAL);
      assertThat(result.weight("B")).as("δ = %s", delta).isCloseTo(0.8 - 0.8 / delta, within(1e-12));
      assertThat(result.weight("A")).as("δ = %s", delta).isCloseTo(0.2 + 0.8 / delta, within(1e-12));
    }
  }

  @Test
  void efficientRiskSitsOnTheCap() {
    // vol² = 0.04w² + 0.01(1 − w)² = 0.15² → 0.05w² − 0.02w − 0.0125 = 0 → w = (0.02 + √0.0029)/0.1.
    double w = (0.02 + Math.sqrt(0.0029)) / 0.1;
    AllocationResult result = OPTIMIZER.optimize(twoAssets().objective(new Objective.EfficientRisk(0.15)).build());
    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.volatility()).isCloseTo(0.15, within(1e-10));
    assertThat(result.weight("A")).isCloseTo(w, within(1e-9));
    assertThat(result.expectedReturn()).isCloseTo(0.06 + 0.04 * w, within(1e-10));
    assertThat(result.binding()).contains("volatility<=0.15");
  }

  @Test
  void efficientReturnSitsOnTheTarget() {
    // return 0.08 → w_A = 0.5 (0.06 + 0.04·0.5), the only point on the budget line with that return.
    AllocationResult result = OPTIMIZER.optimize(twoAssets().objective(new Objective.EfficientReturn(0.08)).build());
    assertThat(result.weight("A")).isCloseTo(0.5, within(TIGHT));
    assertThat(result.expectedReturn()).isCloseTo(0.08, within(TIGHT));
    assertThat(result.binding()).contains("return>=0.08");
  }

  /** REIT 8 % yield, bond 5 %, stock 2 %; after-tax factor 1. */
  private static AllocationProblem.Builder incomeUniverse() {
    List<CandidateAsset> assets = List.of(
        CandidateAsset.of("REIT", "reits", IncomeProfile.of(0.08, 0.02)),
        CandidateAsset.of("BOND", "bonds", IncomeProfile.of(0.05, 0.0)),
        CandidateAsset.of("STOCK", "stocks", IncomeProfile.of(0.02, 0.07)));
    return AllocationProblem.builder(assets, new double[] {0.07, 0.04, 0.08}, Fixtures.diagonal(0.20, 0.06, 0.16))
        .objective(new Objective.MaxIncome());
  }

  @Test
  void maxIncomeFillsTheClassCapThenTheNextBestPayer() {
    // Linear: all in REIT up to its cap 0.3, the rest in BOND: income 0.3·0.08 + 0.7·0.05 = 0.059.
    AllocationResult result = OPTIMIZER.optimize(incomeUniverse().constraint(AllocationConstraint.maxClass("reits", 0.3)).build());
    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.weight("REIT")).isCloseTo(0.3, within(TIGHT));
    assertThat(result.weight("BOND")).isCloseTo(0.7, within(TIGHT));
    assertThat(result.afterTaxIncome()).isCloseTo(0.059, within(TIGHT));
    assertThat(result.binding()).contains("max-class:reits");
  }

  @Test
  void maxIncomeAtAVolatilityCap() {
    // Two assets: income 6 % (vol 20 %) and 2 % (vol 10 %), uncorrelated, cap 15 %: the same
    // quadratic as efficient risk, w = (0.02 + √0.0029)/0.1; income = 0.02 + 0.04·w.
    List<CandidateAsset> assets = List.of(CandidateAsset.of("HI", "x", IncomeProfile.of(0.06, 0)),
        CandidateAsset.of("LO", "y", IncomeProfile.of(0.02, 0)));
    AllocationProblem problem = AllocationProblem.builder(assets, new double[] {0.05, 0.05}, Fixtures.diagonal(0.2, 0.1))
        .objective(new Objective.MaxIncome()).constraint(AllocationConstraint.maxVolatility(0.15)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    double w = (0.02 + Math.sqrt(0.0029)) / 0.1;
    assertThat(result.weight("HI")).isCloseTo(w, within(1e-9));
    assertThat(result.afterTaxIncome()).isCloseTo(0.02 + 0.04 * w, within(1e-10));
    assertThat(result.volatility()).isCloseTo(0.15, within(1e-10));
  }

  @Test
  void afterTaxFactorAndExpectedCutLowerTheIncome() {
    // A pays 10 % but is a flagged trap with a 50 % expected cut and 80 % after tax: 4 % net; B pays 5 %.
    List<CandidateAsset> assets = List.of(
        CandidateAsset.of("TRAP", "x", new IncomeProfile(0.10, 0.8, 0.5, true, 0.0)),
        CandidateAsset.of("SAFE", "x", IncomeProfile.of(0.05, 0.0)));
    AllocationProblem problem = AllocationProblem.builder(assets, new double[] {0.05, 0.05}, Fixtures.diagonal(0.2, 0.2))
        .objective(new Objective.MaxIncome()).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("SAFE")).isCloseTo(1.0, within(TIGHT));
    assertThat(result.afterTaxIncome()).isCloseTo(0.05, within(TIGHT));
  }

  @Test
  void yieldTrapsCanBeExcluded() {
    List<CandidateAsset> assets = List.of(
        CandidateAsset.of("TRAP", "x", new IncomeProfile(0.12, 1.0, 0.1, true, 0.0)),
        CandidateAsset.of("SAFE", "x", IncomeProfile.of(0.05, 0.0)));
    AllocationProblem.Builder builder = AllocationProblem.builder(assets, new double[] {0.05, 0.05}, Fixtures.diagonal(0.2, 0.2))
        .objective(new Objective.MaxIncome());
    // Net 10.8 % beats 5 % unless traps are excluded.
    assertThat(OPTIMIZER.optimize(builder.build()).weight("TRAP")).isCloseTo(1.0, within(TIGHT));
    AllocationResult excluded = OPTIMIZER.optimize(builder.constraint(AllocationConstraint.excludeYieldTraps()).build());
    assertThat(excluded.weight("TRAP")).isCloseTo(0.0, within(TIGHT));
    assertThat(excluded.binding()).contains("exclude-yield-traps");
  }

  @Test
  void incomeGrowthFloorKeepsIncomeAheadOfInflation() {
    // A yields 8 % growing 0 %, B yields 3 % growing 7 %, inflation 3 %:
    // 0.08·(0 − 0.03)·wA + 0.03·(0.07 − 0.03)·wB ≥ 0 ⇔ wB ≥ 2·wA ⇒ wA ≤ 1/3.
    List<CandidateAsset> assets = List.of(CandidateAsset.of("A", "x", IncomeProfile.of(0.08, 0.0)),
        CandidateAsset.of("B", "x", IncomeProfile.of(0.03, 0.07)));
    AllocationProblem problem = AllocationProblem.builder(assets, new double[] {0.05, 0.05}, Fixtures.diagonal(0.2, 0.2))
        .objective(new Objective.MaxIncome()).constraint(AllocationConstraint.incomeGrowthFloor(0.03, 0.0)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("A")).isCloseTo(1.0 / 3.0, within(TIGHT));
    assertThat(result.incomeGrowth()).isCloseTo(0.03, within(TIGHT));
    assertThat(result.binding()).contains("income-growth>=inflation");
  }

  @Test
  void realReturnFloorKeepsPurchasingPower() {
    // max income with A (7 % yield, 2 % return) and B (1 % yield, 8 % return), inflation 5 %:
    // 0.02·wA + 0.08·(1 − wA) ≥ 0.05 ⇒ wA ≤ 0.5.
    List<CandidateAsset> assets = List.of(CandidateAsset.of("A", "x", IncomeProfile.of(0.07, 0.0)),
        CandidateAsset.of("B", "x", IncomeProfile.of(0.01, 0.0)));
    AllocationProblem problem = AllocationProblem.builder(assets, new double[] {0.02, 0.08}, Fixtures.diagonal(0.1, 0.2))
        .objective(new Objective.MaxIncome()).constraint(AllocationConstraint.realReturnFloor(0.05, 0.0)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("A")).isCloseTo(0.5, within(TIGHT));
    assertThat(result.binding()).containsExactly("budget", "real-return>=0");
  }

  @Test
  void incomeAndGrowthBlendMovesWithItsEmphasis() {
    // A: yield 8 %, return 5 %; B: yield 1 %, return 9 %. Cap 0.15 on volatility keeps it interior.
    // e = 1 is pure income (prefers A), e = 0 pure real return (prefers B).
    List<CandidateAsset> assets = List.of(CandidateAsset.of("A", "x", IncomeProfile.of(0.08, 0.0)),
        CandidateAsset.of("B", "x", IncomeProfile.of(0.01, 0.0)));
    AllocationProblem.Builder builder = AllocationProblem.builder(assets, new double[] {0.05, 0.09}, Fixtures.diagonal(0.2, 0.2))
        .constraint(AllocationConstraint.maxVolatility(0.15));
    double previous = -1;
    for (double emphasis : new double[] {0.0, 0.3, 0.5, 0.7, 1.0}) {
      AllocationResult result = OPTIMIZER.optimize(builder.objective(new Objective.IncomeAndGrowth(emphasis, 0.03)).build());
      assertThat(result.weight("A")).isGreaterThanOrEqualTo(previous - 1e-9);
      previous = result.weight("A");
    }
    // At e = 0.5 the blend weights are 0.5·(0.08 + 0.05) = 0.065 for A and 0.5·(0.01 + 0.09) = 0.05 for B.
    AllocationResult half = OPTIMIZER.optimize(builder.objective(new Objective.IncomeAndGrowth(0.5, 0.03)).build());
    assertThat(half.objectiveValue()).isCloseTo(
        0.5 * half.afterTaxIncome() + 0.5 * (half.expectedReturn() - 0.03), within(1e-12));
  }

  @Test
  void turnoverLimitStopsPartWay() {
    // Current (1, 0); min volatility wants (0.2, 0.8) (turnover 1.6). With turnover ≤ 0.2 the best
    // reachable is (0.9, 0.1): variance falls along the segment towards the optimum.
    AllocationProblem problem = twoAssets().currentWeights(new double[] {1.0, 0.0})
        .constraint(AllocationConstraint.maxTurnover(0.2)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("A")).isCloseTo(0.9, within(TIGHT));
    assertThat(result.weight("B")).isCloseTo(0.1, within(TIGHT));
    assertThat(result.binding()).contains("turnover<=0.2");
  }

  @Test
  void turnoverLimitSlackGivesTheFreeOptimum() {
    AllocationProblem problem = twoAssets().currentWeights(new double[] {0.3, 0.7})
        .constraint(AllocationConstraint.maxTurnover(0.5)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("A")).isCloseTo(0.2, within(TIGHT));
    assertThat(result.binding()).doesNotContain("turnover<=0.5");
  }

  @Test
  void maxHoldingsPicksTheBestPair() {
    // Four uncorrelated assets with volatilities 10, 12, 30, 40 %. Min variance with at most two
    // holdings: the pair with the lowest 1/(1/σi² + 1/σj²) is the two lowest: (0.1, 0.12).
    AllocationProblem problem = AllocationProblem.builder(Fixtures.plain(4), new double[4], Fixtures.diagonal(0.10, 0.12, 0.30, 0.40))
        .constraint(AllocationConstraint.maxHoldings(2)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    double a = 1 / 0.01;
    double b = 1 / 0.0144;
    assertThat(result.status()).isIn(AllocationStatus.OPTIMAL, AllocationStatus.FEASIBLE);
    assertThat(result.weight("A")).isCloseTo(a / (a + b), within(1e-6));
    assertThat(result.weight("B")).isCloseTo(b / (a + b), within(1e-6));
    assertThat(result.weight("C")).isCloseTo(0.0, within(1e-9));
    assertThat(result.weight("D")).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void tooFewHoldingsForTheCapsAreInfeasibleAtTheRootAndExplainedByTheTwoRules() {
    // Three holdings of at most 30 % each reach 90 %: no allocation is fully invested. The cut
    // Σ w/0.3 ≤ 3 proves it in the first node (the relaxation alone allows any number of holdings).
    AllocationProblem problem = Fixtures.random(new java.util.Random(3), 12).objective(new Objective.MaxIncome())
        .weightBounds(0.0, 0.3)
        .constraint(AllocationConstraint.maxHoldings(3)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.INFEASIBLE);
    assertThat(result.diagnostics()).anyMatch(d -> d.contains(": 1 nodes (search complete"));
    assertThat(result.conflicts()).containsExactlyInAnyOrder("budget", "weight-bounds", "max-holdings:3");
    // Four holdings can: 4 × 30 % ≥ 100 %.
    AllocationResult four = OPTIMIZER.optimize(problem.withoutConstraint("max-holdings:3").withConstraint(AllocationConstraint.maxHoldings(4)));
    assertThat(four.hasAllocation()).as(four.message()).isTrue();
    assertThat(four.weights().values().stream().filter(w -> w > 1e-9).count()).isLessThanOrEqualTo(4);
  }

  @Test
  void minimumPositionRemovesSlivers() {
    // Volatilities 10, 10, 50 %: unconstrained weights ∝ (100, 100, 4) give C 4/204 ≈ 2 %.
    // With positions 0 or ≥ 5 %, dropping C (variance 1/200 = 0.005) beats holding 5 % of it.
    AllocationProblem problem = AllocationProblem.builder(Fixtures.plain(3), new double[3], Fixtures.diagonal(0.10, 0.10, 0.50))
        .constraint(AllocationConstraint.minPosition(0.05)).build();
    assertThat(OPTIMIZER.optimize(problem.withoutConstraint("min-position:0.05")).weight("C")).isCloseTo(4.0 / 204, within(1e-9));
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("C")).isCloseTo(0.0, within(1e-9));
    assertThat(result.weight("A")).isCloseTo(0.5, within(1e-6));
  }

  @Test
  void maxHoldingsUnderAVolatilityCapMatchesEnumeratingEverySupport() {
    // Max income, volatility ≤ 1.3 × the minimum, at most 2 holdings, on random 6-asset universes:
    // the branch and bound must find the best of all 15 pairs and 6 singletons, each solved here as
    // the continuous problem restricted to that support.
    for (long seed = 1; seed <= 6; seed++) {
      AllocationProblem base = Fixtures.random(new java.util.Random(seed), 6).objective(new Objective.MaxIncome()).build();
      double cap = 1.3 * OPTIMIZER.optimize(base.withObjective(new Objective.MinVolatility())).volatility();
      AllocationProblem capped = base.withConstraint(AllocationConstraint.maxVolatility(cap));
      AllocationResult result = OPTIMIZER.optimize(capped.withConstraint(AllocationConstraint.maxHoldings(2)));
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < 6; i++) {
        for (int j = i; j < 6; j++) {
          AllocationProblem.Builder support = capped.toBuilder();
          for (int k = 0; k < 6; k++) {
            if (k != i && k != j) {
              support.constraint(AllocationConstraint.assetBounds(base.assets().get(k).id(), 0.0, 0.0));
            }
          }
          AllocationResult restricted = OPTIMIZER.optimize(support.build());
          if (restricted.hasAllocation()) {
            best = Math.max(best, restricted.afterTaxIncome());
          }
        }
      }
      if (best == Double.NEGATIVE_INFINITY) {
        // No support of two assets reaches the cap: the conflict is the cap against the count.
        assertThat(result.status()).as("seed %d", seed).isEqualTo(AllocationStatus.INFEASIBLE);
        assertThat(result.conflicts()).as("seed %d", seed).contains("max-holdings:2").anyMatch(n -> n.startsWith("volatility<="));
        continue;
      }
      assertThat(result.status()).as("seed %d", seed).isEqualTo(AllocationStatus.OPTIMAL);
      assertThat(result.afterTaxIncome()).as("seed %d", seed).isCloseTo(best, within(1e-9));
      assertThat(result.weights().values().stream().filter(w -> Math.abs(w) > 1e-9).count()).isLessThanOrEqualTo(2);
      assertThat(result.volatility()).isLessThanOrEqualTo(cap * (1 + 1e-9));
    }
  }

  @Test
  void infeasibleProblemNamesTheConflict() {
    // Bonds (5 % vol) are capped at 20 %; the rest must go to stocks (18 %) or REITs (20 %), so the
    // lowest volatility is well above 6 %. The cash cap and the REIT cap are irrelevant.
    List<CandidateAsset> assets = List.of(CandidateAsset.of("BND", "bonds", IncomeProfile.of(0.04, 0)),
        CandidateAsset.of("STK", "stocks", IncomeProfile.of(0.02, 0.05)),
        CandidateAsset.of("RE", "reits", IncomeProfile.of(0.05, 0.03)));
    AllocationProblem problem = AllocationProblem.builder(assets, new double[] {0.04, 0.08, 0.07}, Fixtures.diagonal(0.05, 0.18, 0.20))
        .objective(new Objective.MaxIncome())
        .constraint(AllocationConstraint.maxClass("bonds", 0.2))
        .constraint(AllocationConstraint.maxClass("reits", 0.5))
        .constraint(AllocationConstraint.maxClass("cash", 0.1))
        .constraint(AllocationConstraint.maxVolatility(0.06))
        .build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.INFEASIBLE);
    assertThat(result.conflicts()).containsExactlyInAnyOrder("max-class:bonds", "volatility<=0.06", "budget");
    assertThat(result.message()).contains("max-class:bonds").contains("volatility<=0.06").contains("cannot all hold");
    assertThat(result.weights()).isEmpty();
  }

  @Test
  void linearConflictNeedsTheBudgetAndLongOnly() {
    // min 60 % bonds and min 60 % stocks exceed the budget of 1 only because REITs cannot be
    // shorted: with −20 % in REITs the sum would be 1. The REIT cap plays no part.
    List<CandidateAsset> assets = List.of(CandidateAsset.of("BND", "bonds", IncomeProfile.NONE),
        CandidateAsset.of("STK", "stocks", IncomeProfile.NONE), CandidateAsset.of("RE", "reits", IncomeProfile.NONE));
    AllocationProblem problem = AllocationProblem.builder(assets, new double[3], Fixtures.diagonal(0.05, 0.18, 0.2))
        .constraint(AllocationConstraint.minClass("bonds", 0.6))
        .constraint(AllocationConstraint.minClass("stocks", 0.6))
        .constraint(AllocationConstraint.maxClass("reits", 0.3))
        .build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.conflicts()).containsExactlyInAnyOrder("budget", "weight-bounds", "min-class:bonds", "min-class:stocks");
  }

  @Test
  void maxSharpeWithEveryReturnBelowTheRiskFreeRate() {
    AllocationProblem problem = AllocationProblem.builder(Fixtures.plain(2), new double[] {0.01, 0.015}, Fixtures.diagonal(0.1, 0.2))
        .objective(new Objective.MaxSharpe()).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.INFEASIBLE);
    assertThat(result.conflicts()).containsExactly("return>risk-free-rate");
    assertThat(result.message()).contains("risk-free rate 0.02");
  }

  @Test
  void linearObjectiveWithoutBoundsIsUnbounded() {
    AllocationProblem problem = incomeUniverse().noWeightBounds().build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.UNBOUNDED);
    assertThat(result.message()).contains("unbounded");
  }

  @Test
  void marketNeutralUtilityWithShorts() {
    // Σw = 0, bounds ±1, max μᵀw − wᵀΣw: μᵢ − 2σᵢ²wᵢ = η with wA + wB = 0:
    // (0.10 − η)/0.08 = −(0.06 − η)/0.02 → 0.10 − η = −0.24 + 4η → η = 0.068, wA = 0.4.
    AllocationProblem problem = twoAssets().constraint(AllocationConstraint.marketNeutral()).weightBounds(-1, 1)
        .objective(new Objective.MaxUtility(2.0)).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.weight("A")).isCloseTo(0.4, within(TIGHT));
    assertThat(result.weight("B")).isCloseTo(-0.4, within(TIGHT));
  }

  @Test
  void l2RegularisationSpreadsTheWeights() {
    // min wᵀΣw + γ‖w‖²: wᵢ ∝ 1/(σᵢ² + γ): with γ = 0.01: (1/0.05, 1/0.02) → (2/7, 5/7).
    AllocationResult result = OPTIMIZER.optimize(twoAssets().l2Gamma(0.01).build());
    assertThat(result.weight("A")).isCloseTo(2.0 / 7.0, within(TIGHT));
  }

  @Test
  void nonPositiveSemidefiniteCovarianceIsRepairedAndNoted() {
    // Correlations 0.9, 0.9 and −0.9 cannot coexist: eigenvalues of that correlation are not all ≥ 0.
    double[][] bad = {{0.04, 0.036, 0.036}, {0.036, 0.04, -0.036}, {0.036, -0.036, 0.04}};
    AllocationProblem problem = AllocationProblem.builder(Fixtures.plain(3), new double[] {0.05, 0.06, 0.07}, bad).build();
    assertThat(problem.notes()).singleElement().asString().contains("covariance repaired").contains("clipped");
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.diagnostics()).anyMatch(d -> d.contains("covariance repaired"));
    // The repaired covariance is PSD, so no portfolio reports a negative variance.
    assertThat(result.volatility()).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void nonPositiveSemidefiniteCovarianceCanBeRefused() {
    double[][] bad = {{0.04, 0.036, 0.036}, {0.036, 0.04, -0.036}, {0.036, -0.036, 0.04}};
    assertThatThrownBy(() -> AllocationProblem.builder(Fixtures.plain(3), new double[3], bad)
        .covarianceRepair(CovarianceRepair.REFUSE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive semidefinite")
        .hasMessageContaining("smallest eigenvalue");
  }

  @Test
  void singularCovarianceWithAZeroRiskArbitrageIsReportedUnbounded() {
    // B is exactly 2 × A (ρ = 1, σB = 2σA): w = (2, −1) has zero volatility and return 2·0.10 − 0.12 = 8 % > rf.
    double[][] singular = {{0.01, 0.02}, {0.02, 0.04}};
    AllocationProblem problem = AllocationProblem.builder(Fixtures.plain(2), new double[] {0.10, 0.12}, singular)
        .noWeightBounds().objective(new Objective.MaxSharpe()).build();
    AllocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.UNBOUNDED);
    assertThat(result.message()).contains("zero volatility");
  }

  @Test
  void singularCovarianceLongOnlyStillSolves() {
    double[][] singular = {{0.01, 0.02}, {0.02, 0.04}};
    AllocationResult result = OPTIMIZER.optimize(AllocationProblem.builder(Fixtures.plain(2), new double[] {0.10, 0.12}, singular).build());
    // Long only, volatility σA·wA + 2σA·wB is smallest all in A.
    assertThat(result.weight("A")).isCloseTo(1.0, within(TIGHT));
  }

  @Test
  void weightsAreKeyedByAssetIdInProblemOrder() {
    AllocationResult result = OPTIMIZER.optimize(twoAssets().build());
    assertThat(result.weights().keySet()).containsExactly(AssetId.of("A"), AssetId.of("B"));
    assertThat(result.weights()).isInstanceOf(Map.class);
  }
}
