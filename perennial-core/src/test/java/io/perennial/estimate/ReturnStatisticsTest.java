package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Annualised statistics of a return series and the shortest series that may be annualised. */
class ReturnStatisticsTest {

  @Test
  void aboutAQuarterOfAYearIsTheShortestSeriesAnnualised() {
    // max(2, ⌈f / 4⌉): 252 → 63, 52 → 13, 12 → 3, 4 → 2 (⌈1⌉ is raised to 2), 1 → 2, 366 → 92.
    assertThat(ReturnStatistics.minimumObservations(252)).isEqualTo(63);
    assertThat(ReturnStatistics.minimumObservations(52)).isEqualTo(13);
    assertThat(ReturnStatistics.minimumObservations(12)).isEqualTo(3);
    assertThat(ReturnStatistics.minimumObservations(4)).isEqualTo(2);
    assertThat(ReturnStatistics.minimumObservations(1)).isEqualTo(2);
    assertThat(ReturnStatistics.minimumObservations(366)).isEqualTo(92);
  }

  @Test
  void monthlyReturnsAnnualisedByHand() {
    // +1 %, −0.5 %, +1 %, NaN skipped: mean 0.5 % × 12 = 6 %; sample variance of the three
    // (deviations 0.5, −1, 0.5 points) = (0.25 + 1 + 0.25) / 2 = 0.75 e−4, × 12 = 9e−4 → 3 %.
    ReturnStatistics s = ReturnStatistics.of(new double[] {0.01, -0.005, Double.NaN, 0.01}, 12);
    assertThat(s.observations()).isEqualTo(3);
    assertThat(s.arithmeticMean()).isCloseTo(0.06, within(1e-15));
    assertThat(s.volatility()).isCloseTo(0.03, within(1e-15));
    // Geometric: (1.01 × 0.995 × 1.01)^(12/3) − 1.
    assertThat(s.geometricMean()).isCloseTo(Math.pow(1.01 * 0.995 * 1.01, 4) - 1, within(1e-14));
  }
}
