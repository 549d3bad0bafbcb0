package io.perennial.project;

import io.perennial.basics.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link ProjectionModel} over the paths of a {@link ScenarioSet} and summarises them.
 * Stateless. Paths are simulated in chunks on {@link RunOptions#parallelism()} threads of {@link RunOptions#executor()}; every result
 * is written by path index and combined in ways that do not depend on the order, so a run gives
 * the same numbers on any number of threads.
 */
public final class Projection {

  /** Paths per task handed to a thread. */
  static final int CHUNK = 256;

  private Projection() {}

  /** Simulates every path of {@code scenarios} under {@code model}. */
  public static ProjectionResult run(ProjectionModel model, ScenarioSet scenarios, RunOptions options) {
    Checks.notNull(model, "projection model");
    Checks.notNull(scenarios, "scenarios");
    Checks.notNull(options, "run options");
    int paths = scenarios.paths();
    int years = model.years();
    new PathSimulator(model, scenarios); // validates the model against the scenarios before threads start
    float[][] realIncome = new float[years][paths];
    float[][] realValue = new float[years][paths];
    boolean[] success = new boolean[paths];
    int[] failYear = new int[paths];
    float[] drop = new float[paths];
    int[] goalYear = new int[paths];
    int chunks = (paths + CHUNK - 1) / CHUNK;
    List<int[]> coveredByWorker = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    ProgressListener progress = options.progress();
    Parallel.run(options, chunks, () -> {
      PathSimulator simulator = new PathSimulator(model, scenarios);
      PathScenario buffer = scenarios.newBuffer();
      int[] covered = new int[years];
      synchronized (coveredByWorker) {
        coveredByWorker.add(covered);
      }
      return chunk -> {
        int from = chunk * CHUNK;
        int to = Math.min(paths, from + CHUNK);
        for (int p = from; p < to; p++) {
          scenarios.fill(p, buffer);
          simulator.run(buffer, p, realIncome, realValue, covered, null, Double.NaN, false);
          success[p] = simulator.success;
          failYear[p] = simulator.failYear;
          drop[p] = (float) simulator.worstIncomeDrop;
          goalYear[p] = simulator.goalYear;
        }
        progress.progress(done.addAndGet(to - from), paths);
      };
    });
    int[] coveredCount = new int[years];
    for (int[] covered : coveredByWorker) {
      for (int t = 0; t < years; t++) {
        coveredCount[t] += covered[t];
      }
    }
    double[] coverage = new double[years];
    for (int t = 0; t < years; t++) {
      coverage[t] = (double) coveredCount[t] / paths;
    }
    double[][] incomeBands = new double[years][];
    double[][] valueBands = new double[years][];
    Parallel.run(options, 2 * years, () -> task -> {
      int t = task >> 1;
      if ((task & 1) == 0) {
        incomeBands[t] = Percentiles.of(realIncome[t], PercentileBands.LEVELS);
      } else {
        valueBands[t] = Percentiles.of(realValue[t], PercentileBands.LEVELS);
      }
    });
    int failures = 0;
    List<Integer> failedLabels = new ArrayList<>();
    int[] failYearCounts = new int[years];
    for (int p = 0; p < paths; p++) {
      if (!success[p]) {
        failures++;
        failYearCounts[failYear[p]]++;
        int label = scenarios.label(p);
        if (label >= 0) {
          failedLabels.add(label);
        }
      }
    }
    return new ProjectionResult(paths, years, (double) (paths - failures) / paths, failedLabels, failures,
        failYearCounts, coverage, bands(incomeBands), bands(valueBands), incomeDrop(drop, scenarios),
        goal(model, goalYear));
  }

  /** Runs one path and records every quantity, for explanations and tests. */
  public static PathTrace trace(ProjectionModel model, ScenarioSet scenarios, int path) {
    Checks.check(path >= 0 && path < scenarios.paths(), "path " + path + " outside 0–" + (scenarios.paths() - 1));
    PathSimulator simulator = new PathSimulator(model, scenarios);
    PathScenario buffer = scenarios.newBuffer();
    scenarios.fill(path, buffer);
    PathTrace.Recorder recorder = new PathTrace.Recorder(model.years(), model.positions().size());
    simulator.run(buffer, 0, null, null, null, recorder, Double.NaN, false);
    return recorder.build(scenarios.label(path), simulator.success, simulator.failYear);
  }

  private static PercentileBands bands(double[][] byYear) {
    int years = byYear.length;
    double[][] levels = new double[PercentileBands.LEVELS.length][years];
    for (int t = 0; t < years; t++) {
      for (int k = 0; k < levels.length; k++) {
        levels[k][t] = byYear[t][k];
      }
    }
    return new PercentileBands(levels[0], levels[1], levels[2], levels[3], levels[4]);
  }

  private static ProjectionResult.IncomeDrop incomeDrop(float[] drop, ScenarioSet scenarios) {
    int worstPath = 0;
    for (int p = 1; p < drop.length; p++) {
      if (drop[p] > drop[worstPath]) {
        worstPath = p;
      }
    }
    double worst = drop[worstPath];
    double[] q = Percentiles.of(drop.clone(), new double[] {0.5, 0.95});
    return new ProjectionResult.IncomeDrop(q[0], q[1], worst, scenarios.label(worstPath));
  }

  private static ProjectionResult.GoalReached goal(ProjectionModel model, int[] goalYear) {
    if (model.incomeGoal() <= 0.0) {
      return null;
    }
    int paths = goalYear.length;
    int[] sorted = new int[paths];
    int reached = 0;
    for (int p = 0; p < paths; p++) {
      sorted[p] = goalYear[p] < 0 ? Integer.MAX_VALUE : goalYear[p];
      if (goalYear[p] >= 0) {
        reached++;
      }
    }
    Arrays.sort(sorted);
    return new ProjectionResult.GoalReached(model.incomeGoal(), (double) reached / paths,
        yearBy(sorted, 0.25), yearBy(sorted, 0.50), yearBy(sorted, 0.75));
  }

  /** The first year by which at least {@code share} of the paths have reached the goal, or −1. */
  private static int yearBy(int[] sorted, double share) {
    int index = (int) Math.ceil(share * sorted.length) - 1;
    int year = sorted[Math.max(0, index)];
    return year == Integer.MAX_VALUE ? -1 : year;
  }
}
