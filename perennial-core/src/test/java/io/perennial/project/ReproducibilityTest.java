package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.domain.AccountType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same seed gives the same numbers, whatever the number of threads. */
class ReproducibilityTest {

  private static final int CLASSES = 12;

  private static ParametricMonteCarlo source(long seed, ReturnDistribution shape) {
    return source(seed, shape, 1_500);
  }

  private static ParametricMonteCarlo source(long seed, ReturnDistribution shape, int paths) {
    ParametricMonteCarlo.Builder b = ParametricMonteCarlo.builder();
    double[][] correlation = new double[CLASSES][CLASSES];
    double[] inflation = new double[CLASSES];
    for (int i = 0; i < CLASSES; i++) {
      b.assetClass("c" + i, 0.03 + 0.005 * i, 0.04 + 0.015 * i);
      for (int j = 0; j < CLASSES; j++) {
        correlation[i][j] = i == j ? 1.0 : 0.3;
      }
      inflation[i] = i < 6 ? -0.1 : 0.1;
    }
    return b.correlation(correlation)
        .inflationCorrelation(inflation)
        .inflation(new InflationAssumption(0.025, 0.012, 0.5))
        .distribution(shape)
        .paths(paths)
        .seed(seed)
        .build();
  }

  private static ProjectionModel model() {
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      IncomeModel income = i < 8 ? IncomeModel.DividendGrowth.usEquity(0.04) : new IncomeModel.ConstantYield();
      AccountType account = AccountType.values()[i % 3];
      positions.add(new Position("p" + i, "c" + i, account, 100_000, 0.02 + 0.002 * i, income, i % 2 == 0 ? 1.0 : 0.25));
    }
    return ProjectionModel.builder()
        .positions(positions)
        .spending(SpendingRule.Guardrails.standard(0.045))
        .stream(IncomeStream.indexedForLife("social security", 20_000, 5))
        .taxes(new TaxRates(0.15, 0.22, 0.05))
        .years(40)
        .incomeGoal(60_000)
        .build();
  }

  @Test
  void monteCarloGivesTheSameNumbersOnOneAndFourThreads() {
    for (ReturnDistribution shape : ReturnDistribution.values()) {
      ScenarioSet scenarios = source(42, shape).scenarios(model().seriesUsed(), 40);

      ProjectionResult one = Projection.run(model(), scenarios, RunOptions.threads(1));
      ProjectionResult four = Projection.run(model(), scenarios, RunOptions.threads(4));

      assertSame(one, four);
    }
  }

  @Test
  void aCallersPoolOfThreeGivesTheSingleThreadFiguresAndIsLeftRunning() throws Exception {
    ScenarioSet scenarios = source(42, ReturnDistribution.LOGNORMAL).scenarios(model().seriesUsed(), 40);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      ProjectionResult one = Projection.run(model(), scenarios, RunOptions.threads(1));
      ProjectionResult shared = Projection.run(model(), scenarios, RunOptions.on(pool, 4));
      WithdrawalRates ratesOne = WithdrawalRates.of(model(), scenarios, 0.9, RunOptions.threads(1));
      WithdrawalRates ratesShared = WithdrawalRates.of(model(), scenarios, 0.9, RunOptions.on(pool, 3));

      assertSame(one, shared);
      assertThat(ratesShared.pathSafe()).isEqualTo(ratesOne.pathSafe());
      // The engine neither shuts the caller's pool down nor leaves work on it.
      assertThat(pool.isShutdown()).isFalse();
      assertThat(pool.submit(() -> 7).get(10, TimeUnit.SECONDS)).isEqualTo(7);
    } finally {
      pool.shutdown();
    }
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aRunFromInsideAFullOneThreadPoolDoesNotWaitForItself() throws Exception {
    // The only thread of the pool runs the projection, so its helper tasks cannot start until it
    // ends: the run must finish on the calling thread alone, with the same figures.
    ScenarioSet scenarios = source(42, ReturnDistribution.LOGNORMAL).scenarios(model().seriesUsed(), 40);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      ProjectionResult nested = pool.submit(() -> Projection.run(model(), scenarios, RunOptions.on(pool, 4)))
          .get(60, TimeUnit.SECONDS);

      assertSame(Projection.run(model(), scenarios, RunOptions.threads(1)), nested);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theSharedPoolsThreadsAreDaemonsAndTheOptionsValidateTheirArguments() {
    ScenarioSet scenarios = source(42, ReturnDistribution.LOGNORMAL, 600).scenarios(model().seriesUsed(), 40);
    Projection.run(model(), scenarios, RunOptions.threads(3));

    List<Thread> helpers = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("perennial-projection-")).toList();
    assertThat(helpers).isNotEmpty().allMatch(Thread::isDaemon);
    assertThatThrownBy(() -> RunOptions.on(null, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunOptions.on(Runnable::run, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bootstrapGivesTheSameNumbersOnOneAndFourThreads() {
    int[] years = new int[30];
    java.util.Map<String, double[]> columns = new java.util.LinkedHashMap<>();
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < CLASSES; i++) {
      double[] r = new double[30];
      for (int t = 0; t < 30; t++) {
        r[t] = 0.05 + 0.15 * random.nextGaussian();
      }
      columns.put("c" + i, r);
    }
    double[] cpi = new double[30];
    for (int t = 0; t < 30; t++) {
      years[t] = 1990 + t;
      cpi[t] = 0.02 + 0.01 * random.nextGaussian();
    }
    columns.put("cpi", cpi);
    BlockBootstrap source = new BlockBootstrap(io.perennial.market.AnnualReturnsTable.of(years, columns), 1990, 2019,
        "cpi", 4, 2_000, 77);
    ScenarioSet scenarios = source.scenarios(model().seriesUsed(), 40);

    assertSame(Projection.run(model(), scenarios, RunOptions.threads(1)), Projection.run(model(), scenarios, RunOptions.threads(4)));
  }

  @Test
  void anotherSeedGivesOtherNumbers() {
    ProjectionResult a = Projection.run(model(), source(1, ReturnDistribution.LOGNORMAL).scenarios(model().seriesUsed(), 40),
        RunOptions.threads(2));
    ProjectionResult b = Projection.run(model(), source(2, ReturnDistribution.LOGNORMAL).scenarios(model().seriesUsed(), 40),
        RunOptions.threads(2));

    assertThat(a.realValue().p50()).isNotEqualTo(b.realValue().p50());
  }

  @Test
  void withdrawalRatesAreTheSameOnOneAndFourThreads() {
    ScenarioSet scenarios = source(3, ReturnDistribution.LOGNORMAL, 300).scenarios(model().seriesUsed(), 40);

    WithdrawalRates one = WithdrawalRates.of(model(), scenarios, 0.9, RunOptions.threads(1));
    WithdrawalRates four = WithdrawalRates.of(model(), scenarios, 0.9, RunOptions.threads(4));

    assertThat(four.pathSafe()).isEqualTo(one.pathSafe());
    assertThat(four.safe()).isEqualTo(one.safe());
    assertThat(four.perpetual()).isEqualTo(one.perpetual());
  }

  @Test
  void withdrawalRatesEqualTheOrderStatisticsOfEveryPathSearchedToTheEnd() {
    ScenarioSet scenarios = source(5, ReturnDistribution.LOGNORMAL, 300).scenarios(model().seriesUsed(), 60);
    // Every path searched to the full tolerance by a plain bisection of its own (the definition),
    // against the library, which searches most paths only coarsely.
    double[] safe = new double[scenarios.paths()];
    double[] perpetual = new double[scenarios.paths()];
    PathSimulator simulator = new PathSimulator(model(), scenarios);
    PathScenario buffer = scenarios.newBuffer();
    double start = model().startingValue();
    for (int p = 0; p < safe.length; p++) {
      scenarios.fill(p, buffer);
      safe[p] = largestRate(simulator, buffer, start, false);
      perpetual[p] = Math.min(safe[p], largestRate(simulator, buffer, start, true));
    }
    java.util.Arrays.sort(safe);
    java.util.Arrays.sort(perpetual);
    for (double target : new double[] {1.0, 0.9, 0.5}) {
      int k = safe.length - (int) Math.ceil(target * safe.length - 1e-9);
      WithdrawalRates all = WithdrawalRates.of(model(), scenarios, target, RunOptions.threads(2));
      assertThat(all.safe()).as("safe rate at %s", target).isEqualTo(safe[k]);
      assertThat(all.perpetual()).as("perpetual rate at %s", target).isEqualTo(perpetual[k]);
    }
    assertThat(safe[safe.length - 1]).isGreaterThan(safe[0] + 0.01);
  }

  /** Doubling from 1 (up to 8), then bisection until the bracket is at most 1e-7 wide; its lower end. */
  private static double largestRate(PathSimulator simulator, PathScenario buffer, double start, boolean perpetual) {
    double low = 0.0;
    double high = 1.0;
    while (sustains(simulator, buffer, start, high, perpetual)) {
      low = high;
      high *= 2.0;
      if (high > 8.0) {
        return low;
      }
    }
    if (!sustains(simulator, buffer, start, 0.0, perpetual)) {
      return 0.0;
    }
    while (high - low > 1e-7) {
      double mid = 0.5 * (low + high);
      if (sustains(simulator, buffer, start, mid, perpetual)) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean sustains(PathSimulator simulator, PathScenario buffer, double start, double rate, boolean perpetual) {
    simulator.run(buffer, 0, null, null, null, null, rate * start, true);
    return simulator.success && (!perpetual || simulator.terminalRealValue >= start * (1.0 - 1e-12));
  }

  private static void assertSame(ProjectionResult one, ProjectionResult four) {
    assertThat(four.successRate()).isEqualTo(one.successRate());
    assertThat(four.failYearCounts()).isEqualTo(one.failYearCounts());
    assertThat(four.incomeCoverage()).isEqualTo(one.incomeCoverage());
    for (PercentileBands[] pair : new PercentileBands[][] {{one.realIncome(), four.realIncome()}, {one.realValue(), four.realValue()}}) {
      assertThat(pair[1].p5()).isEqualTo(pair[0].p5());
      assertThat(pair[1].p25()).isEqualTo(pair[0].p25());
      assertThat(pair[1].p50()).isEqualTo(pair[0].p50());
      assertThat(pair[1].p75()).isEqualTo(pair[0].p75());
      assertThat(pair[1].p95()).isEqualTo(pair[0].p95());
    }
    assertThat(four.incomeDrop()).isEqualTo(one.incomeDrop());
    assertThat(four.goal()).isEqualTo(one.goal());
    // The model is not trivial: some paths fail, income varies.
    assertThat(one.realIncome().p5()[30]).isLessThan(one.realIncome().p95()[30]);
  }
}
