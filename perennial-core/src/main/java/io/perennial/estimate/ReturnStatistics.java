package io.perennial.estimate;

import io.perennial.basics.Checks;

/**
 * Summary statistics of one series of periodic simple returns, annualised, as decimal fractions
 * per year. Over the n present (non-NaN) returns, with f periods per year:
 *
 * <ul>
 *   <li>{@code arithmeticMean = mean(r) × f};
 *   <li>{@code geometricMean = (Π (1 + r))^(f/n) − 1} (the compound annual growth rate);
 *   <li>{@code volatility = sd(r) × √f}, sd the sample standard deviation (n − 1).
 * </ul>
 *
 * With yearly returns (f = 1) these are the plain mean, the geometric mean and the standard
 * deviation, as Damodaran publishes them; with daily returns (f = 252) they are PyPortfolioOpt's
 * mean-historical returns and the square root of its sample covariance's diagonal. NaN when there
 * are too few returns (volatility needs two).
 *
 * @param arithmeticMean annualised arithmetic mean
 * @param geometricMean annualised geometric mean
 * @param volatility annualised sample standard deviation
 * @param observations the number n of present returns
 * @param frequency periods per year f
 */
public record ReturnStatistics(double arithmeticMean, double geometricMean, double volatility, int observations, int frequency) {

  public ReturnStatistics {
    Checks.nonNegative(observations, "observations");
    Checks.positive(frequency, "frequency");
  }

  /**
   * The fewest returns that may be annualised at {@code frequency} periods a year: about a quarter
   * of a year, max(2, ⌈f / 4⌉). Compounding a shorter span to a year gives figures such as
   * 7.2e75 % from two days' prices.
   */
  public static int minimumObservations(int frequency) {
    Checks.positive(frequency, "frequency");
    return Math.max(2, (frequency + 3) / 4);
  }

  /** The statistics of {@code returns} (NaN = missing, skipped), annualised with {@code frequency} periods per year. */
  public static ReturnStatistics of(double[] returns, int frequency) {
    Checks.positive(frequency, "frequency");
    int n = 0;
    double sum = 0;
    double logGrowth = 0;
    for (double r : returns) {
      if (!Double.isNaN(r)) {
        Checks.check(r > -1.0, "a return of " + r + " means losing more than everything");
        n++;
        sum += r;
        logGrowth += Math.log1p(r);
      }
    }
    if (n == 0) {
      return new ReturnStatistics(Double.NaN, Double.NaN, Double.NaN, 0, frequency);
    }
    double mean = sum / n;
    double squares = 0;
    for (double r : returns) {
      if (!Double.isNaN(r)) {
        squares += (r - mean) * (r - mean);
      }
    }
    double volatility = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1) * frequency);
    return new ReturnStatistics(mean * frequency, Math.expm1(logGrowth * frequency / n), volatility, n, frequency);
  }
}
