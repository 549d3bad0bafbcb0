package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeMix;

/**
 * The capital-market assumptions for one asset class: what a holding of the class is expected to
 * pay and return, and how much its yearly return varies. All rates are decimal fractions per year,
 * nominal (0.035 = 3.5 %).
 *
 * @param assetClass the class described
 * @param yield expected income of the next twelve months ÷ price (forward yield), 0 to 1
 * @param incomeGrowth expected yearly nominal growth of the income per share (may be negative, as
 *     for a depleting royalty), −1 to 1
 * @param expectedReturn expected yearly nominal total return (price change plus income), averaged
 *     as {@code average} says, above −1 and at most 1
 * @param average whether {@code expectedReturn} is an arithmetic or a geometric mean
 * @param volatility standard deviation of the yearly nominal total return, 0 to 2
 * @param incomeMix how the distributions are taxed
 * @param basis one line for people on how the figures were made (series, window, judgement)
 */
public record ClassAssumptions(
    AssetClass assetClass,
    double yield,
    double incomeGrowth,
    double expectedReturn,
    ReturnAverage average,
    double volatility,
    IncomeMix incomeMix,
    String basis) {

  public ClassAssumptions {
    Checks.notNull(assetClass, "asset class");
    String of = " of " + assetClass.id();
    Checks.inRange(yield, 0.0, 1.0, "yield" + of);
    Checks.inRange(incomeGrowth, -1.0, 1.0, "income growth" + of);
    Checks.finite(expectedReturn, "expected return" + of);
    Checks.check(expectedReturn > -1.0 && expectedReturn <= 1.0,
        "expected return" + of + " must lie above -1 and at most 1, got " + expectedReturn);
    Checks.notNull(average, "return average" + of);
    Checks.inRange(volatility, 0.0, 2.0, "volatility" + of);
    Checks.notNull(incomeMix, "income mix" + of);
    basis = basis == null ? "" : basis;
  }

  /** The expected return as an arithmetic mean (converted with σ²/2 when stated geometric). */
  public double arithmeticReturn() {
    return average.toArithmetic(expectedReturn, volatility);
  }

  /** The expected return as a geometric mean (converted with σ²/2 when stated arithmetic). */
  public double geometricReturn() {
    return average.toGeometric(expectedReturn, volatility);
  }
}
