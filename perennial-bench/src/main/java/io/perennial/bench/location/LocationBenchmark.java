package io.perennial.bench.location;

import io.perennial.basics.AssetId;
import io.perennial.optimize.AllocationStatus;
import io.perennial.optimize.LocationOptimizer;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.LocationResult;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Asset location on 50 income ETFs × 3 accounts (taxable, traditional IRA, Roth), the same inputs
 * as the CVXOPT peer {@code peers/location.py}: allocation and location together at a volatility
 * cap (max after-tax income; the income/growth blend), and the location alone of a fixed
 * allocation (the joint answer's totals). Each operation is one full
 * {@link LocationOptimizer#optimize(LocationProblem)} from a cold start on a problem built
 * beforehand: compiling the asset × account model, the solve, the heuristic comparison and the
 * result with its money figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LocationBenchmark {

  @Param({"50"})
  public int n;

  private LocationInputs inputs;
  private LocationProblem fixed;
  private final LocationOptimizer optimizer = new LocationOptimizer();

  @Setup
  public void setUp() throws Exception {
    inputs = LocationInputs.load(n);
    LocationResult income = optimizer.optimize(inputs.maxIncome);
    LocationResult blend = optimizer.optimize(inputs.incomeAndGrowth);
    if (income.status() != AllocationStatus.OPTIMAL || blend.status() != AllocationStatus.OPTIMAL) {
      throw new IllegalStateException("benchmark problems did not solve: " + income.message() + " / " + blend.message());
    }
    Map<AssetId, Double> totals = new LinkedHashMap<>();
    double sum = 0.0;
    for (Map.Entry<AssetId, Double> e : income.totals().entrySet()) {
      double t = e.getValue() > 1e-7 ? e.getValue() : 0.0;
      totals.put(e.getKey(), t);
      sum += t;
    }
    for (Map.Entry<AssetId, Double> e : totals.entrySet()) {
      e.setValue(e.getValue() / sum);
    }
    fixed = inputs.maxIncome.withFixedAllocation(totals);
    LocationResult located = optimizer.optimize(fixed);
    System.err.printf("%n[n=%d × %d accounts] max-income %.12f at volatility %.9f (heuristic %.12f); income-and-growth"
            + " objective %.12f, after-tax income %.12f, volatility %.9f; fixed allocation %.12f%n", n,
        inputs.maxIncome.accountCount(), income.afterTaxIncome(), income.volatility(), income.heuristic().afterTaxIncome(),
        blend.objectiveValue(), blend.afterTaxIncome(), blend.volatility(), located.afterTaxIncome());
    System.err.println("[diagnostics] " + income.diagnostics());
  }

  @Benchmark
  public LocationResult jointMaxIncome() {
    return optimizer.optimize(inputs.maxIncome);
  }

  @Benchmark
  public LocationResult jointIncomeAndGrowth() {
    return optimizer.optimize(inputs.incomeAndGrowth);
  }

  @Benchmark
  public LocationResult fixedAllocation() {
    return optimizer.optimize(fixed);
  }
}
