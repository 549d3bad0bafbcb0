package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Property paths: value on inflation, rent correlated with inflation, vacancy shocks around the expected vacancy. */
class RentalMarketPathsTest {

  private static final double PI_BAR = 0.025;
  private static final double PI_VOL = 0.015;
  private static final int YEARS = 30;
  private static final int PATHS = 3_000;

  @Test
  void rentFollowsInflationAndVacancyAveragesTheExpectedRate() {
    RentalProperty p = PropertyFixtures.singleFamily(); // rent +3 %, expenses +2.5 %, value +3.5 %, vacancy 5 %
    RentalMarketPaths market = new RentalMarketPaths(RentalMarket.DEFAULT, p, PI_BAR, 2, null);
    PropertyPath path = new PropertyPath(YEARS);
    double[] inflation = new double[YEARS];
    SplittableRandom inflationDraws = new SplittableRandom(11);
    double sumR = 0, sumPi = 0, sumRR = 0, sumPiPi = 0, sumRPi = 0, vacancy = 0, logValue = 0, expenseResidual = 0;
    int[] vacancyCounts = new int[3];
    int n = 0;
    for (int k = 0; k < PATHS; k++) {
      for (int t = 0; t < YEARS; t++) {
        inflation[t] = PI_BAR + PI_VOL * inflationDraws.nextGaussian();
      }
      market.fill(new SplittableRandom(1000 + k), inflation, path);
      for (int t = 0; t < YEARS; t++) {
        double r = path.rentGrowth(t);
        double pi = inflation[t];
        sumR += r;
        sumPi += pi;
        sumRR += r * r;
        sumPiPi += pi * pi;
        sumRPi += r * pi;
        vacancy += path.vacancy(t);
        vacancyCounts[(int) Math.round(path.vacancy(t) / 0.05)]++;
        logValue += Math.log((1 + path.valueGrowth(t)) / (1 + pi));
        expenseResidual += Math.abs((1 + path.expenseGrowth(t)) - 1.025 * (1 + pi) / (1 + PI_BAR));
        n++;
      }
    }
    double meanR = sumR / n;
    double meanPi = sumPi / n;
    double cov = sumRPi / n - meanR * meanPi;
    double corr = cov / Math.sqrt((sumRR / n - meanR * meanR) * (sumPiPi / n - meanPi * meanPi));
    // Rent growth = 3 % + 1.0 · (π − 2.5 %) + 2 % noise: mean 3 %, correlation with inflation
    // 0.015 / √(0.015² + 0.02²) = 0.015/0.025 = 0.6 (90,000 years: standard error ≈ 0.002).
    assertThat(meanR).isCloseTo(0.03, within(0.0005));
    assertThat(corr).isCloseTo(0.6, within(0.01));
    // Two units, each turning over with probability ½, a turnover costing 0.05/0.5 = 10 % of the
    // unit's year: vacancy 0 %, 5 %, 10 % with probabilities ¼, ½, ¼; mean 5 %.
    assertThat(vacancy / n).isCloseTo(0.05, within(0.0005));
    assertThat(vacancyCounts[0] / (double) n).isCloseTo(0.25, within(0.005));
    assertThat(vacancyCounts[1] / (double) n).isCloseTo(0.50, within(0.005));
    assertThat(vacancyCounts[2] / (double) n).isCloseTo(0.25, within(0.005));
    // Real value growth: the property's own expected real appreciation 1.035/1.025 − 1 = 0.976 %,
    // with Case-Shiller's volatility: mean log change ln(1.00976) − s²/2.
    HousePriceProcess prices = market.housePrices();
    assertThat(prices.meanRealChange()).isCloseTo(1.035 / 1.025 - 1, within(1e-12));
    assertThat(prices.volatility()).isEqualTo(HousePriceProcess.US_NATIONAL.volatility());
    assertThat(logValue / n).isCloseTo(prices.logMean(), within(0.0015));
    // Expenses follow inflation exactly.
    assertThat(expenseResidual / n).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aPathDependsOnlyOnItsGeneratorAndItsInflation() {
    RentalProperty p = PropertyFixtures.singleFamily();
    RentalMarketPaths market = new RentalMarketPaths(RentalMarket.DEFAULT, p, PI_BAR, 1, 0.03);
    double[] inflation = new double[10];
    java.util.Arrays.fill(inflation, 0.02);
    PropertyPath a = new PropertyPath(10);
    PropertyPath b = new PropertyPath(10);
    market.fill(new SplittableRandom(5), inflation, a);
    market.fill(new SplittableRandom(6), inflation, b);
    market.fill(new SplittableRandom(5), inflation, b);
    for (int t = 0; t < 10; t++) {
      assertThat(b.valueGrowth(t)).isEqualTo(a.valueGrowth(t));
      assertThat(b.rentGrowth(t)).isEqualTo(a.rentGrowth(t));
      assertThat(b.vacancy(t)).isEqualTo(a.vacancy(t));
    }
  }

  @Test
  void aProjectionRunsOnADrawnPath() {
    RentalProperty p = PropertyFixtures.singleFamily();
    RentalMarketPaths market = new RentalMarketPaths(RentalMarket.DEFAULT, p, PI_BAR, 1, null);
    PropertyPath path = new PropertyPath(30);
    double[] inflation = new double[30];
    java.util.Arrays.fill(inflation, PI_BAR);
    market.fill(new SplittableRandom(9), inflation, path);

    PropertyProjectionResult r = PropertyProjection.run(p, java.time.YearMonth.of(2025, 4), path, java.util.Optional.empty());

    // The loan does not care about the market: paid off in year 29 whatever the path.
    assertThat(r.payoffYear()).isEqualTo(29);
    for (int t = 1; t < 30; t++) {
      double ratio = r.years().get(t).valueStart().toDouble() / r.years().get(t - 1).valueStart().toDouble();
      assertThat(ratio).isCloseTo(1 + path.valueGrowth(t - 1), within(1e-6));
    }
  }
}
