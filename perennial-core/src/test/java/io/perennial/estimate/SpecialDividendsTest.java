package io.perennial.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.market.DividendEvent;
import io.perennial.market.DividendHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecialDividendsTest {

  private static final AssetId TICKER = AssetId.of("XYZ");
  /** The regular quarterly payment, per share. */
  private static final double REGULAR = 0.01;
  /** A one-off of 5,000 × the regular payment: 50 / 0.01. */
  private static final double HUGE_SPECIAL = 50.0;

  @Test
  void aPaymentOverAThousandTimesItsNeighboursIsSaidToBeMoreThan1000Times() {
    // Four quarterly 0.01 before 2020-01-15 and four after, all within ±730 days: median 0.01, ratio 5,000.
    List<DividendEvent> events = new ArrayList<>();
    LocalDate first = LocalDate.of(2019, 1, 15);
    for (int q = 0; q < 9; q++) {
      events.add(DividendEvent.regular(first.plusMonths(3L * q), q == 4 ? HUGE_SPECIAL : REGULAR));
    }
    DividendHistory history = new DividendHistory(TICKER, events, first, LocalDate.of(2021, 3, 31));

    List<ExcludedDividend> excluded = SpecialDividends.classify(history, SpecialDividendRule.standard()).excluded();

    assertThat(excluded).hasSize(1);
    assertThat(excluded.get(0).event().exDate()).isEqualTo(LocalDate.of(2020, 1, 15));
    assertThat(excluded.get(0).reason())
        .isEqualTo("50.0000 is more than 1,000× the median 0.0100 of the 8 payments within ±730 days (more than 2.5×)")
        .doesNotContain("5000").doesNotContain("Infinity").doesNotContain("NaN");
  }

  @Test
  void ratiosUpToAThousandShowTheirDigitsAndNoneShowInfinityOrNan() {
    assertThat(SpecialDividends.multiple(15.44)).isEqualTo("15.4×");
    assertThat(SpecialDividends.multiple(1_000)).isEqualTo("1000.0×");
    assertThat(SpecialDividends.multiple(1_000.01)).isEqualTo("more than 1,000×");
    assertThat(SpecialDividends.multiple(Double.POSITIVE_INFINITY)).isEqualTo("more than 1,000×");
    assertThat(SpecialDividends.multiple(Double.NaN)).doesNotContain("NaN");
  }
}
