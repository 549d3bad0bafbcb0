package io.perennial.plan;

import static io.perennial.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.plan.TaxAnalysis.AccountAfterTax;
import io.perennial.plan.TaxAnalysis.AssetAfterTax;
import io.perennial.plan.TaxAnalysis.TaxAmounts;
import io.perennial.tax.IncomeKind;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A retired couple's plan, its taxes worked by hand with the 2026 rules of
 * {@code us-federal-2026.properties} (married filing jointly).
 *
 * <pre>
 * Household: married-joint, ages 67 and 66, flat state tax 5 %, pension 60,000 (all taxable),
 * spending goal 80,000 a year after tax. Valued 2026-01-02: the 2026 rules.
 *
 * DIV   us-dividend-stocks       price  50, yield 4 %, all qualified dividends
 * TSY   intermediate-treasuries  price 100, yield 4 %, all Treasury interest
 * MUNI  municipal-bonds          price  50, yield 3 %, all muni interest (another state)
 * CORP  corporate-bonds          price 100, yield 5 %, all taxable interest
 *
 * taxable: DIV 2,000 = 100,000 → 4,000 qualified; TSY 500 = 50,000 → 2,000 Treasury;
 *          MUNI 1,000 = 50,000 → 1,500 muni                                  income  7,500
 * ira (tax-deferred): CORP 3,000 = 300,000 → 15,000 taxable interest         income 15,000
 * roth (tax-free):    DIV 1,000 = 50,000 → 2,000 qualified                    income  2,000
 * portfolio income 24,500
 *
 * 2026 joint: standard deduction 32,200 + 2 × 1,650 (both 65+) = 35,500; senior deduction
 * 2 × 6,000 = 12,000 (AGI below 150,000: no phase-out); together 47,500. Brackets 10 % to 24,800,
 * 12 % to 100,800 (tax 2,480 at 24,800). Qualified dividends at 0 % while taxable income ≤ 98,900.
 *
 * T0, pension alone:   AGI 60,000; taxable income 12,500; federal 10 % × 12,500 = 1,250;
 *                      NIIT 0 (AGI below 250,000); state 5 % × 60,000 = 3,000; total 4,250.
 * T1, + taxable accts: AGI 60,000 + 4,000 + 2,000 = 66,000 (muni not in AGI); taxable income
 *                      18,500, of which 4,000 qualified dividends at 0 %: federal = tax(14,500)
 *                      = 1,450; state 5 % × (66,000 − 2,000 Treasury + 1,500 muni) = 3,275;
 *                      total 4,725. Caused: federal 200, state 275, total 475.
 * T2, + IRA withdrawn: ordinary 75,000, AGI 81,000, taxable income 33,500, ordinary part 29,500:
 *                      federal 2,480 + 12 % × 4,700 = 3,044 (dividends still at 0 %);
 *                      state 5 % × (81,000 − 2,000 + 1,500) = 4,025; total 7,069.
 *                      Caused by the withdrawal: federal 1,594, state 750, total 2,344.
 * Caused by the portfolio (T2 − T0): federal 1,794, NIIT 0, state 1,025, total 2,819.
 *
 * Marginal rates at T1 (10 % bracket, state 5 %): ordinary and taxable interest 15 %; Treasury
 * 10 %; muni 5 %; qualified dividends 0 % + 5 % = 5 %.
 * Rows:  DIV@taxable  4,000 × 5 %  =   200 → 3,800     TSY@taxable 2,000 × 10 % = 200 → 1,800
 *        MUNI@taxable 1,500 × 5 %  =    75 → 1,425     CORP@ira 15,000 × 15 % = 2,250 → 12,750
 *        DIV@roth     0                    → 2,000
 * by account: taxable 7,500 − 475 = 7,025; ira 15,000 − 2,250 = 12,750; roth 2,000
 * at marginal rates: 2,725 (federal 200 + 1,500 = 1,700; state 200 + 75 + 750 = 1,025), after 21,775
 * exact: 24,500 − 2,819 = 21,681 (the IRA's withdrawal crosses into the 12 % bracket:
 *        4,700 × 2 % = 94 more than at the marginal rate)
 *
 * Coverage after tax: other income 60,000 − tax on it alone 4,250 = 55,750 after tax; need
 * 80,000 − 55,750 = 24,250; coverage 21,681 / 24,250 = 0.894061855…; surplus −2,569
 * (check: 60,000 + 24,500 − 7,069 = 77,431 after all taxes, 2,569 short of 80,000).
 * Before tax: 24,500 / (80,000 − 60,000) = 1.225.
 *
 * Tax-equivalent yields: TSY 4 % × (1 − 0.10) / (1 − 0.15) = 0.0423529…;
 * MUNI 3 % × (1 − 0.05) / 0.85 = 0.0335294…
 * </pre>
 */
