package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * Yearly inflation in a parametric Monte Carlo run: a stationary AR(1) process
 * π_t = mean + persistence · (π_{t−1} − mean) + volatility · √(1 − persistence²) · ε_t with
 * standard normal ε_t (correlated with the asset classes' shocks), starting from π_{−1} = mean.
 * Its unconditional mean is {@code mean} and its standard deviation {@code volatility}.
 *
 * @param mean mean yearly inflation, a fraction
 * @param volatility unconditional standard deviation, ≥ 0
 * @param persistence year-to-year autocorrelation, in [0, 1)
 */
public record InflationAssumption(double mean, double volatility, double persistence) {

  /** No inflation at all. */
  public static final InflationAssumption NONE = new InflationAssumption(0.0, 0.0, 0.0);

  public InflationAssumption {
    Checks.inRange(mean, -0.2, 1.0, "mean inflation");
    Checks.inRange(volatility, 0.0, 1.0, "inflation volatility");
    Checks.inRange(persistence, 0.0, 0.999, "inflation persistence");
  }

  /** Constant inflation of {@code rate} every year. */
  public static InflationAssumption constant(double rate) {
    return new InflationAssumption(rate, 0.0, 0.0);
  }
}
