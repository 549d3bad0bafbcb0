package io.perennial.basics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

  private static final double TIGHT = 1e-12;
  private static final double ROOT2 = Math.sqrt(2.0);

  @Test
  void decomposesATwoByTwoMatrixWorkedByHand() {
    // [[2, 1], [1, 2]]: det(A − λI) = (2 − λ)² − 1 = 0 → λ = 1, 3;
    // eigenvectors (1, −1)/√2 for 1 and (1, 1)/√2 for 3.
    SymmetricEigen eigen = SymmetricEigen.decompose(new double[][] {{2, 1}, {1, 2}});
    assertThat(eigen.values()).containsExactly(new double[] {1.0, 3.0}, within(TIGHT));
    assertParallel(eigen.vector(0), new double[] {1 / ROOT2, -1 / ROOT2});
    assertParallel(eigen.vector(1), new double[] {1 / ROOT2, 1 / ROOT2});
  }

  @Test
  void decomposesTheSecondDifferenceMatrixWorkedByHand() {
    // Tridiagonal [[2,−1,0],[−1,2,−1],[0,−1,2]]: λ_k = 2 − 2cos(kπ/4), k = 1..3 → 2 − √2, 2, 2 + √2;
    // eigenvectors sin(jkπ/4): (1, √2, 1)/2, (1, 0, −1)/√2, (1, −√2, 1)/2.
    SymmetricEigen eigen = SymmetricEigen.decompose(new double[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}});
    assertThat(eigen.values()).containsExactly(new double[] {2 - ROOT2, 2, 2 + ROOT2}, within(TIGHT));
    assertParallel(eigen.vector(0), new double[] {0.5, ROOT2 / 2, 0.5});
    assertParallel(eigen.vector(1), new double[] {1 / ROOT2, 0, -1 / ROOT2});
    assertParallel(eigen.vector(2), new double[] {0.5, -ROOT2 / 2, 0.5});
  }

  @Test
  void handlesDiagonalRepeatedAndTrivialCases() {
    SymmetricEigen diagonal = SymmetricEigen.decompose(new double[][] {{3, 0, 0}, {0, -1, 0}, {0, 0, 2}});
    assertThat(diagonal.values()).containsExactly(new double[] {-1, 2, 3}, within(TIGHT));
    assertParallel(diagonal.vector(0), new double[] {0, 1, 0});

    SymmetricEigen identity = SymmetricEigen.decompose(Matrices.identity(4));
    assertThat(identity.values()).containsExactly(new double[] {1, 1, 1, 1}, within(TIGHT));
    assertOrthonormal(identity.vectors());

    SymmetricEigen zero = SymmetricEigen.decompose(new double[3][3]);
    assertThat(zero.values()).containsExactly(new double[] {0, 0, 0}, within(TIGHT));

    SymmetricEigen one = SymmetricEigen.decompose(new double[][] {{-7.5}});
    assertThat(one.values()).containsExactly(-7.5);
    assertThat(one.vector(0)[0]).isCloseTo(1.0, within(TIGHT)).as("unit vector up to sign");

    assertThat(SymmetricEigen.decompose(new double[0][0]).size()).isZero();
  }

  @Test
  void findsTheRankOfAnOuterProduct() {
    // u·uᵀ with u = (1, 2, 2): one eigenvalue |u|² = 9 with vector u/3, the others 0.
    double[][] a = {{1, 2, 2}, {2, 4, 4}, {2, 4, 4}};
    SymmetricEigen eigen = SymmetricEigen.decompose(a);
    assertThat(eigen.values()).containsExactly(new double[] {0, 0, 9}, within(1e-12 * 9));
    assertParallel(eigen.vector(2), new double[] {1 / 3.0, 2 / 3.0, 2 / 3.0});
  }

  @Property(tries = 150)
  void reconstructsRandomSymmetricMatricesWithOrthonormalVectors(
      @ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.symmetric(n, seed);
    SymmetricEigen eigen = SymmetricEigen.decompose(a);
    double[][] v = eigen.vectors();
    double scale = RandomMatrices.maxAbs(a) * n;
    // A = V Λ Vᵀ
    assertThat(Matrices.maxAbsDifference(eigen.reconstruct(), a)).isLessThan(1e-12 * scale);
    // Vᵀ V = I
    assertOrthonormal(v);
    // A v_k = λ_k v_k for every k
    double[] values = eigen.values();
    for (int k = 0; k < n; k++) {
      double[] vk = eigen.vector(k);
      double[] av = Matrices.multiply(a, vk);
      for (int i = 0; i < n; i++) {
        assertThat(av[i]).isCloseTo(values[k] * vk[i], within(1e-11 * scale));
      }
    }
    // ascending, and the trace is the sum of the eigenvalues
    double trace = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      trace += a[i][i];
      sum += values[i];
      if (i > 0) {
        assertThat(values[i]).isGreaterThanOrEqualTo(values[i - 1]);
      }
    }
    assertThat(sum).isCloseTo(trace, within(1e-11 * scale));
  }

  @Property(tries = 50)
  void positiveDefiniteMatricesHavePositiveEigenvalues(@ForAll @IntRange(min = 1, max = 15) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.positiveDefinite(n, seed);
    SymmetricEigen eigen = SymmetricEigen.decompose(a);
    assertThat(eigen.minValue()).isPositive();
    // det(A) = Π λ: compare logs with the Cholesky factor (a second method).
    double logDet = 0;
    for (double lambda : eigen.values()) {
      logDet += Math.log(lambda);
    }
    assertThat(logDet).isCloseTo(Cholesky.decompose(a).logDeterminant(), within(1e-8 * (1 + Math.abs(logDet))));
  }

  @Property(tries = 80, seed = "15")
  void eigenvaluesAloneEqualTheFullDecomposition(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.symmetric(n, seed);
    double[] values = SymmetricEigen.eigenvalues(a);
    double norm = Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
    // Relative to the spectral norm: every eigenvalue is only defined to rounding of ‖A‖.
    assertThat(values).containsExactly(SymmetricEigen.decompose(a).values(), within(1e-12 * norm));
  }

  private static void assertOrthonormal(double[][] v) {
    double[][] vtv = Matrices.multiply(Matrices.transpose(v), v);
    assertThat(Matrices.maxAbsDifference(vtv, Matrices.identity(v.length))).isLessThan(1e-12 * Math.max(1, v.length));
  }

  /** Equal up to sign: eigenvectors are defined up to a factor of ±1. */
  private static void assertParallel(double[] actual, double[] expected) {
    double dot = 0;
    for (int i = 0; i < actual.length; i++) {
      dot += actual[i] * expected[i];
    }
    double sign = Math.signum(dot);
    for (int i = 0; i < actual.length; i++) {
      assertThat(sign * actual[i]).isCloseTo(expected[i], within(TIGHT));
    }
  }
}
