package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The year-over-year change of income as signed percent text, bounded like every rate shown. */
class IncomeCommandTextTest {

  @Test
  void changesAreSignedAndBounded() {
    assertThat(IncomeCommand.signed(0.042)).isEqualTo("+4.2 %");
    assertThat(IncomeCommand.signed(-0.03)).isEqualTo("-3.0 %");
    assertThat(IncomeCommand.signed(0.0)).isEqualTo("0.0 %");
    // From $1 to $10¹⁰: not a number of hundreds of digits.
    assertThat(IncomeCommand.signed(1e10)).isEqualTo("more than 100,000,000 %");
    assertThat(IncomeCommand.signed(Double.NaN)).isEqualTo("n/a");
  }
}
