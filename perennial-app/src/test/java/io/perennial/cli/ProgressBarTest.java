package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@link ProgressBar} writes for given steps and times, each line counted by hand. */
class ProgressBarTest {

  private static final long MS = 1_000_000L; // nanoseconds per millisecond

  private final StringWriter text = new StringWriter();
  private long now;
  private final ProgressBar bar = new ProgressBar(new PrintWriter(text), "projection", () -> now);

  /** "\r", the label padded to 18, " [", #×filled, .×(30 − filled), "] ", the percent right-aligned in 3, "%". */
  private static String line(String label, int filled, int percent) {
    return "\r" + label + " ".repeat(18 - label.length()) + " [" + "#".repeat(filled) + ".".repeat(30 - filled) + "] "
        + " ".repeat(3 - String.valueOf(percent).length()) + percent + "%";
  }

  @Test
  void drawsTheShareDoneInThirtyCellsAndWholePercents() {
    bar.progress(0, 200);   // 30 × 0 / 200 = 0 cells, 0 %
    now += 150 * MS;
    bar.progress(50, 200);  // 30 × 50 / 200 = 7.5 → 7 cells, 25 %
    now += 150 * MS;
    bar.progress(199, 200); // 30 × 199 / 200 = 29.85 → 29 cells, 99.5 → 99 %
    now += 150 * MS;
    bar.progress(200, 200); // all 30 cells, 100 %
    bar.finish();
    assertThat(text.toString()).isEqualTo(line("projection", 0, 0) + line("projection", 7, 25)
        + line("projection", 29, 99) + line("projection", 30, 100) + System.lineSeparator());
  }

  @Test
  void redrawsAtMostTenTimesASecondButAlwaysAtTheEnd() {
    bar.progress(1, 10);    // first of the stage: drawn (3 cells, 10 %)
    now += 50 * MS;
    bar.progress(2, 10);    // 50 ms after the last draw: skipped
    now += 49 * MS;
    bar.progress(3, 10);    // 99 ms: skipped
    now += 1 * MS;
    bar.progress(4, 10);    // 100 ms: drawn (12 cells, 40 %)
    now += 10 * MS;
    bar.progress(10, 10);   // complete: drawn at once (30 cells, 100 %)
    assertThat(text.toString()).isEqualTo(line("projection", 3, 10) + line("projection", 12, 40) + line("projection", 30, 100));
  }

  @Test
  void aStageEndsTheLineAndDrawsItsFirstStepAtOnce() {
    bar.progress(5, 5);
    bar.stage("withdrawal rates");
    bar.progress(1, 4);     // 1 ms after the last draw, but the first of its stage: 30 / 4 = 7.5 → 7 cells, 25 %
    bar.finish();
    String newline = System.lineSeparator();
    assertThat(text.toString()).isEqualTo(line("projection", 30, 100) + newline + line("withdrawal rates", 7, 25) + newline);
  }

  @Test
  void aZeroTotalCountsAsOneSoNothingDividesByZero() {
    bar.progress(0, 0);     // done = total: drawn; 30 × 0 / max(1, 0) = 0 cells, 0 %
    assertThat(text.toString()).isEqualTo(line("projection", 0, 0));
  }

  @Test
  void onlyRunsOfTwoMillionPathYearsOrMoreGetABar() {
    assertThat(ProgressBar.worthDrawing(10_000L * 199)).isFalse(); // 1,990,000
    assertThat(ProgressBar.worthDrawing(10_000L * 200)).isTrue();  // 2,000,000
  }
}
