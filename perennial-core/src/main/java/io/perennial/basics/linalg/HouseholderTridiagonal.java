package io.perennial.basics.linalg;

import java.util.Arrays;

/**
 * The Householder reduction {@code T = QᵀAQ} of a real symmetric matrix to a symmetric tridiagonal
 * matrix, with {@code Q = H₀·H₁·…·H_{n−3}} kept as its reflectors {@code H_k = I − u_k·u_kᵀ / h_k}
 * rather than formed, so that the few eigenvectors a caller needs are taken back to A's basis
 * ({@link #toOriginalBasis}) at {@code O(n²)} each instead of {@code O(n³)} for all of Q.
 *
 * <p>Why this form: the PSD repair needs every eigenvalue's sign but the eigenvectors of the few
 * negative eigenvalues only, so the reduction (about {@code 2n³} flops on the full matrix here) is
 * the whole cost. Each step {@code k} makes one pass over the rows of the trailing matrix that both
 * applies the previous step's rank-two update {@code A ← A − u·qᵀ − q·uᵀ} and accumulates the next
 * product {@code p = A·u} as a sum of rows ({@code p += u_i·A[i][·]}, valid since A is symmetric):
 * each row is read and written once per step, and the inner loop runs over consecutive columns,
 * which the JIT turns into SIMD instructions (a dot product over the half matrix would not be: its
 * sum is ordered). The update keeps the working matrix exactly symmetric ({@code u_i·q_j + q_i·u_j}
 * rounds the same both ways).
 */
final class HouseholderTridiagonal {

  private final double[] diagonal;
  private final double[] offDiagonal;
  /** reflectors[k] = u_k over the indices k+1 … n−1; null when column k needed no reflection. */
  private final double[][] reflectors;
  /** halfNorms[k] = u_kᵀu_k / 2. */
  private final double[] halfNorms;

  private HouseholderTridiagonal(double[] diagonal, double[] offDiagonal, double[][] reflectors, double[] halfNorms) {
    this.diagonal = diagonal;
    this.offDiagonal = offDiagonal;
    this.reflectors = reflectors;
    this.halfNorms = halfNorms;
  }

