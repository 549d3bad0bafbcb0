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
 * @param pathSafe per path, its largest sustainable rate (to the search's tolerance for the paths
 *     that decide the figures, else the lower end of a bracket of width 1/1024; see {@link #of})
 * @param pathPerpetual per path, its largest perpetual rate (likewise)
 */
public record WithdrawalRates(
    double targetSuccess, double safe, double perpetual, int safeWorstLabel, double[] pathSafe, double[] pathPerpetual) {

  /** Rates are searched in [0, 8]; the bisection stops below this width. */
  static final double TOLERANCE = 1e-7;

  /** Every path is first searched to this width; only the deciding paths further (see {@link #of}). */
  static final double COARSE = 1.0 / 1024;

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
   * Computes both rates over every path of {@code scenarios} to within {@code tolerance} (a
   * fraction of the starting value, e.g. 1e-5 = 0.001 percentage points).
   *
   * <p>Each path's two searches first run to {@value #COARSE} (or {@code tolerance} when coarser);
   * only the paths whose bracket can still decide a reported figure — the order statistic of the
   * target, and the worst path that names the label — are then searched on to {@code tolerance}.
   * A bisection continued from its bracket visits the same points as one run to the end, and a
   * path whose bracket lies wholly below or above the order statistic's bracket stays on its side,
   * so the safe and perpetual rates and the label are exactly those of a full search of every path;
   * a large household's projection (hundreds of positions a path) so saves about half the runs.
   * The per-path rates of the other paths are their coarse lower ends (within {@value #COARSE}).
   */
  public static WithdrawalRates of(ProjectionModel model, ScenarioSet scenarios, double targetSuccess, RunOptions options,
      double tolerance) {
    Checks.inRange(targetSuccess, 1e-9, 1.0, "target success rate");
    Checks.inRange(tolerance, 1e-12, 0.01, "tolerance of the withdrawal rates");
    int paths = scenarios.paths();
    double coarse = Math.max(tolerance, COARSE);
    double[][] safe = new double[paths][];
    double[][] perpetual = new double[paths][];
    double start = model.startingValue();
    int chunks = (paths + Projection.CHUNK - 1) / Projection.CHUNK;
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    Parallel.run(options, chunks, () -> {
      PathSimulator simulator = new PathSimulator(model, scenarios);
      PathScenario buffer = scenarios.newBuffer();
      return chunk -> {
        int from = chunk * Projection.CHUNK;
        int to = Math.min(paths, from + Projection.CHUNK);
        for (int p = from; p < to; p++) {
          scenarios.fill(p, buffer);
          safe[p] = largest(simulator, buffer, start, false, coarse);
          perpetual[p] = largest(simulator, buffer, start, true, coarse);
        }
        options.progress().progress(done.addAndGet(to - from), paths);
      };
    });
    int k = Math.max(0, paths - (int) Math.ceil(targetSuccess * paths - 1e-9));
    if (coarse > tolerance) {
      boolean[] refine = new boolean[paths];
      mark(refine, safe, perpetual, false, k);
      mark(refine, safe, perpetual, true, k);
      mark(refine, safe, perpetual, false, 0);
      int[] chosen = java.util.stream.IntStream.range(0, paths).filter(p -> refine[p]).toArray();
      int refineChunks = (chosen.length + Projection.CHUNK - 1) / Projection.CHUNK;
      Parallel.run(options, refineChunks, () -> {
        PathSimulator simulator = new PathSimulator(model, scenarios);
        PathScenario buffer = scenarios.newBuffer();
        return chunk -> {
          for (int c = chunk * Projection.CHUNK; c < Math.min(chosen.length, (chunk + 1) * Projection.CHUNK); c++) {
            int p = chosen[c];
            scenarios.fill(p, buffer);
            safe[p] = narrow(simulator, buffer, start, false, safe[p], tolerance);
            perpetual[p] = narrow(simulator, buffer, start, true, perpetual[p], tolerance);
          }
        };
      });
    }
    double[] pathSafe = new double[paths];
    double[] pathPerpetual = new double[paths];
    for (int p = 0; p < paths; p++) {
      pathSafe[p] = safe[p][0];
      pathPerpetual[p] = Math.min(safe[p][0], perpetual[p][0]);
    }
    double[] sortedSafe = pathSafe.clone();
    double[] sortedPerpetual = pathPerpetual.clone();
    java.util.Arrays.sort(sortedSafe);
    java.util.Arrays.sort(sortedPerpetual);
    double safeRate = sortedSafe[k];
    int label = -1;
    for (int p = 0; p < paths; p++) {
      if (pathSafe[p] == sortedSafe[0]) {
        label = scenarios.label(p);
        break;
      }
    }
    return new WithdrawalRates(targetSuccess, safeRate, sortedPerpetual[k], label, pathSafe, pathPerpetual);
  }

  /**
   * Marks the paths whose bracket meets the bracket of the {@code k}-th smallest rate (safe, or
   * perpetual = min(safe, perpetual search)): [k-th smallest lower end, k-th smallest upper end].
   */
  private static void mark(boolean[] refine, double[][] safe, double[][] perpetual, boolean ofPerpetual, int k) {
    int paths = refine.length;
    double[] low = new double[paths];
    double[] high = new double[paths];
    for (int p = 0; p < paths; p++) {
      low[p] = ofPerpetual ? Math.min(safe[p][0], perpetual[p][0]) : safe[p][0];
      high[p] = ofPerpetual ? Math.min(safe[p][1], perpetual[p][1]) : safe[p][1];
    }
    double[] sortedLow = low.clone();
    double[] sortedHigh = high.clone();
    java.util.Arrays.sort(sortedLow);
    java.util.Arrays.sort(sortedHigh);
    for (int p = 0; p < paths; p++) {
      if (low[p] <= sortedHigh[k] && high[p] >= sortedLow[k]) {
        refine[p] = true;
      }
    }
  }

  /**
   * The bracket [low, high] of the largest rate at which the path succeeds (and, if
   * {@code perpetual}, keeps its real value), searched until narrower than {@code tolerance};
   * low = high when the answer is exact (0, or the search's ceiling).
   */
  private static double[] largest(PathSimulator simulator, PathScenario buffer, double start, boolean perpetual,
      double tolerance) {
    double low = 0.0;
    double high = 1.0;
    while (holds(simulator, buffer, start, high, perpetual)) {
      low = high;
      high *= 2.0;
      if (high > 8.0) {
        return new double[] {low, low};
      }
    }
    if (!holds(simulator, buffer, start, 0.0, perpetual)) {
      return new double[] {0.0, 0.0};
    }
    return narrow(simulator, buffer, start, perpetual, new double[] {low, high}, tolerance);
  }

  /** Continues the bisection of {@code bracket} until narrower than {@code tolerance}. */
  private static double[] narrow(PathSimulator simulator, PathScenario buffer, double start, boolean perpetual,
      double[] bracket, double tolerance) {
    double low = bracket[0];
    double high = bracket[1];
    while (high - low > tolerance) {
      double mid = 0.5 * (low + high);
      if (holds(simulator, buffer, start, mid, perpetual)) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return new double[] {low, high};
  }

  private static boolean holds(PathSimulator simulator, PathScenario buffer, double start, double rate, boolean perpetual) {
    simulator.run(buffer, 0, null, null, null, null, rate * start, true);
    if (!simulator.success) {
      return false;
    }
    return !perpetual || simulator.terminalRealValue >= start * (1.0 - 1e-12);
  }
}
