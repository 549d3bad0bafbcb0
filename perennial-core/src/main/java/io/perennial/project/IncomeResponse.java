package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * How an asset's income per share reacts to the previous year's return: the log growth of the
 * income paid in year t+1 over year t is
 *
 * <pre>
 *   g = γ + downside · min(x, 0) + upside · max(x, 0) + yieldReversion · 2 (y₀ − y_t) / (y₀ + y_t),
 *   x = ln(1 + R_t) − m
 * </pre>
 *
 * where {@code R_t} is the asset's total return in year t, {@code m} the expected log return of
 * its return source, y_t the yield on value at the payment of year t and y₀ the starting yield,
 * and {@code γ} is chosen so that the expected growth (without the reversion term) equals the
 * asset's assumed income growth (see {@link IncomeModel.DividendGrowth}). A year well below
 * expectations cuts the next year's income; a good year raises it only a little.
 *
 * <p>The reversion term (2 (y₀ − y)/(y₀ + y) is the [1/1] Padé form of ln(y₀/y): as symmetric in
 * log terms, bounded by ±2, and free of a logarithm per simulated year) keeps the yield on value
 * from wandering off: with independent yearly
 * returns and income that follows them only partly, log yield is otherwise a random walk that
 * drifts upward (a high yield pays out more of the return, so the price grows more slowly while
 * the income keeps growing). In the market the yield comes back mostly through prices (a high
 * yield foretells high returns), which independent returns cannot do; this term stands in for it.
 * It is a modelling choice, not an estimate.
 *
 * @param downside response to a shortfall of the log return below its expectation, ≥ 0 (unitless)
 * @param upside response to an excess of the log return above its expectation, ≥ 0 (unitless)
 * @param yieldReversion share of the log gap between the starting and the current yield closed
 *     by income growth each year, in [0, 1]
 */
public record IncomeResponse(double downside, double upside, double yieldReversion) {

  /**
   * US equity dividends, fitted on Shiller's monthly S&amp;P Composite data
   * ({@code shared/data/shiller/data.csv}, 1871–2022). Derivation (reproduced by
   * {@code EquityDividendCalibrationTest} in perennial-app): take each December's annualised
   * trailing dividend D and price P; the year's log total return is r_t = ln((P_t + D_t)/P_{t−1})
   * and the dividend's log growth is g_t = ln(D_t/D_{t−1}). Ordinary least squares over
   * t = 1873…2022 (150 years) of
   *
   * <pre>
   *   g_t = c + b₋ · min(r_{t−1} − r̄, 0) + b₊ · max(r_{t−1} − r̄, 0)     (r̄ = 0.0879, sd 0.171)
   * </pre>
   *
   * gives c = 0.076 (s.e. 0.013), b₋ = 0.659 (s.e. 0.074), b₊ = 0.069 (s.e. 0.103), R² = 0.43,
   * residual sd 0.093 (not simulated). The same-year return adds nothing (coefficient 0.04,
   * s.e. 0.05): dividends follow the market with a one-year lag, so the income paid in a year is
   * known at its start. Since 1927 alone: b₋ = 0.63, b₊ = −0.12 (s.e. 0.12). Rounded to two
   * places: downside 0.66, upside 0.07.
   *
   * <p>The yield reversion is set to 0.10 (a small gap closes by about a tenth a year). It is not
   * fitted: in Shiller's data a high yield is followed by slightly lower, not higher, dividend
   * growth (coefficient −0.05 on the log yield), because the yield comes back through prices.
   *
   * <p>Replayed over Damodaran's S&amp;P 500 returns from a 4 % yield (income per share, nominal,
   * checked by {@code HistoricalIncomeCutsTest}): 1930 → 1933 −45 % (Shiller's dividends −55 %),
   * 2008 → 2009 −25 % (Shiller −21 %).
   */
  public static final IncomeResponse US_EQUITY_DIVIDENDS = new IncomeResponse(0.66, 0.07, 0.10);

  /** Income that does not react to returns (grows at its assumed rate every year). */
  public static final IncomeResponse NONE = new IncomeResponse(0.0, 0.0, 0.0);

  /**
   * Long-run nominal growth of US equity dividends per share in Shiller's data (December to
   * December, 1871–2022): mean log growth 0.0368, i.e. e^0.0368 − 1 = 3.74 % a year (the default
   * income growth of the dividend model).
   */
  public static final double US_EQUITY_DIVIDEND_GROWTH = 0.0374;

  public IncomeResponse {
    Checks.inRange(downside, 0.0, 5.0, "income response to a shortfall (downside)");
    Checks.inRange(upside, 0.0, 5.0, "income response to an excess (upside)");
    Checks.inRange(yieldReversion, 0.0, 1.0, "yield reversion of income");
  }
}
