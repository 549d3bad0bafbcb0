package io.perennial.bench.optimize;

import io.perennial.optimize.AllocationOptimizer;
import io.perennial.optimize.AllocationResult;
import io.perennial.optimize.AllocationStatus;
import io.perennial.optimize.Frontier;
import io.perennial.optimize.FrontierCalculator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The optimizer on S&P 500 problems of 50, 200 and 500 stocks (the same inputs as the CVXOPT peer
 * {@code peers/qp.py}): long-only minimum volatility; maximum after-tax income with a 5 % cap per
 * stock, 25 % per GICS sector and a volatility cap; the 100-point efficient frontier (long only);
 * the 100-point income frontier (no peer). Each operation solves from a cold start on a problem
 * built beforehand, as the peer does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OptimizeBenchmark {

  @Param({"50", "200", "500"})
  public int n;

  private OptimizeInputs inputs;
  private final AllocationOptimizer optimizer = new AllocationOptimizer();
  private final FrontierCalculator frontiers = new FrontierCalculator(optimizer);

  @Setup
  public void setUp() throws Exception {
    inputs = OptimizeInputs.load(n);
    AllocationResult minimum = optimizer.optimize(inputs.minVolatility);
    AllocationResult income = optimizer.optimize(inputs.maxIncome);
    if (minimum.status() != AllocationStatus.OPTIMAL || income.status() != AllocationStatus.OPTIMAL) {
      throw new IllegalStateException("benchmark problems did not solve: " + minimum.message() + " / " + income.message());
    }
    System.err.printf("%n[n=%d] min-volatility %.9f; max-income %.9f at volatility %.9f (cap %.9f)%n", n,
        minimum.volatility(), income.afterTaxIncome(), income.volatility(), inputs.volatilityCap);
  }

  @Benchmark
  public AllocationResult minVolatility() {
    return optimizer.optimize(inputs.minVolatility);
  }

  @Benchmark
  public AllocationResult maxIncome() {
    return optimizer.optimize(inputs.maxIncome);
  }

  @Benchmark
  public Frontier efficientFrontier100() {
    return frontiers.efficient(inputs.minVolatility, 100);
  }

  @Benchmark
  public Frontier incomeFrontier100() {
    return frontiers.income(inputs.incomeUncapped, 100);
  }
}
