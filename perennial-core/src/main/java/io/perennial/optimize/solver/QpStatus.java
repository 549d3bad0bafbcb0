package io.perennial.optimize.solver;

/** How a solve ended. */
public enum QpStatus {
  /** A point satisfying the optimality conditions to tolerance. */
  OPTIMAL,
  /** A feasible point whose optimality was not proven (a mixed-integer search stopped by its node or time limit). */
  FEASIBLE,
  /** No point satisfies all rows and bounds; {@link QpSolution#infeasibility()} says by how much. */
  INFEASIBLE,
  /** The objective decreases without bound along a feasible ray. */
  UNBOUNDED,
  /** The iteration limit was reached (cycling or a badly scaled problem); the point is not trusted. */
  ITERATION_LIMIT,
  /** The solver gave up for another reason. */
  FAILED;

  /** Whether the point satisfies all rows and bounds (OPTIMAL or FEASIBLE). */
  public boolean hasPoint() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
