package io.perennial.basics.linalg;

import java.util.Arrays;

/**
 * A symmetric matrix made positive semidefinite by clipping its negative eigenvalues to zero
 * (the "spectral" method of PyPortfolioOpt's {@code risk_models.fix_nonpositive_semidefinite}):
 * {@code A' = V·max(Λ, 0)·Vᵀ}. Covariance matrices estimated pairwise over different date ranges
 * can have small negative eigenvalues; the repair is the nearest PSD matrix in Frobenius norm.
 *
 * <p>As in PyPortfolioOpt, a matrix is left exactly as it is when it already passes the test
 * "{@code A + 1e-16·I} has a Cholesky factor" ({@link #PSD_TEST_JITTER}); only otherwise is it
 * decomposed and repaired. The result says whether a repair happened and by how much.
 *
 * <p>Method: since {@code V·max(Λ, 0)·Vᵀ = A − Σ_{λ ≤ 0} λ·v·vᵀ}, only the eigenpairs of the clipped
 * eigenvalues are needed: a Householder reduction to tridiagonal form ({@link HouseholderTridiagonal}),
 * the eigenvalues below zero by bisection and their eigenvectors by inverse iteration
 * ({@link SymmetricTridiagonal}), taken back through the reflectors. For the 504-stock covariance
 * (19 negative eigenvalues) that is the reduction alone, instead of a full decomposition and an
 * {@code O(n³)} reconstruction; the result equals the full decomposition's to rounding.
 *
 * @see SymmetricEigen
 */
public final class PsdRepair {

  /** The jitter added to the diagonal in the PSD test, as PyPortfolioOpt's {@code _is_positive_semidefinite}. */
  public static final double PSD_TEST_JITTER = 1e-16;

  private final double[][] matrix;
  private final boolean repaired;
  private final double smallestEigenvalue;
  private final int clippedEigenvalues;
  private final double clippedMass;
  private final double frobeniusChange;

  private PsdRepair(double[][] matrix, boolean repaired, double smallestEigenvalue, int clippedEigenvalues,
      double clippedMass, double frobeniusChange) {
    this.matrix = matrix;
    this.repaired = repaired;
    this.smallestEigenvalue = smallestEigenvalue;
    this.clippedEigenvalues = clippedEigenvalues;
    this.clippedMass = clippedMass;
    this.frobeniusChange = frobeniusChange;
  }

  /**
   * Repairs {@code a} when it is not positive semidefinite; returns it unchanged (a copy) otherwise.
   *
   * @throws IllegalArgumentException when {@code a} is not square, finite and symmetric
   */
  public static PsdRepair spectral(double[][] a) {
    Matrices.requireSymmetric(a, "matrix");
    if (Cholesky.succeeds(a, PSD_TEST_JITTER)) {
      return new PsdRepair(Matrices.copy(a), false, Double.NaN, 0, 0.0, 0.0);
    }
    HouseholderTridiagonal reduction = HouseholderTridiagonal.reduce(a);
    SymmetricTridiagonal t = new SymmetricTridiagonal(reduction.diagonal(), reduction.offDiagonal());
    int n = a.length;
    // The eigenvalues below zero, and the next one: the clipped ones are those computed ≤ 0.
    double[] lowest = t.eigenvalues(0, Math.min(n, t.countBelow(0.0) + 1));
    int clipped = 0;
    double mass = 0.0;
    while (clipped < lowest.length && lowest[clipped] <= 0) {
      mass -= lowest[clipped];
      clipped++;
    }
    double[] values = Arrays.copyOf(lowest, clipped);
    double[][] vectors = t.eigenvectors(values);
    for (int k = 0; k < clipped; k++) {
      vectors[k] = reduction.toOriginalBasis(vectors[k]);
    }
    double[][] fixed = withoutEigenpairs(a, values, vectors);
    return new PsdRepair(fixed, true, lowest[0], clipped, mass, Matrices.frobeniusDistance(a, fixed));
  }

  /**
   * {@code A − Σ_k λ_k·v_k·v_kᵀ} from A's lower triangle, mirrored so that the result is exactly
   * symmetric: A with the given eigenpairs taken out, i.e. {@code V·max(Λ, 0)·Vᵀ} when they are all
   * the eigenpairs with {@code λ ≤ 0}.
   */
  private static double[][] withoutEigenpairs(double[][] a, double[] values, double[][] vectors) {
    int n = a.length;
    double[][] result = new double[n][];
    for (int i = 0; i < n; i++) {
      result[i] = Arrays.copyOf(a[i], i + 1);
    }
    for (int k = 0; k < values.length; k++) {
      double[] v = vectors[k];
      double lambda = values[k];
      for (int i = 0; i < n; i++) {
        double[] row = result[i];
        double s = lambda * v[i];
        for (int j = 0; j <= i; j++) {
          row[j] -= s * v[j];
        }
      }
    }
    double[][] full = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(result[i], 0, full[i], 0, i + 1);
      for (int j = 0; j < i; j++) {
        full[j][i] = result[i][j];
      }
    }
    return full;
  }

  /** The matrix after repair (or the input, copied, when no repair was needed). */
  public double[][] matrix() {
    return Matrices.copy(matrix);
  }

  /** Whether the input failed the PSD test and was repaired. */
  public boolean repaired() {
    return repaired;
  }

  /** The smallest eigenvalue of the input when it was repaired (negative or zero); NaN when not repaired. */
  public double smallestEigenvalue() {
    return smallestEigenvalue;
  }

  /** How many eigenvalues were ≤ 0 and set to zero. */
  public int clippedEigenvalues() {
    return clippedEigenvalues;
  }

  /** The sum of the absolute values of the clipped eigenvalues (in the matrix's units). */
  public double clippedMass() {
    return clippedMass;
  }

  /** ‖A' − A‖_F, the size of the change (equals the root sum of squares of the clipped eigenvalues). */
  public double frobeniusChange() {
    return frobeniusChange;
  }

  /** One line for people, e.g. "clipped 2 negative eigenvalues (smallest −3.1e-06), changed by 4.2e-06 (Frobenius)". */
  public String describe() {
    if (!repaired) {
      return "positive semidefinite; no repair needed";
    }
    return String.format(java.util.Locale.ROOT,
        "not positive semidefinite: clipped %d eigenvalue(s) ≤ 0 (smallest %.3g), changed by %.3g (Frobenius norm)",
        clippedEigenvalues, smallestEigenvalue, frobeniusChange);
  }
}
