package io.perennial.basics.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The eigendecomposition {@code A = V·Λ·Vᵀ} of a real symmetric matrix: real eigenvalues in
 * ascending order and orthonormal eigenvectors (the columns of {@code V}).
 *
 * <p>Method: Householder reduction to tridiagonal form, accumulating the orthogonal
 * transformation, then the implicit QL algorithm with Wilkinson-type shifts on the tridiagonal
 * matrix (the classical EISPACK {@code tred2}/{@code tql2} pair, as described by Wilkinson &amp;
 * Reinsch, <i>Handbook for Automatic Computation</i> II, 1971). Cost about (4/3 + ~6)·n³
 * floating-point operations; accurate to a few ulps of ‖A‖ for each eigenvalue. The rotations
 * of the QL step act on contiguous rows of {@code Vᵀ}, which keeps the inner loop cache-friendly.
 */
public final class SymmetricEigen {

  /** Iteration cap per eigenvalue; the QL iteration converges in 1–3 steps in practice. */
  private static final int MAX_ITERATIONS_PER_VALUE = 60;

  private final double[] values;
  /** vectorsT[j] is the j-th eigenvector (a row of Vᵀ). */
  private final double[][] vectorsT;

  private SymmetricEigen(double[] values, double[][] vectorsT) {
    this.values = values;
    this.vectorsT = vectorsT;
  }

