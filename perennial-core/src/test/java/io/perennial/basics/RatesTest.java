package io.perennial.basics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatesTest {

  @Test
  void ordinaryFractionsArePercentWithTheGivenPlaces() {
    assertThat(Rates.percent(0.0351, 2)).isEqualTo("3.51 %");
    assertThat(Rates.percent(-0.123, 1)).isEqualTo("-12.3 %");
    assertThat(Rates.percent(0, 0)).isEqualTo("0 %");
  }

  @Test
  void notANumberIsNotAvailable() {
    assertThat(Rates.percent(Double.NaN, 2)).isEqualTo("n/a");
  }

  @Test
  void infinitiesAndFiguresBeyondAHundredMillionPercentAreSaidInWords() {
    // 7.2e73 as a fraction is the 7.2e75 % a two-day price file once annualised to.
    for (double huge : new double[] {Double.POSITIVE_INFINITY, 7.2e73, Double.MAX_VALUE, 1e6 + 1}) {
      assertThat(Rates.percent(huge, 2)).isEqualTo("more than 100,000,000 %");
    }
    for (double huge : new double[] {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e6 - 1}) {
      assertThat(Rates.percent(huge, 2)).isEqualTo("less than -100,000,000 %");
    }
  }

  @Test
  void theLargestShownFigureStillHasItsDigits() {
    // 10⁶ as a fraction = 100,000,000 %: shown, the boundary is exclusive.
    assertThat(Rates.percent(1e6, 2)).isEqualTo("100000000.00 %");
    assertThat(Rates.percent(-1e6, 0)).isEqualTo("-100000000 %");
  }

  @Test
  void neverNanNorInfinityNorHundredsOfDigits() {
    for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 1e300, 1e-300}) {
      String text = Rates.percent(x, 2);
      assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").hasSizeLessThan(30);
    }
  }
}
