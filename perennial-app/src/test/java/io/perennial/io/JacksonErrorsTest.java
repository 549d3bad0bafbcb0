package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.market.BuiltInAssumptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JacksonErrors}: syntax errors of the parser become messages naming the file and the line
 * (counted by hand in each test) and the fix.
 */
class JacksonErrorsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aTabIsNamedAtItsLine() throws IOException {
    // line 1 profile:, line 2 annualSpending, line 3 starts with a tab.
    Path file = write("profile:\n  annualSpending: 50000\n\thorizonYears: 30\n");
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + " line 3: not valid YAML")
        .hasMessageContaining("spaces, not tabs");
  }

  @Test
  void anUnclosedQuoteIsNamedWhereTheParserGaveUp() throws IOException {
    // The quote opens on line 2 and is never closed: the parser reaches the end of the text, line 3.
    Path file = write("profile:\n  name: \"Ann\n  annualSpending: 50000");
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + " line 3: not valid YAML")
        .hasMessageContaining("Fix: check the indentation");
  }

  @Test
  void aDuplicateKeyNamesTheSecondLineAndTheField() throws IOException {
    // annualSpending is written on lines 2 and 3; the second one is the error.
    Path file = write("profile:\n  annualSpending: 50000\n  annualSpending: 60000\n");
    assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + " line 3, profile.annualSpending: the field 'annualSpending' appears twice")
        .hasMessageEndingWith("Fix: keep one of the two");
  }
}
