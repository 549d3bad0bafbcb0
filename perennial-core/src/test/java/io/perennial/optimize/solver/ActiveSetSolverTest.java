package io.perennial.optimize.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ActiveSetSolverTest {

  private static final double TIGHT = 1e-10;
  private static final ActiveSetSolver SOLVER = new ActiveSetSolver();

  /** Two assets, σ1 = 20 %, σ2 = 10 %, correlation ρ: Σ = [[σ1², ρσ1σ2], [ρσ1σ2, σ2²]]. */
  private static double[][] twoAssetCovariance(double rho) {
    double c = rho * 0.2 * 0.1;
    return new double[][] {{0.04, c}, {c, 0.01}};
  }

  private static QuadraticProgram minVariance(double[][] sigma, double lower, double upper) {
    int n = sigma.length;
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] = 2 * sigma[i][j];
      }
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(n).hessian(h);
    double[] ones = new double[n];
    for (int j = 0; j < n; j++) {
      ones[j] = 1.0;
      builder.bounds(j, lower, upper);
    }
    builder.row(ones, 1.0, 1.0);
    return builder.build();
  }

  @Test
  void twoAssetMinimumVarianceMatchesClosedForm() {
    // w1 = (σ2² − c) / (σ1² + σ2² − 2c) with c = 0.3·0.2·0.1 = 0.006: 0.004 / 0.038 = 0.10526…
    QpSolution solution = SOLVER.solve(minVariance(twoAssetCovariance(0.3), 0.0, 1.0));
    assertThat(solution.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(solution.x(0)).isCloseTo(0.004 / 0.038, within(TIGHT));
    assertThat(solution.x(1)).isCloseTo(0.034 / 0.038, within(TIGHT));
    // The budget multiplier is ∂(wᵀΣw)/∂(budget) = 2·variance: 2·(0.04·w1² + 2·0.006·w1·w2 + 0.01·w2²).
    double w1 = 0.004 / 0.038;
    double w2 = 1 - w1;
    double variance = 0.04 * w1 * w1 + 2 * 0.006 * w1 * w2 + 0.01 * w2 * w2;
    assertThat(solution.rowMultipliers()[0]).isCloseTo(2 * variance, within(TIGHT));
    assertThat(solution.objective()).isCloseTo(variance, within(TIGHT));
  }

  @Test
  void upperBoundBindsWithNonPositiveMultiplier() {
    QuadraticProgram.Builder builder = QuadraticProgram.builder(2).hessian(new double[][] {{0.08, 0.012}, {0.012, 0.02}});
    builder.bounds(0, 0.0, 0.05).bounds(1, 0.0, 1.0).row(new double[] {1, 1}, 1, 1);
    QpSolution solution = SOLVER.solve(builder.build());
    assertThat(solution.x(0)).isCloseTo(0.05, within(TIGHT));
    assertThat(solution.x(1)).isCloseTo(0.95, within(TIGHT));
    // Gradient 2Σw: (0.08·0.05 + 0.012·0.95, 0.012·0.05 + 0.02·0.95) = (0.0154, 0.0196); y = 0.0196, d1 = 0.0154 − 0.0196.
    assertThat(solution.rowMultipliers()[0]).isCloseTo(0.0196, within(TIGHT));
    assertThat(solution.boundMultipliers()[0]).isCloseTo(-0.0042, within(TIGHT));
  }

  @Test
  void longOnlyCutsTheShortLegWhileNoBoundsKeepIt() {
    // ρ = 0.9: c = 0.018, unconstrained w1 = (0.01 − 0.018) / (0.05 − 0.036) = −4/7.
    double[][] sigma = twoAssetCovariance(0.9);
    QpSolution longOnly = SOLVER.solve(minVariance(sigma, 0.0, 1.0));
    assertThat(longOnly.x(0)).isCloseTo(0.0, within(TIGHT));
    assertThat(longOnly.x(1)).isCloseTo(1.0, within(TIGHT));
    QpSolution unbounded = SOLVER.solve(minVariance(sigma, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    assertThat(unbounded.x(0)).isCloseTo(-4.0 / 7.0, within(TIGHT));
    assertThat(unbounded.x(1)).isCloseTo(11.0 / 7.0, within(TIGHT));
  }

  @Test
  void linearProgramReachesTheBestVertex() {
    // max 3x + 2y s.t. x + y ≤ 4, x + 3y ≤ 6, 0 ≤ x ≤ 3.5, y ≥ 0. Vertices (0,0) 0, (3.5,0) 10.5,
    // (3.5,0.5) 11.5, (3,1) 11, (0,2) 4: the optimum is (3.5, 0.5).
    QuadraticProgram.Builder builder = QuadraticProgram.builder(2).linear(new double[] {-3, -2});
    builder.bounds(0, 0, 3.5).bounds(1, 0, Double.POSITIVE_INFINITY);
    builder.row(new double[] {1, 1}, Double.NEGATIVE_INFINITY, 4);
    builder.row(new double[] {1, 3}, Double.NEGATIVE_INFINITY, 6);
    QpSolution solution = SOLVER.solve(builder.build());
    assertThat(solution.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(solution.x(0)).isCloseTo(3.5, within(TIGHT));
    assertThat(solution.x(1)).isCloseTo(0.5, within(TIGHT));
    assertThat(solution.objective()).isCloseTo(-11.5, within(TIGHT));
    // ∇f = (−3, −2) = y1·(1, 1) + y2·(1, 3) + d: y1 = −2 (row at its upper bound), y2 = 0, d_x = −1.
    assertThat(solution.rowMultipliers()[0]).isCloseTo(-2.0, within(TIGHT));
    assertThat(solution.rowMultipliers()[1]).isCloseTo(0.0, within(TIGHT));
    assertThat(solution.boundMultipliers()[0]).isCloseTo(-1.0, within(TIGHT));
  }

  @Test
  void contradictoryRowsAreInfeasible() {
    QuadraticProgram.Builder builder = QuadraticProgram.builder(2);
    builder.bounds(0, 0, 1).bounds(1, 0, 1).row(new double[] {1, 1}, 3, Double.POSITIVE_INFINITY);
    QpSolution solution = SOLVER.solve(builder.build());
    assertThat(solution.status()).isEqualTo(QpStatus.INFEASIBLE);
    // The best phase one can do is x = y = 1, one unit short of 3.
    assertThat(solution.infeasibility()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void rayOfDescentIsUnbounded() {
    // min −x s.t. x − y ≤ 1, x, y ≥ 0: x = 1 + y grows without limit.
    QuadraticProgram.Builder builder = QuadraticProgram.builder(2).linear(new double[] {-1, 0});
    builder.bounds(0, 0, Double.POSITIVE_INFINITY).bounds(1, 0, Double.POSITIVE_INFINITY);
    builder.row(new double[] {1, -1}, Double.NEGATIVE_INFINITY, 1);
    assertThat(SOLVER.solve(builder.build()).status()).isEqualTo(QpStatus.UNBOUNDED);
  }

  @Test
  void equalityOnlyProgramWithFreeVariables() {
    // min ½(x² + y²) s.t. x + y = 2 → (1, 1).
    QuadraticProgram.Builder builder = QuadraticProgram.builder(2).hessian(new double[][] {{1, 0}, {0, 1}});
    builder.row(new double[] {1, 1}, 2, 2);
    QpSolution solution = SOLVER.solve(builder.build());
    assertThat(solution.x(0)).isCloseTo(1.0, within(TIGHT));
    assertThat(solution.x(1)).isCloseTo(1.0, within(TIGHT));
  }

  @Test
  void duplicatedRowsAreHarmless() {
    QuadraticProgram.Builder builder = QuadraticProgram.builder(2).hessian(new double[][] {{0.08, 0.012}, {0.012, 0.02}});
    builder.bounds(0, 0, 1).bounds(1, 0, 1);
    builder.row(new double[] {1, 1}, 1, 1);
    builder.row(new double[] {1, 1}, 1, 1);
    builder.row(new double[] {2, 2}, Double.NEGATIVE_INFINITY, 2);
    QpSolution solution = SOLVER.solve(builder.build());
    assertThat(solution.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(solution.x(0)).isCloseTo(0.004 / 0.038, within(1e-9));
  }

  @Test
  void warmStartFromTheAnswerFinishesAtOnce() {
    QuadraticProgram program = minVariance(RandomPrograms.covariance(new Random(7), 30), 0.0, 1.0);
    QpSolution cold = SOLVER.solve(program);
    QpSolution warm = SOLVER.solve(program, cold.x());
    assertThat(warm.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(warm.iterations()).isLessThanOrEqualTo(3);
    assertThat(warm.objective()).isCloseTo(cold.objective(), within(1e-14));
  }

  /** The same random program solved by ojAlgo's convex solver: objectives agree, and our multipliers satisfy KKT. */
  @Property(tries = 60)
  void agreesWithOjAlgoAndSatisfiesKkt(@ForAll long seed) {
    Random random = new Random(seed);
    QuadraticProgram program = RandomPrograms.feasible(random, 2 + random.nextInt(7), random.nextInt(4), random.nextBoolean());
    QpSolution ours = SOLVER.solve(program);
    QpSolution theirs = new OjAlgoSolver(10_000).solve(program, null, null);
    assertThat(ours.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(program.maxViolation(ours.x())).isLessThan(1e-9);
    if (theirs.status() == QpStatus.OPTIMAL) {
      assertThat(ours.objective()).isLessThanOrEqualTo(theirs.objective() + 1e-7 * (1 + Math.abs(theirs.objective())));
    }
    RandomPrograms.assertKkt(program, ours, 1e-8);
  }
}
