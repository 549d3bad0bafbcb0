package io.perennial.market;

import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Perennial's built-in capital-market assumptions, one constant per {@link AssetClass}, and the
 * set {@link #SET} that holds them all. The engine needs no data file: the figures were derived
 * once from long-run histories and are written here; {@code docs/assumptions.md} has the full
 * table and method, and {@code BuiltInAssumptionsDerivationTest} (perennial-app) re-derives every
 * historical figure from the data files and checks it against these constants.
 *
 * <h2>Method (the same for every class unless its constant says otherwise)</h2>
 *
 * <ul>
 *   <li><b>Expected return</b>: arithmetic mean, nominal, = (1 + long-run mean real return) ×
 *       (1 + {@link #INFLATION}) − 1. Real returns are yearly nominal total returns deflated by the
 *       CPI column of the same source: (1 + r) / (1 + inflation) − 1. Long-run means: US stocks =
 *       Damodaran S&amp;P 500 1928–2025 (<b>equity anchor</b>); intermediate Treasuries = Simba ITT
 *       (VFITX) 1928–2018 (<b>bond anchor</b>); cash = Simba TBILL 1928–2018. A class whose series
 *       starts later is extended through its anchor: its mean real return over its own window
 *       (first year of its series to 2018) minus the mean real return of the comparator series
 *       over the same years (Simba LCB (500) for equity classes, Simba ITT for bond classes) is
 *       added to the anchor's long-run mean. This keeps a short bull-market window from setting
 *       the level, while keeping the class's measured premium.</li>
 *   <li><b>Volatility and correlations</b>: sample standard deviation (n − 1) and Pearson
 *       correlation of yearly nominal total returns over the common window <b>1985–2018</b>, the
 *       years every series has (34 years). The covariance is thus one sample covariance, positive
 *       definite (smallest eigenvalue of the rounded correlation matrix 0.019).</li>
 *   <li><b>Yield</b>: forward-looking, as of the end of 2025: data where the sources have it
 *       (S&amp;P 500 dividend yield, Treasury yields, T-bill rate), otherwise judgement stated in
 *       the constant, with the 2017–2020 trailing yields of representative funds as evidence.</li>
 *   <li><b>Income growth</b>: stocks: Shiller's real dividend growth Jan 1928 – Jan 2023 plus
 *       {@link #INFLATION}; others: judgement stated in the constant.</li>
 *   <li><b>Income mix</b>: judgement from the typical tax character of the class's funds.</li>
 * </ul>
 *
 * Constants are rounded to four decimals (correlations to two). Sources: A. Damodaran, Historical
 * Returns on Stocks, Bonds and Bills 1928–2025 (NYU Stern, Jan 2026); Simba's backtesting
 * spreadsheet (Bogleheads, 2018 edition); R. Shiller, US stock market data (Yale); Federal
 * Reserve H.15 10-year yield.
 */
public final class BuiltInAssumptions {

  private BuiltInAssumptions() {}

  /**
   * The inflation behind every nominal figure: 2.5 % a year. Judgement: between the Federal
   * Reserve's 2 % target and the 1985–2018 CPI-U average of 2.6 %; the long-run 1928–2025 average
   * (3.1 %) includes the 1940s and 1970s, which we do not assume will repeat.
   */
  public static final double INFLATION = 0.025;

  private static final IncomeMix EQUITY_MIX = mix(
      IncomeCharacter.QUALIFIED_DIVIDEND, 0.95, IncomeCharacter.ORDINARY_DIVIDEND, 0.05);

  /**
   * US broad stocks (S&amp;P 500 / total market). Expected return 11.32 %: Damodaran S&amp;P 500
   * total return 1928–2025, mean real 8.61 %, + 2.5 % inflation (equity anchor). Volatility
   * 16.68 %: same series 1985–2018. Yield 1.15 %: Damodaran, S&amp;P 500 dividends of 2025 ÷
   * year-end 2025 level (78.57 / 6845.5; the sheet's own "dividend yield" column, 1.34 %, divides by
   * the level at the start of the year). Income growth 4.25 %: Shiller real dividends per share
   * (dividend ÷ CPI) grew 1.71 % a year Jan 1928 – Jan 2023, + 2.5 % inflation. Mix: 95 %
   * qualified, 5 % ordinary (REITs and short holding periods inside the index), judgement.
   */
  public static final ClassAssumptions US_STOCKS = new ClassAssumptions(
      AssetClass.US_STOCKS, 0.0115, 0.0425, 0.1132, ReturnAverage.ARITHMETIC, 0.1668, EQUITY_MIX,
      "Damodaran S&P 500 1928-2025 real mean + 2.5% inflation; volatility 1985-2018; yield end-2025; "
          + "Shiller dividend growth 1928-2023");

  /**
   * US high-dividend stocks (VYM, SCHD, DVY). Expected return 12.24 %: Simba High Dividends
   * (VHDYX) 1976–2018 beat Simba LCB (500) by 0.89 % a year in real terms; equity anchor 8.61 % +
   * 0.89 % = 9.50 % real, + 2.5 % inflation. Volatility 15.90 %: VHDYX 1985–2018. Yield 3.00 %:
   * judgement; VYM and SCHD averaged 3.10 % and 2.96 % trailing yields in 2017–2020 (calendar-year
   * distributions ÷ year-end price) when SPY averaged 1.78 %. Income growth 4.25 %: as US stocks
   * (judgement: no separate long history). Mix: 95 % qualified, 5 % ordinary.
   */
  public static final ClassAssumptions US_DIVIDEND_STOCKS = new ClassAssumptions(
      AssetClass.US_DIVIDEND_STOCKS, 0.0300, 0.0425, 0.1224, ReturnAverage.ARITHMETIC, 0.1590, EQUITY_MIX,
      "Simba High Dividends 1976-2018 premium over LCB added to the equity anchor; volatility 1985-2018; "
          + "yield judgement (VYM/SCHD 2017-2020 ~3%)");

  /**
   * US dividend-growth stocks (VIG, DGRO, NOBL). Expected return 12.34 %: Simba Dividend Growth
   * (VDAIX) 1985–2018 beat LCB (500) by 1.00 % a year real; 8.61 % + 1.00 % = 9.60 % real, + 2.5 %.
   * Volatility 14.36 %: VDAIX 1985–2018. Yield 1.70 %: judgement; VIG's 2017–2020 trailing yield
   * averaged 1.83 %, close to SPY's, and the S&amp;P's has fallen since (1.15 % at the end of 2025). Income growth 6.25 %:
   * market dividend growth 4.25 % + 2 points, judgement (the index selects companies with long
   * records of raising dividends; such records persist only in part). Mix: 98 % qualified, 2 %
   * ordinary (the index excludes REITs).
   */
  public static final ClassAssumptions US_DIVIDEND_GROWTH_STOCKS = new ClassAssumptions(
      AssetClass.US_DIVIDEND_GROWTH_STOCKS, 0.0170, 0.0625, 0.1234, ReturnAverage.ARITHMETIC, 0.1436,
      mix(IncomeCharacter.QUALIFIED_DIVIDEND, 0.98, IncomeCharacter.ORDINARY_DIVIDEND, 0.02),
      "Simba Dividend Growth 1985-2018 premium over LCB added to the equity anchor; volatility 1985-2018; "
          + "growth = market + 2 points (judgement)");

  /**
   * International dividend stocks (VYMI, IDV, SCHY). Proxy series: Simba Int'l Value (EFV, MSCI
   * EAFE Value, in US dollars), judgement: international dividend indices are value-tilted.
   * Expected return 11.29 %: EFV 1970–2018 trailed LCB (500) by 0.04 % a year real; 8.61 % − 0.04 %
   * = 8.57 % real, + 2.5 %. Volatility 23.60 %: EFV 1985–2018 (includes currency swings). Yield
   * 4.00 %: judgement between VYMI-like broad funds (about 3.5–4 %) and IDV (5.27 % average
   * trailing yield 2017–2020). Income growth 2.50 %: inflation only, judgement (no real growth of
   * dividends in dollars assumed). Mix: 70 % qualified, 30 % ordinary (dividends of companies in
   * countries without a US tax treaty, and short holding periods, are not qualified).
   */
  public static final ClassAssumptions INTL_DIVIDEND_STOCKS = new ClassAssumptions(
      AssetClass.INTL_DIVIDEND_STOCKS, 0.0400, 0.0250, 0.1129, ReturnAverage.ARITHMETIC, 0.2360,
      mix(IncomeCharacter.QUALIFIED_DIVIDEND, 0.70, IncomeCharacter.ORDINARY_DIVIDEND, 0.30),
      "proxy Simba Int'l Value (EFV) 1970-2018 premium over LCB added to the equity anchor; volatility "
          + "1985-2018; yield judgement");

  /**
   * Listed REITs (VNQ, SCHH). Expected return 12.34 %: Simba REIT (VGSIX) 1970–2018 beat LCB (500)
   * by 0.99 % a year real; 8.61 % + 0.99 % = 9.60 % real, + 2.5 %. Volatility 17.32 %: VGSIX
   * 1985–2018. Yield 3.80 %: judgement; VNQ's trailing yield averaged 4.07 % in 2017–2020.
   * Income growth 2.50 %: inflation, judgement (REIT dividends have roughly kept pace with prices
   * over long periods). Mix: 75 % REIT dividends (§199A), 15 % return of capital, 5 % capital-gain
   * distributions, 5 % qualified (typical VNQ year), judgement.
   */
  public static final ClassAssumptions REITS = new ClassAssumptions(
      AssetClass.REITS, 0.0380, 0.0250, 0.1234, ReturnAverage.ARITHMETIC, 0.1732,
      new IncomeMix(Map.of(
          IncomeCharacter.REIT_DIVIDEND, 0.75,
          IncomeCharacter.RETURN_OF_CAPITAL, 0.15,
          IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION, 0.05,
          IncomeCharacter.QUALIFIED_DIVIDEND, 0.05)),
      "Simba REIT (VGSIX) 1970-2018 premium over LCB added to the equity anchor; volatility 1985-2018; "
          + "yield judgement (VNQ 2017-2020 ~4%)");

  /**
   * Intermediate Treasuries (VGIT, IEF, SCHR). Expected return 4.71 %: Simba ITT (VFITX)
   * 1928–2018 mean real 2.15 % (bond anchor), + 2.5 %. Volatility 7.00 %: ITT 1985–2018. Yield
   * 4.14 %: the 10-year Treasury yield of December 2025 (H.15 monthly average), used for the
   * whole intermediate segment (5–7-year yields were a little lower). Income growth 0: coupons are
   * fixed; a fund's income follows rates up or down. Mix: all Treasury interest (state-exempt).
   */
  public static final ClassAssumptions INTERMEDIATE_TREASURIES = new ClassAssumptions(
      AssetClass.INTERMEDIATE_TREASURIES, 0.0414, 0.0, 0.0471, ReturnAverage.ARITHMETIC, 0.0700,
      IncomeMix.of(IncomeCharacter.TREASURY_INTEREST),
      "Simba ITT 1928-2018 real mean + 2.5% inflation (bond anchor); volatility 1985-2018; yield = 10-year "
          + "Treasury Dec 2025");

  /**
   * TIPS (VTIP, SCHP, TIP). Expected return 4.61 %: Simba TIPS (VIPSX) 1985–2018 trailed ITT by
   * 0.09 % a year real; bond anchor 2.15 % − 0.09 % = 2.06 % real, + 2.5 %. Volatility 7.44 %:
   * VIPSX 1985–2018. Yield 4.30 %: the real coupon 1.80 % (judgement, the real yield of 5–10-year
   * TIPS at the end of 2025, about 1.5–2 %) plus the {@link #INFLATION} accrual of 2.5 %, because
   * TIPS funds distribute the accrual as income (VTIP, SCHP and TIP pay it out monthly or
   * quarterly); the projection pays the real coupon plus each simulated year's inflation. Income
   * growth 0: a fund that pays out its accrual keeps a flat price, so its income per share follows
   * inflation year by year but does not compound with it. Mix: all Treasury interest.
   */
  public static final ClassAssumptions TIPS = new ClassAssumptions(
      AssetClass.TIPS, 0.0430, 0.0, 0.0461, ReturnAverage.ARITHMETIC, 0.0744,
      IncomeMix.of(IncomeCharacter.TREASURY_INTEREST),
      "Simba TIPS (VIPSX) 1985-2018 premium over ITT added to the bond anchor; volatility 1985-2018; "
          + "real yield judgement + 2.5% inflation accrual, distributed");

  /**
   * Investment-grade corporate bonds, intermediate (VCIT, LQD). Expected return 5.59 %: Simba IT
   * Corp (VCIT) 1970–2018 beat ITT by 0.86 % a year real; 2.15 % + 0.86 % = 3.02 % real, + 2.5 %.
   * Volatility 7.34 %: IT Corp 1985–2018. Yield 5.00 %: judgement; Moody's Aaa and Baa yields
   * were 5.31 % and 5.87 % at the end of 2025 (Damodaran) for long maturities, the intermediate
   * segment a little lower. Income growth 0. Mix: all taxable interest.
   */
  public static final ClassAssumptions CORPORATE_BONDS = new ClassAssumptions(
      AssetClass.CORPORATE_BONDS, 0.0500, 0.0, 0.0559, ReturnAverage.ARITHMETIC, 0.0734,
      IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST),
      "Simba IT Corp 1970-2018 premium over ITT added to the bond anchor; volatility 1985-2018; yield "
          + "judgement (Aaa 5.31%, Baa 5.87% end-2025)");

  /**
   * Municipal bonds, intermediate (VTEB, MUB, VWITX). Expected return 3.16 % (before tax; the
   * interest is federally exempt): Simba IT Munis (VWITX) 1978–2018 trailed ITT by 1.51 % a year
   * real; 2.15 % − 1.51 % = 0.64 % real, + 2.5 %. Volatility 4.90 %: VWITX 1985–2018. Yield
   * 3.20 %: judgement, about 0.78 × the 10-year Treasury yield (a typical muni/Treasury ratio).
   * Income growth 0. Mix: all muni interest.
   */
  public static final ClassAssumptions MUNICIPAL_BONDS = new ClassAssumptions(
      AssetClass.MUNICIPAL_BONDS, 0.0320, 0.0, 0.0316, ReturnAverage.ARITHMETIC, 0.0490,
      IncomeMix.of(IncomeCharacter.MUNI_INTEREST),
      "Simba IT Munis 1978-2018 premium over ITT added to the bond anchor; volatility 1985-2018; yield "
          + "judgement (~0.78 x Treasury)");

  /**
   * High-yield corporate bonds (VWEHX, HYG, JNK). Expected return 5.98 %: Simba Hi-Yield Corp.
   * (VWEHX) 1979–2018 beat ITT by 1.24 % a year real after defaults; 2.15 % + 1.24 % = 3.39 % real,
   * + 2.5 %. It lies below the yield because defaults and calls erode principal. Volatility
   * 10.79 %: VWEHX 1985–2018. Yield 6.80 %: judgement, the 10-year Treasury plus a spread of about
   * 2.7 points at the end of 2025 (HYG's trailing yield averaged 5.13 % in 2017–2020, when rates
   * were lower). Income growth 0. Mix: all taxable interest.
   */
  public static final ClassAssumptions HIGH_YIELD_BONDS = new ClassAssumptions(
      AssetClass.HIGH_YIELD_BONDS, 0.0680, 0.0, 0.0598, ReturnAverage.ARITHMETIC, 0.1079,
      IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST),
      "Simba Hi-Yield Corp 1979-2018 premium over ITT added to the bond anchor; volatility 1985-2018; "
          + "yield judgement (Treasury + 2.7)");

  /**
   * Cash (money market, T-bills, bank deposits). Expected return 3.05 %: Simba TBILL (VUSXX)
   * 1928–2018 mean real 0.54 %, + 2.5 % (a long-run figure: the yield is today's). Volatility
   * 2.63 %: TBILL 1985–2018 (the variation of the yearly rate, not a risk of loss). Yield 4.21 %:
   * Damodaran's 2025 average 3-month T-bill rate. Income growth 0. Mix: all taxable interest (a
   * Treasury-only money fund would be Treasury interest: give the asset its own mix).
   */
  public static final ClassAssumptions CASH = new ClassAssumptions(
      AssetClass.CASH, 0.0421, 0.0, 0.0305, ReturnAverage.ARITHMETIC, 0.0263,
      IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST),
      "Simba TBILL 1928-2018 real mean + 2.5% inflation; volatility 1985-2018; yield = 2025 average "
          + "3-month T-bill (Damodaran)");

  /**
   * Rental real estate, unlevered (a property owned outright). Expected return 8.28 % = price
   * appreciation 3.78 % + net rental yield 4.50 %. Appreciation: Damodaran real estate
   * (Shiller/Case-Shiller US home prices, price only) 1928–2025 mean real 1.25 %, + 2.5 %. Net
   * rental yield 4.50 %: judgement, rent less taxes, insurance, upkeep, vacancy and management,
   * ÷ value, typical of US single-family rentals. Volatility 10.39 %: judgement, REIT volatility
   * (17.32 %) × 0.6 to remove typical REIT leverage (about 40 % debt); the home-price index itself
   * (5.59 % in 1985–2018) is a smoothed average of many houses and understates the risk of one
   * property. Correlations: those of the home-price index 1985–2018. Income growth 2.50 %: rents
   * follow inflation, judgement. Mix: all net rental income.
   */
  public static final ClassAssumptions RENTAL_REAL_ESTATE = new ClassAssumptions(
      AssetClass.RENTAL_REAL_ESTATE, 0.0450, 0.0250, 0.0828, ReturnAverage.ARITHMETIC, 0.1039,
      IncomeMix.of(IncomeCharacter.RENTAL_NET_INCOME),
      "Damodaran home prices 1928-2025 real mean + 2.5% + 4.5% net rent (judgement); volatility = REIT x 0.6 "
          + "(judgement); correlations of the home-price index");

  /**
   * Royalties (oil and gas royalty trusts, mineral rights, music and other IP). No long history in
   * our sources: judgement throughout. Yield 7.00 % and income growth −2.00 % (the underlying
   * reserves or catalogue deplete). Expected return 7.22 % (arithmetic) = yield + growth (the
   * Gordon growth model, a geometric figure, 5.00 %) + volatility² / 2. Volatility 21.09 % and
   * correlations: those of Simba Energy (VGENX) 1985–2018, judgement (most listed royalties are
   * energy royalties). Mix: all royalty income.
   */
  public static final ClassAssumptions ROYALTIES = new ClassAssumptions(
      AssetClass.ROYALTIES, 0.0700, -0.0200, 0.0722, ReturnAverage.ARITHMETIC, 0.2109,
      IncomeMix.of(IncomeCharacter.ROYALTY),
      "judgement: yield 7%, depletion -2%/yr, return = yield + growth + vol^2/2; volatility and correlations "
          + "of Simba Energy (VGENX) 1985-2018");

  /**
   * Correlations of yearly nominal total returns, 1985–2018, rows and columns in
   * {@link AssetClass} order: us-stocks (Damodaran S&amp;P 500), us-dividend-stocks (Simba High
   * Dividends), us-dividend-growth-stocks (Simba Dividend Growth), intl-dividend-stocks (Simba
   * Int'l Value), reits (Simba REIT), intermediate-treasuries (Simba ITT), tips (Simba TIPS),
   * corporate-bonds (Simba IT Corp.), municipal-bonds (Simba IT Munis), high-yield-bonds (Simba
   * Hi-Yield Corp. Bd), cash (Simba TBILL), rental-real-estate (Damodaran real estate),
   * royalties (Simba Energy). Sample Pearson correlations rounded to two decimals; positive
   * definite (smallest eigenvalue 0.019).
   */
  public static final ClassCorrelations CORRELATIONS = ClassCorrelations.of(new double[][] {
      {1.00, 0.90, 0.86, 0.66, 0.47, 0.02, 0.20, 0.48, 0.32, 0.68, 0.18, 0.23, 0.45}, // us-stocks
      {0.90, 1.00, 0.94, 0.62, 0.59, 0.26, 0.37, 0.63, 0.51, 0.67, 0.23, 0.26, 0.50}, // us-dividend-stocks
      {0.86, 0.94, 1.00, 0.53, 0.58, 0.28, 0.38, 0.65, 0.50, 0.66, 0.31, 0.23, 0.45}, // us-dividend-growth-stocks
      {0.66, 0.62, 0.53, 1.00, 0.43, 0.03, 0.27, 0.41, 0.36, 0.62, 0.20, 0.44, 0.50}, // intl-dividend-stocks
      {0.47, 0.59, 0.58, 0.43, 1.00, 0.02, 0.31, 0.51, 0.38, 0.69, -0.09, 0.28, 0.50}, // reits
      {0.02, 0.26, 0.28, 0.03, 0.02, 1.00, 0.79, 0.65, 0.77, 0.15, 0.50, -0.16, -0.05}, // intermediate-treasuries
      {0.20, 0.37, 0.38, 0.27, 0.31, 0.79, 1.00, 0.86, 0.86, 0.51, 0.36, -0.01, 0.31}, // tips
      {0.48, 0.63, 0.65, 0.41, 0.51, 0.65, 0.86, 1.00, 0.88, 0.77, 0.28, 0.02, 0.31}, // corporate-bonds
      {0.32, 0.51, 0.50, 0.36, 0.38, 0.77, 0.86, 0.88, 1.00, 0.58, 0.43, 0.00, 0.16}, // municipal-bonds
      {0.68, 0.67, 0.66, 0.62, 0.69, 0.15, 0.51, 0.77, 0.58, 1.00, -0.01, 0.07, 0.44}, // high-yield-bonds
      {0.18, 0.23, 0.31, 0.20, -0.09, 0.50, 0.36, 0.28, 0.43, -0.01, 1.00, 0.05, 0.19}, // cash
      {0.23, 0.26, 0.23, 0.44, 0.28, -0.16, -0.01, 0.02, 0.00, 0.07, 0.05, 1.00, 0.31}, // rental-real-estate
      {0.45, 0.50, 0.45, 0.50, 0.50, -0.05, 0.31, 0.31, 0.16, 0.44, 0.19, 0.31, 1.00}, // royalties
  });

  /** The built-in set: every class above, the correlations, as of 2025-12-31. */
  public static final CapitalMarketAssumptions SET = new CapitalMarketAssumptions(
      "perennial-builtin-2026.1",
      "Damodaran 1928-2025 (Jan 2026), Simba/Bogleheads 1871-2018, Shiller, FRB H.15; see docs/assumptions.md",
      LocalDate.of(2025, 12, 31),
      INFLATION,
      classes(),
      CORRELATIONS);

  private static Map<AssetClass, ClassAssumptions> classes() {
    Map<AssetClass, ClassAssumptions> all = new EnumMap<>(AssetClass.class);
    for (ClassAssumptions each : new ClassAssumptions[] {
        US_STOCKS, US_DIVIDEND_STOCKS, US_DIVIDEND_GROWTH_STOCKS, INTL_DIVIDEND_STOCKS, REITS,
        INTERMEDIATE_TREASURIES, TIPS, CORPORATE_BONDS, MUNICIPAL_BONDS, HIGH_YIELD_BONDS, CASH,
        RENTAL_REAL_ESTATE, ROYALTIES}) {
      all.put(each.assetClass(), each);
    }
    return all;
  }

  private static IncomeMix mix(IncomeCharacter a, double shareA, IncomeCharacter b, double shareB) {
    return new IncomeMix(Map.of(a, shareA, b, shareB));
  }
}
