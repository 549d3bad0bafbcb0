package io.perennial.project;

import java.util.List;

/**
 * What a projection found. Real amounts are in money of the first year. Rates and shares are
 * fractions.
 *
 * @param paths paths simulated (historical periods, bootstrap or Monte Carlo paths)
 * @param years the horizon
 * @param successRate share of paths whose spending was met in every year
 * @param failedLabels the labels of failed paths (start years, for historical sequences; empty
 *     for sources without a calendar), ascending
 * @param failures number of failed paths
 * @param failYearCounts per year, how many paths failed first in that year
 * @param incomeCoverage per year, the share of paths in which after-tax income (portfolio income
 *     plus streams) alone covered the year's spending (before spending starts: the income goal)
 * @param realIncome per year, percentiles of real after-tax income (portfolio income plus streams)
 * @param realValue per year, percentiles of the real portfolio value at the end of the year
 * @param incomeDrop the worst fall of real income from its previous peak, across paths
 * @param goal when the income goal is reached, or null without a goal
 */
public record ProjectionResult(
    int paths,
    int years,
    double successRate,
    List<Integer> failedLabels,
    int failures,
    int[] failYearCounts,
    double[] incomeCoverage,
    PercentileBands realIncome,
    PercentileBands realValue,
    IncomeDrop incomeDrop,
    GoalReached goal) {

  public ProjectionResult {
    failedLabels = List.copyOf(failedLabels);
    failYearCounts = failYearCounts.clone();
    incomeCoverage = incomeCoverage.clone();
  }

  @Override
  public int[] failYearCounts() {
    return failYearCounts.clone();
  }

  @Override
  public double[] incomeCoverage() {
    return incomeCoverage.clone();
  }

  /**
   * The worst peak-to-trough fall of real after-tax income within a path (0.3 = income fell 30 %
   * below its earlier peak), summarised across paths.
   *
   * @param median the median path's worst fall
   * @param p95 the 95th percentile of worst falls (one path in twenty did worse)
   * @param worst the worst fall of any path
   * @param worstLabel the label of that path (its start year for historical sequences, else −1)
   */
  public record IncomeDrop(double median, double p95, double worst, int worstLabel) {}

  /**
   * When real after-tax income first reaches the income goal (for accumulators).
   *
   * @param goal the goal, in money of the first year
   * @param reachedShare share of paths that reach it within the horizon
   * @param yearP25 the year (0-based) by which a quarter of paths reached it, or −1 if fewer did
   * @param yearP50 the median year, or −1 if fewer than half reached it
   * @param yearP75 the year by which three quarters reached it, or −1
   */
  public record GoalReached(double goal, double reachedShare, int yearP25, int yearP50, int yearP75) {}
}
