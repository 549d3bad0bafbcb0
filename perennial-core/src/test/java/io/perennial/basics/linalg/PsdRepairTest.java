package io.perennial.basics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PsdRepairTest {

  private static final double TIGHT = 1e-12;

  @Test
  void leavesAPositiveDefiniteMatrixAlone() {
    double[][] a = {{4, 2}, {2, 3}};
    PsdRepair repair = PsdRepair.spectral(a);
    assertThat(repair.repaired()).isFalse();
    assertThat(repair.matrix()).isDeepEqualTo(a);
    assertThat(repair.frobeniusChange()).isZero();
    assertThat(repair.describe()).contains("no repair");
  }

  @Test
  void clipsTheNegativeEigenvalueOfAHandWorkedMatrix() {
    // [[1, 2], [2, 1]] = −1·uuᵀ + 3·wwᵀ with u = (1, −1)/√2, w = (1, 1)/√2.
    // Clipping −1 to 0 leaves 3·wwᵀ = [[1.5, 1.5], [1.5, 1.5]]; the change has Frobenius norm |−1| = 1.
    PsdRepair repair = PsdRepair.spectral(new double[][] {{1, 2}, {2, 1}});
    assertThat(repair.repaired()).isTrue();
    assertThat(Matrices.maxAbsDifference(repair.matrix(), new double[][] {{1.5, 1.5}, {1.5, 1.5}})).isLessThan(TIGHT);
    assertThat(repair.smallestEigenvalue()).isCloseTo(-1.0, within(TIGHT));
    assertThat(repair.clippedEigenvalues()).isEqualTo(1);
    assertThat(repair.clippedMass()).isCloseTo(1.0, within(TIGHT));
    assertThat(repair.frobeniusChange()).isCloseTo(1.0, within(TIGHT));
    assertThat(repair.describe()).contains("clipped 1 eigenvalue");
  }

  @Test
  void leavesASingularPsdMatrixAloneAsPyPortfolioOptDoes() {
    // [[1, 1], [1, 1]] + 1e-16·I has a Cholesky factor, so PyPortfolioOpt returns it untouched.
    PsdRepair repair = PsdRepair.spectral(new double[][] {{1, 1}, {1, 1}});
    assertThat(repair.repaired()).isFalse();
  }

  @Property(tries = 100)
  void repairedMatricesAreSymmetricPositiveSemidefiniteAndClose(
      @ForAll @IntRange(min = 2, max = 20) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.symmetric(n, seed);
    SymmetricEigen before = SymmetricEigen.decompose(a);
    PsdRepair repair = PsdRepair.spectral(a);
    double[][] fixed = repair.matrix();
    double scale = RandomMatrices.maxAbs(a) * n;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(fixed[i][j]).isEqualTo(fixed[j][i]);
      }
    }
    assertThat(SymmetricEigen.decompose(fixed).minValue()).isGreaterThan(-1e-12 * scale);
    if (repair.repaired()) {
      // ‖A' − A‖_F equals the root sum of squares of the clipped eigenvalues.
      double sumSquares = 0;
      for (double lambda : before.values()) {
        if (lambda <= 0) {
          sumSquares += lambda * lambda;
        }
      }
      assertThat(repair.frobeniusChange()).isCloseTo(Math.sqrt(sumSquares), within(1e-10 * scale));
      assertThat(repair.smallestEigenvalue()).isCloseTo(before.minValue(), within(1e-12 * scale));
    } else {
      assertThat(before.minValue()).isGreaterThan(-1e-12 * scale);
    }
  }
}
