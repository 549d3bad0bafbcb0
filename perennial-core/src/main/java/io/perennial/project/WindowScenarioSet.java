package io.perennial.project;

import java.util.List;

/**
 * A {@link ScenarioSet} whose years are drawn from one window of a historical table: the
 * window's moments (expected log return, mean shortfall and mean excess of each series) are the
 * set's, whichever way its paths pick the years (in sequence, or in bootstrapped blocks).
 */
abstract class WindowScenarioSet extends FixedSizeScenarioSet {

  /** The years the paths are made of. */
  final TableWindow window;

  WindowScenarioSet(List<String> series, int years, int paths, TableWindow window) {
    super(series, years, paths);
    this.window = window;
  }

  @Override
  public final double expectedLogReturn(int s) {
    return window.expectedLog[s];
  }

  @Override
  public final double meanShortfall(int s) {
    return window.meanShortfall[s];
  }

  @Override
  public final double meanExcess(int s) {
    return window.meanExcess[s];
  }
}
