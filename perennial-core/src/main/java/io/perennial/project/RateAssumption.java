package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * The short-term (bill) rate of a parametric Monte Carlo run: a mean-reverting AR(1) path
 * b_0 = {@code start}, b_t = longRun + persistence · (b_{t−1} − longRun) + volatility · √(1 − persistence²) · ε_t
 * with standard normal ε_t (independent of the returns and of inflation), used where it is paid
 * floored at 0. Without volatility the path is the closed form b_t = longRun + (start − longRun) · persistence^t.
 * Cash and bond income follow it ({@link IncomeModel.RateLinked}).
 *
 * @param start the rate of year 0 (today's), a fraction
 * @param longRun the rate the path reverts to, a fraction
 * @param volatility its unconditional standard deviation, in [0, 0.2]
 * @param persistence year-to-year autocorrelation, in [0, 0.999]
 */
public record RateAssumption(double start, double longRun, double volatility, double persistence) {

  public RateAssumption {
    Checks.inRange(start, -0.05, 0.5, "starting bill rate");
    Checks.inRange(longRun, -0.05, 0.5, "long-run bill rate");
    Checks.inRange(volatility, 0.0, 0.2, "bill rate volatility");
    Checks.inRange(persistence, 0.0, 0.999, "bill rate persistence");
  }

  /** The expected (zero-volatility) rate of year t: longRun + (start − longRun) · persistence^t. */
  public double expected(int t) {
    return longRun + (start - longRun) * Math.pow(persistence, t);
  }
}
