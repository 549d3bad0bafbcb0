package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.market.AnnualReturnsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoricalMomentsTest {

  @Test
  void momentsOfASmallTableByHand() {
    Map<String, double[]> columns = new LinkedHashMap<>();
    columns.put("a", new double[] {0.10, -0.10, 0.30, 0.00});
    columns.put("b", new double[] {0.02, 0.04, 0.00, 0.02});
    columns.put("cpi", new double[] {0.01, 0.03, 0.02, 0.02});
    AnnualReturnsTable table = AnnualReturnsTable.of(new int[] {2000, 2001, 2002, 2003}, columns);

    HistoricalMoments m = HistoricalMoments.estimate(table, 2000, 2003, List.of("a", "b"), "cpi");

    // a: mean 0.075; deviations 0.025, −0.175, 0.225, −0.075; Σd² = 0.0875; sd = √(0.0875/3) = 0.17078.
    assertThat(m.classes().get(0).expectedReturn()).isCloseTo(0.075, within(1e-15));
    assertThat(m.classes().get(0).volatility()).isCloseTo(Math.sqrt(0.0875 / 3), within(1e-15));
    // b: mean 0.02; deviations 0, 0.02, −0.02, 0; sd = √(0.0008/3).
    assertThat(m.classes().get(1).volatility()).isCloseTo(Math.sqrt(0.0008 / 3), within(1e-15));
    // Correlation of the log returns: computed here a second way.
    double[] la = {Math.log(1.1), Math.log(0.9), Math.log(1.3), 0.0};
    double[] lb = {Math.log(1.02), Math.log(1.04), 0.0, Math.log(1.02)};
    assertThat(m.correlation()[0][1]).isCloseTo(pearson(la, lb), within(1e-12));
    assertThat(m.correlation()[1][0]).isEqualTo(m.correlation()[0][1]);
    // Inflation: mean 0.02; deviations −0.01, 0.01, 0, 0; var·3 = 0.0002; lag-1 products: −0.0001, 0, 0
    // → φ = −0.0001/0.0002 = −0.5, clamped to 0.
    assertThat(m.inflation().mean()).isCloseTo(0.02, within(1e-15));
    assertThat(m.inflation().volatility()).isCloseTo(Math.sqrt(0.0002 / 3), within(1e-15));
    assertThat(m.inflation().persistence()).isEqualTo(0.0);
  }

  private static double pearson(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
