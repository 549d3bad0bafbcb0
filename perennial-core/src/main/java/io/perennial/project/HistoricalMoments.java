package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.market.AnnualReturnsTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Monte Carlo assumptions estimated from the years {@code from}–{@code to} of an annual returns
 * table, so that a parametric run can be compared with the historical and bootstrap runs of the
 * same data: per series the arithmetic mean and the sample standard deviation (n − 1) of the
 * yearly returns; the correlations of the log returns; for inflation its mean, standard
 * deviation, lag-1 autocorrelation (clamped to [0, 0.95]) and the correlation of its AR(1)
 * innovations with the log returns of the same years.
 *
 * @param classes one assumption per series, in the order asked
 * @param correlation correlations of the log returns
 * @param inflation the inflation process (zero when no inflation series is named)
 * @param inflationCorrelation correlation of the inflation innovation with each series' log return
 */
public record HistoricalMoments(
    List<AssetClassAssumption> classes, double[][] correlation, InflationAssumption inflation, double[] inflationCorrelation) {

  public HistoricalMoments {
    classes = List.copyOf(classes);
  }

  /** The fewest years of a window whose moments {@link #estimate} accepts. */
  public static final int MIN_YEARS = 3;

  /** Estimates the moments of {@code series} (and inflation, when named) over {@code from}–{@code to}. */
  public static HistoricalMoments estimate(AnnualReturnsTable table, int from, int to, List<String> series, String inflationSeries) {
    TableWindow window = new TableWindow(table, from, to, inflationSeries, series);
    int n = window.size;
    int k = series.size();
    Checks.check(n >= MIN_YEARS, "at least " + MIN_YEARS + " years are needed to estimate returns, the window " + from + "–" + to + " has " + n);
    List<AssetClassAssumption> classes = new ArrayList<>();
    double[][] logs = new double[k][n];
    for (int s = 0; s < k; s++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += window.gross[i * k + s] - 1.0;
        logs[s][i] = window.logReturn[i * k + s];
      }
      double mean = sum / n;
      double sq = 0;
      for (int i = 0; i < n; i++) {
        double d = window.gross[i * k + s] - 1.0 - mean;
        sq += d * d;
      }
      classes.add(new AssetClassAssumption(series.get(s), mean, Math.sqrt(sq / (n - 1))));
    }
    double[][] correlation = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        correlation[a][b] = a == b ? 1.0 : correlationOf(logs[a], logs[b], 0, n);
      }
    }
    InflationAssumption inflation = InflationAssumption.NONE;
    double[] inflationCorrelation = new double[k];
    if (inflationSeries != null) {
      double[] pi = window.inflation;
      double mean = 0;
      for (double v : pi) {
        mean += v / n;
      }
      double var = 0;
      double lag = 0;
      for (int i = 0; i < n; i++) {
        var += (pi[i] - mean) * (pi[i] - mean);
        if (i > 0) {
          lag += (pi[i] - mean) * (pi[i - 1] - mean);
        }
      }
      double phi = var > 0 ? Math.max(0.0, Math.min(0.95, lag / var)) : 0.0;
      inflation = new InflationAssumption(mean, Math.sqrt(var / (n - 1)), phi);
      double[] innovation = new double[n];
      for (int i = 1; i < n; i++) {
        innovation[i] = pi[i] - mean - phi * (pi[i - 1] - mean);
      }
      for (int s = 0; s < k; s++) {
        inflationCorrelation[s] = var > 0 ? correlationOf(innovation, logs[s], 1, n) : 0.0;
      }
    }
    return new HistoricalMoments(classes, correlation, inflation, inflationCorrelation);
  }

  /** Fills a Monte Carlo builder with these assumptions. */
  public ParametricMonteCarlo.Builder applyTo(ParametricMonteCarlo.Builder builder) {
    classes.forEach(builder::assetClass);
    return builder.correlation(correlation).inflation(inflation).inflationCorrelation(inflationCorrelation);
  }

  private static double correlationOf(double[] x, double[] y, int from, int to) {
    int n = to - from;
    double mx = 0;
    double my = 0;
    for (int i = from; i < to; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = from; i < to; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy))) : 0.0;
  }
}
