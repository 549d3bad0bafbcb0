package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's price history is annualised only when it spans about a quarter of a year (max(2, ⌈f/4⌉) returns). */
class AssetHistoryTest {

  private static final AssetId DIV = AssetId.of("DIV");
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

  @TempDir Path dir;

  private Path prices(LocalDate first, int count, int stepDays) throws IOException {
    List<String> rows = new ArrayList<>(List.of("Date,Close"));
    double price = 100;
    for (int i = 0; i < count; i++) {
      rows.add(first.plusDays((long) i * stepDays) + "," + price);
      price *= i % 2 == 0 ? 1.01 : 0.995;
    }
    Path file = dir.resolve("DIV.csv");
    Files.write(file, rows);
    return file;
  }

  @Test
  void tenDailyPricesAreTooFewToAnnualise() throws IOException {
    // Weekdays only would be 252 a year; 10 prices give 9 returns, and 252 / 4 = 63 are needed.
    Path file = dir.resolve("DIV.csv");
    List<String> rows = new ArrayList<>(List.of("Date,Close"));
    LocalDate day = LocalDate.of(2025, 12, 1);
    for (int i = 0; i < 10; i++) {
      while (day.getDayOfWeek().getValue() > 5) {
        day = day.plusDays(1);
      }
      rows.add(day + "," + (100 + i));
      day = day.plusDays(1);
    }
    Files.write(file, rows);
    assertThatThrownBy(() -> AssetHistory.read(DIV, file, null, TODAY, "universe[0]"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("holds 10 prices, 9 returns of DIV at 252 periods a year; at least 63 are needed")
        .hasMessageContaining("give at least 64 prices");
  }

  @Test
  void threeMonthlyPricesAreTooFewAndFourAreEnough() throws IOException {
    // Monthly: ⌈12 / 4⌉ = 3 returns, so 4 prices.
    Path three = prices(LocalDate.of(2025, 9, 30), 3, 30);
    assertThatThrownBy(() -> AssetHistory.read(DIV, three, null, TODAY, "universe[0]"))
        .hasMessageContaining("2 returns of DIV at 12 periods a year; at least 3 are needed");
    Path four = prices(LocalDate.of(2025, 9, 30), 4, 30);
    AssetHistory.Figures figures = AssetHistory.read(DIV, four, null, TODAY, "universe[0]");
    // Returns +1 %, −0.5 %, +1 %: arithmetic mean 0.5 % a month, 6 % a year.
    assertThat(figures.expectedReturn().getAsDouble()).isCloseTo(0.06, within(1e-12));
  }
}
