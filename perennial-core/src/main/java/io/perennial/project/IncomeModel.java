package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * How a position's income evolves. In both models the income paid at a payment date is the
 * position's current yield on value times its value at that date.
 */
public sealed interface IncomeModel
    permits IncomeModel.ConstantYield, IncomeModel.DividendGrowth, IncomeModel.InflationLinked,
        IncomeModel.RateLinked {

  /**
   * The yield on value never changes: income = yield × value every year (bond coupons and cash
   * interest in a rolling ladder, a fund with a managed payout).
   */
  record ConstantYield() implements IncomeModel {}

  /**
   * Income per share grows at {@code growth} on average and reacts to the previous year's return
   * through {@code response} (cuts after bad years). The yield on value then moves: after a
   * payment of yield y the share is worth (1 − y) and grows by the year's gross return G, while
   * the next income per share is e^g times this year's, so the next yield is
   * y · e^g / ((1 − y) · G), capped at {@link #MAX_YIELD}.
   *
   * @param growth expected nominal income growth per year, a fraction (0.04 = 4 %)
   * @param response the reaction to the previous year's return
   */
  record DividendGrowth(double growth, IncomeResponse response) implements IncomeModel {

    /** A yield on value above this is cut to it (only after a collapse in value; 0.30 = 30 %). */
    public static final double MAX_YIELD = 0.30;

    public DividendGrowth {
      Checks.inRange(growth, -0.5, 1.0, "income growth");
      Checks.notNull(response, "income response");
    }

    /** US equity dividends: {@code growth} with the response fitted on Shiller's data. */
    public static DividendGrowth usEquity(double growth) {
      return new DividendGrowth(growth, IncomeResponse.US_EQUITY_DIVIDENDS);
    }
  }

  /**
   * An inflation-linked bond fund (TIPS) that distributes its inflation accrual: the income paid in
   * year t is (realYield + π_t) × value, where π_t is the path's inflation of the year, held in
   * [0, {@link DividendGrowth#MAX_YIELD}] (a fund pays no negative accrual in a year of deflation).
   * With 3 % inflation and a 1.8 % real coupon the fund pays 4.8 % of its value. The position's
   * starting yield is ignored: each payment's yield follows the year's inflation.
   *
   * @param realYield the real coupon yield on value, a fraction (0.018 = 1.8 %), in [−0.1, 0.3]
   */
  record InflationLinked(double realYield) implements IncomeModel {

    public InflationLinked {
      Checks.inRange(realYield, -0.1, DividendGrowth.MAX_YIELD, "real yield of an inflation-linked fund");
    }

    /** The yield on value paid in a year of inflation {@code inflation}. */
    public double yieldWith(double inflation) {
      return Math.max(0.0, Math.min(DividendGrowth.MAX_YIELD, realYield + inflation));
    }
  }

  /**
   * Cash or a bond fund whose income follows rates: when the path has a bill rate b_t
   * ({@link RateAssumption}), the market yield of the holding in year t is its starting yield y₀
   * moved by the bill rate's change, max(0, y₀ + b_t − b_0) (a parallel shift), and each year a
   * share {@code rollShare} of the holding reprices to it as bonds mature and are replaced:
   * y_t = (1 − k) · y_{t−1} + k · max(0, y₀ + b_t − b_0). Cash reprices at once (k = 1: its yield
   * is the bill rate); a bond fund of duration D rolls about 1/D a year. Without a rate path the
   * yield stays y₀, as {@link ConstantYield}.
   *
   * @param rollShare the share that reprices each year, in (0, 1]
   */
  record RateLinked(double rollShare) implements IncomeModel {

    public RateLinked {
      Checks.check(rollShare > 0.0 && rollShare <= 1.0, "the share of a holding that reprices each year must lie in (0, 1], got "
          + rollShare);
    }

    /** Cash: all of it reprices every year. */
    public static RateLinked cash() {
      return new RateLinked(1.0);
    }
  }

  /** A constant yield on value. */
  static IncomeModel constantYield() {
    return new ConstantYield();
  }
}
