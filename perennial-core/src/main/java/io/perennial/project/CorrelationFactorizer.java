package io.perennial.project;

/**
 * Factors a symmetric positive definite matrix C into a lower-triangular L with L·Lᵀ = C (a
 * Cholesky factor). {@link ParametricMonteCarlo} draws its correlated shocks as L·z.
 */
@FunctionalInterface
public interface CorrelationFactorizer {

  /**
   * The lower-triangular factor of {@code matrix}.
   *
   * @throws IllegalArgumentException when the matrix is not positive definite
   */
  double[][] lower(double[][] matrix);
}
