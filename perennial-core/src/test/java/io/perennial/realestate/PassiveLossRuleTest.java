package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.Money;
import io.perennial.domain.FilingStatus;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.HouseholdTaxResult;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The §469(i) allowance and the carry-forward of suspended rental losses, by hand. */
class PassiveLossRuleTest {

  private static final PassiveLossRule RULE = PassiveLossRule.SECTION_469_I;
  private static final Money LOSS = Money.usd("-30000"); // a year's net rental loss after depreciation
  private static final Money NONE = Money.usd("0");

  @Test
  void theAllowanceAtNinetyOneHundredTwentyFiveAndOneHundredSixtyThousand() {
    // 90,000: below the 100,000 start, the whole 25,000.
    assertThat(RULE.allowance(Money.usd("90000"))).isEqualTo(Money.usd("25000.00"));
    // 125,000: 25,000 − 50 % × (125,000 − 100,000) = 25,000 − 12,500 = 12,500.
    assertThat(RULE.allowance(Money.usd("125000"))).isEqualTo(Money.usd("12500.00"));
    // 160,000: 25,000 − 50 % × 60,000 = −5,000 → 0 (gone from 150,000).
    assertThat(RULE.allowance(Money.usd("160000"))).isEqualTo(Money.usd("0.00"));
    assertThat(RULE.allowance(Money.usd("150000"))).isEqualTo(Money.usd("0.00"));
    assertThat(PassiveLossRule.of(TaxRules.forYear(2025))).isEqualTo(RULE);
    assertThat(PassiveLossRule.of(TaxRules.forYear(2026))).isEqualTo(RULE);
  }

  @Test
  void aThirtyThousandLossAtTheThreeIncomes() {
    // 90,000: 25,000 deducted, 5,000 suspended.
    PassiveLossResult low = RULE.apply(LOSS, NONE, Money.usd("90000"), false);
    assertThat(low.counted()).isEqualTo(Money.usd("-25000.00"));
    assertThat(low.suspendedLoss()).isEqualTo(Money.usd("5000.00"));
    // 125,000: 12,500 deducted, 17,500 suspended.
    PassiveLossResult middle = RULE.apply(LOSS, NONE, Money.usd("125000"), false);
    assertThat(middle.counted()).isEqualTo(Money.usd("-12500.00"));
    assertThat(middle.suspendedLoss()).isEqualTo(Money.usd("17500.00"));
    // 160,000: nothing deducted, all 30,000 suspended.
    PassiveLossResult high = RULE.apply(LOSS, NONE, Money.usd("160000"), false);
    assertThat(high.counted()).isEqualTo(Money.usd("0.00"));
    assertThat(high.suspendedLoss()).isEqualTo(Money.usd("30000.00"));
  }

  @Test
  void suspendedLossesOffsetLaterRentalIncomeAndAreReleasedBySale() {
    // Year 1 at 160,000: 30,000 suspended. Year 2: +12,000 of rental income absorbs 12,000 of it;
    // counted 0, 18,000 still suspended.
    PassiveLossResult year2 = RULE.apply(Money.usd("12000"), Money.usd("30000"), Money.usd("160000"), false);
    assertThat(year2.counted()).isEqualTo(Money.usd("0.00"));
    assertThat(year2.suspendedLoss()).isEqualTo(Money.usd("18000.00"));
    // Year 3 at 90,000: +4,000 income − 18,000 suspended = −14,000, within the 25,000 allowance.
    PassiveLossResult year3 = RULE.apply(Money.usd("4000"), Money.usd("18000"), Money.usd("90000"), false);
    assertThat(year3.counted()).isEqualTo(Money.usd("-14000.00"));
    assertThat(year3.suspendedLoss().isZero()).isTrue();
    // A sale releases everything (§469(g)): −2,000 this year and 30,000 suspended → −32,000 counted.
    PassiveLossResult sold = RULE.apply(Money.usd("-2000"), Money.usd("30000"), Money.usd("200000"), true);
    assertThat(sold.counted()).isEqualTo(Money.usd("-32000.00"));
    assertThat(sold.suspendedLoss().isZero()).isTrue();
    // Without active participation no loss is deducted before the sale.
    assertThat(RULE.withoutAllowance().apply(LOSS, NONE, Money.usd("50000"), false).counted()).isEqualTo(Money.usd("0.00"));
  }

  @Test
  void theHouseholdTaxCalculatorCountsTheSameLoss() {
    // A second method: the household calculator applies §469(i) itself with modified AGI = AGI
    // without the rental loss. Wages of 125,000 and a 30,000 rental loss: 12,500 counted.
    HouseholdIncome income = HouseholdIncome.of(Map.of(IncomeKind.ORDINARY, new BigDecimal("125000"),
        IncomeKind.RENTAL, new BigDecimal("-30000")));
    HouseholdTaxResult tax = HouseholdTaxCalculator.calculate(income, TaxFiler.of(FilingStatus.SINGLE), TaxRules.forYear(2025));

    PassiveLossResult ours = RULE.apply(LOSS, NONE, Money.usd("125000"), false);

    assertThat(tax.gross().rentalInAgi()).isEqualByComparingTo(ours.counted().amount());
    assertThat(tax.gross().rentalLossSuspended()).isEqualByComparingTo(ours.suspendedLoss().amount());
  }
}
