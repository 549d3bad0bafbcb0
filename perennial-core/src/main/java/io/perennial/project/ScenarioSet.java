package io.perennial.project;

import java.util.List;

/**
 * The return paths a {@link ReturnSource} generates for some series over a horizon. Filling a
 * path is a pure function of its index (each path has its own seeded random generator), so any
 * number of threads may fill paths concurrently and the numbers never depend on the threading.
 */
public interface ScenarioSet {

  /** The series, in the order of the columns of a {@link PathScenario}. */
  List<String> series();

  /** Years per path. */
  int years();

  /** Number of paths. */
  int paths();

  /** Writes path {@code path} (0 ≤ path &lt; paths()) into {@code into}. */
  void fill(int path, PathScenario into);

  /**
   * A label for the path: its first calendar year for historical sequences, or −1 when paths
   * have no calendar (bootstrap, Monte Carlo).
   */
  int label(int path);

  /**
   * The expected log return m of series {@code s} (its mean ln(1 + R)), the reference the income
   * response measures surprises x = ln(1 + R) − m against.
   */
  double expectedLogReturn(int s);

  /** E[min(x, 0)] for series {@code s}: the mean shortfall of the log return below m (≤ 0). */
  double meanShortfall(int s);

  /** E[max(x, 0)] for series {@code s}: the mean excess of the log return above m (≥ 0). */
  double meanExcess(int s);

  /** A fresh buffer sized for this set. */
  default PathScenario newBuffer() {
    return new PathScenario(years(), series().size());
  }
}
