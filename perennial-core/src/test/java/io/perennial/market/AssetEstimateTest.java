package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AssetEstimateTest {

  private static final Asset SCHD = new Asset(AssetId.of("SCHD"), "Schwab", AssetClass.US_DIVIDEND_STOCKS, "", "",
      IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND));

  @Test
  void inheritsEverythingFromItsClass() {
    AssetEstimate estimate = AssetEstimate.resolve(SCHD, OwnEstimates.NONE, BuiltInAssumptions.SET);
    assertThat(estimate.yield()).isEqualTo(BuiltInAssumptions.US_DIVIDEND_STOCKS.yield());
    assertThat(estimate.volatility()).isEqualTo(BuiltInAssumptions.US_DIVIDEND_STOCKS.volatility());
    assertThat(estimate.expectedReturn()).isEqualTo(BuiltInAssumptions.US_DIVIDEND_STOCKS.expectedReturn());
    assertThat(estimate.source()).isEqualTo(EstimateSource.CLASS);
    assertThat(estimate.incomeMix()).isEqualTo(SCHD.incomeMix());
  }

  @Test
  void ownFiguresWinAndTheRestIsInherited() {
    OwnEstimates own = new OwnEstimates(OptionalDouble.of(0.038), OptionalDouble.empty(), OptionalDouble.empty(),
        ReturnAverage.ARITHMETIC, OptionalDouble.of(0.15));
    AssetEstimate estimate = AssetEstimate.resolve(SCHD, own, BuiltInAssumptions.SET);
    assertThat(estimate.yield()).isEqualTo(0.038);
    assertThat(estimate.volatility()).isEqualTo(0.15);
    assertThat(estimate.incomeGrowth()).isEqualTo(BuiltInAssumptions.US_DIVIDEND_STOCKS.incomeGrowth());
    assertThat(estimate.source()).isEqualTo(EstimateSource.MIXED);
  }

  @Test
  void aGeometricReturnOfItsOwnIsConvertedWithTheVolatilityUsed() {
    // 0.07 geometric with σ = 0.20 → 0.07 + 0.20² / 2 = 0.09 arithmetic.
    OwnEstimates own = new OwnEstimates(OptionalDouble.of(0.03), OptionalDouble.of(0.05), OptionalDouble.of(0.07),
        ReturnAverage.GEOMETRIC, OptionalDouble.of(0.20));
    AssetEstimate estimate = AssetEstimate.resolve(SCHD, own, BuiltInAssumptions.SET);
    assertThat(estimate.expectedReturn()).isCloseTo(0.09, within(1e-15));
    assertThat(estimate.source()).isEqualTo(EstimateSource.OWN);
  }
}
