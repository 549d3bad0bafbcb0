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

  /** Buckets of the radix pass. */
  private static final int BUCKETS = 4096;

  /**
   * The percentiles {@code ps} (fractions in [0, 1]) of {@code values} (not NaN), which may be
   * reordered. Order statistics are found by a radix selection: the floats' bits, mapped to
   * integers in the same order, are spread over 4,096 buckets between the smallest and largest
   * key; one counting pass finds the bucket of each needed rank, and only those buckets' values
   * are collected and selected exactly.
   */
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
    float[] ordered = orderStatistics(values, ranks);
    for (int k = 0; k < ps.length; k++) {
      double h = (n - 1) * ps[k];
      int i = (int) Math.floor(h);
      double a = ordered[Arrays.binarySearch(ranks, i)];
      double b = i + 1 < n ? ordered[Arrays.binarySearch(ranks, i + 1)] : a;
      out[k] = a + (h - i) * (b - a);
    }
    return out;
  }

  /** The values of the given ranks (ascending, distinct), in the same order. */
  private static float[] orderStatistics(float[] values, int[] ranks) {
    int n = values.length;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (float v : values) {
      int key = key(v);
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    float[] result = new float[ranks.length];
    if (min == max) {
      Arrays.fill(result, values[0]);
      return result;
    }
    long span = (long) max - min;
    int shift = 0;
    while ((span >>> shift) >= BUCKETS) {
      shift++;
    }
    int[] counts = new int[BUCKETS + 1];
    for (float v : values) {
      counts[(int) (((long) key(v) - min) >>> shift)]++;
    }
    // Bucket and rank within the bucket of every needed rank.
    int[] bucketOf = new int[ranks.length];
    int[] below = new int[ranks.length];
    int seen = 0;
    int r = 0;
    for (int b = 0; b <= BUCKETS && r < ranks.length; b++) {
      while (r < ranks.length && ranks[r] < seen + counts[b]) {
        bucketOf[r] = b;
        below[r] = seen;
        r++;
      }
      seen += counts[b];
    }
    // Collect the needed buckets' values and select within them.
    int[] slot = new int[BUCKETS + 1];
    Arrays.fill(slot, -1);
    int buckets = 0;
    for (int k = 0; k < ranks.length; k++) {
      if (slot[bucketOf[k]] < 0) {
        slot[bucketOf[k]] = buckets++;
      }
    }
    float[][] gathered = new float[buckets][];
    int[] fill = new int[buckets];
    for (int k = 0; k < ranks.length; k++) {
      int s = slot[bucketOf[k]];
      if (gathered[s] == null) {
        gathered[s] = new float[counts[bucketOf[k]]];
      }
    }
    for (float v : values) {
      int s = slot[(int) (((long) key(v) - min) >>> shift)];
      if (s >= 0) {
        gathered[s][fill[s]++] = v;
      }
    }
    for (int k = 0; k < ranks.length; k++) {
      float[] part = gathered[slot[bucketOf[k]]];
      int rank = ranks[k] - below[k];
      select(part, 0, part.length - 1, new int[] {rank}, 0, 0);
      result[k] = part[rank];
    }
    return result;
  }

  /** An int whose order is the float's order (for non-NaN floats; −0 before +0). */
  private static int key(float v) {
    int bits = Float.floatToRawIntBits(v);
    return bits ^ ((bits >> 31) & 0x7fffffff);
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
