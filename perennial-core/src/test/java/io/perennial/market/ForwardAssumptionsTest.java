package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AssetClass;
import org.junit.jupiter.api.Test;

/** The forward set's building blocks, checked against sums worked by hand. */
class ForwardAssumptionsTest {

  @Test
  void usStocksAreTheSumOfTheirBlocks() {
    // ln(19.04 / 37.97) = -0.69025; / 20 = -0.034513; e^x - 1 = -0.033924
    assertThat(ForwardAssumptions.usValuation()).isCloseTo(-0.033924, within(2e-6));
    // 1.15 % + 0.50 % + 2.38 % + 2.50 % - 3.3924 % = 3.1376 %
    ClassAssumptions us = ForwardAssumptions.SET.of(AssetClass.US_STOCKS);
    assertThat(us.geometricReturn()).isCloseTo(0.031376, within(2e-6));
    // arithmetic = geometric + 0.1668^2 / 2 = 0.031376 + 0.013911
    assertThat(us.arithmeticReturn()).isCloseTo(0.045287, within(2e-6));
    assertThat(us.yield()).isEqualTo(0.0115);
    // income grows with real EPS growth, buybacks and inflation: 2.38 + 0.50 + 2.50
    assertThat(us.incomeGrowth()).isCloseTo(0.0538, within(1e-9));
  }

  @Test
  void cashRevertsFromTodaysBillRate() {
    // long run 0.40 % + 2.50 % = 2.90 %; weights of the gap over 10 years: 1, .8, .6, .4, .2, 0 ... = 3.0 / 10
    assertThat(ForwardAssumptions.averageBillRate()).isCloseTo(0.029 + 0.3 * (0.0356 - 0.029), within(1e-12));
    ClassAssumptions cash = ForwardAssumptions.SET.of(AssetClass.CASH);
    // the yield is today's (end-2025) bill rate; the return 2.90 % + 0.3 × 0.66 % = 3.098 %
    assertThat(cash.yield()).isEqualTo(0.0356);
    assertThat(cash.geometricReturn()).isCloseTo(0.03098, within(1e-9));
  }

  @Test
  void bondsAreTheYieldLessCreditLosses() {
    assertThat(ForwardAssumptions.SET.of(AssetClass.INTERMEDIATE_TREASURIES).geometricReturn())
        .isCloseTo(0.0414, within(1e-12));
    assertThat(ForwardAssumptions.SET.of(AssetClass.HIGH_YIELD_BONDS).geometricReturn())
        .isCloseTo(0.068 - 0.024, within(1e-12));
    // 0.044 + 0.1079^2 / 2 = 0.044 + 0.00582
    assertThat(ForwardAssumptions.SET.of(AssetClass.HIGH_YIELD_BONDS).arithmeticReturn())
        .isCloseTo(0.049821, within(1e-6));
    assertThat(ForwardAssumptions.SET.of(AssetClass.TIPS).geometricReturn()).isCloseTo(0.043, within(1e-12));
  }

  @Test
  void volatilityAndCorrelationsAreTheHistoricalOnes() {
    for (AssetClass c : AssetClass.values()) {
      assertThat(ForwardAssumptions.SET.of(c).volatility()).isEqualTo(BuiltInAssumptions.SET.of(c).volatility());
    }
    assertThat(ForwardAssumptions.SET.correlation(AssetClass.US_STOCKS, AssetClass.REITS)).isEqualTo(0.47);
  }

  @Test
  void registryFindsSetsByNameAndAlias() {
    assertThat(AssumptionSets.names())
        .containsExactly("perennial-forward-2026.1", "perennial-historical-2026.2", "perennial-builtin-2026.1");
    assertThat(AssumptionSets.find("forward")).containsSame(ForwardAssumptions.SET);
    assertThat(AssumptionSets.find("perennial-builtin-2026.1")).containsSame(BuiltInAssumptions.SET);
    assertThat(AssumptionSets.find("historical")).containsSame(HistoricalAssumptions.SET);
    assertThat(AssumptionSets.find("perennial-historical-2026.2")).containsSame(HistoricalAssumptions.SET);
    assertThat(AssumptionSets.find("nope")).isEmpty();
    assertThat(AssumptionSets.defaultSet()).isSameAs(ForwardAssumptions.SET);
  }
}
