package io.perennial.bench;

import io.perennial.estimate.CovarianceEstimate;
import io.perennial.estimate.CovarianceEstimator;
import io.perennial.estimate.ReturnTable;
import io.perennial.io.WidePriceCsv;
import io.perennial.market.PriceTable;
import io.perennial.basics.linalg.SymmetricEigen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The annualised pairwise-complete sample covariance (pandas {@code returns.cov() * 252}) of the
 * daily returns of the 504 S&amp;P 500 stocks, 1999-11 … 2021-04 (5,401 return rows, columns with
 * leading, trailing and inner gaps). The file is read and the returns computed once per trial; each
 * operation is the covariance alone, as {@code peers/covariance.py} times NumPy's. The trial's set-up
 * prints the matrix's checksum and its eigenvalues' ({@link #checksums}) beside the peer's.
 * {@code compare-covariance.sh} runs both and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CovarianceBenchmark {

  /** The wide price file (override with {@code -p prices=PATH}). */
  @Param("../shared/data/sp500-universe-2021/adjusted_close_daily_wide.csv")
  public String prices;

  /**
   * Where to write the eigenvalues of the matrix, one a line, ascending, for comparison with NumPy's
   * {@code eigh} ({@code -p eigenvalues=PATH}; empty: not written). {@code compare-covariance.sh} sets it.
   */
  @Param("")
  public String eigenvalues;

  private ReturnTable returns;
  private final CovarianceEstimator.Sample sample = new CovarianceEstimator.Sample(252);

  @Setup(Level.Trial)
  public void load() {
    Path file = Path.of(prices);
    if (!Files.exists(file)) {
      throw new IllegalStateException("price file not found: " + file.toAbsolutePath()
          + " (run from the repository root with ../shared beside it, or pass -p prices=PATH)");
    }
    PriceTable table = WidePriceCsv.read(file);
    returns = ReturnTable.fromPrices(table);
    double[][] matrix = sample.unrepaired(returns);
    double[] values = SymmetricEigen.eigenvalues(matrix);
    System.out.println(checksums(matrix, values));
    if (!eigenvalues.isEmpty()) {
      StringBuilder lines = new StringBuilder();
      for (double value : values) {
        lines.append(String.format(Locale.ROOT, "%.17e%n", value));
      }
      try {
        Files.writeString(Path.of(eigenvalues), lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * One line, in the format {@code peers/covariance.py} prints for NumPy: the sum of all entries of
   * the matrix, and of its eigenvalues the sum of absolute values, the smallest, the largest and
   * how many are ≤ 0 (those the PSD repair clips).
   */
  static String checksums(double[][] matrix, double[] values) {
    double sum = 0;
    for (double[] row : matrix) {
      for (double x : row) {
        sum += Double.isNaN(x) ? 0 : x;
      }
    }
    double absolute = 0;
    int clipped = 0;
    for (double value : values) {
      absolute += Math.abs(value);
      clipped += value <= 0 ? 1 : 0;
    }
    return String.format(Locale.ROOT,
        "perennial checksum %.12e eigenvalues: sum|l| %.12e smallest %.12e largest %.12e <=0 %d",
        sum, absolute, values[0], values[values.length - 1], clipped);
  }

  /** The pairwise matrix alone, before the PSD check: the same computation as the NumPy peer. */
  @Benchmark
  public double[][] pairwiseSampleCovariance() {
    return sample.unrepaired(returns);
  }

  /** The full estimator: pairwise matrix, PSD test (Cholesky) and, if needed, spectral repair (eigendecomposition). */
  @Benchmark
  public CovarianceEstimate sampleCovarianceWithPsdRepair() {
    return sample.estimate(returns);
  }
}
