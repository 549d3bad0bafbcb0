package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * How a projection runs: on how many threads, and whom to tell about progress. The results never
 * depend on the number of threads.
 *
 * @param threads worker threads, ≥ 1
 * @param progress told how many paths are done
 */
public record RunOptions(int threads, ProgressListener progress) {

  public RunOptions {
    Checks.positive(threads, "threads");
    Checks.notNull(progress, "progress listener");
  }

  /** As many threads as processors, no progress reports. */
  public static RunOptions defaults() {
    return new RunOptions(Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
  }

  public static RunOptions threads(int count) {
    return new RunOptions(count, ProgressListener.NONE);
  }

  public RunOptions withProgress(ProgressListener listener) {
    return new RunOptions(threads, listener);
  }
}
