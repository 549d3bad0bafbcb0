package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.domain.AssetClass;

/**
 * How the short-term rate moves in the projection, and how fast each class's income follows it:
 * the bill rate starts at the set's cash yield (today's bill rate) and reverts toward
 * {@link ForwardAssumptions#LONG_RUN_REAL_BILL} + the set's inflation as an AR(1) path
 * ({@code project.RateAssumption}); cash and nominal bond funds reprice a share 1 / duration of
 * themselves each year to their yield moved by the bill rate ({@code project.IncomeModel.RateLinked}).
 *
 * <ul>
 *   <li><b>Volatility</b> 2.63 % and <b>persistence</b> 0.85: sample standard deviation and lag-1
 *       autocorrelation of Simba's TBILL (VUSXX) yearly returns 1985–2018 (a bill's yearly return
 *       is the bill rate), the window of the class volatilities; re-derived by
 *       {@code InflationRiskDerivationTest} (perennial-app) from {@code ../shared/data/simba/simba-2018.csv}.
 *       The yearly innovation is 2.63 % × √(1 − 0.85²) = 1.39 %; the sample's yearly changes had a
 *       standard deviation of 1.23 %.</li>
 *   <li><b>Durations</b> (judgement, typical index funds at the end of 2025): intermediate
 *       Treasuries 5 years (VGIT 5.0–5.8, BND 5.8), investment-grade corporates 6 (VCIT 6.1), munis
 *       5 (VTEB 5.5–6), high yield 3 (HYG 3.0–3.5), cash 1 (reprices every year). TIPS keep their
 *       real coupon (their income follows inflation instead, {@link InflationRisk}).</li>
 * </ul>
 */
public final class RateRisk {

  private RateRisk() {}

  /** Standard deviation of the bill rate, Simba TBILL 1985–2018. */
  public static final double VOLATILITY = 0.0263;
  /** Lag-1 autocorrelation of the bill rate, Simba TBILL 1985–2018. */
  public static final double PERSISTENCE = 0.85;

  /** The long-run bill rate of a set: the long-run real bill rate + the set's inflation. */
  public static double longRun(CapitalMarketAssumptions assumptions) {
    return ForwardAssumptions.LONG_RUN_REAL_BILL + Checks.notNull(assumptions, "assumptions").inflation();
  }

  /** The duration in years of a class whose income follows the bill rate, or 0 when it does not. */
  public static double duration(AssetClass assetClass) {
    return switch (Checks.notNull(assetClass, "asset class")) {
      case INTERMEDIATE_TREASURIES, MUNICIPAL_BONDS -> 5.0;
      case CORPORATE_BONDS -> 6.0;
      case HIGH_YIELD_BONDS -> 3.0;
      case CASH -> 1.0;
      default -> 0.0;
    };
  }
}
