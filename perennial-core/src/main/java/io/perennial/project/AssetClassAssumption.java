package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * The return assumption for one asset class in a parametric Monte Carlo run.
 *
 * @param name the class name (the series name positions refer to)
 * @param expectedReturn expected (arithmetic mean) yearly total return, nominal, a fraction &gt; −1
 * @param volatility standard deviation of the yearly total return, a fraction ≥ 0
 */
public record AssetClassAssumption(String name, double expectedReturn, double volatility) {

  public AssetClassAssumption {
    Checks.notBlank(name, "asset class name");
    Checks.inRange(expectedReturn, -0.99, 10.0, "expected return of " + name);
    Checks.inRange(volatility, 0.0, 10.0, "volatility of " + name);
  }

  /**
   * The standard deviation s of the log return when 1 + R is lognormal with the given mean and
   * standard deviation: s² = ln(1 + σ² / (1 + μ)²).
   */
  public double logVolatility() {
    double ratio = volatility / (1.0 + expectedReturn);
    return Math.sqrt(Math.log1p(ratio * ratio));
  }

  /** The mean m of the log return: m = ln(1 + μ) − s²/2 (so that E[1 + R] = 1 + μ for lognormal draws). */
  public double logMean() {
    double s = logVolatility();
    return Math.log1p(expectedReturn) - 0.5 * s * s;
  }
}
