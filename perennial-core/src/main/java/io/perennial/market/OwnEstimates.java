package io.perennial.market;

import io.perennial.basics.Checks;
import java.util.OptionalDouble;

/**
 * The figures an asset carries itself, each optional; a missing one is inherited from the asset's
 * class. Rates are decimal fractions per year, nominal.
 *
 * @param yield forward yield, 0 to 1
 * @param incomeGrowth yearly growth of the income per share, −1 to 1
 * @param expectedReturn expected yearly total return, above −1 and at most 1, averaged as
 *     {@code average} says
 * @param average how {@code expectedReturn} is averaged
 * @param volatility standard deviation of the yearly total return, 0 to 2
 */
public record OwnEstimates(
    OptionalDouble yield,
    OptionalDouble incomeGrowth,
    OptionalDouble expectedReturn,
    ReturnAverage average,
    OptionalDouble volatility) {

  /** Nothing of its own: everything comes from the class. */
  public static final OwnEstimates NONE = new OwnEstimates(
      OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), ReturnAverage.ARITHMETIC,
      OptionalDouble.empty());

  public OwnEstimates {
    Checks.notNull(yield, "yield");
    Checks.notNull(incomeGrowth, "income growth");
    Checks.notNull(expectedReturn, "expected return");
    Checks.notNull(average, "return average");
    Checks.notNull(volatility, "volatility");
    yield.ifPresent(v -> Checks.inRange(v, 0.0, 1.0, "yield"));
    incomeGrowth.ifPresent(v -> Checks.inRange(v, -1.0, 1.0, "income growth"));
    expectedReturn.ifPresent(v -> Checks.check(Double.isFinite(v) && v > -1.0 && v <= 1.0,
        "expected return must lie above -1 and at most 1, got " + v));
    volatility.ifPresent(v -> Checks.inRange(v, 0.0, 2.0, "volatility"));
  }

  /** True when no figure is given. */
  public boolean isEmpty() {
    return yield.isEmpty() && incomeGrowth.isEmpty() && expectedReturn.isEmpty() && volatility.isEmpty();
  }

  /** True when every figure is given. */
  public boolean isComplete() {
    return yield.isPresent() && incomeGrowth.isPresent() && expectedReturn.isPresent() && volatility.isPresent();
  }
}
