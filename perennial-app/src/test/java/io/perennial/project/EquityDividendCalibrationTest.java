package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.io.CsvTable;
import io.perennial.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the fit behind {@link IncomeResponse#US_EQUITY_DIVIDENDS} from Shiller's monthly
 * data: December dividends and prices, 1871–2022, dividend log growth on the previous year's
 * log total return split at its mean into a shortfall and an excess.
 */
class EquityDividendCalibrationTest {

  @Test
  void shillersDividendsGiveTheCoefficientsUsedInCore() {
    Path file = SharedData.require("data/shiller/data.csv");
    CsvTable csv = CsvTable.read(file);
    TreeMap<Integer, double[]> december = new TreeMap<>(); // year → {price, dividend}
    for (CsvTable.Row row : csv.rows()) {
      String date = csv.cell(row, 0);
      int year = Integer.parseInt(date.substring(0, 4));
      double dividend = csv.number(row, 2);
      if (date.substring(5, 7).equals("12") && year <= 2022 && dividend > 0) { // 0 = missing after 2023-06
        december.put(year, new double[] {csv.number(row, 1), dividend});
      }
    }
    assertThat(december.firstKey()).isEqualTo(1871);
    assertThat(december.lastKey()).isEqualTo(2022);

    // r_t = ln((P_t + D_t)/P_{t−1}), g_t = ln(D_t/D_{t−1}); regress g_t on r_{t−1}, t = 1873…2022.
    List<Double> growth = new ArrayList<>();
    List<Double> lagged = new ArrayList<>();
    for (int t = 1873; t <= 2022; t++) {
      double[] now = december.get(t);
      double[] before = december.get(t - 1);
      double[] twoBefore = december.get(t - 2);
      growth.add(Math.log(now[1] / before[1]));
      lagged.add(Math.log((before[0] + before[1]) / twoBefore[0]));
    }
    int n = growth.size();
    assertThat(n).isEqualTo(150);
    double mean = lagged.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double[][] x = new double[n][3];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double surprise = lagged.get(i) - mean;
      x[i] = new double[] {1.0, Math.min(surprise, 0.0), Math.max(surprise, 0.0)};
      y[i] = growth.get(i);
    }
    double[] beta = leastSquares(x, y);

    assertThat(mean).isCloseTo(0.0879, within(0.0005));
    assertThat(beta[1]).as("response to a shortfall").isCloseTo(0.659, within(0.0005));
    assertThat(beta[2]).as("response to an excess").isCloseTo(0.069, within(0.0005));
    // The constants in core are these, rounded to two places.
    assertThat(IncomeResponse.US_EQUITY_DIVIDENDS.downside()).isCloseTo(beta[1], within(0.005));
    assertThat(IncomeResponse.US_EQUITY_DIVIDENDS.upside()).isCloseTo(beta[2], within(0.005));
    // Mean dividend growth 1872–2022 (the default income growth of the dividend model).
    double meanGrowth = 0;
    for (int t = 1872; t <= 2022; t++) {
      meanGrowth += Math.log(december.get(t)[1] / december.get(t - 1)[1]) / 151;
    }
    assertThat(Math.expm1(meanGrowth)).isCloseTo(IncomeResponse.US_EQUITY_DIVIDEND_GROWTH, within(0.0005));
  }

  /** Ordinary least squares through the normal equations (3 × 3, solved by Gauss–Jordan). */
  private static double[] leastSquares(double[][] x, double[] y) {
    int k = x[0].length;
    double[][] a = new double[k][k + 1];
    for (int i = 0; i < x.length; i++) {
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < k; c++) {
          a[r][c] += x[i][r] * x[i][c];
        }
        a[r][k] += x[i][r] * y[i];
      }
    }
    for (int p = 0; p < k; p++) {
      for (int r = 0; r < k; r++) {
        if (r != p) {
          double f = a[r][p] / a[p][p];
          for (int c = p; c <= k; c++) {
            a[r][c] -= f * a[p][c];
          }
        }
      }
    }
    double[] beta = new double[k];
    for (int r = 0; r < k; r++) {
      beta[r] = a[r][k] / a[r][r];
    }
    return beta;
  }
}