class TaxAnalyzerTest {

  private static PlanFixtures couple() {
    return plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .asset("TSY", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.04, 0.05, IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .asset("MUNI", AssetClass.MUNICIPAL_BONDS, "50", 0.03, 0.0, 0.035, 0.05, IncomeMix.of(IncomeCharacter.MUNI_INTEREST))
        .asset("CORP", AssetClass.CORPORATE_BONDS, "100", 0.05, 0.0, 0.05, 0.07, IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST))
        .account("taxable", AccountType.TAXABLE, "DIV", "2000", "TSY", "500", "MUNI", "1000")
        .account("ira", AccountType.TAX_DEFERRED, "CORP", "3000")
        .account("roth", AccountType.TAX_FREE, "DIV", "1000")
        .spending("80000", "60000")
        .filer(FilingStatus.MARRIED_JOINT, 0.05, 67, 66);
  }

  private static PlanResult report(ResolvedPlan input) {
    return Planner.withDefaults().plan(input).value();
  }

  private static final PlanResult COUPLE = report(couple().build());

  private static TaxAmounts amounts(String federal, String niit, String state, String total) {
    return new TaxAmounts(Money.usd(federal), Money.usd(niit), Money.usd(state), Money.usd(total));
  }

  @Test
  void householdTaxWithoutAndWithThePortfolio() {
    TaxAnalysis.Taxes taxes = COUPLE.taxes();
    assertThat(taxes.year()).isEqualTo(2026);
    assertThat(taxes.rulesYear()).isEqualTo(2026);
    assertThat(taxes.filer().ages()).containsExactly(67, 66);

    assertThat(taxes.otherIncomeAlone().taxableIncome()).isEqualTo(Money.usd("12500"));
    assertThat(taxes.otherIncomeAlone().seniorDeduction()).isEqualTo(Money.usd("12000"));
    assertThat(taxes.otherIncomeAlone().deduction()).isEqualTo(Money.usd("35500"));
    assertThat(taxes.otherIncomeAlone().amounts()).isEqualTo(amounts("1250", "0", "3000", "4250"));

    assertThat(taxes.withTaxableAccounts().adjustedGrossIncome()).isEqualTo(Money.usd("66000"));
    assertThat(taxes.withTaxableAccounts().taxableIncome()).isEqualTo(Money.usd("18500"));
    assertThat(taxes.withTaxableAccounts().amounts()).isEqualTo(amounts("1450", "0", "3275", "4725"));

    assertThat(taxes.withDeferredWithdrawn().adjustedGrossIncome()).isEqualTo(Money.usd("81000"));
    assertThat(taxes.withDeferredWithdrawn().taxableIncome()).isEqualTo(Money.usd("33500"));
    assertThat(taxes.withDeferredWithdrawn().amounts()).isEqualTo(amounts("3044", "0", "4025", "7069"));
  }

  @Test
  void taxCausedByThePortfolioExactAndAtMarginalRates() {
    TaxAnalysis.Taxes taxes = COUPLE.taxes();
    assertThat(taxes.causedByTaxableAccounts()).isEqualTo(amounts("200", "0", "275", "475"));
    assertThat(taxes.causedByDeferredWithdrawal()).isEqualTo(amounts("1594", "0", "750", "2344"));
    assertThat(taxes.causedByPortfolio()).isEqualTo(amounts("1794", "0", "1025", "2819"));
    assertThat(taxes.atMarginalRates()).isEqualTo(amounts("1700", "0", "1025", "2725"));
    // 7,069 / 82,500 of household income (muni included); 2,819 / 24,500 of portfolio income
    assertThat(taxes.effectiveRate()).isCloseTo(0.085685, within(1e-12));
    assertThat(taxes.portfolioEffectiveRate()).isCloseTo(2819.0 / 24500.0, within(1e-12));
  }

