package io.perennial.market;

import io.perennial.domain.AssetClass;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Perennial's forward-looking capital-market assumptions, {@value AssumptionSets#FORWARD}: each
 * class's expected return built from {@link BuildingBlocks} as of the end of 2025, the way
 * published long-term assumptions are made. {@code docs/assumptions.md} writes every figure out
 * with its blocks beside published figures; {@code ForwardAssumptionsDerivationTest}
 * (perennial-app) re-derives every data-based constant below from {@code ../shared/data}.
 *
 * <ul>
 *   <li><b>Equities</b>: dividend yield + net buybacks + real earnings growth + inflation +
 *       valuation. The valuation term assumes Shiller's CAPE returns to its long-run mean over
 *       {@value #CAPE_REVERSION_YEARS} years: (mean ÷ today)^(1/years) − 1.</li>
 *   <li><b>Bonds</b>: today's yield to maturity less expected credit losses (defaults after
 *       recoveries).</li>
 *   <li><b>Cash</b>: the bill rate of today, reverting in a straight line to the long-run real
 *       bill rate + inflation over {@value #BILL_REVERSION_YEARS} years, averaged over a
 *       {@value #HORIZON_YEARS}-year horizon.</li>
 *   <li><b>Volatility and correlations</b>: those of the historical set (1985–2018, the window
 *       every series has; one sample covariance, positive definite). The expected returns here are
 *       not sample means, so there is no window for them to disagree with.</li>
 * </ul>
 *
 * The blocks give a geometric (compound) return; the constant stores the arithmetic mean,
 * geometric + σ²/2, as the historical set does, because the engine averages years arithmetically.
 */
public final class ForwardAssumptions {

  private ForwardAssumptions() {}

  /** Inflation, as in the historical set: 2.5 % a year. */
  public static final double INFLATION = BuiltInAssumptions.INFLATION;

  /** Shiller CAPE of February 2025, the last month of {@code ie_data_tidy_2025-02.csv}. */
  public static final double CAPE_NOW = 37.97;
  /** Mean of Shiller's monthly CAPE, January 1928 – December 2024. */
  public static final double CAPE_MEAN = 19.04;
  /** Years over which the CAPE is assumed to return to its mean. */
  public static final int CAPE_REVERSION_YEARS = 20;
  /** Shiller real earnings per share, January 1928 – September 2024 (last month), compound yearly growth. */
  public static final double REAL_EARNINGS_GROWTH = 0.0238;
  /** S&amp;P 500 dividends of 2025 ÷ year-end 2025 level (Damodaran: 78.57 / 6845.5). */
  public static final double US_DIVIDEND_YIELD = 0.0115;
  /**
   * Net buybacks, judgement: S&amp;P 500 gross buybacks of about 2 % of market value less issuance
   * and option grants. Shiller's per-share earnings growth already contains the buybacks of the
   * past, so this block is kept small.
   */
  public static final double NET_BUYBACKS = 0.0050;
  /** 10-year Treasury yield, December 2025 (FRB H.15 monthly average). */
  public static final double TREASURY_10Y_YIELD = 0.0414;
  /**
   * The 3-month Treasury bill at the end of 2025: 3.56 %, the high rate of the last 13-week bill
   * auction of the year (22 December 2025), after the December rate cut. The 2025 average (4.21 %,
   * Damodaran) is a year of higher rates behind us: a cash holder earns today's rate, not last
   * year's. Cross-check: H.15's 6-month bill, December 2025 average, 3.53 % (FRED TB6MS).
   */
  public static final double BILL_RATE_NOW = 0.0356;
  /** Mean real 3-month T-bill return, 1928–2025 (Damodaran, deflated by its CPI column). */
  public static final double LONG_RUN_REAL_BILL = 0.0040;
  /** Years over which the bill rate reverts to its long-run level. */
  public static final int BILL_REVERSION_YEARS = 5;
  /** Horizon over which the cash return is averaged. */
  public static final int HORIZON_YEARS = 10;

  /** The valuation term of US equities: (CAPE mean ÷ CAPE now)^(1 / years) − 1. */
  public static double usValuation() {
    return Math.pow(CAPE_MEAN / CAPE_NOW, 1.0 / CAPE_REVERSION_YEARS) - 1.0;
  }

  /**
   * The bill rate averaged over {@link #HORIZON_YEARS}: the rate of year t (t = 0 … horizon − 1)
   * is long-run + (now − long-run) × max(0, 1 − t / {@link #BILL_REVERSION_YEARS}).
   */
  public static double averageBillRate() {
    double longRun = LONG_RUN_REAL_BILL + INFLATION;
    double sum = 0;
    for (int t = 0; t < HORIZON_YEARS; t++) {
      sum += longRun + (BILL_RATE_NOW - longRun) * Math.max(0.0, 1.0 - (double) t / BILL_REVERSION_YEARS);
    }
    return sum / HORIZON_YEARS;
  }

  /** The blocks of every class; see {@code docs/assumptions.md} for the judgement behind each. */
  public static BuildingBlocks blocks(AssetClass assetClass) {
    double v = usValuation();
    return switch (assetClass) {
      case US_STOCKS -> new BuildingBlocks(US_DIVIDEND_YIELD, NET_BUYBACKS, REAL_EARNINGS_GROWTH, INFLATION, v, 0);
      // higher payout, fewer buybacks and less retained to grow: real growth 1 point below the
      // market; cheaper than the market, so half its valuation term (judgement)
      case US_DIVIDEND_STOCKS -> new BuildingBlocks(0.0300, 0.0, REAL_EARNINGS_GROWTH - 0.0100, INFLATION, v / 2, 0);
      // the market's growth and buybacks with a higher yield than the index, full valuation term
      case US_DIVIDEND_GROWTH_STOCKS -> new BuildingBlocks(0.0170, NET_BUYBACKS, REAL_EARNINGS_GROWTH, INFLATION, v, 0);
      // no CAPE series outside the US in our sources; valuations near their own history: 0 (judgement)
      case INTL_DIVIDEND_STOCKS -> new BuildingBlocks(0.0400, 0.0, 0.0050, INFLATION, 0.0, 0);
      // REIT income has roughly kept pace with prices: real growth 0.5 (judgement), valuation 0
      case REITS -> new BuildingBlocks(0.0380, 0.0, 0.0050, INFLATION, 0.0, 0);
      // yield to maturity, no growth; the Treasury yield already includes inflation
      case INTERMEDIATE_TREASURIES -> new BuildingBlocks(TREASURY_10Y_YIELD, 0, 0, 0, 0, 0);
      // real yield 1.8 % (judgement, 5-10-year TIPS end-2025) + inflation
      case TIPS -> new BuildingBlocks(0.0180, 0, 0, INFLATION, 0, 0);
      // yield 5.0 %, losses 0.2 % a year (investment-grade default rates × loss given default)
      case CORPORATE_BONDS -> new BuildingBlocks(0.0500, 0, 0, 0, 0, 0.0020);
      case MUNICIPAL_BONDS -> new BuildingBlocks(0.0320, 0, 0, 0, 0, 0.0005);
      // yield 6.8 %, losses 2.4 % a year (4 % defaults × 60 % loss after recovery)
      case HIGH_YIELD_BONDS -> new BuildingBlocks(0.0680, 0, 0, 0, 0, 0.0240);
      case CASH -> new BuildingBlocks(averageBillRate(), 0, 0, 0, 0, 0);
      // net rent 4.5 % (judgement) + Damodaran home prices' real compound growth 1928-2025 1.1 %
      case RENTAL_REAL_ESTATE -> new BuildingBlocks(0.0450, 0, 0.0113, INFLATION, 0, 0);
      // yield 7 %, reserves deplete: income −2 % a year nominal (real growth = −2 % − inflation)
      case ROYALTIES -> new BuildingBlocks(0.0700, 0, -0.0200 - INFLATION, INFLATION, 0, 0);
    };
  }

  private static ClassAssumptions forward(AssetClass assetClass, String basis) {
    ClassAssumptions historical = BuiltInAssumptions.SET.of(assetClass);
    BuildingBlocks b = blocks(assetClass);
    double sigma = historical.volatility();
    double arithmetic = ReturnAverage.GEOMETRIC.toArithmetic(b.geometricReturn(), sigma);
    // TIPS funds distribute the inflation accrual: their income is the real coupon + inflation.
    double yield = assetClass == AssetClass.CASH ? BILL_RATE_NOW
        : assetClass == AssetClass.TIPS ? b.yield() + b.inflation() : b.yield();
    boolean fixedIncome = b.inflation() == 0 || assetClass == AssetClass.TIPS;
    double growth = fixedIncome ? historical.incomeGrowth() : b.incomeGrowth();
    return new ClassAssumptions(assetClass, yield, growth, arithmetic, ReturnAverage.ARITHMETIC, sigma,
        historical.incomeMix(), basis);
  }

  private static Map<AssetClass, ClassAssumptions> classes() {
    Map<AssetClass, ClassAssumptions> all = new EnumMap<>(AssetClass.class);
    for (AssetClass each : AssetClass.values()) {
      all.put(each, forward(each, basis(each)));
    }
    return all;
  }

  private static String basis(AssetClass assetClass) {
    return switch (assetClass) {
      case US_STOCKS, US_DIVIDEND_STOCKS, US_DIVIDEND_GROWTH_STOCKS ->
          "building blocks: yield + net buybacks + Shiller real EPS growth 1928-2024 + 2.5% + CAPE "
              + CAPE_NOW + " -> " + CAPE_MEAN + " over " + CAPE_REVERSION_YEARS + " years; volatility 1985-2018";
      case INTL_DIVIDEND_STOCKS, REITS, RENTAL_REAL_ESTATE, ROYALTIES ->
          "building blocks: yield + real growth (judgement) + 2.5%; volatility 1985-2018";
      case CASH -> "bill rate 2025 reverting to long-run real + 2.5% over " + BILL_REVERSION_YEARS
          + " years, averaged over " + HORIZON_YEARS + "; volatility 1985-2018";
      default -> "yield to maturity end-2025 less expected credit losses; volatility 1985-2018";
    };
  }

  /** The forward-looking set: every class, the historical correlations, as of 2025-12-31. */
  public static final CapitalMarketAssumptions SET = new CapitalMarketAssumptions(
      AssumptionSets.FORWARD,
      "building blocks from Shiller CAPE and earnings, FRB H.15, Damodaran 2025; volatility and "
          + "correlations as perennial-builtin-2026.1; see docs/assumptions.md",
      LocalDate.of(2025, 12, 31),
      INFLATION,
      classes(),
      BuiltInAssumptions.CORRELATIONS);
}
