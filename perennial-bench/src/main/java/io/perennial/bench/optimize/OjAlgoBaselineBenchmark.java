package io.perennial.bench.optimize;

import io.perennial.optimize.solver.OjAlgoSolver;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QuadraticProgram;
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
 * Why the optimizer has its own active-set solver: the same long-only minimum-volatility problem
 * solved by ojAlgo 57.1's ConvexSolver through {@link OjAlgoSolver} (ExpressionsBasedModel). Only
 * 50 and 200 stocks: at 500 one solve takes tens of seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OjAlgoBaselineBenchmark {

  @Param({"50", "200"})
  public int n;

  private QuadraticProgram program;
  private final OjAlgoSolver solver = new OjAlgoSolver(600_000);

  @Setup
  public void setUp() throws Exception {
    OptimizeInputs inputs = OptimizeInputs.load(n);
    double[][] sigma = inputs.minVolatility.covariance();
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] = 2 * sigma[i][j];
      }
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(n).hessian(h);
    double[] ones = new double[n];
    for (int j = 0; j < n; j++) {
      builder.bounds(j, 0.0, 1.0);
      ones[j] = 1.0;
    }
    builder.row(ones, 1.0, 1.0);
    program = builder.build();
  }

  @Benchmark
  public QpSolution minVolatilityOjAlgo() {
    return solver.solve(program, null, null);
  }
}