  @Test
  void marginalRatesByCharacter() {
    var rates = COUPLE.taxes().marginalRates();
    assertThat(rates.get(IncomeKind.ORDINARY).total()).isEqualByComparingTo("0.15");
    assertThat(rates.get(IncomeKind.ORDINARY).federal()).isEqualByComparingTo("0.10");
    assertThat(rates.get(IncomeKind.ORDINARY).state()).isEqualByComparingTo("0.05");
    assertThat(rates.get(IncomeKind.TAXABLE_INTEREST).total()).isEqualByComparingTo("0.15");
    assertThat(rates.get(IncomeKind.TREASURY_INTEREST).total()).isEqualByComparingTo("0.10");
    assertThat(rates.get(IncomeKind.MUNI_INTEREST).total()).isEqualByComparingTo("0.05");
    assertThat(rates.get(IncomeKind.QUALIFIED_DIVIDENDS).federal()).isEqualByComparingTo("0");
    assertThat(rates.get(IncomeKind.QUALIFIED_DIVIDENDS).total()).isEqualByComparingTo("0.05");
    assertThat(COUPLE.afterTaxIncome().deferredTaxRate()).isCloseTo(0.15, within(1e-15));
  }

  @Test
  void afterTaxIncomeByAccountAssetAndHolding() {
    TaxAnalysis.AfterTaxIncome income = COUPLE.afterTaxIncome();
    assertThat(income.income()).isEqualTo(Money.usd("24500"));
    assertThat(income.tax()).isEqualTo(Money.usd("2725"));
    assertThat(income.afterTaxIncome()).isEqualTo(Money.usd("21775"));
    assertThat(income.taxExact()).isEqualTo(Money.usd("2819"));
    assertThat(income.afterTaxIncomeExact()).isEqualTo(Money.usd("21681"));

    assertThat(income.byAccount()).extracting(AccountAfterTax::account).containsExactly("taxable", "ira", "roth");
    assertThat(income.byAccount()).extracting(AccountAfterTax::income)
        .containsExactly(Money.usd("7500"), Money.usd("15000"), Money.usd("2000"));
    assertThat(income.byAccount()).extracting(AccountAfterTax::tax)
        .containsExactly(Money.usd("475"), Money.usd("2250"), Money.usd("0"));
    assertThat(income.byAccount()).extracting(AccountAfterTax::afterTaxIncome)
        .containsExactly(Money.usd("7025"), Money.usd("12750"), Money.usd("2000"));
    assertThat(income.byAccount().get(0).taxRate()).isCloseTo(475.0 / 7500.0, within(1e-15));
    // exact: taxable accounts T1 − T0 = 475; the IRA T2 − T1 = 2,344; the Roth nothing
    assertThat(income.byAccount()).extracting(AccountAfterTax::taxExact)
        .containsExactly(Money.usd("475"), Money.usd("2344"), Money.usd("0"));
    assertThat(income.byAccount()).extracting(AccountAfterTax::afterTaxIncomeExact)
        .containsExactly(Money.usd("7025"), Money.usd("12656"), Money.usd("2000"));

    assertThat(income.byAsset()).extracting(a -> a.asset().value()).containsExactly("CORP", "DIV", "TSY", "MUNI");
    assertThat(income.byAsset()).extracting(AssetAfterTax::afterTaxIncome)
        .containsExactly(Money.usd("12750"), Money.usd("5800"), Money.usd("1800"), Money.usd("1425"));
    assertThat(income.byAsset().get(1).tax()).isEqualTo(Money.usd("200"));

    assertThat(income.byHolding()).hasSize(5);
    assertThat(income.byHolding()).extracting(TaxAnalysis.HoldingAfterTax::tax)
        .containsExactly(Money.usd("200"), Money.usd("200"), Money.usd("75"), Money.usd("2250"), Money.usd("0"));
    assertThat(income.byHolding().get(0).incomeByCharacter())
        .containsExactly(new TaxAnalysis.CharacterAmount(IncomeCharacter.QUALIFIED_DIVIDEND, Money.usd("4000")));
  }

