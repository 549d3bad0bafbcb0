package io.perennial.market;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeMix;

/**
 * The figures used for one asset: its own where it has them, its class's otherwise. Rates are
 * decimal fractions per year, nominal; the expected return is always an arithmetic mean here.
 *
 * @param asset the asset
 * @param assetClass its class (whose correlations it takes)
 * @param yield forward yield
 * @param incomeGrowth yearly growth of the income per share
 * @param expectedReturn expected yearly total return, arithmetic mean
 * @param volatility standard deviation of the yearly total return
 * @param incomeMix how its distributions are taxed
 * @param source whether the figures are the class's, the asset's own, or a mix
 */
public record AssetEstimate(
    AssetId asset,
    AssetClass assetClass,
    double yield,
    double incomeGrowth,
    double expectedReturn,
    double volatility,
    IncomeMix incomeMix,
    EstimateSource source) {

  public AssetEstimate {
    Checks.notNull(asset, "asset");
    Checks.notNull(assetClass, "asset class");
    Checks.inRange(yield, 0.0, 1.0, "yield of " + asset);
    Checks.inRange(incomeGrowth, -1.0, 1.0, "income growth of " + asset);
    Checks.finite(expectedReturn, "expected return of " + asset);
    Checks.inRange(volatility, 0.0, 2.0, "volatility of " + asset);
    Checks.notNull(incomeMix, "income mix of " + asset);
    Checks.notNull(source, "estimate source");
  }

  /**
   * The estimate of {@code asset}: each of its own figures, else its class's from
   * {@code assumptions}. A geometric expected return of its own is converted to arithmetic with
   * the volatility used (its own, else its class's): μ = g + σ²/2. The income mix is the asset's
   * (the plan reader gives an asset its class's mix when the file names none).
   */
  public static AssetEstimate resolve(Asset asset, OwnEstimates own, CapitalMarketAssumptions assumptions) {
    Checks.notNull(asset, "asset");
    Checks.notNull(own, "own estimates");
    ClassAssumptions byClass = assumptions.of(asset.assetClass());
    double volatility = own.volatility().orElse(byClass.volatility());
    double expectedReturn = own.expectedReturn().isPresent()
        ? own.average().toArithmetic(own.expectedReturn().getAsDouble(), volatility)
        : byClass.arithmeticReturn();
    EstimateSource source = own.isEmpty() ? EstimateSource.CLASS
        : own.isComplete() ? EstimateSource.OWN : EstimateSource.MIXED;
    return new AssetEstimate(
        asset.id(),
        asset.assetClass(),
        own.yield().orElse(byClass.yield()),
        own.incomeGrowth().orElse(byClass.incomeGrowth()),
        expectedReturn,
        volatility,
        asset.incomeMix(),
        source);
  }
}
