package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.domain.FilingStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdIncomeTest {

  @Test
  void onlyGainsAndRentalMayBeNegative() {
    assertThat(HouseholdIncome.of(IncomeKind.LONG_TERM_GAINS, "-100").amount(IncomeKind.LONG_TERM_GAINS))
        .isEqualByComparingTo("-100");
    assertThat(HouseholdIncome.of(IncomeKind.SHORT_TERM_GAINS, "-100").total()).isEqualByComparingTo("-100");
    assertThat(HouseholdIncome.of(IncomeKind.RENTAL, "-100").total()).isEqualByComparingTo("-100");
    for (IncomeKind kind : IncomeKind.values()) {
      if (!kind.mayBeNegative()) {
        assertThatThrownBy(() -> HouseholdIncome.of(kind, "-1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(kind.id())
            .hasMessageContaining("zero or more");
      }
    }
  }

  @Test
  void plusAddsByKind() {
    HouseholdIncome income = HouseholdIncome.of(IncomeKind.ORDINARY, "100")
        .plus(HouseholdIncome.of(IncomeKind.ORDINARY, "50"))
        .plus(IncomeKind.MUNI_INTEREST, new BigDecimal("7"));
    assertThat(income.amount(IncomeKind.ORDINARY)).isEqualByComparingTo("150");
    assertThat(income.total()).isEqualByComparingTo("157");
  }

  @Test
  void filerChecksItsArguments() {
    assertThatThrownBy(() -> TaxFiler.of(FilingStatus.SINGLE).withAges(List.of(70, 68)))
        .hasMessageContaining("at most 1 person");
    assertThatThrownBy(() -> TaxFiler.of(FilingStatus.MARRIED_JOINT).withAges(List.of(70, 68, 1)))
        .hasMessageContaining("at most 2 people");
    assertThatThrownBy(() -> TaxFiler.of(FilingStatus.SINGLE).withState(new BigDecimal("5"), false))
        .hasMessageContaining("state tax rate");
    assertThatThrownBy(() -> TaxFiler.of(FilingStatus.SINGLE).withItemizedDeductions(new BigDecimal("-1")))
        .hasMessageContaining("itemized");
  }
}