  /**
   * Decomposes the symmetric matrix {@code a} (left unchanged).
   *
   * @throws IllegalArgumentException when {@code a} is not square, finite and symmetric
   * @throws ArithmeticException in the (unseen in practice) case that QL does not converge
   */
  public static SymmetricEigen decompose(double[][] a) {
    Matrices.requireSymmetric(a, "matrix");
    int n = a.length;
    if (n == 0) {
      return new SymmetricEigen(new double[0], new double[0][0]);
    }
    double[][] v = Matrices.copy(a);
    double[] d = new double[n];
    double[] e = new double[n];
    tridiagonalise(v, d, e);
    double[][] z = Matrices.transpose(v);
    diagonalise(d, e, z);
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> d[i]));
    double[] sortedValues = new double[n];
    double[][] sortedVectors = new double[n][];
    for (int k = 0; k < n; k++) {
      sortedValues[k] = d[order[k]];
      sortedVectors[k] = z[order[k]];
    }
    return new SymmetricEigen(sortedValues, sortedVectors);
  }

  /**
   * The eigenvalues of the symmetric matrix {@code a} alone, ascending, without the eigenvectors:
   * Householder reduction to tridiagonal form ({@link HouseholderTridiagonal}) and bisection of
   * every eigenvalue ({@link SymmetricTridiagonal}), about {@code 2n³} flops against the
   * {@code ~8n³} of {@link #decompose}. The same values as {@code decompose(a).values()} to a few
   * ulps of ‖A‖.
   *
   * @throws IllegalArgumentException when {@code a} is not square, finite and symmetric
   */
  public static double[] eigenvalues(double[][] a) {
    Matrices.requireSymmetric(a, "matrix");
    HouseholderTridiagonal reduction = HouseholderTridiagonal.reduce(a);
    return new SymmetricTridiagonal(reduction.diagonal(), reduction.offDiagonal()).eigenvalues(0, a.length);
  }

  /** The dimension n. */
  public int size() {
    return values.length;
  }

  /** The eigenvalues, ascending (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The smallest eigenvalue (NaN for a 0 × 0 matrix). */
  public double minValue() {
    return values.length == 0 ? Double.NaN : values[0];
  }

  /** The largest eigenvalue (NaN for a 0 × 0 matrix). */
  public double maxValue() {
    return values.length == 0 ? Double.NaN : values[values.length - 1];
  }

  /** The unit eigenvector of the {@code k}-th eigenvalue in ascending order (a copy). */
  public double[] vector(int k) {
    return vectorsT[k].clone();
  }

  /** The matrix V whose column {@code k} is the eigenvector of {@code values()[k]} (a copy). */
  public double[][] vectors() {
    return Matrices.transpose(vectorsT);
  }

  /**
   * {@code V·diag(λ')·Vᵀ} where λ' are the eigenvalues passed: rebuilds the matrix with
   * replaced eigenvalues (ascending order, as {@link #values()}). The result is exactly symmetric.
   */
  public double[][] reconstruct(double[] newValues) {
    int n = values.length;
    if (newValues.length != n) {
      throw new IllegalArgumentException("newValues has " + newValues.length + " entries, expected " + n);
    }
    double[][] result = new double[n][n];
    double[] scaled = new double[n];
    for (int k = 0; k < n; k++) {
      double lambda = newValues[k];
      if (lambda == 0.0) {
        continue;
      }
      double[] vk = vectorsT[k];
      for (int i = 0; i < n; i++) {
        scaled[i] = lambda * vk[i];
      }
      for (int i = 0; i < n; i++) {
        double[] row = result[i];
        double s = scaled[i];
        for (int j = 0; j <= i; j++) {
          row[j] += s * vk[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        result[j][i] = result[i][j];
      }
    }
    return result;
  }

  /** {@code V·Λ·Vᵀ}: the decomposed matrix rebuilt from its eigenpairs. */
  public double[][] reconstruct() {
    return reconstruct(values);
  }

  /**
   * Householder reduction of the symmetric matrix held in {@code v} to tridiagonal form T = QᵀAQ.
   * On return {@code d} holds the diagonal of T, {@code e[1..n-1]} its subdiagonal ({@code e[0] = 0})
   * and {@code v} the orthogonal matrix Q.
   */
  private static void tridiagonalise(double[][] v, double[] d, double[] e) {
    int n = d.length;
    for (int j = 0; j < n; j++) {
      d[j] = v[n - 1][j];
    }
    for (int i = n - 1; i > 0; i--) {
      // Scale row i (held in d[0..i-1]) to avoid under/overflow.
      double scale = 0.0;
      double h = 0.0;
      for (int k = 0; k < i; k++) {
        scale += Math.abs(d[k]);
      }
      if (scale == 0.0) {
        e[i] = d[i - 1];
        for (int j = 0; j < i; j++) {
          d[j] = v[i - 1][j];
          v[i][j] = 0.0;
          v[j][i] = 0.0;
        }
      } else {
        // The Householder vector u = x ∓ |x|·e_{i-1}, in d[0..i-1].
        for (int k = 0; k < i; k++) {
          d[k] /= scale;
          h += d[k] * d[k];
        }
        double f = d[i - 1];
        double g = Math.sqrt(h);
        if (f > 0) {
          g = -g;
        }
        e[i] = scale * g;
        h -= f * g;
        d[i - 1] = f - g;
        for (int j = 0; j < i; j++) {
          e[j] = 0.0;
        }
        // p = A·u / h, in e[0..i-1] (using the lower triangle), and store u in column i.
        for (int j = 0; j < i; j++) {
          f = d[j];
          v[j][i] = f;
          g = e[j] + v[j][j] * f;
          for (int k = j + 1; k <= i - 1; k++) {
            g += v[k][j] * d[k];
            e[k] += v[k][j] * f;
          }
          e[j] = g;
        }
        f = 0.0;
        for (int j = 0; j < i; j++) {
          e[j] /= h;
          f += e[j] * d[j];
        }
        // q = p − K·u with K = uᵀp / 2h; then A ← A − q·uᵀ − u·qᵀ on the lower triangle.
        double hh = f / (h + h);
        for (int j = 0; j < i; j++) {
          e[j] -= hh * d[j];
        }
        for (int j = 0; j < i; j++) {
          f = d[j];
          g = e[j];
          for (int k = j; k <= i - 1; k++) {
            v[k][j] -= (f * e[k] + g * d[k]);
          }
          d[j] = v[i - 1][j];
          v[i][j] = 0.0;
        }
      }
      d[i] = h;
    }
    // Accumulate the transformations into v.
    for (int i = 0; i < n - 1; i++) {
      v[n - 1][i] = v[i][i];
      v[i][i] = 1.0;
      double h = d[i + 1];
      if (h != 0.0) {
        for (int k = 0; k <= i; k++) {
          d[k] = v[k][i + 1] / h;
        }
        for (int j = 0; j <= i; j++) {
          double g = 0.0;
          for (int k = 0; k <= i; k++) {
            g += v[k][i + 1] * v[k][j];
          }
          for (int k = 0; k <= i; k++) {
            v[k][j] -= g * d[k];
          }
        }
      }
      for (int k = 0; k <= i; k++) {
        v[k][i + 1] = 0.0;
      }
    }
    for (int j = 0; j < n; j++) {
      d[j] = v[n - 1][j];
      v[n - 1][j] = 0.0;
    }
    v[n - 1][n - 1] = 1.0;
    e[0] = 0.0;
  }

  /**
   * Implicit QL iteration on the tridiagonal matrix (diagonal {@code d}, subdiagonal
   * {@code e[1..n-1]}), applying the rotations to the rows of {@code z} (= Qᵀ). On return
   * {@code d} holds the eigenvalues (unsorted) and row j of {@code z} the eigenvector of d[j].
   */
  private static void diagonalise(double[] d, double[] e, double[][] z) {
    int n = d.length;
    for (int i = 1; i < n; i++) {
      e[i - 1] = e[i];
    }
    e[n - 1] = 0.0;
    double shift = 0.0;
    double norm = 0.0;
    double eps = Math.ulp(1.0);
    for (int l = 0; l < n; l++) {
      // Find the first negligible subdiagonal element at or after l.
      norm = Math.max(norm, Math.abs(d[l]) + Math.abs(e[l]));
      int m = l;
      while (m < n - 1 && Math.abs(e[m]) > eps * norm) {
        m++;
      }
      if (m > l) {
        int iterations = 0;
        do {
          if (++iterations > MAX_ITERATIONS_PER_VALUE) {
            throw new ArithmeticException("symmetric eigendecomposition: QL did not converge for eigenvalue " + l);
          }
          // Shift from the leading 2 × 2 block.
          double g = d[l];
          double p = (d[l + 1] - g) / (2.0 * e[l]);
          double r = Math.hypot(p, 1.0);
          if (p < 0) {
            r = -r;
          }
          d[l] = e[l] / (p + r);
          d[l + 1] = e[l] * (p + r);
          double dl1 = d[l + 1];
          double h = g - d[l];
          for (int i = l + 2; i < n; i++) {
            d[i] -= h;
          }
          shift += h;
          // Implicit QL transformation: a chase of Givens rotations from m-1 down to l.
          p = d[m];
          double c = 1.0;
          double c2 = c;
          double c3 = c;
          double el1 = e[l + 1];
          double s = 0.0;
          double s2 = 0.0;
          for (int i = m - 1; i >= l; i--) {
            c3 = c2;
            c2 = c;
            s2 = s;
            g = c * e[i];
            h = c * p;
            r = Math.hypot(p, e[i]);
            e[i + 1] = s * r;
            s = e[i] / r;
            c = p / r;
            p = c * d[i] - s * g;
            d[i + 1] = h + s * (c * g + s * d[i]);
            double[] zi = z[i];
            double[] zi1 = z[i + 1];
            for (int k = 0; k < n; k++) {
              double t = zi1[k];
              zi1[k] = s * zi[k] + c * t;
              zi[k] = c * zi[k] - s * t;
            }
          }
          p = -s * s2 * c3 * el1 * e[l] / dl1;
          e[l] = s * p;
          d[l] = c * p;
        } while (Math.abs(e[l]) > eps * norm);
      }
      d[l] += shift;
      e[l] = 0.0;
    }
  }
}
