package io.perennial.plan;

import static io.perennial.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.BuiltInAssumptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small plan worked by hand.
 *
 * <pre>
 * DIV  us-dividend-stocks       price  50, yield 4 %, growth 5 %, return 9 %, σ 20 %, mix 90 % qualified / 10 % ordinary
 * BOND intermediate-treasuries  price 100, yield 5 %, growth 0,   return 4 %, σ  5 %, all Treasury interest
 * CASH cash                     price   1, yield 2 %, growth 0,   return 2 %, σ  0,   all taxable interest
 *
 * taxable: DIV 1,000 = 50,000 and CASH 5,000 = 5,000  → 55,000, income 2,000 + 100 = 2,100
 * roth:    DIV   600 = 30,000                          → 30,000, income 1,200
 * ira:     BOND  150 = 15,000                          → 15,000, income   750
 * total 100,000; weights DIV 0.80, BOND 0.15, CASH 0.05
 *
 * income: DIV 80,000 × 4 % = 3,200; BOND 15,000 × 5 % = 750; CASH 5,000 × 2 % = 100; total 4,050
 * yield 4,050 / 100,000 = 4.05 %
 * by character: qualified 3,200 × 0.9 = 2,880; ordinary 320; Treasury 750; taxable interest 100
 * income growth: (3,200 × 5 % + 0 + 0) / 4,050 = 160 / 4,050 = 0.0395061728…
 * HHI: 0.80² + 0.15² + 0.05² = 0.64 + 0.0225 + 0.0025 = 0.665; effective holdings 1 / 0.665 = 1.5037593…
 * coverage: need = 60,000 − 54,000 = 6,000; 4,050 / 6,000 = 0.675; surplus 4,050 − 6,000 = −1,950
 * expected return: 0.8 × 9 % + 0.15 × 4 % + 0.05 × 2 % = 7.2 % + 0.6 % + 0.1 % = 7.9 %
 * variance: (0.8 × 0.20)² + (0.15 × 0.05)² + 2 × 0.8 × 0.15 × 0.20 × 0.05 × ρ(div, treasuries) with ρ = 0.26
 *         = 0.0256 + 0.00005625 + 0.000624 = 0.02628025; volatility √0.02628025
 * </pre>
 */
class HoldingsAnalyzerTest {

  private static final IncomeMix DIV_MIX = new IncomeMix(Map.of(
      IncomeCharacter.QUALIFIED_DIVIDEND, 0.9, IncomeCharacter.ORDINARY_DIVIDEND, 0.1));