  @Test
  void theExactTaxOfATypeIsSharedAmongItsAccounts() {
    // The IRA's 3,000 CORP split 1,000 / 2,000 over two IRAs: marginal 750 and 1,500; the exact
    // 2,344 shared in the same proportion: 2,344 / 3 = 781.33 and the rest, 1,562.67.
    PlanResult twoIras = report(plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.16, IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .asset("TSY", AssetClass.INTERMEDIATE_TREASURIES, "100", 0.04, 0.0, 0.04, 0.05, IncomeMix.of(IncomeCharacter.TREASURY_INTEREST))
        .asset("MUNI", AssetClass.MUNICIPAL_BONDS, "50", 0.03, 0.0, 0.035, 0.05, IncomeMix.of(IncomeCharacter.MUNI_INTEREST))
        .asset("CORP", AssetClass.CORPORATE_BONDS, "100", 0.05, 0.0, 0.05, 0.07, IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST))
        .account("taxable", AccountType.TAXABLE, "DIV", "2000", "TSY", "500", "MUNI", "1000")
        .account("ira1", AccountType.TAX_DEFERRED, "CORP", "1000")
        .account("roth", AccountType.TAX_FREE, "DIV", "1000")
        .account("ira2", AccountType.TAX_DEFERRED, "CORP", "2000")
        .spending("80000", "60000")
        .filer(FilingStatus.MARRIED_JOINT, 0.05, 67, 66)
        .build());
    assertThat(twoIras.afterTaxIncome().byAccount()).extracting(AccountAfterTax::tax)
        .containsExactly(Money.usd("475"), Money.usd("750"), Money.usd("0"), Money.usd("1500"));
    assertThat(twoIras.afterTaxIncome().byAccount()).extracting(AccountAfterTax::taxExact)
        .containsExactly(Money.usd("475"), Money.usd("781.33"), Money.usd("0"), Money.usd("1562.67"));
    assertThat(twoIras.taxes().causedByPortfolio()).isEqualTo(COUPLE.taxes().causedByPortfolio());
  }

  @Test
  void coverageAfterTax() {
    HoldingsAnalysis.Coverage coverage = COUPLE.coverage();
    assertThat(coverage.incomeCoverage()).isCloseTo(1.225, within(1e-15));
    TaxAnalysis.AfterTaxCoverage after = coverage.afterTax();
    assertThat(after.otherIncomeTax()).isEqualTo(Money.usd("4250"));
    assertThat(after.afterTaxOtherIncome()).isEqualTo(Money.usd("55750"));
    assertThat(after.spendingFromPortfolio()).isEqualTo(Money.usd("24250"));
    assertThat(after.portfolioIncome()).isEqualTo(Money.usd("24500"));
    assertThat(after.portfolioTax()).isEqualTo(Money.usd("2819"));
    assertThat(after.afterTaxPortfolioIncome()).isEqualTo(Money.usd("21681"));
    assertThat(after.incomeCoverage()).isCloseTo(21681.0 / 24250.0, within(1e-15));
    assertThat(after.surplus()).isEqualTo(Money.usd("-2569"));
  }

  @Test
  void taxEquivalentYieldsOfTreasuryAndMuniHoldings() {
    var yields = COUPLE.afterTaxIncome().taxEquivalentYields();
    assertThat(yields).extracting(y -> y.asset().value()).containsExactly("TSY", "MUNI");
    assertThat(yields.get(0).treasuryShare()).isEqualTo(1.0);
    assertThat(yields.get(0).taxRate()).isCloseTo(0.10, within(1e-12));
    assertThat(yields.get(0).taxEquivalentYield()).isCloseTo(0.04 * 0.90 / 0.85, within(1e-12));
    assertThat(yields.get(1).taxEquivalentYield()).isCloseTo(0.03 * 0.95 / 0.85, within(1e-12));
    assertThat(yields.get(1).accounts()).containsExactly("taxable");

    // In-state munis escape the state tax too: 3 % / 0.85. The household's taxes fall by the
    // 5 % state tax on 1,500 of muni interest: 75.
    PlanResult inState = report(couple().muniInState().build());
    assertThat(inState.afterTaxIncome().taxEquivalentYields().get(1).taxEquivalentYield()).isCloseTo(0.03 / 0.85, within(1e-12));
    assertThat(inState.taxes().causedByPortfolio().total()).isEqualTo(Money.usd("2744"));
  }

  @Test
  void onlyTheTaxablePartOfOtherIncomeIsTaxed() {
    // Pension 60,000 of which 30,000 taxable (say, Social Security): T0 = AGI 30,000, taxable
    // income 0 (below 47,500), state 5 % × 30,000 = 1,500. After-tax other income 58,500; need 21,500.
    PlanResult report = report(couple().taxableOtherIncome("30000").build());
    TaxAnalysis.AfterTaxCoverage after = report.coverage().afterTax();
    assertThat(after.otherIncomeTax()).isEqualTo(Money.usd("1500"));
    assertThat(after.afterTaxOtherIncome()).isEqualTo(Money.usd("58500"));
    assertThat(after.spendingFromPortfolio()).isEqualTo(Money.usd("21500"));
    assertThat(report.problems()).extracting(Problem::where).contains("profile.taxableOtherIncome");
    assertThat(COUPLE.problems()).extracting(Problem::where).contains("profile.otherIncome");
    assertThat(COUPLE.problems()).filteredOn(p -> p.where().equals("profile.otherIncome"))
        .allSatisfy(p -> assertThat(p.message()).contains("Social Security").contains("taxed as ordinary income"));
  }

  @Test
  void aYearAfterTheDataUsesTheLatestRulesAndSaysSo() {
    PlanResult later = report(couple().valued(LocalDate.of(2031, 6, 30)).build());
    assertThat(later.taxes().year()).isEqualTo(2031);
    assertThat(later.taxes().rulesYear()).isEqualTo(2026);
    assertThat(later.afterTaxIncome().taxYear()).isEqualTo(2026);
    assertThat(later.problems()).filteredOn(p -> p.where().equals("taxes")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("2031").contains("2025, 2026").contains("the 2026 rules"));
    // same figures as 2026
    assertThat(later.taxes().causedByPortfolio()).isEqualTo(COUPLE.taxes().causedByPortfolio());
    assertThat(COUPLE.problems()).extracting(Problem::where).doesNotContain("taxes");
  }

  @Test
  void aYearBeforeTheDataIsRefusedUnlessATaxYearIsNamed() {
    assertThatThrownBy(() -> couple().valued(LocalDate.of(2019, 6, 30)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2019-06-30").hasMessageContaining("before 2025")
        .hasMessageContaining("2025, 2026").hasMessageContaining("taxYear");

    PlanResult named = report(couple().valued(LocalDate.of(2019, 6, 30)).taxYear(2025).build());
    assertThat(named.taxes().rulesYear()).isEqualTo(2025);
    assertThat(named.problems()).extracting(Problem::where).contains("taxYear");

    assertThatThrownBy(() -> couple().taxYear(2030).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no tax data for tax year 2030").hasMessageContaining("2025, 2026");
    assertThat(TaxAnalyzer.taxYear(LocalDate.of(2025, 12, 31), OptionalInt.empty()))
        .isEqualTo(new TaxAnalyzer.TaxYearChoice(2025, 2025, false));
  }

  @Test
  void missingAgesAreNoted() {
    PlanResult oneAge = report(couple().filer(FilingStatus.MARRIED_JOINT, 0.05, 67, 0).build());
    assertThat(oneAge.problems()).extracting(Problem::where).contains("profile.spouseAge");
    // one person 65+: deduction 32,200 + 1,650 = 33,850 and senior 6,000; taxable income 60,000 − 39,850
    assertThat(oneAge.taxes().otherIncomeAlone().taxableIncome()).isEqualTo(Money.usd("20150"));
    PlanResult noAge = report(couple().filer(FilingStatus.MARRIED_JOINT, 0.05, 0, 0).build());
    assertThat(noAge.problems()).extracting(Problem::where).contains("profile.age");
    assertThat(noAge.taxes().otherIncomeAlone().taxableIncome()).isEqualTo(Money.usd("27800"));
    assertThat(COUPLE.problems()).extracting(Problem::where).doesNotContain("profile.age", "profile.spouseAge");
  }
}
