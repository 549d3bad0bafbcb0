package io.perennial.bench;

import io.perennial.estimate.CovarianceEstimate;
import io.perennial.estimate.CovarianceEstimator;
import io.perennial.estimate.ReturnTable;
import io.perennial.io.WidePriceCsv;
import io.perennial.market.PriceTable;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * operation is the covariance alone, as {@code peers/covariance.py} times NumPy's.
 * {@code compare-covariance.sh} runs both and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CovarianceBenchmark {

  /** The wide price file (override with {@code -p prices=PATH}). */
  @Param("../shared/data/sp500-universe-2021/adjusted_close_daily_wide.csv")
  public String prices;

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
