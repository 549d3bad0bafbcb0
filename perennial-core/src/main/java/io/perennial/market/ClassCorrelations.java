package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.domain.AssetClass;
import io.perennial.basics.linalg.SymmetricEigen;
import java.util.Arrays;

/**
 * Correlations of yearly total returns between the asset classes: a symmetric matrix with ones on
 * the diagonal and entries in [−1, 1], one row and column per {@link AssetClass} in declaration
 * order, positive semi-definite (checked on construction: an estimate on one common window of
 * years always is, a matrix patched together pair by pair may not be).
 */
public final class ClassCorrelations {

  /** Tolerance on symmetry and on the unit diagonal. */
  public static final double TOLERANCE = 1e-12;

  /** How far below zero the smallest eigenvalue may lie (rounding) for the matrix to count as PSD. */
  public static final double PSD_TOLERANCE = 1e-10;

  private final double[][] matrix;

  private ClassCorrelations(double[][] matrix) {
    this.matrix = matrix;
  }

  /**
   * A matrix given row by row in {@link AssetClass} declaration order.
   *
   * @throws IllegalArgumentException when it is not square of the number of classes, not
   *     symmetric, has a diagonal other than one or an entry outside [−1, 1], or is not positive
   *     semi-definite
   */
  public static ClassCorrelations of(double[][] rows) {
    Checks.notNull(rows, "correlation rows");
    int n = AssetClass.values().length;
    Checks.check(rows.length == n, "a class correlation matrix needs " + n + " rows, one per asset class; got " + rows.length);
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      Checks.notNull(rows[i], "correlation row " + i);
      Checks.check(rows[i].length == n, "correlation row " + AssetClass.values()[i].id() + " has " + rows[i].length
          + " entries; it needs " + n);
      copy[i] = rows[i].clone();
    }
    for (int i = 0; i < n; i++) {
      String a = AssetClass.values()[i].id();
      Checks.check(Math.abs(copy[i][i] - 1.0) <= TOLERANCE, "the correlation of " + a + " with itself must be 1, got " + copy[i][i]);
      for (int j = 0; j < n; j++) {
        String b = AssetClass.values()[j].id();
        Checks.inRange(copy[i][j], -1.0, 1.0, "correlation of " + a + " and " + b);
        Checks.check(Math.abs(copy[i][j] - copy[j][i]) <= TOLERANCE,
            "correlations must be symmetric: " + a + "/" + b + " is " + copy[i][j] + " but " + b + "/" + a + " is " + copy[j][i]);
      }
    }
    double smallest = SymmetricEigen.decompose(copy).minValue();
    Checks.check(smallest >= -PSD_TOLERANCE,
        "the class correlation matrix is not positive semi-definite (smallest eigenvalue " + smallest
            + "): some portfolios would get a negative variance; estimate all correlations on one common window");
    return new ClassCorrelations(copy);
  }

  /** The smallest eigenvalue of the matrix: at least −{@link #PSD_TOLERANCE}, as checked on construction. */
  public double smallestEigenvalue() {
    return SymmetricEigen.decompose(matrix).minValue();
  }

  /** The correlation between the yearly returns of {@code a} and {@code b}. */
  public double correlation(AssetClass a, AssetClass b) {
    return matrix[a.ordinal()][b.ordinal()];
  }

  /** A copy of the matrix, rows and columns in {@link AssetClass} declaration order. */
  public double[][] matrix() {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClassCorrelations that && Arrays.deepEquals(matrix, that.matrix);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(matrix);
  }

  @Override
  public String toString() {
    return "ClassCorrelations" + Arrays.deepToString(matrix);
  }
}
