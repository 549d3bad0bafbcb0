package io.perennial.bench.project;

import io.perennial.project.Projection;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.RunOptions;
import io.perennial.project.ScenarioSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full projection of {@link TwelveClassProjection}: 100,000 paths × 50 years × 12 correlated
 * classes — drawing the returns, simulating income, cuts, reinvestment, taxes, spending and
 * rebalancing, and summarising (success, coverage, percentile bands per year).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ProjectionBenchmark {

  private ProjectionModel model;
  private ScenarioSet scenarios;

  @Setup
  public void setUp() {
    model = TwelveClassProjection.model();
    scenarios = TwelveClassProjection.source(TwelveClassProjection.PATHS, TwelveClassProjection.SEED)
        .scenarios(model.seriesUsed(), TwelveClassProjection.YEARS);
  }

  @Benchmark
  public ProjectionResult twoThreads() {
    return Projection.run(model, scenarios, RunOptions.threads(2));
  }

  @Benchmark
  public ProjectionResult oneThread() {
    return Projection.run(model, scenarios, RunOptions.threads(1));
  }
}
