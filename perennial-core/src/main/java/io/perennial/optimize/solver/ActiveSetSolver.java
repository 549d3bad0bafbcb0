package io.perennial.optimize.solver;

/**
 * A primal active-set solver for convex quadratic (and linear) programs in the form of
 * {@link QuadraticProgram}, written for portfolio problems: hundreds of bounded variables, a few
 * general rows, and optima where most variables sit at a bound.
 *
 * <p>Method. Each row gets a slack {@code s = A·x} bounded by the row's bounds, so every
 * inequality is a bound. The working set is the set of variables held at a bound; the others are
 * <em>free</em>. Each iteration solves the equality-constrained subproblem on the free variables
 * (a KKT system of size free + active rows, by LU with partial pivoting; a row whose slack is free
 * stays out of it, its slack following A·x, until the slack reaches a bound), steps towards its minimiser
 * until a free variable hits a bound (which then joins the working set), and at a subproblem
 * minimiser releases the bound whose multiplier has the wrong sign (Dantzig pricing). The step
 * system uses {@code H + δI} with a tiny δ (a proximal step): stationarity at a fixed point is that
 * of the true problem, directions of zero curvature become long steps that a bound stops (as in the
 * simplex method), and the system is always non-singular in H. A feasible start comes from a
 * phase one that minimises the sum of artificial row violations by the same iteration. A warm
 * start (a previous answer) skips phase one when it is still feasible, which makes sequences of
 * related solves (frontiers, parameter searches) cheap. Flat objectives (a Hessian Σ ⊗ J over
 * asset × account cells is flat along "swap two assets between two accounts") leave rounding noise
 * that δ would turn into useless steps; a step that is flat and whose implied projected gradient is
 * at rounding level counts as no step, and a released bound that produced no step is not released
 * again before the next real step (which stops tolerance-level cycling at degenerate vertices).
 *
 * <p>Complexity per iteration: O((k + a)³ + n + nnz(A) + G·k) for k free variables, a active rows,
 * nnz(A) non-zero row entries and a Hessian of G groups ({@link GroupedMatrix}: H·x is kept as
 * group sums, so a move costs O(G), not O(n)). Stateless and thread-safe.
 */
public final class ActiveSetSolver {

  /** Largest violation of a bound or row accepted as feasible. */
  public static final double FEASIBILITY_TOLERANCE = 1e-9;

  private final int maxIterations;

  /** A solver with an automatic iteration limit (50 · (n + m) + 1000). */
  public ActiveSetSolver() {
    this(0);
  }

  /** A solver with the given iteration limit (0 = automatic). */
  public ActiveSetSolver(int maxIterations) {
    if (maxIterations < 0) {
      throw new IllegalArgumentException("max iterations must be zero or more, got " + maxIterations);
    }
    this.maxIterations = maxIterations;
  }

  /** Solves from a cold start. */
  public QpSolution solve(QuadraticProgram program) {
    return solve(program, null);
  }

  /**
   * Solves starting from {@code start} (length n, e.g. the answer to a related program), or cold
   * when null. Variables of the start at a bound start in the working set.
   */
  public QpSolution solve(QuadraticProgram program, double[] start) {
    if (start != null && start.length != program.size()) {
      throw new IllegalArgumentException("start has " + start.length + " entries, expected " + program.size());
    }
    int limit = maxIterations > 0 ? maxIterations : 50 * (program.size() + program.rowCount()) + 1000;
    return new ActiveSetIteration(program, start, limit).run();
  }
}
