package io.perennial.basics.linalg;

import java.util.Arrays;
import java.util.Random;

/**
 * Selected eigenvalues and eigenvectors of a real symmetric tridiagonal matrix T (diagonal
 * {@code d}, off-diagonal {@code e}): eigenvalues by Sturm-sequence bisection, eigenvectors by
 * inverse iteration, each at {@code O(n)} per step, so a few eigenpairs cost {@code O(n)} to
 * {@code O(n²)} rather than the {@code O(n³)} of a full decomposition.
 *
 * <p>Bisection (Wilkinson; LAPACK {@code dstebz}): the number of negative pivots of the LDLᵀ
 * factorisation of {@code T − x·I} is the number of eigenvalues below x. The eigenvalues wanted are
 * bisected together, one lane each, in loops over the lanes that the JIT turns into SIMD
 * instructions (the recurrences of different lanes are independent), until each interval is as
 * narrow as floating point allows. The result is accurate to a few ulps of ‖T‖, as QL's.
 *
 * <p>Inverse iteration (LAPACK {@code dstein}): solve {@code (T − λI)·x = b} by Gaussian elimination
 * with partial pivoting from a fixed pseudo-random start, three times, each solution
 * re-orthogonalised against the vectors already found for eigenvalues closer than
 * {@code 10⁻³·‖T‖} (a cluster), so that close and repeated eigenvalues still get orthonormal vectors.
 */
final class SymmetricTridiagonal {

  /** Relative width of a cluster of eigenvalues whose vectors are orthogonalised against each other (dstein's). */
  private static final double CLUSTER = 1e-3;

  /** Inverse-iteration solves per eigenvector; the first from a random start already gains ~1/ε. */
  private static final int SOLVES = 3;

  /** The cap on bisection steps (a 64-bit interval halves to adjacent doubles well within it). */
  private static final int MAX_BISECTIONS = 2200;

  private final double[] d;
  private final double[] e;
  private final double[] e2;
  private final double norm;
  private final double pivmin;

  SymmetricTridiagonal(double[] diagonal, double[] offDiagonal) {
    int n = diagonal.length;
    if (offDiagonal.length != Math.max(0, n - 1)) {
      throw new IllegalArgumentException("offDiagonal has " + offDiagonal.length + " entries, expected " + (n - 1));
    }
    this.d = diagonal.clone();
    this.e = offDiagonal.clone();
    this.e2 = new double[e.length];
    double maxE2 = 0.0;
    double max = 0.0;
    for (int i = 0; i < n; i++) {
      double off = (i > 0 ? Math.abs(e[i - 1]) : 0.0) + (i < n - 1 ? Math.abs(e[i]) : 0.0);
      max = Math.max(max, Math.abs(d[i]) + off);
    }
    for (int i = 0; i < e.length; i++) {
      e2[i] = e[i] * e[i];
      maxE2 = Math.max(maxE2, e2[i]);
    }
    this.norm = max;
    this.pivmin = Double.MIN_NORMAL * Math.max(1.0, maxE2);
  }

  /** The dimension n. */
  int size() {
    return d.length;
  }

