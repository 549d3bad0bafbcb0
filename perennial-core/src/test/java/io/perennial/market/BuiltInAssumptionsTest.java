package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.linalg.SymmetricEigen;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import org.junit.jupiter.api.Test;

/**
 * The built-in set is complete and coherent. Whether its historical figures match the data is
 * checked in perennial-app (BuiltInAssumptionsDerivationTest), which can read the data files.
 */
class BuiltInAssumptionsTest {

  private static final CapitalMarketAssumptions SET = BuiltInAssumptions.SET;

  @Test
  void coversEveryAssetClass() {
    for (AssetClass assetClass : AssetClass.values()) {
      assertThat(SET.of(assetClass).assetClass()).isEqualTo(assetClass);
      assertThat(SET.of(assetClass).average()).isEqualTo(ReturnAverage.ARITHMETIC);
      assertThat(SET.of(assetClass).basis()).isNotBlank();
    }
  }

  @Test
  void correlationMatrixIsPositiveDefinite() {
    // docs/assumptions.md states the smallest eigenvalue of the rounded matrix: 0.019.
    double[] eigenvalues = SymmetricEigen.decompose(BuiltInAssumptions.CORRELATIONS.matrix()).values();
    assertThat(eigenvalues[0]).isCloseTo(0.019, within(0.0005));
    assertThat(eigenvalues[0]).isPositive();
    double trace = 0;
    for (double eigenvalue : eigenvalues) {
      trace += eigenvalue;
    }
    assertThat(trace).isCloseTo(AssetClass.values().length, within(1e-9)); // unit diagonal
  }

  @Test
  void correlationMatrixIsSymmetricWithUnitDiagonal() {
    for (AssetClass a : AssetClass.values()) {
      assertThat(SET.correlation(a, a)).isEqualTo(1.0);
      for (AssetClass b : AssetClass.values()) {
        assertThat(SET.correlation(a, b)).isEqualTo(SET.correlation(b, a));
      }
    }
  }

  @Test
  void covarianceIsCorrelationTimesVolatilities() {
    // us-stocks / intermediate-treasuries: 0.02 × 0.1668 × 0.0700 = 0.000233520
    assertThat(SET.covariance(AssetClass.US_STOCKS, AssetClass.INTERMEDIATE_TREASURIES)).isCloseTo(0.00023352, within(1e-12));
    // variance of us-stocks: 0.1668² = 0.02782224
    assertThat(SET.covariance(AssetClass.US_STOCKS, AssetClass.US_STOCKS)).isCloseTo(0.02782224, within(1e-12));
  }

  @Test
  void nominalReturnsFollowFromRealReturnsAndInflation() {
    // Expected return = (1 + real) × (1 + 2.5 %) − 1, with the real means stated in the javadoc.
    assertThat(BuiltInAssumptions.US_STOCKS.expectedReturn()).isCloseTo(1.0861 * 1.025 - 1, within(0.0001));
    assertThat(BuiltInAssumptions.INTERMEDIATE_TREASURIES.expectedReturn()).isCloseTo(1.0215 * 1.025 - 1, within(0.0001));
    assertThat(BuiltInAssumptions.CASH.expectedReturn()).isCloseTo(1.0054 * 1.025 - 1, within(0.0001));
    // us-dividend-stocks: equity anchor 8.61 % + premium 0.89 % = 9.50 % real.
    assertThat(BuiltInAssumptions.US_DIVIDEND_STOCKS.expectedReturn()).isCloseTo(1.0950 * 1.025 - 1, within(0.0001));
    // municipal bonds: bond anchor 2.15 % − 1.51 % = 0.64 % real.
    assertThat(BuiltInAssumptions.MUNICIPAL_BONDS.expectedReturn()).isCloseTo(1.0064 * 1.025 - 1, within(0.0001));
  }

  @Test
  void judgementClassesFollowTheirStatedFormulas() {
    // Rental: appreciation (1.0125 × 1.025 − 1 = 3.78 %) + net rent 4.5 % = 8.28 %; volatility = REIT 17.32 % × 0.6.
    assertThat(BuiltInAssumptions.RENTAL_REAL_ESTATE.expectedReturn()).isCloseTo(1.0125 * 1.025 - 1 + 0.045, within(0.0001));
    assertThat(BuiltInAssumptions.RENTAL_REAL_ESTATE.volatility())
        .isCloseTo(BuiltInAssumptions.REITS.volatility() * 0.6, within(0.00005));
    // Royalties: yield 7 % + growth −2 % + σ²/2 (0.2109² / 2 = 0.02224) = 7.22 %.
    ClassAssumptions royalties = BuiltInAssumptions.ROYALTIES;
    assertThat(royalties.expectedReturn())
        .isCloseTo(royalties.yield() + royalties.incomeGrowth() + royalties.volatility() * royalties.volatility() / 2, within(0.00005));
    // Dividend-growth stocks grow income 2 points faster than the market.
    assertThat(BuiltInAssumptions.US_DIVIDEND_GROWTH_STOCKS.incomeGrowth() - BuiltInAssumptions.US_STOCKS.incomeGrowth())
        .isCloseTo(0.02, within(1e-12));
  }

  @Test
  void incomeMixesMatchTheClass() {
    assertThat(SET.of(AssetClass.MUNICIPAL_BONDS).incomeMix().share(IncomeCharacter.MUNI_INTEREST)).isEqualTo(1.0);
    assertThat(SET.of(AssetClass.INTERMEDIATE_TREASURIES).incomeMix().share(IncomeCharacter.TREASURY_INTEREST)).isEqualTo(1.0);
    assertThat(SET.of(AssetClass.REITS).incomeMix().share(IncomeCharacter.REIT_DIVIDEND)).isEqualTo(0.75);
    assertThat(SET.of(AssetClass.RENTAL_REAL_ESTATE).incomeMix().share(IncomeCharacter.RENTAL_NET_INCOME)).isEqualTo(1.0);
    assertThat(SET.of(AssetClass.ROYALTIES).incomeMix().share(IncomeCharacter.ROYALTY)).isEqualTo(1.0);
  }

  @Test
  void geometricReturnIsArithmeticLessHalfTheVariance() {
    // us-stocks: 0.1132 − 0.1668² / 2 = 0.1132 − 0.01391112 = 0.09928888
    assertThat(BuiltInAssumptions.US_STOCKS.geometricReturn()).isCloseTo(0.09928888, within(1e-12));
  }
}
