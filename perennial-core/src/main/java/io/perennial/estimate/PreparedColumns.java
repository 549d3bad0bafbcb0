package io.perennial.estimate;

/**
 * The returns of a {@link ReturnTable} laid out for the covariance kernels: per asset, its
 * present returns minus its own mean (zero where missing), its support (first present index and
 * one past the last), whether it has gaps inside the support, and for gappy columns a 0/1 mask.
 */
final class PreparedColumns {

  final int width;
  final int periods;
  /** {@code r − mean} where present, 0 where missing; [asset][period]. */
  final double[][] centred;
  final double[] mean;
  final int[] count;
  final int[] first;
  final int[] end;
  final boolean[] gapless;
  /** 1 where present, 0 where missing; null for gapless columns. */
  final double[][] mask;

  private PreparedColumns(ReturnTable returns) {
    width = returns.width();
    periods = returns.size();
    centred = new double[width][];
    mean = new double[width];
    count = new int[width];
    first = new int[width];
    end = new int[width];
    gapless = new boolean[width];
    mask = new double[width][];
    for (int i = 0; i < width; i++) {
      double[] r = returns.columnView(i);
      int firstPresent = -1;
      int lastPresent = -1;
      int present = 0;
      double sum = 0;
      for (int t = 0; t < r.length; t++) {
        if (!Double.isNaN(r[t])) {
          if (firstPresent < 0) {
            firstPresent = t;
          }
          lastPresent = t;
          present++;
          sum += r[t];
        }
      }
      count[i] = present;
      mean[i] = present == 0 ? Double.NaN : sum / present;
      first[i] = present == 0 ? 0 : firstPresent;
      end[i] = present == 0 ? 0 : lastPresent + 1;
      gapless[i] = present == end[i] - first[i];
      double[] c = new double[periods];
      for (int t = first[i]; t < end[i]; t++) {
        c[t] = Double.isNaN(r[t]) ? 0.0 : r[t] - mean[i];
      }
      centred[i] = c;
      if (!gapless[i]) {
        double[] m = new double[periods];
        for (int t = first[i]; t < end[i]; t++) {
          m[t] = Double.isNaN(r[t]) ? 0.0 : 1.0;
        }
        mask[i] = m;
      }
    }
  }

  static PreparedColumns of(ReturnTable returns) {
    return new PreparedColumns(returns);
  }

  /** Start of the periods where both {@code i} and {@code j} may be present. */
  int lo(int i, int j) {
    return Math.max(first[i], first[j]);
  }

  /** End (exclusive) of the periods where both {@code i} and {@code j} may be present. */
  int hi(int i, int j) {
    return Math.min(end[i], end[j]);
  }
}
