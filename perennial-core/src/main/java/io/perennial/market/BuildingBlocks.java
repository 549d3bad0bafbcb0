package io.perennial.market;

/**
 * The building blocks of a forward-looking expected return, each a fraction per year. The
 * expected geometric (compound) nominal return is their sum:
 * {@code income yield + net buybacks + real income growth + inflation + valuation − credit losses}.
 * Equities use all but credit losses; bonds use the yield to maturity less credit losses (real
 * growth, buybacks and valuation 0).
 *
 * @param yield the income yield (dividend yield, yield to maturity, bill rate averaged over the
 *     horizon)
 * @param netBuybacks shares bought back less shares issued, ÷ market value
 * @param realGrowth real growth of earnings (or income) per share
 * @param inflation the assumed inflation
 * @param valuation the yearly return from a change of valuation (CAPE mean reversion), may be negative
 * @param creditLoss expected yearly loss from defaults after recoveries
 */
public record BuildingBlocks(
    double yield, double netBuybacks, double realGrowth, double inflation, double valuation, double creditLoss) {

  /** The expected geometric nominal return: the sum of the blocks. */
  public double geometricReturn() {
    return yield + netBuybacks + realGrowth + inflation + valuation - creditLoss;
  }

  /** The expected nominal growth of income per share: real growth + buybacks + inflation. */
  public double incomeGrowth() {
    return realGrowth + netBuybacks + inflation;
  }
}
