package io.perennial.basics.linalg;

/**
 * Small helpers on dense matrices held as {@code double[rows][columns]} (row-major). Every method
 * leaves its arguments unchanged and returns new arrays.
 */
public final class Matrices {

  private Matrices() {}

  /** A deep copy of {@code a}. */
  public static double[][] copy(double[][] a) {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  /** The n × n identity. */
  public static double[][] identity(int n) {
    double[][] identity = new double[n][n];
    for (int i = 0; i < n; i++) {
      identity[i][i] = 1.0;
    }
    return identity;
  }

  /** The transpose of the rectangular matrix {@code a}. */
  public static double[][] transpose(double[][] a) {
    int rows = a.length;
    int columns = rows == 0 ? 0 : a[0].length;
    double[][] t = new double[columns][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  /** The product {@code a · b} of conforming rectangular matrices. */
  public static double[][] multiply(double[][] a, double[][] b) {
    int inner = b.length;
    int columns = inner == 0 ? 0 : b[0].length;
    double[][] product = new double[a.length][columns];
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != inner) {
        throw new IllegalArgumentException("a has " + a[i].length + " columns but b has " + inner + " rows");
      }
      double[] row = product[i];
      for (int k = 0; k < inner; k++) {
        double aik = a[i][k];
        double[] bk = b[k];
        for (int j = 0; j < columns; j++) {
          row[j] += aik * bk[j];
        }
      }
    }
    return product;
  }

  /** The product {@code a · x} of a matrix and a vector. */
  public static double[] multiply(double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != x.length) {
        throw new IllegalArgumentException("a has " + a[i].length + " columns but x has " + x.length + " entries");
      }
      double sum = 0.0;
      for (int j = 0; j < x.length; j++) {
        sum += a[i][j] * x[j];
      }
      y[i] = sum;
    }
    return y;
  }

  /** The largest absolute entry of {@code a − b} (the max norm of the difference). */
  public static double maxAbsDifference(double[][] a, double[][] b) {
    requireSameShape(a, b);
    double max = 0.0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
      }
    }
    return max;
  }

  /** The Frobenius norm of {@code a − b}: the square root of the sum of squared differences. */
  public static double frobeniusDistance(double[][] a, double[][] b) {
    requireSameShape(a, b);
    double sum = 0.0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        double d = a[i][j] - b[i][j];
        sum += d * d;
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * Checks that {@code a} (named {@code name} in messages) is square, finite and symmetric to a
   * relative tolerance of 1e-10 of its largest entry; throws IllegalArgumentException otherwise.
   */
  public static void requireSymmetric(double[][] a, String name) {
    if (a == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    int n = a.length;
    double scale = 0.0;
    for (int i = 0; i < n; i++) {
      if (a[i] == null || a[i].length != n) {
        throw new IllegalArgumentException(name + " must be square: row " + i + " has "
            + (a[i] == null ? 0 : a[i].length) + " entries, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(a[i][j])) {
          throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite, got " + a[i][j]);
        }
        scale = Math.max(scale, Math.abs(a[i][j]));
      }
    }
    double tolerance = 1e-10 * Math.max(scale, Double.MIN_NORMAL);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (Math.abs(a[i][j] - a[j][i]) > tolerance) {
          throw new IllegalArgumentException(name + " must be symmetric: [" + i + "][" + j + "] = " + a[i][j]
              + " but [" + j + "][" + i + "] = " + a[j][i]);
        }
      }
    }
  }

  private static void requireSameShape(double[][] a, double[][] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("matrices differ in shape: " + a.length + " and " + b.length + " rows");
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != b[i].length) {
        throw new IllegalArgumentException("matrices differ in shape at row " + i);
      }
    }
  }
}