  private static ResolvedPlan smallPlan() {
    return plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.20, DIV_MIX)
        .asset("BOND", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.05, 0.0, 0.04, 0.05, IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .asset("CASH", AssetClass.CASH, "1", 0.02, 0.0, 0.02, 0.0, IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST))
        .account("taxable", AccountType.TAXABLE, "DIV", "1000", "CASH", "5000")
        .account("roth", AccountType.TAX_FREE, "DIV", "600")
        .account("ira", AccountType.TAX_DEFERRED, "BOND", "150")
        .spending("60000", "54000")
        .build();
  }

  private static final HoldingsAnalysis RESULT = HoldingsAnalyzer.analyze(smallPlan());

  @Test
  void valuesAndWeights() {
    assertThat(RESULT.holdings().totalValue()).isEqualTo(Money.usd("100000"));
    assertThat(RESULT.holdings().byAsset()).extracting(a -> a.asset().value()).containsExactly("DIV", "BOND", "CASH");
    assertThat(RESULT.holdings().byAsset()).extracting(HoldingsAnalysis.AssetValue::weight).containsExactly(0.80, 0.15, 0.05);
    assertThat(RESULT.holdings().byAsset().get(0).quantity()).isEqualByComparingTo("1600");
    assertThat(RESULT.holdings().byAccount()).extracting(HoldingsAnalysis.AccountValue::value)
        .containsExactly(Money.usd("55000"), Money.usd("30000"), Money.usd("15000"));
    assertThat(RESULT.holdings().byAccount()).extracting(HoldingsAnalysis.AccountValue::weight).containsExactly(0.55, 0.30, 0.15);
    assertThat(RESULT.holdings().byClass()).extracting(HoldingsAnalysis.ClassValue::assetClass)
        .containsExactly(AssetClass.US_DIVIDEND_STOCKS, AssetClass.INTERMEDIATE_TREASURIES, AssetClass.CASH);
    assertThat(RESULT.holdings().positions()).hasSize(4);
    assertThat(RESULT.holdings().positions().get(0).value()).isEqualTo(Money.usd("50000"));
    assertThat(RESULT.holdings().positions().get(0).weight()).isEqualTo(0.50);
  }

  @Test
  void incomeYieldAndCharacters() {
    HoldingsAnalysis.Income income = RESULT.income();
    assertThat(income.annualIncome()).isEqualTo(Money.usd("4050"));
    assertThat(income.portfolioYield()).isCloseTo(0.0405, within(1e-15));
    assertThat(income.incomeGrowth()).isCloseTo(160.0 / 4050.0, within(1e-15));
    assertThat(income.byAsset()).extracting(HoldingsAnalysis.AssetIncome::income)
        .containsExactly(Money.usd("3200"), Money.usd("750"), Money.usd("100"));
    assertThat(income.byCharacter()).extracting(HoldingsAnalysis.CharacterIncome::character).containsExactly(
        IncomeCharacter.QUALIFIED_DIVIDEND, IncomeCharacter.TREASURY_INTEREST, IncomeCharacter.ORDINARY_DIVIDEND,
        IncomeCharacter.TAXABLE_INTEREST);
    assertThat(income.byCharacter()).extracting(HoldingsAnalysis.CharacterIncome::income).containsExactly(
        Money.usd("2880"), Money.usd("750"), Money.usd("320"), Money.usd("100"));
    assertThat(income.byCharacter().get(0).share()).isCloseTo(2880.0 / 4050.0, within(1e-15));
    assertThat(income.byAccount()).extracting(HoldingsAnalysis.AccountIncome::income)
        .containsExactly(Money.usd("2100"), Money.usd("1200"), Money.usd("750"));
  }

  @Test
  void concentration() {
    assertThat(RESULT.concentration().herfindahlIndex()).isCloseTo(0.665, within(1e-15));
    assertThat(RESULT.concentration().effectiveHoldings()).isCloseTo(1 / 0.665, within(1e-12));
    assertThat(RESULT.concentration().largestWeight()).isEqualTo(0.80);
    assertThat(RESULT.concentration().largestPositions()).extracting(a -> a.asset().value()).containsExactly("DIV", "BOND", "CASH");
  }

  @Test
  void coverage() {
    HoldingsAnalysis.Coverage coverage = RESULT.coverage();
    assertThat(coverage.spendingFromPortfolio()).isEqualTo(Money.usd("6000"));
    assertThat(coverage.portfolioIncome()).isEqualTo(Money.usd("4050"));
    assertThat(coverage.incomeCoverage()).isCloseTo(0.675, within(1e-15));
    assertThat(coverage.surplus()).isEqualTo(Money.usd("-1950"));
    assertThat(coverage.basis()).isEqualTo("pre-tax");
  }

  @Test
  void expectedReturnAndVolatility() {
    HoldingsAnalysis.Risk risk = RESULT.risk();
    assertThat(risk.expectedReturn()).isCloseTo(0.079, within(1e-15));
    assertThat(risk.volatility()).isCloseTo(Math.sqrt(0.02628025), within(1e-12));
    assertThat(risk.expectedGeometricReturn()).isCloseTo(0.079 - 0.02628025 / 2, within(1e-12));
    // Risk shares: DIV w(Σw) = 0.8 × (0.8 × 0.04 + 0.15 × 0.2 × 0.05 × 0.26) = 0.8 × 0.03239 = 0.025912
    assertThat(risk.byAsset().get(0).riskContribution()).isCloseTo(0.025912 / 0.02628025, within(1e-12));
    assertThat(risk.byClass().stream().mapToDouble(HoldingsAnalysis.ClassRisk::riskContribution).sum()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void twoAssetsOfOneClassCorrelateAtTheWithinClassCorrelation() {
    // Two funds of one class, 50 % each, σ = 20 %:
    // variance = 0.25 × 0.04 + 0.25 × 0.04 + 2 × 0.25 × 0.9 × 0.04 = 0.01 + 0.01 + 0.018 = 0.038
    ResolvedPlan input = plan()
        .asset("SCHD", AssetClass.US_DIVIDEND_STOCKS, "25", 0.03, 0.04, 0.08, 0.20, DIV_MIX)
        .asset("VYM", AssetClass.US_DIVIDEND_STOCKS, "100", 0.03, 0.04, 0.08, 0.20, DIV_MIX)
        .account("roth", AccountType.TAX_FREE, "SCHD", "400", "VYM", "100")
        .build();
    HoldingsAnalysis result = HoldingsAnalyzer.analyze(input);
    assertThat(result.risk().volatility()).isCloseTo(Math.sqrt(0.038), within(1e-12));
    assertThat(result.risk().withinClassCorrelation()).isEqualTo(HoldingsAnalyzer.WITHIN_CLASS_CORRELATION);
    assertThat(result.concentration().herfindahlIndex()).isCloseTo(0.5, within(1e-15));
    assertThat(result.concentration().effectiveHoldings()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void aCovarianceThatIsNotPositiveSemiDefiniteIsRepairedWithANote() {
    // Three funds of each of two classes whose class correlation (0.94, dividend vs dividend-growth)
    // exceeds the within-class 0.90: along (1, 1, 1, −1, −1, −1) the correlation matrix has the
    // eigenvalue (1 + 2 × 0.9) − 3 × 0.94 = −0.02 < 0, so it is not PSD.
    PlanFixtures fixture = plan();
    for (String id : new String[] {"D1", "D2", "D3"}) {
      fixture.asset(id, AssetClass.US_DIVIDEND_STOCKS, "10", 0.03, 0.04, 0.08, 0.15, DIV_MIX);
    }
    for (String id : new String[] {"G1", "G2", "G3"}) {
      fixture.asset(id, AssetClass.US_DIVIDEND_GROWTH_STOCKS, "10", 0.02, 0.06, 0.08, 0.15, DIV_MIX);
    }
    fixture.account("roth", AccountType.TAX_FREE, "D1", "100", "D2", "100", "D3", "100", "G1", "100", "G2", "100", "G3", "100");
    HoldingsAnalysis result = HoldingsAnalyzer.analyze(fixture.build());
    assertThat(result.problems()).extracting(p -> p.where()).contains("risk");
    // Equal weights lie along (1, …, 1), an eigenvector orthogonal to the clipped one, so the
    // repair leaves their variance as it was: wᵀΣw = 0.15² × (6 + 2 × 6 × 0.9 + 2 × 9 × 0.94) / 36
    // = 0.0225 × 33.72 / 36 = 0.021075
    assertThat(result.risk().volatility()).isCloseTo(Math.sqrt(0.021075), within(1e-9));
  }

  @Test
  void moneyIsExactToTheCent() {
    // 13,500 × 27.40 = 369,900.00; × 3.8 % = 14,056.20 (the retiree example's SCHD).
    ResolvedPlan input = plan()
        .asset("SCHD", AssetClass.US_DIVIDEND_STOCKS, "27.40", 0.038, 0.04, 0.08, 0.16, DIV_MIX)
        .account("joint", AccountType.TAXABLE, "SCHD", "13500")
        .build();
    HoldingsAnalysis result = HoldingsAnalyzer.analyze(input);
    assertThat(result.holdings().totalValue().amount()).isEqualByComparingTo("369900.00");
    assertThat(result.income().annualIncome().amount()).isEqualByComparingTo("14056.20");
  }

  @Test
  void classFiguresAreUsedWhenTheAssetHasNoneOfItsOwn() {
    // One BND-like fund inheriting intermediate-treasuries: yield 4.14 %, σ 7 %; 1,000 × 74.10 = 74,100.
    ResolvedPlan input = plan()
        .classAsset("GOVT", AssetClass.INTERMEDIATE_TREASURIES, "74.10", IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .account("ira", AccountType.TAX_DEFERRED, "GOVT", "1000")
        .build();
    HoldingsAnalysis result = HoldingsAnalyzer.analyze(input);
    // 74,100 × 0.0414 = 3,067.74
    assertThat(result.income().annualIncome()).isEqualTo(Money.usd("3067.74"));
    assertThat(result.risk().volatility()).isCloseTo(0.07, within(1e-15));
    assertThat(result.risk().expectedReturn()).isEqualTo(BuiltInAssumptions.INTERMEDIATE_TREASURIES.expectedReturn());
  }

  @Test
  void nothingHeldGivesZerosAndANote() {
    ResolvedPlan input = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.20, DIV_MIX)
        .account("taxable", AccountType.TAXABLE)
        .build();
    HoldingsAnalysis result = HoldingsAnalyzer.analyze(input);
    assertThat(result.holdings().totalValue().isZero()).isTrue();
    assertThat(result.income().portfolioYield()).isZero();
    assertThat(result.concentration().herfindahlIndex()).isZero();
    assertThat(result.concentration().effectiveHoldings()).isZero();
    assertThat(result.risk().volatility()).isZero();
    assertThat(result.coverage().incomeCoverage()).isZero();
    assertThat(result.problems()).extracting(p -> p.where()).contains("accounts");
  }

  @Test
  void otherIncomeCoveringEverythingLeavesCoverageUndefined() {
    ResolvedPlan input = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.20, DIV_MIX)
        .account("taxable", AccountType.TAXABLE, "DIV", "10")
        .spending("40000", "50000")
        .build();
    HoldingsAnalysis result = HoldingsAnalyzer.analyze(input);
    assertThat(result.coverage().spendingFromPortfolio().isZero()).isTrue();
    assertThat(result.coverage().incomeCoverage()).isNull();
    assertThat(result.coverage().surplus()).isEqualTo(Money.usd("20")); // 500 × 4 %
  }

  @Test
  void aPositionIsAnAssetInOneAccount() {
    assertThat(RESULT.holdings().positions()).extracting(HoldingsAnalysis.Position::asset)
        .containsExactly(AssetId.of("DIV"), AssetId.of("CASH"), AssetId.of("DIV"), AssetId.of("BOND"));
    assertThat(RESULT.holdings().positions().get(1).income()).isEqualTo(Money.usd("100"));
  }
}
