package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.tax.WashSaleRule.LossSale;
import io.perennial.tax.WashSaleRule.Outcome;
import io.perennial.tax.WashSaleRule.Purchase;
import io.perennial.tax.WashSaleRule.SubstantiallyIdentical;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wash-sale rule on a sale of 100 VTI on 2026-03-16 at a $1,000 loss, shares bought 2025-06-02
 * (287 days held), against purchases around it.
 */
class WashSaleRuleTest {

  private static final AssetId VTI = AssetId.of("VTI");
  private static final AssetId ITOT = AssetId.of("ITOT");
  private static final LocalDate SOLD = LocalDate.of(2026, 3, 16);
  private static final LocalDate BOUGHT = LocalDate.of(2025, 6, 2);
  private static final LossSale SALE = new LossSale(VTI, SOLD, new BigDecimal("100"), Money.usd("1000"), BOUGHT);

  private static Purchase taxable(LocalDate date, String quantity) {
    return new Purchase("joint", AccountType.TAXABLE, VTI, date, new BigDecimal(quantity));
  }

  private static Outcome one(List<Purchase> purchases) {
    return WashSaleRule.apply(List.of(SALE), purchases, SubstantiallyIdentical.sameAssetOnly()).get(0);
  }

  /** A purchase 29 or 30 days before or after washes the sale; 31 days does not. */
  @ParameterizedTest
  @CsvSource({"-31, false", "-30, true", "-29, true", "0, true", "29, true", "30, true", "31, false"})
  void theWindowIsThirtyDaysEitherSide(int days, boolean washed) {
    Outcome outcome = one(List.of(taxable(SOLD.plusDays(days), "100")));

    assertThat(outcome.washSale()).isEqualTo(washed);
    assertThat(outcome.disallowedLoss()).isEqualTo(washed ? Money.usd("1000") : Money.usd("0"));
    assertThat(outcome.allowedLoss()).isEqualTo(washed ? Money.usd("0") : Money.usd("1000"));
  }

  /** The first day a purchase no longer washes: 2026-03-16 + 31 days = 2026-04-16. */
  @Test
  void doNotBuyUntilIsTheThirtyFirstDay() {
    assertThat(SALE.doNotBuyUntil()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(one(List.of(taxable(SALE.doNotBuyUntil(), "100"))).washSale()).isFalse();
    assertThat(one(List.of(taxable(SALE.doNotBuyUntil().minusDays(1), "100"))).washSale()).isTrue();
  }

  /**
   * Bought back 10 days later in the taxable account: the $1,000 joins the new shares' basis and
   * their holding period starts 287 days before 2026-03-26, on 2025-06-12.
   */
  @Test
  void theDisallowedLossMovesIntoTheReplacementBasisAndHoldingPeriod() {
    Outcome outcome = one(List.of(taxable(SOLD.plusDays(10), "100")));

    WashSaleRule.Adjustment adjustment = outcome.adjustments().get(0);
    assertThat(adjustment.addedBasis()).isEqualTo(Money.usd("1000"));
    assertThat(adjustment.permanentlyLost()).isFalse();
    assertThat(adjustment.holdingPeriodFrom()).isEqualTo(LocalDate.of(2025, 6, 12));
  }

  /** Bought back in the IRA: disallowed too, and lost for good (Rev. Rul. 2008-5): no basis carries it. */
  @Test
  void aReplacementInTheIraDisallowsTheLossForGood() {
    Outcome outcome = one(List.of(new Purchase("ira", AccountType.TAX_DEFERRED, VTI, SOLD.plusDays(5), new BigDecimal("100"))));

    assertThat(outcome.disallowedLoss()).isEqualTo(Money.usd("1000"));
    assertThat(outcome.adjustments().get(0).permanentlyLost()).isTrue();
    assertThat(outcome.adjustments().get(0).addedBasis()).isEqualTo(Money.usd("0"));
  }

  /**
   * A partial wash: 30 of the 100 shares bought back (20 in the Roth 3 days before, 10 in the joint
   * account 12 days after; matched in the order bought): 30 % of the loss, $300, is disallowed —
   * $200 lost for good in the Roth, $100 added to the joint account's new shares — and $700 allowed.
   */
  @Test
  void fewerSharesBoughtBackDisallowOnlyTheirPart() {
    Outcome outcome = one(List.of(taxable(SOLD.plusDays(12), "10"),
        new Purchase("roth", AccountType.TAX_FREE, VTI, SOLD.minusDays(3), new BigDecimal("20"))));

    assertThat(outcome.washedQuantity()).isEqualByComparingTo("30");
    assertThat(outcome.disallowedLoss()).isEqualTo(Money.usd("300"));
    assertThat(outcome.allowedLoss()).isEqualTo(Money.usd("700"));
    assertThat(outcome.adjustments()).extracting(a -> a.replacement().account(), a -> a.disallowedLoss(), a -> a.addedBasis())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("roth", Money.usd("200"), Money.usd("0")),
            org.assertj.core.groups.Tuple.tuple("joint", Money.usd("100"), Money.usd("100")));
  }

  /** A replacement washes one sale only: two sales of 100, one purchase of 100, the earlier sale is washed. */
  @Test
  void aReplacementIsMatchedOnce() {
    LossSale later = new LossSale(VTI, SOLD.plusDays(2), new BigDecimal("100"), Money.usd("500"), BOUGHT);
    List<Outcome> outcomes = WashSaleRule.apply(List.of(later, SALE), List.of(taxable(SOLD.plusDays(5), "100")),
        SubstantiallyIdentical.sameAssetOnly());

    assertThat(outcomes.get(1).disallowedLoss()).isEqualTo(Money.usd("1000"));
    assertThat(outcomes.get(0).washSale()).isFalse();
  }

  /** A different fund of the same index washes only when the plan says they are substantially identical. */
  @Test
  void aPartnerFundWashesOnlyWhenDeclaredIdentical() {
    Purchase itot = new Purchase("joint", AccountType.TAXABLE, ITOT, SOLD.plusDays(1), new BigDecimal("100"));

    assertThat(one(List.of(itot)).washSale()).isFalse();
    assertThat(WashSaleRule.apply(List.of(SALE), List.of(itot), SubstantiallyIdentical.groups(List.of(Set.of(VTI, ITOT))))
        .get(0).washSale()).isTrue();
  }
}
