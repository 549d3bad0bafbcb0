package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.perennial.domain.AccountType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldReader}: each refusal names the file, the field's line (counted by hand in
 * {@link #PLAN}) and the field path.
 */
class FieldReaderTest {

  private static final Path FILE = Path.of("plan.yaml");
  private static final String PLAN = String.join("\n",
      "profile:",                     // 1
      "  horizonYears: 101",          // 2
      "  inflation: 3",               // 3
      "accounts:",                    // 4
      "  - id: ira",                  // 5
      "    type: brokerage",          // 6
      "");

  private static FieldReader reader() throws IOException {
    return new FieldReader(FILE, LocationIndex.of(new YAMLFactory(), PLAN.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aValueOfTheWrongKindNamesItsLineAndTheAllowedValues() throws IOException {
    FieldReader fields = reader();
    assertThatThrownBy(() -> fields.id(AccountType.class, "/accounts/0/type", "brokerage", "account type"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("plan.yaml line 6, accounts[0].type: unknown account type 'brokerage'")
        .hasMessageContaining("use one of: ");
  }

  @Test
  void aMissingRequiredFieldNamesTheSectionItBelongsTo() throws IOException {
    FieldReader fields = reader();
    // annualSpending is not written: the error sits on profile:, line 1.
    assertThatThrownBy(() -> fields.amount("/profile/annualSpending", null, null))
        .isInstanceOf(InputException.class)
        .hasMessage("plan.yaml line 1, profile: no annualSpending given."
            + " Fix: add annualSpending: as a yearly amount in dollars, e.g. 70000");
  }

  @Test
  void aNumberOutOfRangeNamesItsLineFieldAndBounds() throws IOException {
    FieldReader fields = reader();
    assertThatThrownBy(() -> fields.whole("/profile/horizonYears", 101, 30, 1, 100, "horizon in years"))
        .isInstanceOf(InputException.class)
        .hasMessage("plan.yaml line 2, profile.horizonYears: horizon in years must lie between 1 and 100, got 101."
            + " Fix: write a whole number in that range");
    // 3 as inflation is out of [-0.05, 0.25] and reads as 3 %: the fix gives 0.03.
    assertThatThrownBy(() -> fields.rate("/profile/inflation", 3.0, 0.025, -0.05, 0.25, "inflation"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("plan.yaml line 3, profile.inflation: inflation must lie between -0.05 and 0.25, got 3")
        .hasMessageEndingWith("Fix: write rates as fractions: 0.03 for 3 %");
  }

  @Test
  void anAbsentOptionalFieldTakesItsDefault() throws IOException {
    FieldReader fields = reader();
    assertThat(fields.whole("/profile/age", null, 0, 0, 120, "age")).isZero();
    assertThat(fields.optionalRate("/profile/maxVolatility", null, 0.0, 1.0, "maximum volatility")).isEmpty();
  }
}
