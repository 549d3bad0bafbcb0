package io.perennial.basics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SymmetricTridiagonalTest {

  @Test
  void bisectsTheSecondDifferenceMatrixWorkedByHand() {
    // tridiag(−1, 2, −1) of order 3: λ_k = 2 − 2·cos(kπ/4) = 2 − √2, 2, 2 + √2.
    SymmetricTridiagonal t = new SymmetricTridiagonal(new double[] {2, 2, 2}, new double[] {-1, -1});
    assertThat(t.eigenvalues(0, 3)).containsExactly(new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)}, within(1e-15));
    assertThat(t.eigenvalues(1, 2)).containsExactly(new double[] {2}, within(1e-15));
    assertThat(t.countBelow(1.0)).isEqualTo(1);
    assertThat(t.countBelow(3.0)).isEqualTo(2);
    assertThat(t.countBelow(4.0)).isEqualTo(3);
  }

  @Test
  void findsOrthonormalVectorsForRepeatedEigenvalues() {
    // Two identical blocks [[1, 1], [1, 1]] (eigenvalues 0 and 2) joined by a zero: 0, 0, 2, 2.
    SymmetricTridiagonal t = new SymmetricTridiagonal(new double[] {1, 1, 1, 1}, new double[] {1, 0, 1});
    double[] values = t.eigenvalues(0, 4);
    assertThat(values).containsExactly(new double[] {0, 0, 2, 2}, within(1e-15));
    assertEigenpairs(new double[] {1, 1, 1, 1}, new double[] {1, 0, 1}, values, t.eigenvectors(values), 1e-14);
  }

  @Test
  void separatesWilkinsonsNearlyEqualPairs() {
    // W₂₁⁺: diagonal |10 − i|, off-diagonal 1; its top pairs agree to ~1e-14 (Wilkinson 1965).
    int n = 21;
    double[] d = new double[n];
    double[] e = new double[n - 1];
    for (int i = 0; i < n; i++) {
      d[i] = Math.abs(10 - i);
    }
    java.util.Arrays.fill(e, 1.0);
    SymmetricTridiagonal t = new SymmetricTridiagonal(d, e);
    double[] values = t.eigenvalues(0, n);
    assertThat(values[n - 1] - values[n - 2]).isLessThan(1e-12);
    assertThat(values).containsExactly(SymmetricEigen.decompose(dense(d, e)).values(), within(1e-13));
    assertEigenpairs(d, e, values, t.eigenvectors(values), 1e-13);
  }

  @Property(tries = 60, seed = "15")
  void agreesWithTheQlDecompositionOnRandomTridiagonals(@ForAll @IntRange(min = 1, max = 80) int n, @ForAll long seed) {
    Random random = new Random(seed);
    double[] d = new double[n];
    double[] e = new double[Math.max(0, n - 1)];
    for (int i = 0; i < n; i++) {
      d[i] = 2 * random.nextDouble() - 1;
    }
    for (int i = 0; i < e.length; i++) {
      e[i] = 2 * random.nextDouble() - 1;
    }
    SymmetricTridiagonal t = new SymmetricTridiagonal(d, e);
    double[] values = t.eigenvalues(0, n);
    double scale = 3.0;
    assertThat(values).containsExactly(SymmetricEigen.decompose(dense(d, e)).values(), within(1e-13 * scale));
    int from = n / 3;
    int to = Math.min(n, from + 5);
    assertThat(t.eigenvalues(from, to)).containsExactly(java.util.Arrays.copyOfRange(values, from, to), within(0.0));
    for (int k = 0; k < n; k++) {
      assertThat(t.countBelow(values[k] + 1e-9)).isGreaterThanOrEqualTo(k + 1);
    }
    assertEigenpairs(d, e, values, t.eigenvectors(values), 1e-12 * scale);
  }

  /** T·v_k = λ_k·v_k to {@code tolerance}, and the v_k orthonormal. */
  private static void assertEigenpairs(double[] d, double[] e, double[] values, double[][] vectors, double tolerance) {
    double[][] t = dense(d, e);
    for (int k = 0; k < values.length; k++) {
      double[] tv = Matrices.multiply(t, vectors[k]);
      for (int i = 0; i < d.length; i++) {
        assertThat(tv[i]).isCloseTo(values[k] * vectors[k][i], within(tolerance));
      }
      for (int j = 0; j <= k; j++) {
        double dot = 0;
        for (int i = 0; i < d.length; i++) {
          dot += vectors[k][i] * vectors[j][i];
        }
        assertThat(dot).isCloseTo(j == k ? 1.0 : 0.0, within(1e-12));
      }
    }
  }

  private static double[][] dense(double[] d, double[] e) {
    int n = d.length;
    double[][] t = new double[n][n];
    for (int i = 0; i < n; i++) {
      t[i][i] = d[i];
      if (i + 1 < n) {
        t[i][i + 1] = e[i];
        t[i + 1][i] = e[i];
      }
    }
    return t;
  }
}
