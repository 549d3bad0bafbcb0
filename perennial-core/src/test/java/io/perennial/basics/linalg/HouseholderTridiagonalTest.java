package io.perennial.basics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HouseholderTridiagonalTest {

  @Test
  void leavesATridiagonalMatrixAsItIs() {
    double[][] a = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
    HouseholderTridiagonal t = HouseholderTridiagonal.reduce(a);
    assertThat(t.diagonal()).containsExactly(2, 2, 2);
    assertThat(t.offDiagonal()).containsExactly(-1, -1);
    assertThat(t.toOriginalBasis(new double[] {1, 2, 3})).containsExactly(1, 2, 3);
  }

  @Test
  void reducesAThreeByThreeMatrixWorkedByHand() {
    // [[1, 3, 4], [3, 1, 0], [4, 0, 1]]: x = (3, 4), ‖x‖ = 5, β = −5; H = I − u·uᵀ/h with u = (8, 4),
    // h = 40, so H = [[−0.6, −0.8], [−0.8, 0.6]] and H·[[1, 0], [0, 1]]·H = I: T = [[1, −5, 0], [−5, 1, 0], [0, 0, 1]].
    HouseholderTridiagonal t = HouseholderTridiagonal.reduce(new double[][] {{1, 3, 4}, {3, 1, 0}, {4, 0, 1}});
    assertThat(t.diagonal()).containsExactly(new double[] {1, 1, 1}, within(1e-15));
    assertThat(t.offDiagonal()).containsExactly(new double[] {-5, 0}, within(1e-15));
    assertThat(t.toOriginalBasis(new double[] {0, 1, 0})).containsExactly(new double[] {0, -0.6, -0.8}, within(1e-15));
  }

  @Property(tries = 80, seed = "15")
  void isASimilarityByAnOrthogonalMatrix(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
    double[][] a = RandomMatrices.symmetric(n, seed);
    HouseholderTridiagonal t = HouseholderTridiagonal.reduce(a);
    // Q column by column, then A·Q = Q·T and QᵀQ = I.
    double[][] qt = new double[n][];
    for (int j = 0; j < n; j++) {
      double[] unit = new double[n];
      unit[j] = 1;
      qt[j] = t.toOriginalBasis(unit);
    }
    double[][] q = Matrices.transpose(qt);
    double[][] tri = new double[n][n];
    for (int i = 0; i < n; i++) {
      tri[i][i] = t.diagonal()[i];
      if (i + 1 < n) {
        tri[i][i + 1] = t.offDiagonal()[i];
        tri[i + 1][i] = t.offDiagonal()[i];
      }
    }
    double scale = RandomMatrices.maxAbs(a) * n;
    assertThat(Matrices.maxAbsDifference(Matrices.multiply(a, q), Matrices.multiply(q, tri))).isLessThan(1e-13 * scale);
    assertThat(Matrices.maxAbsDifference(Matrices.multiply(qt, q), Matrices.identity(n))).isLessThan(1e-14 * Math.max(1, n));
  }
}
