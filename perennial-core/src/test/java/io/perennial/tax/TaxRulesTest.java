package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.domain.FilingStatus;
import org.junit.jupiter.api.Test;

class TaxRulesTest {

  @Test
  void listsTheYearsWithData() {
    assertThat(TaxRules.years()).containsExactly(2025, 2026);
  }

  @Test
  void aYearWithoutDataSaysWhichYearsExist() {
    assertThatThrownBy(() -> TaxRules.forYear(2031))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no tax data for year 2031")
        .hasMessageContaining("2025, 2026");
  }

  @Test
  void reads2025AsAmendedByTheOneBigBeautifulBillAct() {
    TaxYearRules rules = TaxRules.forYear(2025);

    // P.L. 119-21 sec. 70102 replaced Rev. Proc. 2024-40's 15,000 / 30,000 / 22,500.
    assertThat(rules.rules(FilingStatus.SINGLE).standardDeduction()).isEqualByComparingTo("15750");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).standardDeduction()).isEqualByComparingTo("31500");
    assertThat(rules.rules(FilingStatus.HEAD_OF_HOUSEHOLD).standardDeduction()).isEqualByComparingTo("23625");
    assertThat(rules.rules(FilingStatus.SINGLE).additionalStandardDeduction()).isEqualByComparingTo("2000");
    assertThat(rules.rules(FilingStatus.HEAD_OF_HOUSEHOLD).additionalStandardDeduction()).isEqualByComparingTo("2000");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).additionalStandardDeduction()).isEqualByComparingTo("1600");
    assertThat(rules.seniorDeductionAmount()).isEqualByComparingTo("6000");
    assertThat(rules.seniorPhaseOutRate()).isEqualByComparingTo("0.06");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).seniorPhaseOutStart()).isEqualByComparingTo("150000");
    assertThat(rules.rules(FilingStatus.HEAD_OF_HOUSEHOLD).seniorPhaseOutStart()).isEqualByComparingTo("75000");
    assertThat(rules.sources()).contains("Rev. Proc. 2024-40").contains("P.L. 119-21");
  }

  @Test
  void reads2026() {
    TaxYearRules rules = TaxRules.forYear(2026);

    assertThat(rules.year()).isEqualTo(2026);
    assertThat(rules.rules(FilingStatus.SINGLE).standardDeduction()).isEqualByComparingTo("16100");
    assertThat(rules.rules(FilingStatus.MARRIED_JOINT).additionalStandardDeduction()).isEqualByComparingTo("1650");
    assertThat(rules.rules(FilingStatus.SINGLE).additionalStandardDeduction()).isEqualByComparingTo("2050");
    assertThat(rules.sources()).contains("Rev. Proc. 2025-32");
    assertThat(rules.caveats()).anyMatch(c -> c.contains("201,750"));
  }

  @Test
  void statutoryFiguresAreTheSameEveryYear() {
    for (int year : TaxRules.years()) {
      TaxYearRules rules = TaxRules.forYear(year);
      assertThat(rules.niitRate()).isEqualByComparingTo("0.038");
      assertThat(rules.rules(FilingStatus.SINGLE).niitThreshold()).isEqualByComparingTo("200000");
      assertThat(rules.rules(FilingStatus.HEAD_OF_HOUSEHOLD).niitThreshold()).isEqualByComparingTo("200000");
      assertThat(rules.rules(FilingStatus.MARRIED_JOINT).niitThreshold()).isEqualByComparingTo("250000");
      assertThat(rules.qbiReitDividendRate()).isEqualByComparingTo("0.20");
      assertThat(rules.capitalLossLimit()).isEqualByComparingTo("3000");
      assertThat(rules.capitalGainRate1()).isEqualByComparingTo("0.15");
      assertThat(rules.capitalGainRate2()).isEqualByComparingTo("0.20");
      assertThat(rules.rules(FilingStatus.SINGLE).schedule().brackets()).hasSize(7);
    }
  }
}
