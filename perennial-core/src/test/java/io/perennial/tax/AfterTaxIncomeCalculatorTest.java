package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeGoal;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.RiskTolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A household worked by hand. Single, 2025, state 5 %, pension 80,000, and five holdings:
 * <pre>
 *   BND   taxable       4,000 taxable interest          value 100,000
 *   MUB   taxable       3,000 muni interest (other state) value 100,000
 *   VYM   taxable       2,000 = 1,800 qualified + 200 return of capital
 *   VNQ   ira (deferred) 2,000 = 1,600 REIT + 400 return of capital
 *   SCHD  roth          1,500 qualified dividends
 * </pre>
 * Household income with the taxable accounts: ordinary 80,000 + interest 4,000 + muni 3,000 +
 * qualified 1,800. AGI 85,800; taxable 85,800 − 15,750 = 70,050; worksheet line 5 = 68,250
 * (22 % bracket), all 1,800 of dividends at 15 % (line 9 = 0 since line 5 > 48,350).
 * Marginal rates: ordinary and taxable interest 22 % + 5 % = 27 %; qualified dividends
 * 15 % + 5 % = 20 %; muni 0 + 5 % = 5 %; Treasury 22 %.
 * <pre>
 *   BND   4,000 × 27 %                     = 1,080   after 2,920
 *   MUB   3,000 × 5 %                      =   150   after 2,850
 *   VYM   1,800 × 20 % + 200 × 0           =   360   after 1,640
 *   VNQ   2,000 × 27 % (ordinary when withdrawn) = 540   after 1,460
 *   SCHD  0                                          after 1,500
 *   total income 12,500, tax 2,130, after tax 10,370
 * </pre>
 * Exact extra tax of the taxable accounts: with them, federal tax(68,250) + 15 % × 1,800
 * = 5,578.50 + 22 % × 19,775 + 270 = 10,199 and state 5 % × (85,800 + 3,000) = 4,440, total
 * 14,639; without them (pension alone) federal 5,578.50 + 22 % × 15,775 = 9,049 and state 4,000,
 * total 13,049; difference 1,590 = 1,080 + 150 + 360 (no bracket is crossed).
 */
class AfterTaxIncomeCalculatorTest {

  private static final TaxYearRules Y2025 = TaxRules.forYear(2025);
  private static final TaxFiler FILER = TaxFiler.of(FilingStatus.SINGLE).withState(new BigDecimal("0.05"), false);
  private static final HouseholdIncome PENSION = HouseholdIncome.of(IncomeKind.ORDINARY, "80000");

