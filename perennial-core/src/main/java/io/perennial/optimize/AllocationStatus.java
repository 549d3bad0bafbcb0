package io.perennial.optimize;

/** How an optimization ended. */
public enum AllocationStatus {
  /** The best allocation, to the solver's tolerance (about 1e-9 in weights). */
  OPTIMAL,
  /** An allocation that satisfies every constraint but is not proven best (a branch-and-bound search stopped at its node limit). */
  FEASIBLE,
  /** No allocation satisfies every constraint; the result names the smallest conflicting set. */
  INFEASIBLE,
  /** The objective can be improved without limit (e.g. unbounded weights with a linear objective, or a riskless portfolio above the risk-free rate). */
  UNBOUNDED,
  /** The solver gave up (iteration limit or numerical trouble); the message says why. */
  FAILED;

  /** Whether the result carries weights that satisfy the constraints (OPTIMAL or FEASIBLE). */
  public boolean hasAllocation() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
