package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.market.AnnualReturnsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoricalSequencesTest {

  // Five years of made-up returns (fractions).
  private static final int[] YEARS = {2000, 2001, 2002, 2003, 2004};
  private static final double[] STOCKS = {0.10, -0.50, 0.20, 0.05, 0.30};
  private static final double[] BONDS = {0.04, 0.06, 0.02, 0.03, -0.01};
  private static final double[] CPI = {0.02, 0.03, 0.01, 0.00, 0.04};

  private static AnnualReturnsTable table() {
    Map<String, double[]> columns = new LinkedHashMap<>();
    columns.put("stocks", STOCKS);
    columns.put("bonds", BONDS);
    columns.put("cpi", CPI);
    return AnnualReturnsTable.of(YEARS, columns);
  }

  @Test
  void onePathPerStartYearWithoutWrapping() {
    ScenarioSet set = new HistoricalSequences(table(), 2000, 2004, "cpi").scenarios(List.of("bonds", "stocks"), 3);

    assertThat(set.paths()).isEqualTo(3); // 2000–2002, 2001–2003, 2002–2004
    assertThat(set.label(0)).isEqualTo(2000);
    assertThat(set.label(2)).isEqualTo(2002);
    PathScenario path = set.newBuffer();
    set.fill(2, path);
    assertThat(path.gross(0, 1)).isEqualTo(1.20); // stocks 2002
    assertThat(path.gross(2, 0)).isEqualTo(0.99); // bonds 2004
    assertThat(path.inflation(1)).isEqualTo(0.00); // cpi 2003
    assertThat(path.logReturn(0, 1)).isCloseTo(Math.log(1.2), within(1e-15));
  }

  @Test
  void expectedLogReturnIsTheWindowMean() {
    ScenarioSet set = new HistoricalSequences(table(), 2001, 2003, null).scenarios(List.of("stocks"), 2);

    double mean = (Math.log(0.5) + Math.log(1.2) + Math.log(1.05)) / 3; // −0.155…
    assertThat(set.expectedLogReturn(0)).isCloseTo(mean, within(1e-15));
    // x = ln G − mean: 2001 is the only shortfall.
    assertThat(set.meanShortfall(0)).isCloseTo((Math.log(0.5) - mean) / 3, within(1e-15));
    assertThat(set.meanExcess(0)).isCloseTo(-set.meanShortfall(0), within(1e-15));
  }

  @Test
  void successCountsThePeriodsThatNeverRunDry() {
    // 100 % stocks, 1,000 start, 300 a year at the start of each year, no inflation, 2 years.
    // 2000: (1000−300)·1.1 = 770; 770−300 = 470 > 0 → ok.
    // 2001: (1000−300)·0.5 = 350; 350−300 = 50 > 0 → ok.
    // 2002: 700·1.2 = 840 → ok; 2003: 700·1.05 = 735 → ok.  Spending 600 instead:
    // 2001: 400·0.5 = 200; 200−600 < 0 → fails; 2000: 400·1.1 = 440 < 600 → fails;
    // 2002: 400·1.2 = 480 → fails; 2003: 400·1.05 = 420 → fails.
    ScenarioSet set = new HistoricalSequences(table(), 2000, 2004, null).scenarios(List.of("stocks"), 2);
    ProjectionModel modest = ProjectionModel.builder()
        .position(Position.totalReturn("stocks", 1000))
        .spending(new SpendingRule.ConstantSpending(300, false))
        .years(2)
        .build();

    ProjectionResult ok = Projection.run(modest, set, RunOptions.threads(1));
    ProjectionResult bad = Projection.run(modest.withSpending(new SpendingRule.ConstantSpending(600, false)), set,
        RunOptions.threads(1));

    assertThat(ok.successRate()).isEqualTo(1.0);
    assertThat(ok.paths()).isEqualTo(4);
    assertThat(bad.successRate()).isEqualTo(0.0);
    assertThat(bad.failedLabels()).containsExactly(2000, 2001, 2002, 2003);
    assertThat(bad.failYearCounts()).containsExactly(0, 4);
  }

  @Test
  void valueExactlyExhaustedCountsAsFailure() {
    // 1,000 at the start, 500 a year, 0 % return: after two withdrawals the value is exactly 0.
    AnnualReturnsTable flat = AnnualReturnsTable.of(new int[] {1, 2}, Map.of("cash", new double[] {0.0, 0.0}));
    ScenarioSet set = new HistoricalSequences(flat, 1, 2, null).scenarios(List.of("cash"), 2);
    ProjectionModel model = ProjectionModel.builder()
        .position(Position.totalReturn("cash", 1000))
        .spending(new SpendingRule.ConstantSpending(500, false))
        .years(2)
        .build();

    assertThat(Projection.run(model, set, RunOptions.threads(1)).successRate()).isEqualTo(0.0);
    assertThat(Projection.run(model.withSpending(new SpendingRule.ConstantSpending(499.99, false)), set,
        RunOptions.threads(1)).successRate()).isEqualTo(1.0);
  }

  @Test
  void windowShorterThanTheHorizonIsRefused() {
    assertThatThrownBy(() -> new HistoricalSequences(table(), 2001, 2003, "cpi").scenarios(List.of("stocks"), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2001–2003 holds 3 years, fewer than the 4-year horizon");
  }

  @Test
  void unknownSeriesIsRefusedWithTheNamesThatExist() {
    assertThatThrownBy(() -> new HistoricalSequences(table(), 2000, 2004, "cpi").scenarios(List.of("gold"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no series 'gold'")
        .hasMessageContaining("stocks, bonds, cpi");
  }

  @Test
  void bootstrapDrawsWholeBlocksOfTheWindow() {
    BlockBootstrap source = new BlockBootstrap(table(), 2000, 2004, "cpi", 3, 50, 9);
    ScenarioSet set = source.scenarios(List.of("stocks"), 7);
    PathScenario path = set.newBuffer();

    for (int p = 0; p < 50; p++) {
      set.fill(p, path);
      // Blocks start at years 0, 3 and 6 of the path; within a block the years follow each other.
      for (int blockStart : new int[] {0, 3}) {
        int first = indexOf(path.gross(blockStart, 0));
        assertThat(first).isBetween(0, 2); // a 3-year block must start by 2002
        assertThat(indexOf(path.gross(blockStart + 1, 0))).isEqualTo(first + 1);
        assertThat(indexOf(path.gross(blockStart + 2, 0))).isEqualTo(first + 2);
        assertThat(path.inflation(blockStart + 2)).isEqualTo(CPI[first + 2]);
      }
    }
  }

  @Test
  void bootstrapBlockLongerThanTheWindowIsRefused() {
    assertThatThrownBy(() -> new BlockBootstrap(table(), 2000, 2004, null, 6, 10, 1).scenarios(List.of("stocks"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("block of 6 years is longer than the window");
  }

  private static int indexOf(double gross) {
    for (int i = 0; i < STOCKS.length; i++) {
      if (1.0 + STOCKS[i] == gross) {
        return i;
      }
    }
    throw new AssertionError("not a stock return of the table: " + gross);
  }
}
