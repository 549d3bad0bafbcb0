package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxScheduleTest {

  // a toy table: 10 % to 1,000, 20 % to 5,000, 30 % above
  private static final TaxSchedule TOY = new TaxSchedule(List.of(
      new TaxBracket(new BigDecimal("0"), new BigDecimal("0.10")),
      new TaxBracket(new BigDecimal("1000"), new BigDecimal("0.20")),
      new TaxBracket(new BigDecimal("5000"), new BigDecimal("0.30"))));

  @Test
  void taxIsExactBracketArithmetic() {
    // 6,000.50: 100 + 800 + 30 % × 1,000.50 = 100 + 800 + 300.15 = 1,200.15
    assertThat(TOY.tax(new BigDecimal("6000.50"))).isEqualByComparingTo("1200.15");
    assertThat(TOY.slices(new BigDecimal("6000.50"))).hasSize(3);
    assertThat(TOY.tax(BigDecimal.ZERO)).isZero();
    assertThat(TOY.tax(new BigDecimal("-5"))).isZero();
  }

  @Test
  void rateAboveIsTheRateOfTheNextDollar() {
    assertThat(TOY.rateAbove(new BigDecimal("999"))).isEqualByComparingTo("0.10");
    assertThat(TOY.rateAbove(new BigDecimal("1000"))).isEqualByComparingTo("0.20");
    assertThat(TOY.rateAbove(new BigDecimal("100000"))).isEqualByComparingTo("0.30");
  }

  @Test
  void rejectsTablesThatDoNotStartAtZeroOrDoNotIncrease() {
    assertThatThrownBy(() -> new TaxSchedule(List.of(new TaxBracket(BigDecimal.TEN, new BigDecimal("0.1")))))
        .hasMessageContaining("start at 0");
    assertThatThrownBy(() -> new TaxSchedule(List.of(
        new TaxBracket(BigDecimal.ZERO, new BigDecimal("0.1")), new TaxBracket(BigDecimal.ZERO, new BigDecimal("0.2")))))
        .hasMessageContaining("must increase");
  }
}
