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

  @Test
  void clipsARepeatedNegativeEigenvalue() {
    // Q·diag(−1, −1, 2)·Qᵀ with Q the reflection I − 2·w·wᵀ, w = (1, 1, 1)/√3: clipping leaves
    // 2·q₃·q₃ᵀ with q₃ = (−2, −2, 1)/3 the third column of Q, i.e. (2/9)·[[4, 4, −2], [4, 4, −2], [−2, −2, 1]].
    double[][] q = {{1 / 3.0, -2 / 3.0, -2 / 3.0}, {-2 / 3.0, 1 / 3.0, -2 / 3.0}, {-2 / 3.0, -2 / 3.0, 1 / 3.0}};
    double[][] a = Matrices.multiply(Matrices.multiply(q, new double[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, 2}}), q);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < i; j++) {
        a[j][i] = a[i][j];
      }
    }
    PsdRepair repair = PsdRepair.spectral(a);
    double[][] expected = {{8 / 9.0, 8 / 9.0, -4 / 9.0}, {8 / 9.0, 8 / 9.0, -4 / 9.0}, {-4 / 9.0, -4 / 9.0, 2 / 9.0}};
    assertThat(Matrices.maxAbsDifference(repair.matrix(), expected)).isLessThan(TIGHT);
    assertThat(repair.clippedEigenvalues()).isEqualTo(2);
    assertThat(repair.clippedMass()).isCloseTo(2.0, within(TIGHT));
  }

  @Property(tries = 80, seed = "15")
  void equalsTheRepairFromTheFullDecomposition(@ForAll @IntRange(min = 1, max = 80) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.symmetric(n, seed);
    PsdRepair repair = PsdRepair.spectral(a);
    if (!repair.repaired()) {
      return;
    }
    // The old method: all eigenpairs, then V·max(Λ, 0)·Vᵀ.
    SymmetricEigen eigen = SymmetricEigen.decompose(a);
    double[] kept = eigen.values();
    int clipped = 0;
    for (int k = 0; k < n; k++) {
      if (!(kept[k] > 0)) {
        kept[k] = 0;
        clipped++;
      }
    }
    double scale = RandomMatrices.maxAbs(a);
    assertThat(Matrices.maxAbsDifference(repair.matrix(), eigen.reconstruct(kept))).isLessThan(1e-9 * scale);
    assertThat(repair.clippedEigenvalues()).isEqualTo(clipped);
    assertThat(repair.smallestEigenvalue()).isCloseTo(eigen.minValue(), within(1e-12 * scale * n));
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
