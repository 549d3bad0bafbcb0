package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.market.AnnualReturnsTable;
import java.util.List;

/**
 * Historical sequences: one path per start year Y with Y ≥ {@code from} and
 * Y + years − 1 ≤ {@code to}, each replaying the table's years in order (rolling, no wrap-around),
 * the way FIRECalc, cFIREsim and the Trinity study do.
 *
 * @param table the annual returns
 * @param from first calendar year of the window
 * @param to last calendar year of the window
 * @param inflationSeries the column holding yearly inflation, or null for zero inflation
 */
public record HistoricalSequences(AnnualReturnsTable table, int from, int to, String inflationSeries)
    implements ReturnSource {

  public HistoricalSequences {
    Checks.notNull(table, "returns table");
  }

  /** The whole table, with inflation from {@code inflationSeries}. */
  public static HistoricalSequences of(AnnualReturnsTable table, String inflationSeries) {
    return new HistoricalSequences(table, table.firstYear(), table.lastYear(), inflationSeries);
  }

  @Override
  public ScenarioSet scenarios(List<String> series, int years) {
    Checks.positive(years, "horizon in years");
    TableWindow window = new TableWindow(table, from, to, inflationSeries, series);
    Checks.check(window.size >= years,
        "the window " + from + "–" + to + " holds " + window.size + " years, fewer than the "
            + years + "-year horizon; widen the window or shorten the horizon");
    int paths = window.size - years + 1;
    List<String> names = List.copyOf(series);
    return new WindowScenarioSet(names, years, paths, window) {

      @Override
      public void fill(int path, PathScenario into) {
        checkPath(path);
        for (int t = 0; t < years; t++) {
          window.copyYear(path + t, t, into);
        }
      }

      @Override
      public int label(int path) {
        return from + path;
      }
    };
  }
}
