package io.perennial.project;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs numbered tasks on the calling thread and a few helpers handed to an {@link Executor}. Each
 * thread gets its own worker (its own buffers); tasks are handed out in order but may finish in
 * any order, so callers write results by task index and combine them only in ways that do not
 * depend on the order (integer sums, index-addressed arrays).
 *
 * <p>The calling thread works too, and waits only for helpers that started before it had handed
 * out every task; a helper that starts later (a busy or small pool) does nothing, and one the
 * executor rejects is left out. So a run never deadlocks on its executor and never shuts it down.
 */
final class Parallel {

  /** The bit of {@code state} set once the caller stops waiting for new helpers. */
  private static final int CLOSED = 1 << 30;

  private Parallel() {}

  /** A per-thread worker. */
  interface Worker {
    void run(int task);
  }

  /** Makes one worker per thread. */
  interface WorkerFactory {
    Worker create();
  }

  /** Runs tasks 0 … tasks − 1 with the parallelism and executor of {@code options}. */
  static void run(RunOptions options, int tasks, WorkerFactory factory) {
    run(options.executor(), options.parallelism(), tasks, factory);
  }

  static void run(Executor executor, int parallelism, int tasks, WorkerFactory factory) {
    int count = Math.max(1, Math.min(parallelism, tasks));
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // Helpers running (low bits), and CLOSED once the caller no longer admits new ones.
    AtomicInteger state = new AtomicInteger();
    Object done = new Object();
    Runnable loop = () -> {
      try {
        if (next.get() >= tasks) {
          return;
        }
        Worker worker = factory.create();
        int task;
        while (failure.get() == null && (task = next.getAndIncrement()) < tasks) {
          worker.run(task);
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
    };
    Runnable helper = () -> {
      int s;
      do {
        s = state.get();
        if ((s & CLOSED) != 0) {
          return;
        }
      } while (!state.compareAndSet(s, s + 1));
      try {
        loop.run();
      } finally {
        if (state.decrementAndGet() == CLOSED) {
          synchronized (done) {
            done.notifyAll();
          }
        }
      }
    };
    for (int i = 1; i < count; i++) {
      try {
        executor.execute(helper);
      } catch (RejectedExecutionException e) {
        break; // the calling thread does the rest
      }
    }
    loop.run();
    int s;
    do {
      s = state.get();
    } while (!state.compareAndSet(s, s | CLOSED));
    synchronized (done) {
      while (state.get() != CLOSED) {
        try {
          done.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the projection threads", e);
        }
      }
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
