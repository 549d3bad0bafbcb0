package io.perennial.project;

import java.util.Arrays;

/**
 * Percentiles of a sample by linear interpolation between order statistics (the "type 7"
 * definition, NumPy's default): for probability p and n values sorted ascending, the value at
 * rank h = (n − 1)·p, interpolated between ⌊h⌋ and ⌊h⌋ + 1. The needed order statistics are
 * found together by one multi-rank quickselect (expected work a few passes over the data), not
 * by sorting.
 */
final class Percentiles {

  private static final int SMALL = 24;

  private Percentiles() {}

  /** The percentiles {@code ps} (fractions in [0, 1]) of {@code values}, which is reordered. */
  static double[] of(float[] values, double[] ps) {
    int n = values.length;
    double[] out = new double[ps.length];
    if (n == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    int[] ranks = new int[2 * ps.length];
    int count = 0;
    for (double p : ps) {
      int i = (int) Math.floor((n - 1) * p);
      ranks[count++] = i;
      ranks[count++] = Math.min(i + 1, n - 1);
    }
    ranks = Arrays.stream(ranks, 0, count).sorted().distinct().toArray();
    select(values, 0, n - 1, ranks, 0, ranks.length - 1);
    for (int k = 0; k < ps.length; k++) {
      double h = (n - 1) * ps[k];
      int i = (int) Math.floor(h);
      double a = values[i];
      double b = i + 1 < n ? values[i + 1] : a;
      out[k] = a + (h - i) * (b - a);
    }
    return out;
  }

  /**
   * Rearranges a[lo..hi] so that every rank in ranks[rlo..rhi] (ascending, all within lo..hi)
   * holds the value of that rank, by partitioning and descending only into the parts that hold
   * ranks.
   */
  private static void select(float[] a, int lo, int hi, int[] ranks, int rlo, int rhi) {
    while (rlo <= rhi) {
      if (hi - lo < SMALL) {
        insertionSort(a, lo, hi);
        return;
      }
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      float pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      // Now a[lo..j] ≤ pivot, a[j+1..i−1] = pivot, a[i..hi] ≥ pivot.
      int leftEnd = rlo;
      while (leftEnd <= rhi && ranks[leftEnd] <= j) {
        leftEnd++;
      }
      int rightStart = leftEnd;
      while (rightStart <= rhi && ranks[rightStart] < i) {
        rightStart++;
      }
      if (leftEnd - rlo < rhi - rightStart + 1) {
        select(a, lo, j, ranks, rlo, leftEnd - 1);
        lo = i;
        rlo = rightStart;
      } else {
        select(a, i, hi, ranks, rightStart, rhi);
        hi = j;
        rhi = leftEnd - 1;
      }
    }
  }

  private static void insertionSort(float[] a, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      float v = a[i];
      int j = i - 1;
      while (j >= lo && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static void swap(float[] a, int i, int j) {
    float t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** The percentiles of a double sample (copied, not reordered). */
  static double[] of(double[] values, double[] ps) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] out = new double[ps.length];
    int n = sorted.length;
    for (int k = 0; k < ps.length; k++) {
      if (n == 0) {
        out[k] = Double.NaN;
        continue;
      }
      double h = (n - 1) * ps[k];
      int i = (int) Math.floor(h);
      double a = sorted[i];
      double b = i + 1 < n ? sorted[i + 1] : a;
      out[k] = a + (h - i) * (b - a);
    }
    return out;
  }
}
