package io.perennial.cli;

import io.perennial.project.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr (never stdout, so {@code --json} stays one document), shared by
 * {@code plan} and {@code project}. One line per stage, {@code "\r"} redrawing it in place: the
 * label left-aligned in 18 characters, 30 cells of {@code #} done and {@code .} to do, and the
 * whole percent done; redrawn at most ten times a second, but always when the stage completes.
 */
final class ProgressBar implements ProgressListener {

  /** A bar is drawn only for a run that simulates at least this many path-years (paths × years). */
  static final long THRESHOLD = 2_000_000L;

  /** Cells of the bar. */
  static final int WIDTH = 30;

  /** Nanoseconds between two redraws while the stage is not complete: 0.1 s. */
  static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier nanoTime;
  private String label;
  private long lastDraw;
  private boolean drawnInStage;

  ProgressBar(PrintWriter err, String label) {
    this(err, label, System::nanoTime);
  }

  /** A bar reading the time from {@code nanoTime} (a test gives its own clock). */
  ProgressBar(PrintWriter err, String label, LongSupplier nanoTime) {
    this.err = err;
    this.label = label;
    this.nanoTime = nanoTime;
  }

  /** Whether a run of {@code pathYears} path-years is long enough to deserve a bar. */
  static boolean worthDrawing(long pathYears) {
    return pathYears >= THRESHOLD;
  }

  @Override
  public synchronized void progress(long done, long total) {
    long now = nanoTime.getAsLong();
    if (done < total && drawnInStage && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawnInStage = true;
    int filled = (int) (WIDTH * done / Math.max(1, total));
    err.printf(Locale.ROOT, "\r%-18s [%s%s] %3d%%", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
        100 * done / Math.max(1, total));
    err.flush();
  }

  /** Ends the current line and starts a bar for the next stage. */
  synchronized void stage(String next) {
    err.println();
    label = next;
    drawnInStage = false;
  }

  /** Ends the last line. */
  synchronized void finish() {
    err.println();
    err.flush();
  }
}
