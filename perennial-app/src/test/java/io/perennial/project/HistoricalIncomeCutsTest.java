package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.AccountType;
import io.perennial.io.AnnualReturnsCsv;
import io.perennial.market.AnnualReturnsTable;
import io.perennial.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dividend model replayed over Damodaran's S&amp;P 500 returns: the cuts of the early 1930s
 * and of 2009 appear. (Shiller's December dividends: 0.98 in 1930, 0.82 in 1931, 0.50 in 1932,
 * 0.44 in 1933, i.e. −55 % in three years; 28.39 in 2008, 22.41 in 2009, −21 %.)
 */
class HistoricalIncomeCutsTest {

  private static PathTrace replay(int startYear, int years) {
    AnnualReturnsTable table = AnnualReturnsCsv.read(SharedData.require("data/damodaran/annual_returns.csv"));
    ScenarioSet set = new HistoricalSequences(table, table.firstYear(), table.lastYear(), "cpi_inflation")
        .scenarios(List.of("sp500_total_return"), years);
    ProjectionModel model = ProjectionModel.builder()
        .position(new Position("S&P 500", "sp500_total_return", AccountType.TAX_FREE, 1_000_000, 0.04,
            IncomeModel.DividendGrowth.usEquity(IncomeResponse.US_EQUITY_DIVIDEND_GROWTH), 0.0))
        .spending(new SpendingRule.IncomeOnly(1e12, false)) // spend all income: income per share is what is traced
        .years(years)
        .build();
    return Projection.trace(model, set, startYear - table.firstYear());
  }

  @Test
  void theDepressionCutsAppear() {
    PathTrace trace = replay(1928, 8); // years 1928…1935, income paid at the start of each year
    double[] income = trace.grossIncome();
    int y1930 = 2;

    // 1930 (−25 %) cuts the income of 1931, 1931 (−44 %) that of 1932, 1932 (−9 %) that of 1933.
    assertThat(income[y1930 + 1]).isLessThan(income[y1930]);
    assertThat(income[y1930 + 2]).isLessThan(income[y1930 + 1]);
    assertThat(income[y1930 + 3]).isLessThan(income[y1930 + 2]);
    // From 1930 to 1933 the model loses 40–60 % (Shiller: 55 %).
    double fall = 1 - income[y1930 + 3] / income[y1930];
    assertThat(fall).isBetween(0.40, 0.60);
    // 1929's income grew after the +44 % of 1928: good years raise income only a little.
    assertThat(income[1] / income[0]).isBetween(1.0, 1.15);
  }

  @Test
  void theCutOf2009Appears() {
    PathTrace trace = replay(2006, 6); // 2006…2011
    double[] income = trace.grossIncome();

    // 2008 (−37 %) cuts the income of 2009 by 15–35 % (Shiller: 21 %), and 2010 recovers little.
    double cut = 1 - income[3] / income[2];
    assertThat(cut).isBetween(0.15, 0.35);
    assertThat(income[2]).isGreaterThan(income[1]);
    assertThat(income[4] / income[3]).isBetween(0.95, 1.15);
  }
}
