package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tiled Gram kernel against the plain definition {@code Σ_t a_i[t]·a_j[t]} summed over the
 * common support, period after period: the same sums in the same order, so equal to the bit,
 * on widths that cross the kernel's tiles and columns with late starts, early ends and inner gaps.
 */
class CrossProductsTest {

  @Test
  void gramEqualsThePlainOrderedSumsAcrossTiles() {
    Random random = new Random(15);
    for (int n : new int[] {1, 3, 16, 17, 130, 300}) {
      int periods = 97;
      double[][] a = new double[n][periods];
      int[] first = new int[n];
      int[] end = new int[n];
      for (int i = 0; i < n; i++) {
        first[i] = random.nextInt(4) == 0 ? random.nextInt(periods) : 0;
        end[i] = random.nextInt(5) == 0 ? first[i] + random.nextInt(periods - first[i] + 1) : periods;
        for (int t = first[i]; t < end[i]; t++) {
          boolean gap = random.nextInt(10) == 0 && t > first[i] && t < end[i] - 1;
          a[i][t] = gap ? 0.0 : random.nextGaussian() * 0.02;
        }
        if (end[i] == first[i]) {
          first[i] = end[i] = periods;
        }
      }
      double[][] g = CrossProducts.gram(a, first, end);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double plain = 0;
          for (int t = Math.max(first[i], first[j]); t < Math.min(end[i], end[j]); t++) {
            plain += a[i][t] * a[j][t];
          }
          assertThat(g[i][j]).as("n %d, G[%d][%d]", n, i, j).isEqualTo(plain);
        }
      }
    }
  }
}
