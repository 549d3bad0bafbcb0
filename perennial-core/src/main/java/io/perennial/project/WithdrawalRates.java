package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * The safe and the perpetual withdrawal rate of a model over a set of paths. A withdrawal rate
 * r means constant real spending of r × the starting value, grown by inflation every year (the
 * model's own rule is replaced; taxes, streams, income and rebalancing stay). For each path the
 * largest sustainable rate is found by bisection (spending met every year), and the largest
 * perpetual rate (spending met and the real value at the horizon at least the starting value).
 * Across paths, the safe rate is the largest rate sustained by at least {@code targetSuccess} of
 * the paths (the minimum over paths when the target is 1, the historical convention).
 *
 * @param targetSuccess the share of paths that must succeed, in (0, 1]
 * @param safe the safe withdrawal rate (a fraction of the starting value per year)
 * @param perpetual the perpetual withdrawal rate
 * @param safeWorstLabel the label of the path that sets the safe rate (its start year for
 *     historical sequences, else −1)
 * @param pathSafe per path, its largest sustainable rate
 * @param pathPerpetual per path, its largest perpetual rate
 */
public record WithdrawalRates(
    double targetSuccess, double safe, double perpetual, int safeWorstLabel, double[] pathSafe, double[] pathPerpetual) {

  /** Rates are searched in [0, 8]; the bisection stops below this width. */
  static final double TOLERANCE = 1e-7;

  public WithdrawalRates {
    pathSafe = pathSafe.clone();
    pathPerpetual = pathPerpetual.clone();
  }

  @Override
  public double[] pathSafe() {
    return pathSafe.clone();
  }

  @Override
  public double[] pathPerpetual() {
    return pathPerpetual.clone();
  }

  /** Computes both rates over every path of {@code scenarios}, each to {@value #TOLERANCE}. */
  public static WithdrawalRates of(ProjectionModel model, ScenarioSet scenarios, double targetSuccess, RunOptions options) {
    return of(model, scenarios, targetSuccess, options, TOLERANCE);
  }

  /**
   * Computes both rates over every path of {@code scenarios}, each path's rates to within
   * {@code tolerance} (a fraction of the starting value, e.g. 1e-5 = 0.001 percentage points;
   * a coarser tolerance takes fewer runs of each path: about log₂(1/tolerance)).
   */
  public static WithdrawalRates of(ProjectionModel model, ScenarioSet scenarios, double targetSuccess, RunOptions options,
      double tolerance) {
    Checks.inRange(targetSuccess, 1e-9, 1.0, "target success rate");
    Checks.inRange(tolerance, 1e-12, 0.01, "tolerance of the withdrawal rates");
    int paths = scenarios.paths();
    double[] safe = new double[paths];
    double[] perpetual = new double[paths];
    double start = model.startingValue();
    int chunks = (paths + Projection.CHUNK - 1) / Projection.CHUNK;
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    Parallel.run(options.threads(), chunks, () -> {
      PathSimulator simulator = new PathSimulator(model, scenarios);
      PathScenario buffer = scenarios.newBuffer();
      return chunk -> {
        int from = chunk * Projection.CHUNK;
        int to = Math.min(paths, from + Projection.CHUNK);
        for (int p = from; p < to; p++) {
          scenarios.fill(p, buffer);
          safe[p] = largest(simulator, buffer, start, false, tolerance);
          perpetual[p] = Math.min(safe[p], largest(simulator, buffer, start, true, tolerance));
        }
        options.progress().progress(done.addAndGet(to - from), paths);
      };
    });
    int k = paths - (int) Math.ceil(targetSuccess * paths - 1e-9);
    double[] sortedSafe = safe.clone();
    double[] sortedPerpetual = perpetual.clone();
    java.util.Arrays.sort(sortedSafe);
    java.util.Arrays.sort(sortedPerpetual);
    double safeRate = sortedSafe[Math.max(0, k)];
    int label = -1;
    for (int p = 0; p < paths; p++) {
      if (safe[p] == sortedSafe[0]) {
        label = scenarios.label(p);
        break;
      }
    }
    return new WithdrawalRates(targetSuccess, safeRate, sortedPerpetual[Math.max(0, k)], label, safe, perpetual);
  }

  /** The largest rate at which the path succeeds (and, if {@code perpetual}, keeps its real value). */
  private static double largest(PathSimulator simulator, PathScenario buffer, double start, boolean perpetual,
      double tolerance) {
    double low = 0.0;
    double high = 1.0;
    while (holds(simulator, buffer, start, high, perpetual)) {
      low = high;
      high *= 2.0;
      if (high > 8.0) {
        return low;
      }
    }
    if (!holds(simulator, buffer, start, 0.0, perpetual)) {
      return 0.0;
    }
    while (high - low > tolerance) {
      double mid = 0.5 * (low + high);
      if (holds(simulator, buffer, start, mid, perpetual)) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean holds(PathSimulator simulator, PathScenario buffer, double start, double rate, boolean perpetual) {
    simulator.run(buffer, 0, null, null, null, null, rate * start, true);
    if (!simulator.success) {
      return false;
    }
    return !perpetual || simulator.terminalRealValue >= start * (1.0 - 1e-12);
  }
}
