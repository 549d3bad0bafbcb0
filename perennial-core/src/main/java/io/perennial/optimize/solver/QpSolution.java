package io.perennial.optimize.solver;

/**
 * The answer of a {@link ActiveSetSolver} solve.
 *
 * <p>Sign convention of the multipliers (KKT): at an optimal point
 * {@code H x + c = Aᵀ rowMultipliers + boundMultipliers}, where a row multiplier is ≥ 0 when its
 * row sits at its lower bound, ≤ 0 at its upper bound and 0 when the row is slack, and likewise a
 * bound multiplier is ≥ 0 at a lower bound, ≤ 0 at an upper bound, 0 for a variable strictly
 * between its bounds. A multiplier is the rate at which the optimal objective rises when that bound
 * is raised.
 *
 * @param status how the solve ended
 * @param x the point (length n); for INFEASIBLE the point of least infeasibility found
 * @param rowMultipliers one per row
 * @param boundMultipliers one per variable
 * @param objective ½ xᵀHx + cᵀx at x
 * @param infeasibility the sum of row violations left at the end of phase one (0 when feasible)
 * @param iterations active-set iterations over both phases
 */
public record QpSolution(
    QpStatus status,
    double[] x,
    double[] rowMultipliers,
    double[] boundMultipliers,
    double objective,
    double infeasibility,
    int iterations) {

  public QpSolution {
    x = x.clone();
    rowMultipliers = rowMultipliers.clone();
    boundMultipliers = boundMultipliers.clone();
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] rowMultipliers() {
    return rowMultipliers.clone();
  }

  @Override
  public double[] boundMultipliers() {
    return boundMultipliers.clone();
  }

  /** x[j] without copying the vector. */
  public double x(int j) {
    return x[j];
  }

  public boolean isOptimal() {
    return status == QpStatus.OPTIMAL;
  }
}