  /**
   * Reduces the symmetric matrix {@code a} (left unchanged; its symmetry is the caller's to check).
   * Only its lower triangle is read, as EISPACK's {@code tred2} does.
   */
  static HouseholderTridiagonal reduce(double[][] a) {
    int n = a.length;
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        w[i][j] = a[i][j];
        w[j][i] = a[i][j];
      }
    }
    double[] d = new double[n];
    double[] e = new double[Math.max(0, n - 1)];
    double[][] us = new double[Math.max(0, n - 2)][];
    double[] hs = new double[Math.max(0, n - 2)];
    // The pending rank-two update (u, q) of the previous step, over absolute indices (zero below).
    double[] u = new double[n];
    double[] q = new double[n];
    boolean pending = false;
    double[] next = new double[n];
    double[] p = new double[n];
    for (int k = 0; k < n - 2; k++) {
      double[] rowK = w[k];
      if (pending) {
        update(rowK, u, q, u[k], q[k], k);
      }
      d[k] = rowK[k];
      double beta = reflector(rowK, k, next);
      boolean reflect = beta != 0.0;
      double h = beta * (beta - rowK[k + 1]);
      e[k] = reflect ? beta : rowK[k + 1];
      Arrays.fill(p, 0.0);
      for (int i = k + 1; i < n; i++) {
        double[] row = w[i];
        double wi = next[i];
        if (pending) {
          double ui = u[i];
          double qi = q[i];
          if (reflect) {
            for (int j = k + 1; j < n; j++) {
              double v = row[j] - (ui * q[j] + qi * u[j]);
              row[j] = v;
              p[j] += wi * v;
            }
          } else {
            for (int j = k + 1; j < n; j++) {
              row[j] -= ui * q[j] + qi * u[j];
            }
          }
        } else if (reflect) {
          for (int j = k + 1; j < n; j++) {
            p[j] += wi * row[j];
          }
        }
      }
      pending = reflect;
      if (reflect) {
        us[k] = Arrays.copyOfRange(next, k + 1, n);
        hs[k] = h;
        // p = A·u / h; K = uᵀp / 2h; q = p − K·u.
        double up = 0.0;
        for (int j = k + 1; j < n; j++) {
          p[j] /= h;
          up += next[j] * p[j];
        }
        double kk = up / (h + h);
        Arrays.fill(u, 0.0);
        Arrays.fill(q, 0.0);
        for (int j = k + 1; j < n; j++) {
          u[j] = next[j];
          q[j] = p[j] - kk * next[j];
        }
      }
    }
    if (n >= 2) {
      for (int i = n - 2; i < n; i++) {
        if (pending) {
          update(w[i], u, q, u[i], q[i], n - 2);
        }
      }
      d[n - 2] = w[n - 2][n - 2];
      e[n - 2] = w[n - 2][n - 1];
      d[n - 1] = w[n - 1][n - 1];
    } else if (n == 1) {
      d[0] = w[0][0];
    }
    return new HouseholderTridiagonal(d, e, us, hs);
  }

  /** {@code row[j] −= u_i·q_j + q_i·u_j} for {@code j ≥ from}. */
  private static void update(double[] row, double[] u, double[] q, double ui, double qi, int from) {
    for (int j = from; j < row.length; j++) {
      row[j] -= ui * q[j] + qi * u[j];
    }
  }

  /**
   * The reflector of {@code x = row[k+1 … n−1]}: writes u (over absolute indices, zero up to k) into
   * {@code u} and returns β, or 0 when x is already a multiple of its first unit vector (no
   * reflection needed): {@code H·x = β·e₁} with {@code β = −sign(x₀)·‖x‖}, {@code u = x − β·e₁} and
   * {@code h = uᵀu / 2 = β·(β − x₀)}.
   */
  private static double reflector(double[] row, int k, double[] u) {
    int n = row.length;
    Arrays.fill(u, 0.0);
    double scale = 0.0;
    for (int j = k + 2; j < n; j++) {
      scale = Math.max(scale, Math.abs(row[j]));
    }
    if (scale == 0.0) {
      return 0.0;
    }
    scale = Math.max(scale, Math.abs(row[k + 1]));
    double sum = 0.0;
    for (int j = k + 1; j < n; j++) {
      double x = row[j] / scale;
      sum += x * x;
    }
    double sigma = scale * Math.sqrt(sum);
    double alpha = row[k + 1];
    double beta = alpha > 0 ? -sigma : sigma;
    for (int j = k + 1; j < n; j++) {
      u[j] = row[j];
    }
    u[k + 1] = alpha - beta;
    return beta;
  }

  /** The dimension n. */
  int size() {
    return diagonal.length;
  }

  /** The diagonal of T (length n; not copied). */
  double[] diagonal() {
    return diagonal;
  }

  /** The off-diagonal of T: {@code T[k][k+1] = T[k+1][k]} (length n − 1; not copied). */
  double[] offDiagonal() {
    return offDiagonal;
  }

  /** {@code Q·y}: a vector in T's basis (an eigenvector of T) taken to A's basis; {@code y} is left unchanged. */
  double[] toOriginalBasis(double[] y) {
    double[] x = y.clone();
    for (int k = reflectors.length - 1; k >= 0; k--) {
      double[] uk = reflectors[k];
      if (uk == null) {
        continue;
      }
      double dot = 0.0;
      for (int j = 0; j < uk.length; j++) {
        dot += uk[j] * x[k + 1 + j];
      }
      double f = dot / halfNorms[k];
      for (int j = 0; j < uk.length; j++) {
        x[k + 1 + j] -= f * uk[j];
      }
    }
    return x;
  }
}
