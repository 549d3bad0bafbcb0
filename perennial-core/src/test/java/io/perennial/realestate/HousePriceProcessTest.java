package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The AR(1) house-price process reproduces its own parameters. */
class HousePriceProcessTest {

  private static final int PATHS = 4_000;
  private static final int YEARS = 50;

  @Test
  void simulatedChangesHaveTheStatedMeanVolatilityAndPersistence() {
    HousePriceProcess process = HousePriceProcess.US_NATIONAL;
    SplittableRandom random = new SplittableRandom(7);
    double[] path = new double[YEARS];
    double sum = 0;
    double squares = 0;
    double logSum = 0;
    double logSquares = 0;
    double lagProducts = 0;
    long n = 0;
    long pairs = 0;
    double m = process.logMean();
    for (int p = 0; p < PATHS; p++) {
      process.draw(random, path);
      for (int t = 0; t < YEARS; t++) {
        double h = path[t];
        double x = Math.log1p(h) - m;
        sum += h;
        squares += h * h;
        logSum += x;
        logSquares += x * x;
        if (t > 0) {
          lagProducts += x * (Math.log1p(path[t - 1]) - m);
          pairs++;
        }
        n++;
      }
    }
    double mean = sum / n;
    double sd = Math.sqrt(squares / n - mean * mean);
    double autocorrelation = (lagProducts / pairs) / (logSquares / n);
    // 200,000 draws, but φ = 0.676 makes them worth (1 − φ)/(1 + φ) = 0.193 as many independent
    // ones: the standard error of the mean is 0.0527 / √(38,700) = 0.00027; we allow 0.0012.
    assertThat(mean).isCloseTo(0.0172, within(0.0012));
    assertThat(sd).isCloseTo(0.0527, within(0.0012));
    assertThat(autocorrelation).isCloseTo(0.676, within(0.01));
    assertThat(logSum / n).isCloseTo(0.0, within(0.0012));
  }

  @Test
  void afterABadYearTheNextIsExpectedToBeBadToo() {
    // Conditional mean of the next log change: m + φ (ln(1 − 0.10) − m).
    HousePriceProcess process = HousePriceProcess.US_NATIONAL;
    double m = process.logMean();
    double expected = m + 0.676 * (Math.log(0.9) - m);
    assertThat(expected).isCloseTo(-0.0662, within(0.0005));
    SplittableRandom random = new SplittableRandom(3);
    double[] one = new double[1];
    double sum = 0;
    for (int p = 0; p < 20_000; p++) {
      process.drawAfter(-0.10, random, one);
      sum += Math.log1p(one[0]);
    }
    // Innovation s·√(1 − φ²) = 0.0517 · 0.737 = 0.038; the mean of 20,000: error 0.00027.
    assertThat(sum / 20_000).isCloseTo(expected, within(0.0012));
  }
}
