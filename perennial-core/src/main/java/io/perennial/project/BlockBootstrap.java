package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.market.AnnualReturnsTable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Moving-block bootstrap of a table's years: each path is built from blocks of
 * {@code blockLength} consecutive years whose first year is drawn uniformly from the window's
 * {@code size − blockLength + 1} possible starts (no wrap-around), cut to the horizon. All series
 * and inflation of a year travel together, keeping their correlation; blocks longer than one year
 * also keep some of the year-to-year dependence. Path p draws from its own generator seeded by
 * (seed, p).
 *
 * @param table the annual returns
 * @param from first calendar year of the window
 * @param to last calendar year of the window
 * @param inflationSeries the column holding yearly inflation, or null for zero inflation
 * @param blockLength years per block, ≥ 1 and at most the window's length
 * @param paths number of paths, ≥ 1
 * @param seed the seed
 */
public record BlockBootstrap(
    AnnualReturnsTable table, int from, int to, String inflationSeries, int blockLength, int paths, long seed)
    implements ReturnSource {

  public BlockBootstrap {
    Checks.notNull(table, "returns table");
    Checks.positive(blockLength, "bootstrap block length");
    Checks.positive(paths, "number of paths");
  }

  @Override
  public ScenarioSet scenarios(List<String> series, int years) {
    Checks.positive(years, "horizon in years");
    TableWindow window = new TableWindow(table, from, to, inflationSeries, series);
    Checks.check(blockLength <= window.size,
        "the bootstrap block of " + blockLength + " years is longer than the window " + from + "–" + to
            + " (" + window.size + " years)");
    int starts = window.size - blockLength + 1;
    List<String> names = List.copyOf(series);
    int count = paths;
    long runSeed = seed;
    int block = blockLength;
    return new WindowScenarioSet(names, years, count, window) {

      @Override
      public void fill(int path, PathScenario into) {
        checkPath(path);
        SplittableRandom random = PathSeeds.random(runSeed, path);
        int t = 0;
        while (t < years) {
          int start = random.nextInt(starts);
          for (int k = 0; k < block && t < years; k++, t++) {
            window.copyYear(start + k, t, into);
          }
        }
      }

      @Override
      public int label(int path) {
        return -1;
      }
    };
  }
}
