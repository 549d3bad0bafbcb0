package io.perennial.project;

import java.util.List;

/**
 * Where the yearly returns and inflation come from: {@link HistoricalSequences} (every start year
 * of a table, rolling, no wrap), {@link BlockBootstrap} (years of a table resampled in blocks) or
 * {@link ParametricMonteCarlo} (correlated draws from capital-market assumptions).
 */
public sealed interface ReturnSource permits HistoricalSequences, BlockBootstrap, ParametricMonteCarlo {

  /**
   * The paths for {@code series} over {@code years} years.
   *
   * @throws IllegalArgumentException when a series is unknown or the data cannot cover the horizon
   */
  ScenarioSet scenarios(List<String> series, int years);
}
