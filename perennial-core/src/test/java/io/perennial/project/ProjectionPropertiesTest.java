package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.AccountType;
import io.perennial.market.AnnualReturnsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the projection on random markets and settings. */
class ProjectionPropertiesTest {

  /** A random table of stock, bond and inflation years, reproducible from {@code seed}. */
  private static AnnualReturnsTable table(long seed, int size) {
    Random random = new Random(seed);
    double[] stocks = new double[size];
    double[] bonds = new double[size];
    double[] cpi = new double[size];
    int[] years = new int[size];
    for (int i = 0; i < size; i++) {
      years[i] = 1900 + i;
      stocks[i] = Math.max(-0.6, 0.08 + 0.2 * random.nextGaussian());
      bonds[i] = Math.max(-0.3, 0.03 + 0.07 * random.nextGaussian());
      cpi[i] = 0.03 + 0.03 * random.nextGaussian();
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    columns.put("stocks", stocks);
    columns.put("bonds", bonds);
    columns.put("cpi", cpi);
    return AnnualReturnsTable.of(years, columns);
  }

  /** Stocks with dividends that react to returns, bonds with a constant coupon, in two accounts. */
  private static ProjectionModel model(double stockShare, double rate, int years, Timing timing) {
    double start = 1_000_000;
    return ProjectionModel.builder()
        .position(new Position("stocks", "stocks", AccountType.TAXABLE, start * stockShare, 0.03,
            IncomeModel.DividendGrowth.usEquity(0.04), 0.5))
        .position(new Position("bonds", "bonds", AccountType.TAX_DEFERRED, start * (1 - stockShare), 0.04,
            new IncomeModel.ConstantYield(), 0.0))
        .spending(new SpendingRule.ConstantSpending(rate * start, true))
        .taxes(new TaxRates(0.15, 0.22, 0.05))
        .years(years)
        .timing(timing)
        .build();
  }

  @Property(tries = 100)
  void successNeverRisesWithTheWithdrawalRateOnHistoricalSequences(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double stockShare,
      @ForAll @DoubleRange(min = 0.0, max = 0.12) double lowRate,
      @ForAll @DoubleRange(min = 0.0, max = 0.05) double step,
      @ForAll @IntRange(min = 5, max = 30) int years,
      @ForAll boolean endOfYear) {
    Timing timing = endOfYear ? Timing.END : Timing.START;
    ScenarioSet set = HistoricalSequences.of(table(seed, 50), "cpi").scenarios(List.of("stocks", "bonds"), years);

    double low = Projection.run(model(stockShare, lowRate, years, timing), set, RunOptions.threads(1)).successRate();
    double high = Projection.run(model(stockShare, lowRate + step, years, timing), set, RunOptions.threads(1)).successRate();

    assertThat(high).isLessThanOrEqualTo(low);
  }

  @Property(tries = 60)
  void successNeverRisesWithTheWithdrawalRateOrTheHorizonOnBootstrapPaths(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double stockShare,
      @ForAll @DoubleRange(min = 0.02, max = 0.08) double rate,
      @ForAll @DoubleRange(min = 0.0, max = 0.03) double step,
      @ForAll @IntRange(min = 5, max = 30) int years,
      @ForAll @IntRange(min = 0, max = 15) int extraYears,
      @ForAll @IntRange(min = 1, max = 5) int block) {
    AnnualReturnsTable table = table(seed, 40);
    BlockBootstrap source = new BlockBootstrap(table, 1900, 1939, "cpi", block, 300, seed);
    // A longer horizon extends every path: the first years of path p are the same.
    ScenarioSet shortPaths = source.scenarios(List.of("stocks", "bonds"), years);
    ScenarioSet longPaths = source.scenarios(List.of("stocks", "bonds"), years + extraYears);

    double base = Projection.run(model(stockShare, rate, years, Timing.START), shortPaths, RunOptions.threads(1)).successRate();
    double higherRate = Projection.run(model(stockShare, rate + step, years, Timing.START), shortPaths, RunOptions.threads(1))
        .successRate();
    double longer = Projection.run(model(stockShare, rate, years + extraYears, Timing.START), longPaths, RunOptions.threads(1))
        .successRate();

    assertThat(higherRate).isLessThanOrEqualTo(base);
    assertThat(longer).isLessThanOrEqualTo(base);
  }

  @Property(tries = 40)
  void successNeverRisesWithTheWithdrawalRateOrTheHorizonInMonteCarlo(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @DoubleRange(min = 0.02, max = 0.08) double rate,
      @ForAll @DoubleRange(min = 0.0, max = 0.03) double step,
      @ForAll @IntRange(min = 5, max = 30) int years,
      @ForAll @IntRange(min = 0, max = 15) int extraYears,
      @ForAll boolean studentT) {
    ParametricMonteCarlo source = ParametricMonteCarlo.builder()
        .assetClass("stocks", 0.08, 0.18)
        .assetClass("bonds", 0.04, 0.07)
        .correlation(new double[][] {{1, 0.1}, {0.1, 1}})
        .inflation(new InflationAssumption(0.025, 0.015, 0.6))
        .distribution(studentT ? ReturnDistribution.STUDENT_T : ReturnDistribution.LOGNORMAL)
        .paths(300)
        .seed(seed)
        .build();
    ScenarioSet shortPaths = source.scenarios(List.of("stocks", "bonds"), years);
    ScenarioSet longPaths = source.scenarios(List.of("stocks", "bonds"), years + extraYears);

    double base = Projection.run(model(0.6, rate, years, Timing.START), shortPaths, RunOptions.threads(1)).successRate();
    double higherRate = Projection.run(model(0.6, rate + step, years, Timing.START), shortPaths, RunOptions.threads(1))
        .successRate();
    double longer = Projection.run(model(0.6, rate, years + extraYears, Timing.START), longPaths, RunOptions.threads(1))
        .successRate();

    assertThat(higherRate).isLessThanOrEqualTo(base);
    assertThat(longer).isLessThanOrEqualTo(base);
  }

  @Property(tries = 200)
  void percentilesMatchTheSortedDefinition(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int size,
      @ForAll @IntRange(min = 0, max = 4) int tieShare) {
    Random random = new Random(seed);
    float[] values = new float[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextInt(5) < tieShare ? 7f : (float) random.nextGaussian(); // tieShare fifths are ties
    }
    float[] sorted = values.clone();
    java.util.Arrays.sort(sorted);

    double[] got = Percentiles.of(values.clone(), PercentileBands.LEVELS);

    for (int k = 0; k < PercentileBands.LEVELS.length; k++) {
      double h = (size - 1) * PercentileBands.LEVELS[k];
      int i = (int) Math.floor(h);
      double below = sorted[i];
      double above = i + 1 < size ? sorted[i + 1] : sorted[i];
      double expected = below + (h - i) * (above - below);
      assertThat(got[k]).isEqualTo(expected);
    }
  }

  @Property(tries = 50)
  void percentilesMatchTheSortedDefinitionOverWideRanges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50_000) int size) {
    Random random = new Random(seed);
    float[] values = new float[size];
    for (int i = 0; i < size; i++) {
      int kind = random.nextInt(10);
      values[i] = kind == 0 ? 0f : kind == 1 ? -0f : (float) ((random.nextBoolean() ? 1 : -1) * Math.pow(10, 60 * random.nextDouble() - 30));
    }
    float[] sorted = values.clone();
    java.util.Arrays.sort(sorted);

    double[] got = Percentiles.of(values.clone(), PercentileBands.LEVELS);

    for (int k = 0; k < PercentileBands.LEVELS.length; k++) {
      double h = (size - 1) * PercentileBands.LEVELS[k];
      int i = (int) Math.floor(h);
      double below = sorted[i];
      double above = i + 1 < size ? sorted[i + 1] : sorted[i];
      assertThat(got[k]).isEqualTo(below + (h - i) * (above - below));
    }
  }
}
