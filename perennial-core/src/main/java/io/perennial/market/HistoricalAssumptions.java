package io.perennial.market;

import io.perennial.domain.AssetClass;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The historical set {@value #NAME} (alias {@code historical}): the long-run means of
 * {@link BuiltInAssumptions} with each class's <b>volatility measured over the same window as its
 * mean</b>. The older set {@code perennial-builtin-2026.1} paired a 1928–2025 mean with a 1985–2018
 * volatility: a century's average return with the risk of a calm third of it, which overstates the
 * compound (geometric) return a holder would have earned (US stocks 9.93 % there, 9.44 % here,
 * where the S&amp;P 500's 1928–2025 real compound return, 6.78 %, plus 2.5 % inflation is 9.45 %).
 *
 * <ul>
 *   <li><b>Anchors</b>: US stocks = Damodaran S&amp;P 500 1928–2025 (19.40 %); intermediate
 *       Treasuries = Simba ITT 1928–2018 (6.01 %); cash = Simba TBILL 1928–2018 (3.16 %) — the
 *       windows of their means.</li>
 *   <li><b>Classes extended through their anchor</b> (their means add their premium over the
 *       comparator to the anchor's mean): the volatility is scaled the same way, by ratio, the
 *       usual way to back-fill a short series from a long one: own volatility over its own window
 *       (first year to 2018) × anchor's long-run volatility ÷ the comparator's volatility over the
 *       same years (Simba LCB (500) for equity classes, Simba ITT for bond classes). A class that
 *       was 5 % calmer than the S&amp;P 500 in its window stays 5 % calmer over the century.</li>
 *   <li><b>Judgements, as in 2026.1</b>: rental real estate = REIT volatility × 0.6; royalties =
 *       Simba Energy extended like an equity class, and their expected return = yield + growth +
 *       volatility²/2 recomputed with it.</li>
 *   <li><b>Correlations</b>: 1985–2018 as in 2026.1, the only window every series has (one sample
 *       correlation matrix, positive definite); a covariance of long-window volatilities and those
 *       correlations, D·C·D, stays positive definite.</li>
 * </ul>
 *
 * Yields, income growth and income mixes are those of {@link BuiltInAssumptions}.
 * {@code BuiltInAssumptionsDerivationTest} (perennial-app) re-derives every volatility here from
 * the data files; {@code docs/assumptions.md} writes them out.
 */
public final class HistoricalAssumptions {

  private HistoricalAssumptions() {}

  /** The name of this set. */
  public static final String NAME = "perennial-historical-2026.2";

  /** Each class's volatility over the window of its mean, rounded to four decimals. */
  private static final Map<AssetClass, Double> VOLATILITY = volatilities();

  private static Map<AssetClass, Double> volatilities() {
    Map<AssetClass, Double> v = new EnumMap<>(AssetClass.class);
    v.put(AssetClass.US_STOCKS, 0.1940); // Damodaran S&P 500 1928-2025
    v.put(AssetClass.US_DIVIDEND_STOCKS, 0.1838); // High Dividends 1976-2018 / LCB x anchor
    v.put(AssetClass.US_DIVIDEND_GROWTH_STOCKS, 0.1657); // Dividend Growth 1985-2018 / LCB x anchor
    v.put(AssetClass.INTL_DIVIDEND_STOCKS, 0.2545); // Int'l Value 1970-2018 / LCB x anchor
    v.put(AssetClass.REITS, 0.1999); // REIT 1970-2018 / LCB x anchor
    v.put(AssetClass.INTERMEDIATE_TREASURIES, 0.0601); // Simba ITT 1928-2018
    v.put(AssetClass.TIPS, 0.0639); // TIPS 1985-2018 / ITT x anchor
    v.put(AssetClass.CORPORATE_BONDS, 0.0721); // IT Corp. 1970-2018 / ITT x anchor
    v.put(AssetClass.MUNICIPAL_BONDS, 0.0560); // IT Munis 1978-2018 / ITT x anchor
    v.put(AssetClass.HIGH_YIELD_BONDS, 0.0820); // Hi-Yield 1979-2018 / ITT x anchor
    v.put(AssetClass.CASH, 0.0316); // Simba TBILL 1928-2018
    v.put(AssetClass.RENTAL_REAL_ESTATE, 0.1199); // REIT (unrounded 0.19987) x 0.6
    v.put(AssetClass.ROYALTIES, 0.2433); // Energy 1985-2018 / LCB x anchor
    return v;
  }

  /** The historical set, as of 2025-12-31. */
  public static final CapitalMarketAssumptions SET = new CapitalMarketAssumptions(
      NAME,
      "means as perennial-builtin-2026.1 (Damodaran 1928-2025, Simba 1871-2018); volatilities over the "
          + "windows of the means; correlations 1985-2018; see docs/assumptions.md",
      LocalDate.of(2025, 12, 31),
      BuiltInAssumptions.INFLATION,
      classes(),
      BuiltInAssumptions.CORRELATIONS);

  private static Map<AssetClass, ClassAssumptions> classes() {
    Map<AssetClass, ClassAssumptions> all = new EnumMap<>(AssetClass.class);
    for (AssetClass each : AssetClass.values()) {
      ClassAssumptions base = BuiltInAssumptions.SET.of(each);
      double sigma = VOLATILITY.get(each);
      double expected = each == AssetClass.ROYALTIES
          ? base.yield() + base.incomeGrowth() + sigma * sigma / 2 // Gordon + sigma^2/2, as in 2026.1
          : base.expectedReturn();
      all.put(each, new ClassAssumptions(each, base.yield(), base.incomeGrowth(), expected, base.average(), sigma,
          base.incomeMix(), base.basis().replace("volatility 1985-2018", "volatility over the mean's window")
              .replace("volatility and correlations of Simba Energy (VGENX) 1985-2018",
                  "volatility of Simba Energy (VGENX) 1985-2018 extended to 1928-2025; its correlations 1985-2018")));
    }
    return all;
  }
}
