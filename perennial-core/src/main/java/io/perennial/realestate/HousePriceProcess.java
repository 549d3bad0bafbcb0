package io.perennial.realestate;

import io.perennial.basics.Checks;
import java.util.SplittableRandom;

/**
 * Yearly real (inflation-adjusted) changes of a house-price index: a stationary Gaussian AR(1) on
 * the log changes x_t = ln(1 + h_t),
 *
 * <pre>
 *   x_t = m + φ · (x_{t−1} − m) + s · √(1 − φ²) · ε_t,      ε_t ~ N(0, 1)
 *   s² = ln(1 + σ² / (1 + μ)²),   m = ln(1 + μ) − s² / 2
 * </pre>
 *
 * so that each year's simple real change h_t is lognormal with mean μ ({@code meanRealChange}) and
 * standard deviation σ ({@code volatility}), and the log changes have lag-1 autocorrelation φ
 * ({@code persistence}): house prices move with momentum, a bad year tends to follow a bad year.
 * The first year either starts from the stationary distribution or follows the last observed change.
 *
 * @param meanRealChange mean yearly real change, a fraction, in [−0.2, 0.2]
 * @param volatility standard deviation of the yearly real change, in [0, 0.5]
 * @param persistence lag-1 autocorrelation of the log changes, in [0, 0.95]
 */
public record HousePriceProcess(double meanRealChange, double volatility, double persistence) {

  /**
   * The S&amp;P CoreLogic Case-Shiller US National Home Price Index (not seasonally adjusted)
   * deflated by CPI-U, December to December, 1975–2023 (48 yearly changes;
   * {@code ../shared/data/case-shiller-home-prices} and {@code cpi-us}): mean real change
   * 1.72 %, standard deviation 5.27 %, lag-1 autocorrelation of the log changes 0.676.
   * {@code HousePriceCalibrationTest} in perennial-app re-derives these from the files. An
   * index of a whole nation: a single house varies more (its own idiosyncratic noise is not in it).
   */
  public static final HousePriceProcess US_NATIONAL = new HousePriceProcess(0.0172, 0.0527, 0.676);

  public HousePriceProcess {
    Checks.inRange(meanRealChange, -0.2, 0.2, "mean yearly real house-price change");
    Checks.inRange(volatility, 0.0, 0.5, "volatility of the yearly real house-price change");
    Checks.inRange(persistence, 0.0, 0.95, "persistence (lag-1 autocorrelation) of house-price changes");
  }

  /** The same process with another mean yearly real change (a property's own expected appreciation). */
  public HousePriceProcess withMeanRealChange(double mean) {
    return new HousePriceProcess(mean, volatility, persistence);
  }

  /** s, the standard deviation of the log change. */
  public double logVolatility() {
    double ratio = volatility / (1.0 + meanRealChange);
    return Math.sqrt(Math.log1p(ratio * ratio));
  }

  /** m, the mean log change. */
  public double logMean() {
    double s = logVolatility();
    return Math.log1p(meanRealChange) - 0.5 * s * s;
  }

  /**
   * Draws {@code out.length} consecutive yearly real changes (simple, fractions) into {@code out},
   * the first from the stationary distribution. Uses one normal draw per year from {@code random}.
   */
  public void draw(SplittableRandom random, double[] out) {
    double m = logMean();
    double s = logVolatility();
    double x = m + s * random.nextGaussian();
    out[0] = Math.expm1(x);
    fillFrom(random, x, out, 1);
  }

  /**
   * Draws {@code out.length} yearly real changes following a last observed real change of
   * {@code lastRealChange} (a fraction &gt; −1): the first year's expected log change is
   * m + φ · (ln(1 + lastRealChange) − m).
   */
  public void drawAfter(double lastRealChange, SplittableRandom random, double[] out) {
    Checks.check(Double.isFinite(lastRealChange) && lastRealChange > -1.0,
        "the last real change must be a finite fraction above −1, got " + lastRealChange);
    fillFrom(random, Math.log1p(lastRealChange), out, 0);
  }

  private void fillFrom(SplittableRandom random, double previous, double[] out, int from) {
    double m = logMean();
    double innovation = logVolatility() * Math.sqrt(1.0 - persistence * persistence);
    double x = previous;
    for (int t = from; t < out.length; t++) {
      x = m + persistence * (x - m) + innovation * random.nextGaussian();
      out[t] = Math.expm1(x);
    }
  }
}
