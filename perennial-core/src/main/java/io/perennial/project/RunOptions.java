package io.perennial.project;

import io.perennial.basics.Checks;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a projection runs: on which executor, with how many tasks at once, and whom to tell about
 * progress. The results never depend on the executor or the parallelism.
 *
 * <p>A run uses the calling thread and up to {@code parallelism − 1} tasks handed to the executor;
 * it never shuts the executor down (the caller owns it), and a helper task the executor has not
 * started by the time the calling thread has handed out all the work is skipped, so a run on a
 * busy or small pool, or from inside one of its threads, cannot deadlock.
 *
 * @param executor runs the helper tasks; a server or a cluster passes its own pool
 * @param parallelism how many threads (the caller's included) work on a run at once, ≥ 1
 * @param progress told how many paths are done
 */
public record RunOptions(Executor executor, int parallelism, ProgressListener progress) {

  public RunOptions {
    Checks.notNull(executor, "executor");
    Checks.positive(parallelism, "parallelism");
    Checks.notNull(progress, "progress listener");
  }

  /** As many threads as processors, on the shared common pool, no progress reports. */
  public static RunOptions defaults() {
    return threads(Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code count} threads at once on the shared common pool: a cached pool of daemon threads named
   * {@code perennial-projection-N}, created on first use, whose idle threads end after 60 s. It is
   * shared rather than owned by the options because options are values with no end of life: a pool
   * per options would leak its threads, while the shared one reuses them from run to run.
   */
  public static RunOptions threads(int count) {
    return new RunOptions(CommonPool.EXECUTOR, count, ProgressListener.NONE);
  }

  /** Runs on the caller's {@code executor} with up to {@code parallelism} threads at once (the caller's included). */
  public static RunOptions on(Executor executor, int parallelism) {
    return new RunOptions(executor, parallelism, ProgressListener.NONE);
  }

  /** These options telling {@code listener} about progress. */
  public RunOptions withProgress(ProgressListener listener) {
    return new RunOptions(executor, parallelism, listener);
  }

  /** The shared pool of {@link #threads(int)}, created when a run first hands it a task. */
  static final class CommonPool {

    /** Hands tasks to the pool, creating it on first use. */
    static final Executor EXECUTOR = task -> Holder.POOL.execute(task);

    private CommonPool() {}

    private static final class Holder {
      private static final AtomicInteger NUMBER = new AtomicInteger();
      static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "perennial-projection-" + NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
  }
}
