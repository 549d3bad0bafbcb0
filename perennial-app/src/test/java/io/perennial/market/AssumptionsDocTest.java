package io.perennial.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AssetClass;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/assumptions.md states the same figures as the constants (no data files needed). */
class AssumptionsDocTest {

  private static final Path DOC = SharedData.repositoryRoot().resolve("docs/assumptions.md");

  private static List<String[]> rows(String tableStartsAfter) throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int start = lines.indexOf(tableStartsAfter);
    assertThat(start).as("heading '" + tableStartsAfter + "' in " + DOC).isNotNegative();
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("|")) {
        inTable = true;
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        for (int c = 0; c < cells.length; c++) {
          cells[c] = cells[c].strip().replace("`", "");
        }
        if (!cells[0].isEmpty() && !cells[0].startsWith("---") && !cells[0].equals("class")) {
          rows.add(cells);
        }
      } else if (inTable) {
        break;
      }
    }
    return rows;
  }

  private static double percent(String text) {
    return Double.parseDouble(text.replace("−", "-").replace("%", "").strip()) / 100.0;
  }

  @Test
  void theFiguresTableMatchesTheConstants() throws IOException {
    List<String[]> rows = rows("## The figures");
    assertThat(rows).hasSize(AssetClass.values().length);
    for (String[] row : rows) {
      ClassAssumptions constants = BuiltInAssumptions.SET.of(AssetClass.parse(row[0]));
      String what = row[0];
      assertThat(percent(row[1])).as(what + " yield").isCloseTo(constants.yield(), within(1e-9));
      assertThat(percent(row[2])).as(what + " income growth").isCloseTo(constants.incomeGrowth(), within(1e-9));
      assertThat(percent(row[3])).as(what + " expected return").isCloseTo(constants.expectedReturn(), within(1e-9));
      assertThat(percent(row[4])).as(what + " geometric").isCloseTo(constants.geometricReturn(), within(0.00005 + 1e-9));
      assertThat(percent(row[5])).as(what + " volatility").isCloseTo(constants.volatility(), within(1e-9));
    }
  }

  @Test
  void theInflationRiskTableMatchesTheConstants() throws IOException {
    List<String[]> rows = rows("## Inflation risk (1985–2018, rounded)");
    AssetClass[] classes = AssetClass.values();
    assertThat(rows).hasSize(classes.length);
    for (int i = 0; i < classes.length; i++) {
      assertThat(AssetClass.parse(rows.get(i)[0])).isEqualTo(classes[i]);
      double stated = Double.parseDouble(rows.get(i)[1].replace("−", "-"));
      assertThat(stated).as("inflation correlation of " + classes[i].id()).isEqualTo(InflationRisk.correlation(classes[i]));
    }
    String text = Files.readString(DOC);
    assertThat(text).contains("**volatility " + String.format(java.util.Locale.US, "%.2f", InflationRisk.VOLATILITY * 100) + " %**")
        .contains("**persistence " + InflationRisk.PERSISTENCE + "**");
  }

  @Test
  void theCorrelationTableMatchesTheConstants() throws IOException {
    List<String[]> rows = rows("## Correlations (1985–2018, rounded)");
    AssetClass[] classes = AssetClass.values();
    assertThat(rows).hasSize(classes.length);
    for (int i = 0; i < classes.length; i++) {
      assertThat(AssetClass.parse(rows.get(i)[0])).isEqualTo(classes[i]);
      for (int j = 0; j < classes.length; j++) {
        double stated = Double.parseDouble(rows.get(i)[j + 1].replace("−", "-"));
        assertThat(stated).as(classes[i].id() + "/" + classes[j].id())
            .isEqualTo(BuiltInAssumptions.CORRELATIONS.correlation(classes[i], classes[j]));
      }
    }
  }

  @Test
  void theDerivationTableStatesTheLongRunMeansUsed() throws IOException {
    // long-run real mean column → (1 + mean) × 1.025 − 1 = the expected return constant
    for (String[] row : rows("## Method")) {
      String realMean = row[5];
      if (realMean.isEmpty() || realMean.contains("+")) {
        continue; // royalties (judgement) and rental (appreciation + rent, checked elsewhere)
      }
      ClassAssumptions constants = BuiltInAssumptions.SET.of(AssetClass.parse(row[0]));
      assertThat((1 + percent(realMean)) * 1.025 - 1).as(row[0]).isCloseTo(constants.expectedReturn(), within(0.0001));
    }
  }

  @Test
  void theForwardFiguresTableMatchesTheForwardSet() throws IOException {
    List<String[]> rows = rows("## Forward set: the figures");
    assertThat(rows).hasSize(AssetClass.values().length);
    for (String[] row : rows) {
      ClassAssumptions constants = ForwardAssumptions.SET.of(AssetClass.parse(row[0]));
      String what = row[0];
      assertThat(percent(row[1])).as(what + " yield").isCloseTo(constants.yield(), within(0.00005 + 1e-9));
      assertThat(percent(row[2])).as(what + " income growth").isCloseTo(constants.incomeGrowth(), within(0.00005 + 1e-9));
      assertThat(percent(row[3])).as(what + " arithmetic").isCloseTo(constants.arithmeticReturn(), within(0.00005 + 1e-9));
      assertThat(percent(row[4])).as(what + " geometric").isCloseTo(constants.geometricReturn(), within(0.00005 + 1e-9));
      assertThat(percent(row[5])).as(what + " volatility").isCloseTo(constants.volatility(), within(1e-9));
    }
  }

  @Test
  void theForwardBlocksTableAddsUpAndMatchesTheBlocks() throws IOException {
    List<String[]> rows = rows("## Forward set: building blocks");
    assertThat(rows).hasSize(AssetClass.values().length);
    for (String[] row : rows) {
      AssetClass assetClass = AssetClass.parse(row[0]);
      BuildingBlocks blocks = ForwardAssumptions.blocks(assetClass);
      double[] stated = new double[7];
      for (int c = 0; c < 7; c++) {
        stated[c] = percent(row[c + 1]);
      }
      double[] code = {blocks.yield(), blocks.netBuybacks(), blocks.realGrowth(), blocks.inflation(),
          blocks.valuation(), blocks.creditLoss(), blocks.geometricReturn()};
      for (int c = 0; c < 7; c++) {
        assertThat(stated[c]).as(row[0] + " column " + (c + 1)).isCloseTo(code[c], within(0.00005 + 1e-9));
      }
      // the row adds up as printed, within the rounding of six two-decimal figures
      double sum = stated[0] + stated[1] + stated[2] + stated[3] + stated[4] - stated[5];
      assertThat(sum).as(row[0] + " sum").isCloseTo(stated[6], within(0.0003));
    }
  }
}
