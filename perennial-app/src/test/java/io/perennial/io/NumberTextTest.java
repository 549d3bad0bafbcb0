package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "70000", "-0.035", "+1.5", ".5", "5.", "1.2e6", "1E-30", "9.99e30",
      "123456789012345678901234567890", "0.000000000000000000000000000001", "0e999", "1000000000000000000000000000000"})
  void acceptsPlainDecimalsOfRealisticSize(String text) {
    assertThat(NumberText.problem(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x10", "10.2f", "0x1.4p3", "NaN", "Infinity", "-.inf", "1_000", "1,000", "", "e5", "1e",
      "1e31", "1e-31", "12345678901234567890123456789012", "1e999999999", "1e-999999999", "10000000000000000000000000000000"})
  void refusesEverythingElse(String text) {
    assertThat(NumberText.problem(text)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 1_000_000})
  void neverQuotesMoreThanFortyCharacters(int length) {
    String problem = NumberText.problem("9".repeat(length));
    assertThat(problem).hasSizeLessThan(120).contains("9".repeat(40) + "…");
  }

  /** The fix quotes the user's token and speaks of finite numbers; it never says NaN or Infinity in prose. */
  @ParameterizedTest
  @ValueSource(strings = {"abc", "0x10", "NaN", "Infinity"})
  void theFixAsksForAFiniteNumberWithoutNamingNanOrInfinity(String text) {
    String prose = NumberText.problem(text).replace("'" + text + "'", "");
    assertThat(prose).contains("a finite number").doesNotContain("NaN").doesNotContainIgnoringCase("infinity");
  }
}
