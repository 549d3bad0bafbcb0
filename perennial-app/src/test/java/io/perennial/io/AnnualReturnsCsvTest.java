package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.market.AnnualReturnsTable;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnualReturnsCsvTest {

  @TempDir Path dir;

  @Test
  void readsDamodaranAsItIs() {
    AnnualReturnsTable table = AnnualReturnsCsv.read(SharedData.require("data/damodaran/annual_returns.csv"));

    assertThat(table.firstYear()).isEqualTo(1928);
    assertThat(table.lastYear()).isEqualTo(2025);
    assertThat(table.series()).contains("sp500_total_return", "tbond_10y", "cpi_inflation");
    // PROVENANCE.md: 1931 S&P −43.84 %, 2008 T-bond +20.10 %.
    assertThat(table.value("sp500_total_return", 1931)).isCloseTo(-0.4384, within(5e-5));
    assertThat(table.value("tbond_10y", 2008)).isCloseTo(0.2010, within(5e-5));
  }

  @Test
  void emptyCellsAreMissing() throws IOException {
    Path file = write("year,a,b\n2000,0.1,\n2001,0.2,0.05\n");

    AnnualReturnsTable table = AnnualReturnsCsv.read(file);

    assertThat(table.value("b", 2000)).isNaN();
    assertThat(table.value("b", 2001)).isEqualTo(0.05);
  }

  @Test
  void textInANumberColumnNamesLineAndColumn() throws IOException {
    Path file = write("year,a,b\n2000,0.1,0.2\n2001,0.2,abc\n");

    assertThatThrownBy(() -> AnnualReturnsCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("column b")
        .hasMessageContaining("'abc' is not a number");
  }

  @Test
  void duplicateYearIsRefused() throws IOException {
    Path file = write("year,a\n2000,0.1\n2000,0.2\n");

    assertThatThrownBy(() -> AnnualReturnsCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("year 2000 appears twice");
  }

  @Test
  void percentagesAreRefusedWithTheFix() throws IOException {
    Path file = write("year,a\n2000,12.5\n");

    assertThatThrownBy(() -> AnnualReturnsCsv.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("looks like a percentage");
  }

  @Test
  void missingFileSaysSo() {
    assertThatThrownBy(() -> AnnualReturnsCsv.read(dir.resolve("nope.csv")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nope.csv")
        .hasMessageContaining("file not found");
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("returns.csv");
    Files.writeString(file, text);
    return file;
  }
}
