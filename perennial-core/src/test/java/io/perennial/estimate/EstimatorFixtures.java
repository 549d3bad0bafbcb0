package io.perennial.estimate;

import io.perennial.basics.AssetId;
import io.perennial.market.PriceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builders for estimator tests. */
final class EstimatorFixtures {

  private EstimatorFixtures() {}

  static final LocalDate START = LocalDate.of(2020, 1, 1);

  static List<LocalDate> days(int count) {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      dates.add(START.plusDays(i));
    }
    return dates;
  }

  static List<AssetId> assets(int count) {
    List<AssetId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(AssetId.of("A" + i));
    }
    return ids;
  }

  /** Prices given row by row (dates × assets), NaN = missing. */
  static PriceTable pricesByRow(double[][] rows) {
    int n = rows[0].length;
    double[][] columns = new double[n][rows.length];
    for (int t = 0; t < rows.length; t++) {
      for (int i = 0; i < n; i++) {
        columns[i][t] = rows[t][i];
      }
    }
    return PriceTable.of(days(rows.length), assets(n), columns);
  }

  /** Returns given column by column (assets × periods). */
  static ReturnTable returns(double[]... columns) {
    return ReturnTable.of(assets(columns.length), days(columns[0].length), columns);
  }

  /** Random daily-like returns (sd 1–3 %, a common factor) with leading gaps, interior gaps when {@code gaps}. */
  static ReturnTable randomReturns(int assets, int periods, long seed, boolean gaps) {
    Random random = new Random(seed);
    double[] market = new double[periods];
    for (int t = 0; t < periods; t++) {
      market[t] = 0.01 * random.nextGaussian();
    }
    double[][] values = new double[assets][periods];
    for (int i = 0; i < assets; i++) {
      double beta = 0.5 + random.nextDouble();
      double sd = 0.01 + 0.02 * random.nextDouble();
      int start = random.nextInt(Math.max(1, periods / 3));
      int end = periods - (random.nextInt(4) == 0 ? random.nextInt(Math.max(1, periods / 4)) : 0);
      for (int t = 0; t < periods; t++) {
        boolean missing = t < start || t >= end || (gaps && random.nextInt(10) == 0);
        values[i][t] = missing ? Double.NaN : 0.0003 + beta * market[t] + sd * random.nextGaussian();
      }
      // keep at least three present values
      values[i][periods - 1] = 0.001 * (i + 1);
      values[i][periods - 2] = -0.002 * (i + 1);
      values[i][periods - 3] = 0.0015;
    }
    return ReturnTable.of(assets(assets), days(periods), values);
  }
}