  private static final List<HoldingIncome> HOLDINGS = List.of(
      holding("BND", "taxable", AccountType.TAXABLE, "4000", IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST), "100000"),
      holding("MUB", "taxable", AccountType.TAXABLE, "3000", IncomeMix.of(IncomeCharacter.MUNI_INTEREST), "100000"),
      holding("VYM", "taxable", AccountType.TAXABLE, "2000",
          new IncomeMix(Map.of(IncomeCharacter.QUALIFIED_DIVIDEND, 0.9, IncomeCharacter.RETURN_OF_CAPITAL, 0.1)), "0"),
      holding("VNQ", "ira", AccountType.TAX_DEFERRED, "2000",
          new IncomeMix(Map.of(IncomeCharacter.REIT_DIVIDEND, 0.8, IncomeCharacter.RETURN_OF_CAPITAL, 0.2)), "0"),
      holding("SCHD", "roth", AccountType.TAX_FREE, "1500", IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND), "0"));

  @Test
  void eachHoldingIsTaxedByItsAccountAndCharacter() {
    AfterTaxIncomeResult r = AfterTaxIncomeCalculator.calculate(HOLDINGS, PENSION, FILER, Y2025);

    assertThat(r.holdings()).extracting(h -> h.assetId().value()).containsExactly("BND", "MUB", "VYM", "VNQ", "SCHD");
    assertThat(r.holdings()).extracting(AfterTaxIncomeResult.HoldingAfterTax::tax)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(decimal("1080"), decimal("150"), decimal("360"), decimal("540"), decimal("0"));
    assertThat(r.holdings()).extracting(AfterTaxIncomeResult.HoldingAfterTax::afterTaxIncome)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(decimal("2920"), decimal("2850"), decimal("1640"), decimal("1460"), decimal("1500"));
    assertThat(r.holdings().get(2).incomeByCharacter().get(IncomeCharacter.RETURN_OF_CAPITAL)).isEqualByComparingTo("200");
    assertThat(r.income()).isEqualByComparingTo("12500");
    assertThat(r.tax()).isEqualByComparingTo("2130");
    assertThat(r.afterTaxIncome()).isEqualByComparingTo("10370");
  }

  @Test
  void accountsAddUpTheirHoldings() {
    AfterTaxIncomeResult r = AfterTaxIncomeCalculator.calculate(HOLDINGS, PENSION, FILER, Y2025);

    assertThat(r.accounts()).extracting(AfterTaxIncomeResult.AccountAfterTax::accountId)
        .containsExactly("taxable", "ira", "roth");
    AfterTaxIncomeResult.AccountAfterTax taxable = r.accounts().get(0);
    assertThat(taxable.income()).isEqualByComparingTo("9000");
    assertThat(taxable.tax()).isEqualByComparingTo("1590");
    assertThat(r.accounts().get(1).tax()).isEqualByComparingTo("540");
    assertThat(r.accounts().get(2).tax()).isZero();
  }

  @Test
  void exactExtraTaxMatchesTheMarginalChargeWhenNoBracketIsCrossed() {
    AfterTaxIncomeResult r = AfterTaxIncomeCalculator.calculate(HOLDINGS, PENSION, FILER, Y2025);

    assertThat(r.household().taxableIncome()).isEqualByComparingTo("70050");
    assertThat(r.household().totalTax()).isEqualByComparingTo("14639");
    assertThat(r.householdTaxWithoutPortfolio()).isEqualByComparingTo("13049");
    assertThat(r.portfolioTaxExact()).isEqualByComparingTo("1590");
  }

  @Test
  void taxEquivalentYields() {
    AfterTaxIncomeResult r = AfterTaxIncomeCalculator.calculate(HOLDINGS, PENSION, FILER, Y2025);

    // BND yields 4 %: its tax-equivalent yield is itself. 2,920 / 100,000 / (1 − 0.27) = 0.04
    assertThat(r.holdings().get(0).taxEquivalentYield()).isCloseTo(0.04, within(1e-12));
    // MUB yields 3 % and pays only the 5 % state tax: 0.03 × 0.95 / 0.73 = 0.0390410958904...
    assertThat(r.holdings().get(1).taxEquivalentYield()).isCloseTo(0.03 * 0.95 / 0.73, within(1e-12));
    assertThat(r.taxEquivalentYield(0.03, IncomeCharacter.MUNI_INTEREST)).isCloseTo(0.03 * 0.95 / 0.73, within(1e-12));
    // a 4 % Treasury pays 22 % federal, no state: 0.04 × 0.78 / 0.73
    assertThat(r.taxEquivalentYield(0.04, IncomeCharacter.TREASURY_INTEREST)).isCloseTo(0.04 * 0.78 / 0.73, within(1e-12));
    // unknown market value: no yield
    assertThat(r.holdings().get(2).taxEquivalentYield()).isNaN();
  }

  @Test
  void inStateMunisAreTaxFree() {
    TaxFiler inState = FILER.withState(new BigDecimal("0.05"), true);

    AfterTaxIncomeResult r = AfterTaxIncomeCalculator.calculate(HOLDINGS, PENSION, inState, Y2025);

    assertThat(r.holdings().get(1).tax()).isZero();
    // 0.03 / (1 − 0.27) = 0.0410958904...
    assertThat(r.taxEquivalentYield(0.03, IncomeCharacter.MUNI_INTEREST)).isCloseTo(0.03 / 0.73, within(1e-12));
  }

  @Test
  void buildsFromDomainObjectsAndTheProfile() {
    Asset bond = new Asset(AssetId.of("BND"), "Total bond", AssetClass.CORPORATE_BONDS, "", "",
        IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST));
    Account brokerage = new Account("taxable", "Brokerage", AccountType.TAXABLE, List.of());
    InvestorProfile profile = new InvestorProfile("test", new IncomeGoal(Money.usd("90000"), 30, 0),
        RiskTolerance.MODERATE, FilingStatus.SINGLE, 0.05, 0.025, Money.usd("80000"), Money.usd("0"), 60);

    AfterTaxIncomeResult r = AfterTaxIncomeCalculator.calculate(
        List.of(HoldingIncome.of(bond, brokerage, Money.usd("4000"), Money.usd("100000"))),
        HouseholdIncome.of(IncomeKind.ORDINARY, profile.otherIncome().amount()),
        TaxFiler.from(profile, false), Y2025);

    // pension 80,000 + interest 4,000: taxable 68,250, 22 % + 5 % → 4,000 × 27 % = 1,080
    assertThat(r.holdings().get(0).tax()).isEqualByComparingTo("1080");
  }

  private static HoldingIncome holding(String id, String account, AccountType type, String income, IncomeMix mix,
      String value) {
    return new HoldingIncome(AssetId.of(id), account, type, new BigDecimal(income), mix, new BigDecimal(value));
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }
}
