package io.perennial.project;

import io.perennial.basics.Checks;
import java.util.List;

/**
 * The part every {@link ScenarioSet} shares: its series, its years per path and its number of
 * paths, fixed when it is made, and the check of a path index.
 */
abstract class FixedSizeScenarioSet implements ScenarioSet {

  private final List<String> series;
  private final int years;
  private final int paths;

  FixedSizeScenarioSet(List<String> series, int years, int paths) {
    this.series = List.copyOf(series);
    this.years = years;
    this.paths = paths;
  }

  @Override
  public final List<String> series() {
    return series;
  }

  @Override
  public final int years() {
    return years;
  }

  @Override
  public final int paths() {
    return paths;
  }

  /** Throws unless 0 ≤ {@code path} &lt; {@link #paths()}. */
  final void checkPath(int path) {
    Checks.check(path >= 0 && path < paths, "path " + path + " outside 0–" + (paths - 1));
  }
}
