package io.perennial.project;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs numbered tasks on a few threads. Each thread gets its own worker (its own buffers); tasks
 * are handed out in order but may finish in any order, so callers write results by task index
 * and combine them only in ways that do not depend on the order (integer sums, index-addressed
 * arrays).
 */
final class Parallel {

  private Parallel() {}

  /** A per-thread worker. */
  interface Worker {
    void run(int task);
  }

  /** Makes one worker per thread. */
  interface WorkerFactory {
    Worker create();
  }

  static void run(int threads, int tasks, WorkerFactory factory) {
    int count = Math.max(1, Math.min(threads, tasks));
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable loop = () -> {
      try {
        Worker worker = factory.create();
        int task;
        while (failure.get() == null && (task = next.getAndIncrement()) < tasks) {
          worker.run(task);
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
    };
    Thread[] helpers = new Thread[count - 1];
    for (int i = 0; i < helpers.length; i++) {
      helpers[i] = new Thread(loop, "perennial-projection-" + (i + 1));
      helpers[i].setDaemon(true);
      helpers[i].start();
    }
    loop.run();
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the projection threads", e);
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
