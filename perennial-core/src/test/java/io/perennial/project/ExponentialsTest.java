package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ExponentialsTest {

  @Test
  void relativeErrorStaysBelow1e13OnAFineGridOfTheRange() {
    int n = 600_001; // step 1e-5 over [−3, 3]
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = -3.0 + 1e-5 * i;
    }
    double[] out = new double[n];

    Exponentials.exp(x, out, 0, n);

    double worst = 0;
    for (int i = 0; i < n; i++) {
      worst = Math.max(worst, Math.abs(out[i] / Math.exp(x[i]) - 1));
    }
    assertThat(worst).isLessThan(1e-13);
  }

  @Property(tries = 300)
  void agreesWithMathExpEverywhere(@ForAll @DoubleRange(min = -700, max = 700) double value) {
    double[] x = {0.0, value, 1.0};
    double[] out = new double[3];

    Exponentials.exp(x, out, 1, 2);

    assertThat(out[0]).isEqualTo(0.0); // outside the range asked: untouched
    double expected = Math.exp(value);
    if (Math.abs(value) <= Exponentials.LIMIT) {
      assertThat(out[1]).isCloseTo(expected, within(1e-13 * expected));
    } else {
      assertThat(out[1]).isEqualTo(expected);
    }
  }

  @Test
  void exactAtZeroAndSmallArguments() {
    double[] x = {0.0, Math.log(1.06), -1e-300};
    double[] out = new double[3];

    Exponentials.exp(x, out, 0, 3);

    assertThat(out[0]).isEqualTo(1.0);
    // The six squarings multiply the last-place rounding of e^(x/64) by up to 64: 2.7e-15 here.
    assertThat(out[1]).isCloseTo(1.06, within(1e-14));
    assertThat(out[2]).isEqualTo(1.0);
    assertThat(new double[] {Double.NaN}).satisfies(nan -> {
      double[] o = new double[1];
      Exponentials.exp(nan, o, 0, 1);
      assertThat(o[0]).isNaN();
    });
    assertThatThrownBy(() -> Exponentials.exp(x, x, 0, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
