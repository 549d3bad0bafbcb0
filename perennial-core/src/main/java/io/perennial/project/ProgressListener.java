package io.perennial.project;

/**
 * Told how far a long run has come. Called from worker threads, possibly concurrently; it must
 * be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

  /** No reporting. */
  ProgressListener NONE = (done, total) -> { };

  /** {@code done} of {@code total} units (paths) are finished. */
  void progress(long done, long total);
}
