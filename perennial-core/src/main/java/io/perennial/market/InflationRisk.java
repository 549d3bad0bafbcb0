package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.domain.AssetClass;
import java.util.EnumMap;
import java.util.Map;

/**
 * How yearly inflation varies and moves with the asset classes' returns, for the projection's
 * simulated inflation π_t = π̄ + φ (π_{t−1} − π̄) + σ √(1 − φ²) ε_t (see
 * {@code project.InflationAssumption}). Estimated over <b>1985–2018</b>, the window of the
 * classes' volatilities and correlations ({@link BuiltInAssumptions}), so that the inflation risk
 * and the return risk describe the same years; the mean π̄ stays the plan's (2.5 % by default).
 * {@code InflationRiskDerivationTest} (perennial-app) re-derives every figure from
 * {@code ../shared/data/simba/simba-2018.csv} (CPI-U column "Inflation"; see that folder's
 * PROVENANCE.md) and {@code ../shared/data/damodaran/annual_returns.csv}.
 *
 * <ul>
 *   <li><b>Volatility</b> 1.26 %: sample standard deviation (n − 1) of yearly CPI-U inflation
 *       1985–2018 (mean 2.61 %). The long-run 1928–2025 figure (3.9 %, Damodaran) is dominated by
 *       the 1940s and 1970s, which the 2.5 % mean does not assume either.</li>
 *   <li><b>Persistence</b> 0.27: lag-1 autocorrelation of the same years
 *       (Σ (π_t − π̄)(π_{t−1} − π̄) ÷ Σ (π_t − π̄)²).</li>
 *   <li><b>Correlations</b>: Pearson correlation of the inflation innovation
 *       u_t = π_t − π̄ − φ (π_{t−1} − π̄) (t = 1986…2018) with each class's yearly log return of the
 *       same year, on the class's series of {@link BuiltInAssumptions#CORRELATIONS}, rounded to two
 *       decimals (the estimator of {@code project.HistoricalMoments}). Nominal Treasuries lose when
 *       inflation surprises (−0.10); bills and energy royalties gain. TIPS: the correlation with
 *       their <em>real</em> return (0.05), because the projection adds each year's inflation to a
 *       TIPS fund's real return explicitly; their nominal return's correlation is 0.23.</li>
 * </ul>
 */
public final class InflationRisk {

  private InflationRisk() {}

  /** Standard deviation of yearly inflation, CPI-U 1985–2018. */
  public static final double VOLATILITY = 0.0126;
  /** Lag-1 autocorrelation of yearly inflation, CPI-U 1985–2018. */
  public static final double PERSISTENCE = 0.27;

  private static final Map<AssetClass, Double> CORRELATIONS = correlations();

  private static Map<AssetClass, Double> correlations() {
    Map<AssetClass, Double> all = new EnumMap<>(AssetClass.class);
    all.put(AssetClass.US_STOCKS, 0.13);
    all.put(AssetClass.US_DIVIDEND_STOCKS, 0.08);
    all.put(AssetClass.US_DIVIDEND_GROWTH_STOCKS, 0.11);
    all.put(AssetClass.INTL_DIVIDEND_STOCKS, 0.17);
    all.put(AssetClass.REITS, 0.00);
    all.put(AssetClass.INTERMEDIATE_TREASURIES, -0.10);
    all.put(AssetClass.TIPS, 0.05); // with the real return; the projection adds π_t itself
    all.put(AssetClass.CORPORATE_BONDS, 0.10);
    all.put(AssetClass.MUNICIPAL_BONDS, 0.09);
    all.put(AssetClass.HIGH_YIELD_BONDS, 0.07);
    all.put(AssetClass.CASH, 0.44);
    all.put(AssetClass.RENTAL_REAL_ESTATE, 0.10);
    all.put(AssetClass.ROYALTIES, 0.53);
    return all;
  }

  /** The correlation of the inflation shock with the yearly log return of {@code assetClass}. */
  public static double correlation(AssetClass assetClass) {
    return CORRELATIONS.get(Checks.notNull(assetClass, "asset class"));
  }

  /**
   * Whether the class's nominal return is its real return plus each year's inflation (TIPS: the
   * principal is indexed to the CPI).
   */
  public static boolean inflationLinked(AssetClass assetClass) {
    return assetClass == AssetClass.TIPS;
  }
}
