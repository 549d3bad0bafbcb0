package io.perennial.optimize.solver;

import java.math.BigDecimal;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;
import org.ojalgo.type.CalendarDateDuration;
import org.ojalgo.type.CalendarDateUnit;

/**
 * The adapter to ojAlgo's {@link ExpressionsBasedModel}: the same {@link QuadraticProgram} solved
 * by ojAlgo (its convex solver, or its branch and bound when variables are flagged integer).
 * Variables are named {@code x0 … x(n−1)} unless names are given; rows {@code r0 …}. Multipliers
 * are not reported (zeros).
 *
 * <p>The optimizer does not use it on its paths: {@link ActiveSetSolver} is two to three orders of
 * magnitude faster on portfolio problems, and ojAlgo 57.1's integer search returned non-optimal
 * answers marked optimal on small portfolio problems (see BENCHMARKS.md), so mixed-integer
 * programs go to {@link BranchAndBoundSolver}. It serves as an independent cross-check in tests and
 * as the baseline in the benchmarks.
 */
public final class OjAlgoSolver {

  private final long timeLimitMillis;

  /** An adapter whose branch-and-bound search stops after {@code timeLimitMillis} with the best point found. */
  public OjAlgoSolver(long timeLimitMillis) {
    if (timeLimitMillis <= 0) {
      throw new IllegalArgumentException("time limit must be more than zero milliseconds, got " + timeLimitMillis);
    }
    this.timeLimitMillis = timeLimitMillis;
  }

  /**
   * Solves {@code program} with the variables flagged in {@code integer} restricted to integers
   * (null: none), naming variables by {@code names} (null: x0, x1, …).
   */
  public QpSolution solve(QuadraticProgram program, boolean[] integer, String[] names) {
    int n = program.size();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.abort(new CalendarDateDuration(timeLimitMillis, CalendarDateUnit.MILLIS));
    // A tight optimality gap (the default, 5 significant digits, stops early on dollar-sized
    // objectives) and one worker thread (the machines we run on are small and shared).
    model.options.integer(IntegerStrategy.newConfigurable().withGapTolerance(NumberContext.of(12, 12)).withParallelism(() -> 1));
    Variable[] variables = new Variable[n];
    for (int j = 0; j < n; j++) {
      Variable v = model.addVariable(names == null ? "x" + j : names[j]);
      double lower = program.lower(j);
      double upper = program.upper(j);
      if (lower > Double.NEGATIVE_INFINITY) {
        v.lower(BigDecimal.valueOf(lower));
      }
      if (upper < Double.POSITIVE_INFINITY) {
        v.upper(BigDecimal.valueOf(upper));
      }
      if (integer != null && integer[j]) {
        v.integer(true);
      }
      variables[j] = v;
    }
    Expression objective = model.addExpression("objective").weight(1.0);
    for (int i = 0; i < n; i++) {
      if (program.linear(i) != 0.0) {
        objective.set(variables[i], program.linear(i));
      }
      if (program.hasHessian()) {
        for (int j = 0; j < n; j++) {
          double h = program.hessian(i, j);
          if (h != 0.0) {
            objective.set(variables[i], variables[j], 0.5 * h);
          }
        }
      }
    }
    for (int r = 0; r < program.rowCount(); r++) {
      Expression row = model.addExpression("r" + r);
      for (int j = 0; j < n; j++) {
        double a = program.row(r, j);
        if (a != 0.0) {
          row.set(variables[j], a);
        }
      }
      if (program.rowLower(r) > Double.NEGATIVE_INFINITY) {
        row.lower(BigDecimal.valueOf(program.rowLower(r)));
      }
      if (program.rowUpper(r) < Double.POSITIVE_INFINITY) {
        row.upper(BigDecimal.valueOf(program.rowUpper(r)));
      }
    }
    Optimisation.Result result = model.minimise();
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = result.doubleValue(j);
    }
    QpStatus status = status(result.getState());
    if (status.hasPoint() && program.maxViolation(x) > 1e-6) {
      status = QpStatus.FAILED;
    }
    return new QpSolution(status, x, new double[program.rowCount()], new double[n],
        status.hasPoint() ? program.objective(x) : Double.NaN, 0.0, 0);
  }

  private static QpStatus status(Optimisation.State state) {
    if (state.isOptimal()) {
      return QpStatus.OPTIMAL;
    }
    if (state == Optimisation.State.INFEASIBLE) {
      return QpStatus.INFEASIBLE;
    }
    if (state == Optimisation.State.UNBOUNDED) {
      return QpStatus.UNBOUNDED;
    }
    if (state.isFeasible()) {
      return QpStatus.FEASIBLE;
    }
    return QpStatus.FAILED;
  }
}
