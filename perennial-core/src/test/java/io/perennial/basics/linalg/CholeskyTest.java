package io.perennial.basics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CholeskyTest {

  private static final double TIGHT = 1e-12;

  @Test
  void factorsATwoByTwoMatrixWorkedByHand() {
    // [[4, 2], [2, 3]]: L11 = √4 = 2; L21 = 2 / 2 = 1; L22 = √(3 − 1²) = √2.
    Cholesky cholesky = Cholesky.decompose(new double[][] {{4, 2}, {2, 3}});
    double[][] l = cholesky.lower();
    assertThat(l[0][0]).isCloseTo(2.0, within(TIGHT));
    assertThat(l[0][1]).isZero();
    assertThat(l[1][0]).isCloseTo(1.0, within(TIGHT));
    assertThat(l[1][1]).isCloseTo(Math.sqrt(2.0), within(TIGHT));
    // det = 4·3 − 2·2 = 8
    assertThat(cholesky.logDeterminant()).isCloseTo(Math.log(8.0), within(TIGHT));
  }

  @Test
  void factorsTheClassicThreeByThreeExample() {
    // [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] = L·Lᵀ with L = [[2,0,0],[6,1,0],[−8,5,3]]:
    // L11 = 2; L21 = 12/2 = 6; L31 = −16/2 = −8; L22 = √(37 − 36) = 1; L32 = (−43 − 6·(−8))/1 = 5;
    // L33 = √(98 − 64 − 25) = 3.
    double[][] l = Cholesky.decompose(new double[][] {{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}}).lower();
    double[][] expected = {{2, 0, 0}, {6, 1, 0}, {-8, 5, 3}};
    assertThat(Matrices.maxAbsDifference(l, expected)).isLessThan(TIGHT);
  }

  @Test
  void solvesALinearSystem() {
    // [[4, 2], [2, 3]]·x = [2, 1]: x = [[3, −2], [−2, 4]]/8 · [2, 1] = [4/8, 0/8] = [0.5, 0].
    double[] x = Cholesky.decompose(new double[][] {{4, 2}, {2, 3}}).solve(new double[] {2, 1});
    assertThat(x[0]).isCloseTo(0.5, within(TIGHT));
    assertThat(x[1]).isCloseTo(0.0, within(TIGHT));
  }

  @Test
  void refusesAMatrixWithANegativeEigenvalueNamingTheRowAndPivot() {
    // [[1, 2], [2, 1]] has eigenvalues −1 and 3; the second pivot is 1 − 2² = −3.
    assertThatThrownBy(() -> Cholesky.decompose(new double[][] {{1, 2}, {2, 1}}))
        .isInstanceOfSatisfying(NotPositiveDefiniteException.class, e -> {
          assertThat(e.row()).isEqualTo(1);
          assertThat(e.pivot()).isCloseTo(-3.0, within(TIGHT));
        })
        .hasMessageContaining("not positive definite")
        .hasMessageContaining("row 1");
  }

  @Test
  void refusesASingularMatrixButTheJitteredTestAcceptsZeroEigenvaluesOnlyWhenExact() {
    double[][] singular = {{1, 1}, {1, 1}}; // eigenvalues 0 and 2; second pivot exactly 0
    assertThatThrownBy(() -> Cholesky.decompose(singular)).isInstanceOf(NotPositiveDefiniteException.class);
    assertThat(Cholesky.succeeds(singular, 1e-16)).isTrue();
    assertThat(Cholesky.succeeds(new double[][] {{1, 2}, {2, 1}}, 1e-16)).isFalse();
  }

  @Test
  void refusesAsymmetricOrNonSquareInput() {
    assertThatThrownBy(() -> Cholesky.decompose(new double[][] {{1, 0}, {1, 1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symmetric");
    assertThatThrownBy(() -> Cholesky.decompose(new double[][] {{1, 0}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
    assertThatThrownBy(() -> Cholesky.decompose(new double[][] {{Double.NaN}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }

  @Property(tries = 100)
  void reconstructsRandomPositiveDefiniteMatrices(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.positiveDefinite(n, seed);
    double[][] l = Cholesky.decompose(a).lower();
    double[][] rebuilt = Matrices.multiply(l, Matrices.transpose(l));
    assertThat(Matrices.maxAbsDifference(rebuilt, a)).isLessThan(1e-10 * RandomMatrices.maxAbs(a));
    for (int i = 0; i < n; i++) {
      assertThat(l[i][i]).isPositive();
      for (int j = i + 1; j < n; j++) {
        assertThat(l[i][j]).isZero();
      }
    }
  }
}
