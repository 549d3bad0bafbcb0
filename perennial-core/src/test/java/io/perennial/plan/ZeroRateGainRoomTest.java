package io.perennial.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.Money;
import io.perennial.domain.FilingStatus;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 0 % band's room, worked by hand from the 2026 rules (single: deduction 16,100, band top 49,450). */
class ZeroRateGainRoomTest {

  private static final TaxYearRules Y2026 = TaxRules.forYear(2026);
  private static final TaxFiler SINGLE = TaxFiler.of(FilingStatus.SINGLE);

  @Test
  void withoutBenefitsTheRoomIsTheBandTopLessTaxableIncome() {
    // Wages 40,000: taxable income 40,000 − 16,100 = 23,900; room 49,450 − 23,900 = 25,550.
    // Federal tax on the gains 0; state 5 % × 25,550 = 1,277.50.
    TaxFiler filer = SINGLE.withState(new BigDecimal("0.05"), false);
    ZeroRateGainRoom room = ZeroRateGainRoom.measure(HouseholdIncome.of(IncomeKind.ORDINARY, new BigDecimal("40000")), filer, Y2026);

    assertThat(room.taxableIncome()).isEqualTo(Money.usd("23900.00"));
    assertThat(room.bandTop()).isEqualTo(Money.usd("49450.00"));
    assertThat(room.room()).isEqualTo(Money.usd("25550.00"));
    assertThat(room.cost().federalIncomeTax()).isEqualTo(Money.usd("0.00"));
    assertThat(room.cost().stateTax()).isEqualTo(Money.usd("1277.50"));
  }

  @Test
  void benefitsMadeTaxableFillTheBandAt185PercentOfTheGain() {
    // Social Security 30,000, IRA withdrawals 30,000, age under 65 (Publication 915, single: 25,000 / 34,000):
    //   provisional income 30,000 + 15,000 = 45,000; taxable benefits min(25,500, 0.85 × 11,000 + 4,500) = 13,850.
    //   AGI 43,850, taxable income 27,750 (all ordinary).
    // A gain G raises taxable benefits by 0.85 G until they reach 25,500 (G = 13,705.88), so taxable income
    // is 27,750 + 1.85 G: it reaches 49,450 at G = 21,700 / 1.85 = 11,729.73 → room 11,729 whole dollars
    // (11,730 gives 49,450.50, over the top).
    // Cost: 0.85 × 11,729 = 9,969.65 more benefits taxed at 12 % = 1,196.358 → ordinary tax 3,082.00 → 4,278.36,
    // federal 1,196.36; the gains themselves at 0 %; no state tax (rate 0).
    HouseholdIncome income = HouseholdIncome.of(Map.of(IncomeKind.SOCIAL_SECURITY, new BigDecimal("30000"),
        IncomeKind.RETIREMENT_WITHDRAWALS, new BigDecimal("30000")));
    ZeroRateGainRoom room = ZeroRateGainRoom.measure(income, SINGLE, Y2026);

    assertThat(room.taxableIncome()).isEqualTo(Money.usd("27750.00"));
    assertThat(room.room()).isEqualTo(Money.usd("11729.00"));
    assertThat(room.cost().federalIncomeTax()).isEqualTo(Money.usd("1196.36"));
    assertThat(room.cost().niit()).isEqualTo(Money.usd("0.00"));
  }

  @Test
  void noRoomAboveTheBand() {
    // Wages 80,000: taxable income 63,900, above 49,450.
    ZeroRateGainRoom room = ZeroRateGainRoom.measure(HouseholdIncome.of(IncomeKind.ORDINARY, new BigDecimal("80000")), SINGLE, Y2026);

    assertThat(room.room()).isEqualTo(Money.usd("0.00"));
    assertThat(room.taxableIncome()).isEqualTo(Money.usd("63900.00"));
    assertThat(room.cost().total()).isEqualTo(Money.usd("0.00"));
  }
}
