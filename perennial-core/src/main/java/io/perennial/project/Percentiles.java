package io.perennial.project;

/**
 * Percentiles of a sample by linear interpolation between order statistics (the "type 7"
 * definition, NumPy's default): for probability p and n values sorted ascending, the value at
 * rank h = (n − 1)·p, interpolated between ⌊h⌋ and ⌊h⌋ + 1. Uses selection, not a full sort.
 */
final class Percentiles {

  private Percentiles() {}

  /** The percentiles {@code ps} (fractions in [0, 1], ascending) of {@code values}, which is reordered. */
  static double[] of(float[] values, double[] ps) {
    int n = values.length;
    double[] out = new double[ps.length];
    if (n == 0) {
      java.util.Arrays.fill(out, Double.NaN);
      return out;
    }
    int low = 0; // everything below 'low' is ≤ values[low..]; selection ranges shrink as p ascends
    for (int k = 0; k < ps.length; k++) {
      double h = (n - 1) * ps[k];
      int i = (int) Math.floor(h);
      double frac = h - i;
      select(values, Math.min(low, i), n - 1, i);
      double a = values[i];
      double b = a;
      if (frac > 0.0 && i + 1 < n) {
        float min = values[i + 1];
        for (int j = i + 2; j < n; j++) {
          if (values[j] < min) {
            min = values[j];
          }
        }
        b = min;
      }
      out[k] = a + frac * (b - a);
      low = i;
    }
    return out;
  }

  /** Rearranges values[lo..hi] so that values[k] holds the value of rank k, smaller ones before it, larger after. */
  private static void select(float[] a, int lo, int hi, int k) {
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // median of three as the pivot
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
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
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
    java.util.Arrays.sort(sorted);
    double[] out = new double[ps.length];
    int n = sorted.length;
    for (int k = 0; k < ps.length; k++) {
      if (n == 0) {
        out[k] = Double.NaN;
        continue;
      }
      double h = (n - 1) * ps[k];
      int i = (int) Math.floor(h);
      double frac = h - i;
      double a = sorted[i];
      double b = i + 1 < n ? sorted[i + 1] : a;
      out[k] = a + frac * (b - a);
    }
    return out;
  }
}