  /** How many eigenvalues are below {@code x} (the negative pivots of {@code T − x·I}). */
  int countBelow(double x) {
    int count = 0;
    double q = 1.0;
    for (int i = 0; i < d.length; i++) {
      q = d[i] - x - (i > 0 ? e2[i - 1] / q : 0.0);
      if (Math.abs(q) < pivmin) {
        q = -pivmin;
      }
      if (q < 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The eigenvalues of indices {@code from … to − 1} in ascending order (index 0 the smallest), by
   * bisection of all of them at once.
   */
  double[] eigenvalues(int from, int to) {
    int n = d.length;
    if (from < 0 || to > n || from > to) {
      throw new IllegalArgumentException("eigenvalue indices [" + from + ", " + to + ") outside [0, " + n + ")");
    }
    int lanes = to - from;
    double[] lo = new double[lanes];
    double[] hi = new double[lanes];
    double gershgorinLo = Double.POSITIVE_INFINITY;
    double gershgorinHi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double off = (i > 0 ? Math.abs(e[i - 1]) : 0.0) + (i < n - 1 ? Math.abs(e[i]) : 0.0);
      gershgorinLo = Math.min(gershgorinLo, d[i] - off);
      gershgorinHi = Math.max(gershgorinHi, d[i] + off);
    }
    double pad = 2 * Math.ulp(norm) * n + 2 * pivmin;
    Arrays.fill(lo, gershgorinLo - pad);
    Arrays.fill(hi, gershgorinHi + pad);
    double[] mid = new double[lanes];
    double[] q = new double[lanes];
    int[] count = new int[lanes];
    for (int step = 0; step < MAX_BISECTIONS; step++) {
      boolean open = false;
      for (int l = 0; l < lanes; l++) {
        double m = 0.5 * (lo[l] + hi[l]);
        mid[l] = m;
        open |= m > lo[l] && m < hi[l];
      }
      if (!open) {
        break;
      }
      Arrays.fill(count, 0);
      Arrays.fill(q, 1.0);
      for (int i = 0; i < n; i++) {
        double di = d[i];
        double ei2 = i > 0 ? e2[i - 1] : 0.0;
        for (int l = 0; l < lanes; l++) {
          double v = di - mid[l] - ei2 / q[l];
          v = Math.abs(v) < pivmin ? -pivmin : v;
          q[l] = v;
          count[l] += v < 0 ? 1 : 0;
        }
      }
      for (int l = 0; l < lanes; l++) {
        if (count[l] > from + l) {
          hi[l] = mid[l];
        } else {
          lo[l] = mid[l];
        }
      }
    }
    double[] values = new double[lanes];
    for (int l = 0; l < lanes; l++) {
      values[l] = 0.5 * (lo[l] + hi[l]);
    }
    return values;
  }

  /**
   * Unit eigenvectors for the eigenvalues {@code lambda} (ascending, as {@link #eigenvalues}
   * returns them), by inverse iteration; row k is the vector of {@code lambda[k]}.
   */
  double[][] eigenvectors(double[] lambda) {
    int n = d.length;
    double[][] vectors = new double[lambda.length][];
    Random random = new Random(0x5eed);
    double tiny = Math.max(Math.ulp(1.0) * norm, pivmin);
    int clusterStart = 0;
    for (int k = 0; k < lambda.length; k++) {
      if (k > 0 && lambda[k] - lambda[k - 1] > CLUSTER * norm) {
        clusterStart = k;
      }
      Elimination lu = new Elimination(d, e, lambda[k], tiny);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = 2 * random.nextDouble() - 1;
      }
      for (int solve = 0; solve < SOLVES; solve++) {
        lu.solveInPlace(x);
        for (int j = clusterStart; j < k; j++) {
          subtractProjection(x, vectors[j]);
        }
        normalise(x);
      }
      vectors[k] = x;
    }
    return vectors;
  }

  private static void subtractProjection(double[] x, double[] unit) {
    double dot = 0.0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * unit[i];
    }
    for (int i = 0; i < x.length; i++) {
      x[i] -= dot * unit[i];
    }
  }

  private static void normalise(double[] x) {
    double max = 0.0;
    for (double v : x) {
      max = Math.max(max, Math.abs(v));
    }
    if (max == 0.0) {
      throw new ArithmeticException("inverse iteration lost its vector");
    }
    double sum = 0.0;
    for (int i = 0; i < x.length; i++) {
      x[i] /= max;
      sum += x[i] * x[i];
    }
    double length = Math.sqrt(sum);
    for (int i = 0; i < x.length; i++) {
      x[i] /= length;
    }
  }

  /**
   * {@code T − λI = P·L·U} by Gaussian elimination with row interchanges (LAPACK {@code dlagtf}):
   * U has two super-diagonals, L one multiplier per column. Pivots smaller than {@code tiny} are
   * replaced by ±tiny, as inverse iteration wants a nearly singular system solved, not refused.
   */
  private static final class Elimination {
    private final double[] u1;
    private final double[] u2;
    private final double[] u3;
    private final double[] multiplier;
    private final boolean[] swapped;

    Elimination(double[] d, double[] e, double lambda, double tiny) {
      int n = d.length;
      u1 = new double[n];
      u2 = new double[n];
      u3 = new double[n];
      multiplier = new double[n];
      swapped = new boolean[n];
      double diag = d[0] - lambda;
      double sup = n > 1 ? e[0] : 0.0;
      for (int i = 0; i < n - 1; i++) {
        double sub = e[i];
        double nextDiag = d[i + 1] - lambda;
        double nextSup = i + 1 < n - 1 ? e[i + 1] : 0.0;
        if (Math.abs(diag) >= Math.abs(sub)) {
          diag = guard(diag, tiny);
          double m = sub / diag;
          u1[i] = diag;
          u2[i] = sup;
          multiplier[i] = m;
          diag = nextDiag - m * sup;
          sup = nextSup;
        } else {
          double m = diag / sub;
          u1[i] = sub;
          u2[i] = nextDiag;
          u3[i] = nextSup;
          multiplier[i] = m;
          swapped[i] = true;
          diag = sup - m * nextDiag;
          sup = -m * nextSup;
        }
      }
      u1[n - 1] = guard(diag, tiny);
    }

    private static double guard(double pivot, double tiny) {
      if (Math.abs(pivot) >= tiny) {
        return pivot;
      }
      return pivot < 0 ? -tiny : tiny;
    }

    /** Overwrites b with the solution x of {@code (T − λI)·x = b}. */
    void solveInPlace(double[] b) {
      int n = b.length;
      for (int i = 0; i < n - 1; i++) {
        if (swapped[i]) {
          double t = b[i];
          b[i] = b[i + 1];
          b[i + 1] = t - multiplier[i] * b[i + 1];
        } else {
          b[i + 1] -= multiplier[i] * b[i];
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = b[i];
        if (i + 1 < n) {
          s -= u2[i] * b[i + 1];
        }
        if (i + 2 < n) {
          s -= u3[i] * b[i + 2];
        }
        b[i] = s / u1[i];
      }
    }
  }
}
