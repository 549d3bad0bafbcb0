package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** MACRS mid-month depreciation against the IRS tables (Publication 946, A-6 and A-7a; Publication 527). */
class DepreciationTest {

  // Table A-6, residential rental property, mid-month convention, straight line, 27.5 years:
  // first recovery year by month placed in service (percent), and the full-year rate 3.636 %.
  private static final double[] TABLE_A6_FIRST_YEAR =
      {3.485, 3.182, 2.879, 2.576, 2.273, 1.970, 1.667, 1.364, 1.061, 0.758, 0.455, 0.152};
  private static final double TABLE_A6_FULL_YEAR = 3.636;
  // Table A-7a, nonresidential real property, 39 years.
  private static final double[] TABLE_A7A_FIRST_YEAR =
      {2.461, 2.247, 2.033, 1.819, 1.605, 1.391, 1.177, 0.963, 0.749, 0.535, 0.321, 0.107};
  private static final double TABLE_A7A_FULL_YEAR = 2.564;

  private static final Money BASIS = Money.usd("164800"); // 206,000 cost basis less 20 % land

  @Test
  void residentialPlacedInServiceInMarchMatchesTableA6() {
    DepreciationSchedule s = Depreciation.schedule(BASIS, YearMonth.of(2025, 3), PropertyUse.RESIDENTIAL);

    // By hand: in service from mid-March, 9.5 months of the first year out of 27.5 · 12 = 330:
    // 164,800 × 9.5 / 330 = 4,744.24 (Table A-6: 2.879 % × 164,800 = 4,744.59, the table's
    // percentage being rounded to three places: 9.5/330 = 2.87879 %).
    assertThat(s.forTaxYear(2025)).isEqualTo(Money.usd("4744.24"));
    assertThat(s.forTaxYear(2025).toDouble() / BASIS.toDouble() * 100).isCloseTo(2.879, within(0.0005));
    // A full year: 164,800 × 12 / 330 = 5,992.73 (Table A-6: 3.636 %, i.e. 12/330 = 3.63636 %).
    assertThat(s.forTaxYear(2026)).isEqualTo(Money.usd("5992.73"));
    assertThat(s.forTaxYear(2026).toDouble() / BASIS.toDouble() * 100).isCloseTo(TABLE_A6_FULL_YEAR, within(0.0005));
    assertThat(s.fullYear()).isEqualTo(Money.usd("5992.73"));
    // March: 9.5 months in year 1, 26 full years (312 months) to 2051, 330 − 321.5 = 8.5 months in
    // year 28 (2052): Table A-6 year 28 for month 3 is 2.576 % = 8.5/330.
    assertThat(s.years()).hasSize(28);
    assertThat(s.forTaxYear(2052).toDouble() / BASIS.toDouble() * 100).isCloseTo(2.576, within(0.0005));
    assertThat(s.forTaxYear(2053)).isEqualTo(Money.usd("0.00"));
    assertThat(s.years().get(27).accumulated()).isEqualTo(BASIS);
    assertThat(s.years().get(27).remaining().isZero()).isTrue();
  }

  @Test
  void everyMonthsFirstYearMatchesTheTables() {
    for (int month = 1; month <= 12; month++) {
      DepreciationSchedule residential = Depreciation.schedule(Money.usd("100000"), YearMonth.of(2024, month), PropertyUse.RESIDENTIAL);
      DepreciationSchedule office = Depreciation.schedule(Money.usd("100000"), YearMonth.of(2024, month), PropertyUse.NONRESIDENTIAL);
      // First year = (12 − m + ½)/330 (27.5 years) or /468 (39 years) of the basis.
      assertThat(residential.forTaxYear(2024).toDouble() / 1000).as("27.5-year, month %d", month)
          .isCloseTo(TABLE_A6_FIRST_YEAR[month - 1], within(0.0005));
      assertThat(residential.forTaxYear(2025).toDouble() / 1000).isCloseTo(TABLE_A6_FULL_YEAR, within(0.0005));
      // Table A-7a multiplies a monthly rate rounded to 0.214 % (exact 0.21368 %), so its first
      // years run up to 11.5 × 0.00032 = 0.0037 points above the exact figures.
      assertThat(office.forTaxYear(2024).toDouble() / 1000).as("39-year, month %d", month)
          .isCloseTo(TABLE_A7A_FIRST_YEAR[month - 1], within(0.004));
      assertThat(office.forTaxYear(2025).toDouble() / 1000).isCloseTo(TABLE_A7A_FULL_YEAR, within(0.0005));
      assertThat(office.years()).hasSize(40);
      assertThat(residential.years()).hasSize(month <= 6 ? 28 : 29);
    }
  }

  @Test
  void aDisposalCountsHalfOfItsMonth() {
    // Duplex placed in service July 2018, basis 163,500, sold in July 2030: mid-July 2018 to
    // mid-July 2030 is 144 months: 163,500 × 144/330 = 71,345.45. Through the end of 2029 it is
    // 137.5 months: 68,125.00; so 2030 allows 6.5 months: 3,220.45.
    DepreciationSchedule s = Depreciation.schedule(Money.usd("163500"), YearMonth.of(2018, 7), PropertyUse.RESIDENTIAL);

    assertThat(s.accumulatedThroughDisposal(YearMonth.of(2030, 7))).isEqualTo(Money.usd("71345.45"));
    assertThat(s.accumulatedThrough(2029)).isEqualTo(Money.usd("68125.00"));
    assertThat(s.inYearOfDisposal(YearMonth.of(2030, 7))).isEqualTo(Money.usd("3220.45"));
    // Sold long after the basis is used up: everything, never more.
    assertThat(s.accumulatedThroughDisposal(YearMonth.of(2060, 1))).isEqualTo(Money.usd("163500.00"));
  }

  @Property(tries = 200)
  void theYearsSumToTheBasisExactly(@ForAll @IntRange(min = 1, max = 5_000_000) int cents,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll boolean residential) {
    Money basis = Money.usd(java.math.BigDecimal.valueOf(cents, 2).multiply(java.math.BigDecimal.valueOf(100)));
    DepreciationSchedule s = Depreciation.schedule(basis, YearMonth.of(2020, month),
        residential ? PropertyUse.RESIDENTIAL : PropertyUse.NONRESIDENTIAL);

    Money sum = Money.usd("0");
    for (DepreciationYear y : s.years()) {
      assertThat(y.amount().isNegative()).isFalse();
      sum = sum.plus(y.amount());
    }
    assertThat(sum).isEqualTo(basis);
  }
}
