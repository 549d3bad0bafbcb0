package io.perennial.plan;

import static io.perennial.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.project.IncomeModel;
import io.perennial.project.IncomeResponse;
import io.perennial.project.InflationAssumption;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.Position;
import io.perennial.project.Projection;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.ReturnDistribution;
import io.perennial.project.RunOptions;
import io.perennial.project.SpendingRule;
import io.perennial.report.ProjectionView;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The plan's projection, checked against hand-worked paths, the project API built by hand and this year's taxes. */
class PlanProjectorTest {

  private static final double INFLATION = 0.025; // PlanFixtures' profile
  private static final int HORIZON = 30; // PlanFixtures' goal
  private static final double FLOAT_CENTS = 0.15; // bands are kept in single precision: ~0.06 at a million

  private static PlanResult report(ResolvedPlan input) {
    return new Planner(RunOptions.threads(2)).plan(input).value();
  }

  /**
   * One bond fund in a Roth, no volatility: every future is the same deterministic path.
   *
   * <pre>
   * BOND: price 100, 10,000 units = 1,000,000; yield 4 %, expected return 5 %, volatility 0;
   * spending goal 38,000 after tax, indexed at 2.5 %; no other income; tax-free, so no tax.
   * Start of year t: income 4 % × V_t is paid, the spending need_t = 38,000 × 1.025^t comes out of
   * income then principal, so V_{t+1} = (V_t − need_t) × 1.05 (the unspent income is reinvested).
   *   year 1: income 40,000 ≥ 38,000 (covered); V_1 = 962,000 × 1.05 = 1,010,100.00;
   *           real value 1,010,100 / 1.025 = 985,463.41; real income 40,000.
   *   year 2: need 38,950; income 40,404 ≥ 38,950 (covered); real income 40,404 / 1.025 = 39,418.54;
   *           V_2 = 971,150 × 1.05 = 1,019,707.50; real 1,019,707.50 / 1.050625 = 970,572.23.
   * The need grows faster (2.5 %) than the value (≈ 1 %), so income stops covering it some year.
   * Real terms: v_{t+1} = (v_t − 38,000) × g with g = 1.05 / 1.025.
   * Safe rate (100 identical futures): the annuity due, s = (1 − 1/g) / (1 − g^−30).
   * Perpetual rate: v_30 ≥ v_0 ⇔ s ≤ 1 − 1/g = 0.025 / 1.05 = 0.0238095.
   * </pre>
   */
  @Test
  void zeroVolatilityGivesTheDeterministicPathWorkedByHand() {
    ResolvedPlan input = plan()
        .asset("BOND", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.05, 0.0,
            IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .account("roth", AccountType.TAX_FREE, "BOND", "10000")
        .spending("38000", "0")
        .projection(ProjectionSettings.DEFAULTS.withPaths(100).withInflation(0.0, 0.0).withRatesMoving(false)) // inflation 2.5 % every year
        .build();
    PlanProjection projection = report(input).projection();

    assertThat(projection.years()).isEqualTo(HORIZON);
    assertThat(projection.successRate()).isEqualTo(1.0);
    assertThat(projection.year(1).realValue().p5()).isCloseTo(985_463.41, within(FLOAT_CENTS));
    assertThat(projection.year(1).realIncome().p50()).isCloseTo(40_000.00, within(FLOAT_CENTS));
    assertThat(projection.year(2).realIncome().p95()).isCloseTo(39_418.54, within(FLOAT_CENTS));
    assertThat(projection.year(2).realValue().p50()).isCloseTo(970_572.23, within(FLOAT_CENTS));

    // Every year by the recursion, in nominal money, deflated at the end.
    double value = 1_000_000.0;
    double level = 1.0;
    for (int t = 0; t < HORIZON; t++) {
      double need = 38_000.0 * level;
      double income = 0.04 * value;
      PlanProjection.Year year = projection.year(t + 1);
      assertThat(year.incomeCoverage()).as("coverage in year %d", t + 1).isEqualTo(income >= need ? 1.0 : 0.0);
      assertThat(year.realIncome().p5()).isCloseTo(income / level, within(FLOAT_CENTS));
      assertThat(year.realIncome().p95()).isCloseTo(income / level, within(FLOAT_CENTS));
      value = (value - need) * 1.05;
      level *= 1.0 + INFLATION;
      assertThat(year.realValue().p5()).as("real value in year %d", t + 1).isCloseTo(value / level, within(FLOAT_CENTS));
      assertThat(year.realValue().p95()).isCloseTo(value / level, within(FLOAT_CENTS));
    }
    assertThat(projection.year(1).incomeCoverage()).isEqualTo(1.0);
    assertThat(projection.year(HORIZON).incomeCoverage()).isEqualTo(0.0);

    double g = 1.05 / 1.025;
    double safe = (1.0 - 1.0 / g) / (1.0 - Math.pow(g, -HORIZON));
    assertThat(projection.withdrawalRates().safe()).isCloseTo(safe, within(2 * PlanProjector.WITHDRAWAL_RATE_TOLERANCE));
    assertThat(projection.withdrawalRates().perpetual()).isCloseTo(0.025 / 1.05, within(2 * PlanProjector.WITHDRAWAL_RATE_TOLERANCE));
    assertThat(projection.withdrawalRates().safeSpending()).isCloseTo(safe * 1_000_000.0, within(25.0));
    assertThat(projection.worstRealIncomeDrop().worst()).isGreaterThan(0.0); // income falls as the value is drawn down
  }

  /**
   * The same projection built directly with the project API, from figures written here: two
   * assets in a Roth (no tax), the plan's default run (annual rebalancing, start-of-year
   * payments, 2.5 % inflation) and the correlation of us-dividend-stocks with
   * intermediate-treasuries from docs/assumptions.md, 0.26.
   */
  @Test
  void theSameModelRunThroughTheProjectApiGivesTheSameNumbers() {
    ProjectionSettings settings = ProjectionSettings.DEFAULTS.withPaths(2_000).withInflation(0.0, 0.0).withRatesMoving(false);
    ResolvedPlan input = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.03, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .asset("TSY", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.045, 0.06,
            IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .account("roth", AccountType.TAX_FREE, "DIV", "2400", "TSY", "800")
        .spending("9000", "0")
        .projection(settings)
        .build();
    PlanProjection projection = report(input).projection();

    ProjectionModel model = ProjectionModel.builder()
        .position(new Position("DIV@roth", "DIV", AccountType.TAX_FREE, 120_000.0, 0.03,
            new IncomeModel.DividendGrowth(0.05, IncomeResponse.US_EQUITY_DIVIDENDS), 0.0))
        .position(new Position("TSY@roth", "TSY", AccountType.TAX_FREE, 80_000.0, 0.04, new IncomeModel.ConstantYield(), 0.0))
        .spending(new SpendingRule.ConstantSpending(9_000.0, true))
        .years(HORIZON)
        .incomeGoal(9_000.0)
        .build();
    ParametricMonteCarlo source = ParametricMonteCarlo.builder()
        .assetClass("DIV", 0.09, 0.16)
        .assetClass("TSY", 0.045, 0.06)
        .correlation(new double[][] {{1.0, 0.26}, {0.26, 1.0}})
        .inflation(InflationAssumption.constant(INFLATION))
        .paths(2_000)
        .seed(settings.seed())
        .build();
    ProjectionResult direct = Projection.run(model, source.scenarios(model.seriesUsed(), HORIZON), RunOptions.threads(1));

    assertThat(projection.successRate()).isEqualTo(direct.successRate());
    assertThat(projection.failures()).isEqualTo(direct.failures());
    for (int t = 0; t < HORIZON; t++) {
      PlanProjection.Year year = projection.year(t + 1);
      assertThat(year.incomeCoverage()).isEqualTo(direct.incomeCoverage()[t]);
      assertThat(year.failuresThisYear()).isEqualTo(direct.failYearCounts()[t]);
      assertThat(year.realIncome().p5()).isCloseTo(direct.realIncome().p5()[t], within(0.006));
      assertThat(year.realIncome().p50()).isCloseTo(direct.realIncome().p50()[t], within(0.006));
      assertThat(year.realValue().p25()).isCloseTo(direct.realValue().p25()[t], within(0.006));
      assertThat(year.realValue().p95()).isCloseTo(direct.realValue().p95()[t], within(0.006));
    }
    assertThat(projection.worstRealIncomeDrop().p95()).isEqualTo(direct.incomeDrop().p95());
    // A stock-heavy mix drawing 4.5 % sometimes fails, so the comparison is not between two degenerate runs.
    assertThat(direct.successRate()).isBetween(0.5, 0.999);
    assertThat(projection.year(HORIZON).realValue().p5()).isLessThan(projection.year(HORIZON).realValue().p95());
  }

  /**
   * The flat rates reproduce this year's exact taxes, worked by hand in {@link TaxAnalyzerTest}
   * for the same couple: taxable accounts' income 7,500 causes 475 (6.333 %); withdrawing the
   * IRA's 15,000 causes 2,344 (15.627 %); the pension of 60,000 alone pays 4,250 (7.083 %), so
   * 55,750 after tax. No lots and no cash in the taxable account: no known gain, sales untaxed.
   * Year 1's income after tax, all paid out: 24,500 − 2,819 + 55,750 = 77,431 (the hand check of
   * TaxAnalyzerTest: 60,000 + 24,500 − 7,069).
   */
  @Test
  void theTaxRatesComeFromThisYearsExactTaxes() {
    ResolvedPlan input = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .asset("TSY", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.04, 0.05, IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .asset("MUNI", AssetClass.MUNICIPAL_BONDS, "50", 0.03, 0.0, 0.035, 0.05, IncomeMix.of(IncomeCharacter.MUNI_INTEREST))
        .asset("CORP", AssetClass.CORPORATE_BONDS, "100", 0.05, 0.0, 0.05, 0.07, IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST))
        .account("taxable", AccountType.TAXABLE, "DIV", "2000", "TSY", "500", "MUNI", "1000")
        .account("ira", AccountType.TAX_DEFERRED, "CORP", "3000")
        .account("roth", AccountType.TAX_FREE, "DIV", "1000")
        .spending("80000", "60000")
        .filer(FilingStatus.MARRIED_JOINT, 0.05, 67, 66)
        .projection(ProjectionSettings.DEFAULTS.withPaths(500))
        .build();
    PlanProjection projection = report(input).projection();
    PlanProjection.TaxRatesUsed rates = projection.taxRates();
    assertThat(rates.incomeRate()).isCloseTo(475.0 / 7_500.0, within(1e-12));
    assertThat(rates.deferredWithdrawalRate()).isCloseTo(2_344.0 / 15_000.0, within(1e-12));
    assertThat(rates.otherIncomeRate()).isCloseTo(4_250.0 / 60_000.0, within(1e-12));
    assertThat(rates.taxableSaleRate()).isZero();
    assertThat(projection.otherIncome().afterTax()).isEqualTo(55_750.0);
    assertThat(projection.otherIncome().startsInYear()).isEqualTo(1);
    assertThat(projection.year(1).realIncome().p50()).isCloseTo(77_431.0, within(0.01));
    assertThat(projection.year(1).realIncome().p5()).isCloseTo(77_431.0, within(0.01));
  }

  @Test
  void aCostBasisFromLotsSetsTheTaxOnSales() {
    // Worked in the app's PlanCommandTest on the retiree example; here the rule alone: no taxable
    // holding with a known cost → the gain share is 0 and so is the sale rate.
    ResolvedPlan input = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .account("taxable", AccountType.TAXABLE, "DIV", "2000")
        .spending("5000", "0")
        .projection(ProjectionSettings.DEFAULTS.withPaths(100))
        .build();
    PlanResult report = report(input);
    assertThat(report.projection().taxRates().unrealisedGainShare()).isZero();
    assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("no cost basis is known for DIV"));
  }

  @Test
  void theSameSeedGivesTheSameReportOnAnyNumberOfThreads() {
    PlanFixtures fixture = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.03, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .asset("TSY", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.045, 0.06,
            IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .account("ira", AccountType.TAX_DEFERRED, "DIV", "2400", "TSY", "800")
        .spending("11000", "0");
    ResolvedPlan input = fixture.projection(ProjectionSettings.DEFAULTS.withPaths(1_000)).build();
    PlanProjection one = new Planner(RunOptions.threads(1)).plan(input).value().projection();
    PlanProjection three = new Planner(RunOptions.threads(3)).plan(input).value().projection();
    assertThat(three).isEqualTo(one);
    assertThat(one.successRate()).isBetween(0.01, 0.99); // a test that can fail: some futures fail, some do not

    ProjectionSettings other = new ProjectionSettings(1_000, 42L, ReturnDistribution.STUDENT_T, 4.0,
        ProjectionSettings.Rule.CONSTANT, OptionalDouble.empty(), 1.0, java.util.OptionalInt.empty(), 0.0, 0.6, 1, 0.95, true);
    PlanProjection studentT = new Planner(RunOptions.threads(2)).plan(fixture.projection(other).build()).value()
        .projection();
    assertThat(studentT.distribution()).isEqualTo("student-t");
    assertThat(studentT.degreesOfFreedom()).isEqualTo(4.0);
    assertThat(studentT.seed()).isEqualTo(42L);
    assertThat(studentT.successRate()).isNotEqualTo(one.successRate());
  }

  @Test
  void aSaverReachesTheGoalAndSpendsLater() {
    // 200,000 in a Roth (60 % DIV, 40 % TSY), 25,000 saved a year for 20 years, goal 30,000 a year after that.
    ResolvedPlan input = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.03, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .asset("TSY", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.045, 0.06,
            IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .account("roth", AccountType.TAX_FREE, "DIV", "2400", "TSY", "800")
        .spending("30000", "0")
        .yearsUntilStart(20)
        .contribution("25000")
        .projection(ProjectionSettings.DEFAULTS.withPaths(1_000))
        .build();
    PlanProjection projection = report(input).projection();
    assertThat(projection.years()).isEqualTo(20 + HORIZON);
    assertThat(projection.year(20).phase()).isEqualTo("saving");
    assertThat(projection.year(21).phase()).isEqualTo("spending");
    assertThat(projection.milestoneYears()).contains(1, 21, 50);
    assertThat(ProjectionView.verdict(projection)).contains("from year 21, after 20 years of saving");
    // By hand, at the expected compound returns: income ≈ 0.6 × 3 % + 0.4 × 4 % = 3.4 % of value,
    // so 30,000 needs ≈ 882,000 of today's money. Real compound growth ≈ 0.6 × (9 % − 16 %²/2)
    // + 0.4 × (4.5 % − 6 %²/2) − 2.5 % ≈ 3.9 %. After t years: 200,000 × 1.039^t + 25,000 ×
    // Σ_{k<t} 1.039^k: t = 14 → 342,000 + 432,000 = 774,000; t = 16 → 370,000 + 512,000 = 882,000.
    // The median future reaches the goal in about the 16th year; allow 13–20.
    assertThat(projection.goalReached()).isNotNull();
    assertThat(projection.goalReached().medianYear()).isBetween(13, 20);
    assertThat(projection.goalReached().medianCalendarYear()).isEqualTo(2025 + projection.goalReached().medianYear());
    assertThat(projection.goalReached().yearP25()).isLessThanOrEqualTo(projection.goalReached().medianYear());
  }

  @Test
  void ratedRulesNeedARateWhenTheSpendingStartsLater() {
    PlanFixtures fixture = plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.03, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .account("roth", AccountType.TAX_FREE, "DIV", "2400")
        .spending("6000", "0");
    ProjectionSettings percentage = ProjectionSettings.DEFAULTS.withPaths(100)
        .withSpendingRule(ProjectionSettings.Rule.PERCENTAGE, OptionalDouble.empty());
    assertThatThrownBy(() -> report(fixture.yearsUntilStart(5).projection(percentage).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projection.withdrawalRate");
    // Spending now: the goal ÷ today's value, 6,000 / 120,000 = 5 %.
    PlanProjection now = report(fixture.yearsUntilStart(0).projection(percentage).build()).projection();
    assertThat(now.withdrawalRate()).isCloseTo(0.05, within(1e-12));
    assertThat(now.successRate()).isEqualTo(1.0); // a percentage of what is left never runs out
    assertThat(ProjectionView.verdict(now)).startsWith("All 100 simulated futures pay 5.00 % of the portfolio");
  }
}
