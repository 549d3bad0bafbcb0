package io.perennial.plan;

import static io.perennial.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.domain.Household;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.MarketSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A household, a market snapshot and the settings resolved together: the rules that tie them
 * (every holding a priced candidate, menus and rules naming candidates) and what is derived once
 * (values, Σ).
 */
class ResolvedPlanTest {

  private static final IncomeMix MIX = IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND);

  private static PlanFixtures twoAssets() {
    return plan()
        .asset("DIV", AssetClass.US_DIVIDEND_STOCKS, "50", 0.04, 0.05, 0.09, 0.2, MIX)
        .asset("BND", AssetClass.INTERMEDIATE_TREASURIES, "25.50", 0.04, 0.0, 0.045, 0.05, IncomeMix.of(IncomeCharacter.TREASURY_INTEREST));
  }

  @Test
  void aHoldingMustBeACandidate() {
    assertThatThrownBy(() -> twoAssets().account("taxable", AccountType.TAXABLE, "OTHER", "10").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("account taxable holds OTHER, which is not in the universe");
  }

  @Test
  void aHeldAssetNeedsAPriceAboveZero() {
    ResolvedPlan resolved = twoAssets().account("taxable", AccountType.TAXABLE, "DIV", "10").build();
    MarketSnapshot unpriced = new MarketSnapshot(resolved.valuationDate(), Map.of(), resolved.candidates(), resolved.assumptions());
    assertThatThrownBy(() -> ResolvedPlan.of(resolved.household(), unpriced, resolved.settings()))
        .hasMessageContaining("account taxable holds DIV, which has no price");
    assertThatThrownBy(() -> new MarketSnapshot(resolved.valuationDate(), Map.of(AssetId.of("DIV"), Money.usd("0")),
        resolved.candidates(), resolved.assumptions())).hasMessageContaining("price of DIV must be more than zero");
  }

  @Test
  void menusAndRulesNameCandidates() {
    ResolvedPlan resolved = twoAssets().account("ira", AccountType.TAX_DEFERRED, "DIV", "10").build();
    Account ira = resolved.accounts().get(0);
    Household offersOther = resolved.household().withAccounts(List.of(ira.withMenu(List.of(AssetId.of("DIV"), AssetId.of("XYZ")))));
    assertThatThrownBy(() -> ResolvedPlan.of(offersOther, resolved.market(), resolved.settings()))
        .hasMessageContaining("the menu of account ira offers XYZ, which is not in the universe");
    PlanSettings onXyz = resolved.settings().withConstraints(List.of(new PlanConstraint(null, ConstraintKind.MAX_ASSET, "XYZ", 0.1)));
    assertThatThrownBy(() -> resolved.withSettings(onXyz)).hasMessageContaining("names asset XYZ, which is not in the universe");
    PlanSettings onDiv = resolved.settings().withConstraints(List.of(new PlanConstraint(null, ConstraintKind.MAX_ASSET, "DIV", 0.1)));
    assertThat(resolved.withSettings(onDiv).constraints()).hasSize(1);
    Household menu = resolved.household().withAccounts(List.of(ira.withMenu(List.of(AssetId.of("BND")))));
    assertThat(ResolvedPlan.of(menu, resolved.market(), resolved.settings()).menu("ira")).containsExactly(AssetId.of("BND"));
  }

  @Test
  void accountIdsAreUniqueInAHousehold() {
    ResolvedPlan resolved = twoAssets().account("a", AccountType.TAXABLE, "DIV", "1").build();
    Account a = resolved.accounts().get(0);
    assertThatThrownBy(() -> resolved.household().withAccounts(List.of(a, a))).hasMessageContaining("account id a is used twice");
  }

  @Test
  void valuesAreQuantityTimesPriceSummedByAccountAndHousehold() {
    // By hand: taxable 10 × 50 + 4 × 25.50 = 602; roth 3 × 50 = 150; together 752.
    ResolvedPlan resolved = twoAssets()
        .account("taxable", AccountType.TAXABLE, "DIV", "10", "BND", "4")
        .account("roth", AccountType.TAX_FREE, "DIV", "3")
        .build();
    assertThat(resolved.value("taxable", AssetId.of("BND"))).isEqualByComparingTo("102");
    assertThat(resolved.accountValue("taxable")).isEqualByComparingTo("602");
    assertThat(resolved.accountValue("roth")).isEqualByComparingTo("150");
    assertThat(resolved.totalValue()).isEqualByComparingTo("752");
    // Cash without a price counts one per unit of currency.
    Holding cash = new Holding(AssetId.CASH, new BigDecimal("12.34"), List.of());
    assertThat(resolved.market().value(cash)).isEqualByComparingTo("12.34");
  }

  @Test
  void sigmaIsSymmetricWithTheAssetsOwnVolatilitiesOnItsDiagonal() {
    ResolvedPlan resolved = twoAssets().account("taxable", AccountType.TAXABLE, "DIV", "10", "BND", "4").build();
    AssetId div = AssetId.of("DIV");
    AssetId bnd = AssetId.of("BND");
    assertThat(resolved.covariance(div, div)).isCloseTo(0.2 * 0.2, within(1e-12));
    assertThat(resolved.covariance(bnd, bnd)).isCloseTo(0.05 * 0.05, within(1e-12));
    assertThat(resolved.covariance(div, bnd)).isEqualTo(resolved.covariance(bnd, div));
    assertThat(Math.abs(resolved.covariance(div, bnd))).isLessThanOrEqualTo(0.2 * 0.05 + 1e-15);
  }
}
