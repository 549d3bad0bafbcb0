package io.perennial.estimate;

import static io.perennial.estimate.EstimatorFixtures.pricesByRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReturnTableTest {

  private static final double NaN = Double.NaN;

  @Test
  void simpleReturnsAreMissingWhereEitherPriceIsMissingAndAllMissingRowsAreDropped() {
    // Row 0 has no return (no previous price); row 1 → 2: A 100→110 = +10 %, B missing→50 = NaN;
    // row 2 → 3: A 110→99 = −10 %, B 50→55 = +10 %; row 3 → 4: A missing, B 55→44 = −20 %.
    ReturnTable returns = ReturnTable.fromPrices(pricesByRow(new double[][] {
        {100, NaN}, {100, NaN}, {110, 50}, {99, 55}, {NaN, 44}}));

    // The first period (row 0 → 1) has A 0 % and B NaN, so it stays; nothing is all-missing except none.
    assertThat(returns.size()).isEqualTo(4);
    double[] a = returns.column(0);
    double[] b = returns.column(1);
    assertThat(a[0]).isEqualTo(0.0);
    assertThat(a[1]).isCloseTo(0.10, within(1e-15));
    assertThat(a[2]).isCloseTo(-0.10, within(1e-15));
    assertThat(a[3]).isNaN();
    assertThat(b[0]).isNaN();
    assertThat(b[1]).isNaN();
    assertThat(b[2]).isCloseTo(0.10, within(1e-15));
    assertThat(b[3]).isCloseTo(-0.20, within(1e-15));
    assertThat(returns.count(1)).isEqualTo(2);
  }

  @Test
  void dropsPeriodsWhereNoAssetHasAReturn() {
    // Row 1 → 2: both NaN (A missing on row 2, B missing on row 1): dropped.
    ReturnTable returns = ReturnTable.fromPrices(pricesByRow(new double[][] {
        {100, 10}, {101, NaN}, {NaN, 11}, {102, 12}}));
    assertThat(returns.size()).isEqualTo(2);
    assertThat(returns.dates()).containsExactly(EstimatorFixtures.START.plusDays(1), EstimatorFixtures.START.plusDays(3));
  }

  @Test
  void refusesReturnsOfMinusOneOrLess() {
    assertThatThrownBy(() -> EstimatorFixtures.returns(new double[] {0.1, -1.0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above −1");
  }
}
