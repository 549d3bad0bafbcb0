package io.perennial.optimize.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * GroupedMatrix against its definition M[i][j] = s_i·s_j·C[g_i][g_j] + δ_ij·d_i, written out here
 * entry by entry, and every product against the plain dense sums over that expansion.
 */
class GroupedMatrixTest {

  @Test
  void aSmallCaseWorkedByHand() {
    // Two assets (groups) with core [[4, 1], [1, 9]]; cells: asset 0 in two accounts, asset 1 once,
    // and a sale of asset 0 (sign −1); a ridge of 0.5 on the first cell.
    GroupedMatrix m = GroupedMatrix.of(new int[] {0, 0, 1, 0}, new double[] {1, 1, 1, -1},
        new double[][] {{4, 1}, {1, 9}}, new double[] {0.5, 0, 0, 0});
    double[][] expected = {
        {4.5, 4, 1, -4},
        {4, 4, 1, -4},
        {1, 1, 9, -1},
        {-4, -4, -1, 4},
    };
    assertThat(m.toDense()).isDeepEqualTo(expected);
    double[] x = {1, 2, 3, 4};
    // M·x by hand: row 0 = 4.5 + 8 + 3 − 16 = −0.5; row 1 = 4 + 8 + 3 − 16 = −1; row 2 = 1 + 2 + 27 − 4 = 26;
    // row 3 = −4 − 8 − 3 + 16 = 1.
    assertThat(m.times(x)).containsExactly(-0.5, -1, 26, 1);
    // xᵀMx = 1·(−0.5) + 2·(−1) + 3·26 + 4·1 = 79.5.
    assertThat(m.quadratic(x)).isEqualTo(79.5);
    // Group sums: z0 = 1 + 2 − 4 = −1, z1 = 3.
    assertThat(m.groupSums(x)).containsExactly(-1, 3);
  }

  @Property(tries = 60)
  void productsEqualThoseOfTheExpandedMatrix(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @IntRange(min = 1, max = 6) int groups) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] g = new int[n];
    double[] s = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = random.nextInt(groups);
      s[i] = new double[] {1.0, -1.0, 0.0, 0.5}[random.nextInt(4)];
      d[i] = random.nextInt(3) == 0 ? random.nextDouble() : 0.0;
    }
    double[][] c = new double[groups][groups];
    for (int p = 0; p < groups; p++) {
      for (int q = 0; q <= p; q++) {
        c[p][q] = c[q][p] = random.nextDouble() - 0.3;
      }
    }
    GroupedMatrix m = GroupedMatrix.of(g, s, c, d);
    double[][] dense = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dense[i][j] = s[i] * s[j] * c[g[i]][g[j]] + (i == j ? d[i] : 0.0);
        assertThat(m.entry(i, j)).isCloseTo(dense[i][j], within(1e-15));
      }
    }
    assertThat(m.toDense()).isDeepEqualTo(dense);
    double[] x = vector(random, n);
    double[] y = vector(random, n);
    double[] mx = m.times(x);
    double xmy = 0.0;
    for (int i = 0; i < n; i++) {
      double row = 0.0;
      for (int j = 0; j < n; j++) {
        row += dense[i][j] * x[j];
        xmy += x[i] * dense[i][j] * y[j];
      }
      assertThat(mx[i]).isCloseTo(row, within(1e-12));
    }
    assertThat(m.bilinear(x, y)).isCloseTo(xmy, within(1e-11));
    assertThat(m.quadratic(x)).isCloseTo(m.bilinear(x, x), within(1e-11));

    // Scaled: factor·(the grouped part) + extra diagonal; the old diagonal is scaled too.
    double[] extra = vector(random, n);
    GroupedMatrix scaled = m.scaled(2.5, extra);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(scaled.entry(i, j)).isCloseTo(2.5 * dense[i][j] + (i == j ? extra[i] : 0.0), within(1e-14));
      }
    }
    // Remapped: k reads variable source[k] with its sign times factor[k], without the old diagonal.
    int size = 1 + random.nextInt(2 * n);
    int[] source = new int[size];
    double[] factor = new double[size];
    for (int k = 0; k < size; k++) {
      source[k] = random.nextInt(n);
      factor[k] = random.nextBoolean() ? 1.0 : -1.0;
    }
    GroupedMatrix remapped = m.remapped(source, factor, null);
    for (int k = 0; k < size; k++) {
      for (int l = 0; l < size; l++) {
        double grouped = s[source[k]] * factor[k] * s[source[l]] * factor[l] * c[g[source[k]]][g[source[l]]];
        assertThat(remapped.entry(k, l)).isCloseTo(grouped, within(1e-15));
      }
    }
  }

  @Test
  void aDenseMatrixIsOneGroupPerVariable() {
    double[][] a = {{2, 0.5, 0}, {0.5, 3, -1}, {0, -1, 4}};
    GroupedMatrix m = GroupedMatrix.dense(new double[][] {a[0].clone(), a[1].clone(), a[2].clone()});
    assertThat(m.groups()).isEqualTo(3);
    assertThat(m.toDense()).isDeepEqualTo(a);
    assertThat(m.times(new double[] {1, 1, 1})).containsExactly(2.5, 2.5, 3);
    GroupedMatrix diagonal = GroupedMatrix.diagonal(new double[] {1, 2});
    assertThat(diagonal.toDense()).isDeepEqualTo(new double[][] {{1, 0}, {0, 2}});
  }

  private static double[] vector(SplittableRandom random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble() * 2 - 1;
    }
    return v;
  }
}
