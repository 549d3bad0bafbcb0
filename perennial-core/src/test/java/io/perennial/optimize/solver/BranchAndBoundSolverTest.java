package io.perennial.optimize.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BranchAndBoundSolverTest {

  private static final BranchAndBoundSolver SOLVER = new BranchAndBoundSolver(100_000);

  @Test
  void knapsackByHand() {
    // max 5a + 4b + 3c s.t. 2a + 3b + c ≤ 5, 4a + b + 2c ≤ 11, 3a + 4b + 2c ≤ 8, integers ≥ 0.
    // Enumerating: (2, 0, 1) gives 13 and no integer point does better (relaxation 13 too).
    QuadraticProgram.Builder builder = QuadraticProgram.builder(3).linear(new double[] {-5, -4, -3});
    for (int j = 0; j < 3; j++) {
      builder.bounds(j, 0, 10);
    }
    builder.row(new double[] {2, 3, 1}, Double.NEGATIVE_INFINITY, 5);
    builder.row(new double[] {4, 1, 2}, Double.NEGATIVE_INFINITY, 11);
    builder.row(new double[] {3, 4, 2}, Double.NEGATIVE_INFINITY, 8);
    QpSolution solution = SOLVER.solve(builder.build(), new boolean[] {true, true, true}, null);
    assertThat(solution.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(solution.objective()).isCloseTo(-13.0, within(1e-9));
  }

  @Test
  void integerInfeasibleThoughTheRelaxationIsFeasible() {
    // 2x = 3 has the real solution 1.5 and no integer one.
    QuadraticProgram.Builder builder = QuadraticProgram.builder(1).bounds(0, 0, 5);
    builder.row(new double[] {2}, 3, 3);
    assertThat(SOLVER.solve(builder.build(), new boolean[] {true}, null).status()).isEqualTo(QpStatus.INFEASIBLE);
  }

  /** Random convex integer programs in 3 variables with values 0…4, checked by enumerating all 125 points. */
  @Property(tries = 60)
  void matchesExhaustiveSearch(@ForAll long seed) {
    Random random = new Random(seed);
    int n = 3;
    double[][] h = RandomPrograms.covariance(random, n);
    boolean quadratic = random.nextBoolean();
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = random.nextGaussian();
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(n).linear(c);
    if (quadratic) {
      builder.hessian(h);
    }
    for (int j = 0; j < n; j++) {
      builder.bounds(j, 0, 4);
    }
    double[] a = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
    double cap = 1 + 4 * random.nextDouble();
    builder.row(a, Double.NEGATIVE_INFINITY, cap);
    QuadraticProgram program = builder.build();
    QpSolution solution = SOLVER.solve(program, new boolean[] {true, true, true}, null);
    double best = Double.POSITIVE_INFINITY;
    for (int x = 0; x <= 4; x++) {
      for (int y = 0; y <= 4; y++) {
        for (int z = 0; z <= 4; z++) {
          double[] p = {x, y, z};
          if (program.maxViolation(p) <= 1e-12) {
            best = Math.min(best, program.objective(p));
          }
        }
      }
    }
    assertThat(solution.status()).isEqualTo(QpStatus.OPTIMAL);
    assertThat(solution.objective()).isCloseTo(best, within(1e-8));
  }
}
