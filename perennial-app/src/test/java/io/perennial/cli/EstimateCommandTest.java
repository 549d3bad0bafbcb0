package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.io.CsvTable;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {

  @TempDir Path dir;

  /** The result of one in-process run. */
  private record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return Json.mapper().readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reproducesDamodaransPublishedMeans() throws IOException {
    Path returns = SharedData.require("data/damodaran/annual_returns.csv");
    CsvTable published = CsvTable.read(SharedData.require("data/damodaran/published_summary.csv"));
    Run run = run("estimate", returns.toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode series = run.json().get("series");
    assertThat(run.json().has("correlation")).isTrue();

    int checked = 0;
    for (CsvTable.Row row : published.rows()) {
      if (!published.cell(row, 1).equals("1928") || !published.cell(row, 2).equals("2025")) {
        continue;
      }
      String key = published.cell(row, 0).equals("arithmetic_mean") ? "arithmeticMean" : "geometricMean";
      for (int c = 3; c < published.header().size(); c++) {
        String name = published.header().get(c);
        if (!series.has(name)) {
          continue; // the two equity premiums are checked below
        }
        double expected = published.number(row, c);
        double actual = series.get(name).get(key).asDouble();
        if (name.equals("us_small_cap_bottom_decile") && key.equals("geometricMean")) {
          // Damodaran's workbook takes its geometric means from its cumulative-value columns, and the
          // small-cap one still starts from the pre-revision 1928 return: $159.91 after 1928 (59.91 %)
          // where the return column, and annual_returns.csv, say 62.15 %. The geometric mean of the
          // returns as published is therefore higher, by exactly that first year's ratio:
          // (1 + ours)^98 / (1 + published)^98 = 1.6215 / 1.5991.
          assertThat(Math.pow((1 + actual) / (1 + expected), 98)).isCloseTo(1.6215 / 1.5991, within(1e-8));
        } else {
          assertThat(actual).as(name + " " + key).isCloseTo(expected, within(1e-6));
        }
        checked++;
      }
      // The published equity premiums are differences of the published means.
      JsonNode stocks = series.get("sp500_total_return");
      assertThat(stocks.get(key).asDouble() - series.get("tbill_3m").get(key).asDouble())
          .isCloseTo(published.number(row, published.column("stocks_minus_tbills")), within(1e-6));
      assertThat(stocks.get(key).asDouble() - series.get("tbond_10y").get(key).asDouble())
          .isCloseTo(published.number(row, published.column("stocks_minus_tbonds")), within(1e-6));
    }
    assertThat(checked).isEqualTo(14); // 7 series × arithmetic and geometric
    assertThat(series.get("sp500_total_return").get("years").asInt()).isEqualTo(98);
    // Every series is perfectly correlated with itself, and the matrix is symmetric.
    JsonNode correlation = run.json().get("correlation");
    assertThat(correlation.get("gold").get("gold").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(correlation.get("gold").get("tbond_10y").asDouble())
        .isEqualTo(correlation.get("tbond_10y").get("gold").asDouble());
  }

  @Test
  void annualStatisticsWorkedByHandWithMissingYears() throws IOException {
    // a: 0.10, 0.20, −0.10 → mean 0.0666…, geometric (1.1 × 1.2 × 0.9)^(1/3) − 1 = 1.188^(1/3) − 1,
    //    sample sd √(((0.1 − m)² + (0.2 − m)² + (−0.1 − m)²)/2) = √(0.0466…/2) = 0.152752523.
    // b: —, 0.05, 0.15 → common years with a: 2001, 2002, where a = 0.2, −0.1 and b = 0.05, 0.15:
    //    two points on a line of negative slope → correlation −1.
    Path file = dir.resolve("annual.csv");
    Files.writeString(file, "year,a,b\n2000,0.10,\n2001,0.20,0.05\n2002,-0.10,0.15\n");
    Run run = run("estimate", file.toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode a = run.json().get("series").get("a");
    assertThat(a.get("arithmeticMean").asDouble()).isCloseTo(0.2 / 3, within(1e-15));
    assertThat(a.get("geometricMean").asDouble()).isCloseTo(Math.cbrt(1.188) - 1, within(1e-15));
    assertThat(a.get("volatility").asDouble()).isCloseTo(0.152752523165195, within(1e-12));
    assertThat(a.get("years").asInt()).isEqualTo(3);
    assertThat(run.json().get("series").get("b").get("years").asInt()).isEqualTo(2);
    assertThat(run.json().get("correlation").get("a").get("b").asDouble()).isCloseTo(-1.0, within(1e-12));
    assertThat(run.json().size()).isEqualTo(2); // exactly "series" and "correlation"
  }

  @Test
  void humanOutputIsAnAlignedTable() {
    Run run = run("estimate", SharedData.require("data/damodaran/annual_returns.csv").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("sp500_total_return").contains("11.85 %").contains("10.02 %");
    List<String> lines = run.out().lines().toList();
    String header = lines.stream().filter(l -> l.contains("arithmetic mean")).findFirst().orElseThrow();
    String sp500 = lines.stream().filter(l -> l.contains("sp500_total_return")).findFirst().orElseThrow();
    assertThat(sp500.indexOf("11.85 %") + "11.85 %".length()).isEqualTo(header.indexOf("arithmetic mean") + "arithmetic mean".length());
  }

  @Test
  void aWidePriceFileGivesPyPortfolioOptsMeanHistoricalReturns() throws IOException {
    Run run = run("estimate", SharedData.require("validation/pypfopt/stock_prices.csv").toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode assets = run.json().get("assets");
    assertThat(run.json().get("kind").asText()).isEqualTo("priceTable");
    assertThat(run.json().get("frequency").asInt()).isEqualTo(252);
    // PyPortfolioOpt tests/test_expected_returns.py correct_mean: GOOG 0.247967, AAPL 0.294304.
    assertThat(assets.get("GOOG").get("annualReturn").asDouble()).isCloseTo(0.247967, within(1.5e-6));
    assertThat(assets.get("AAPL").get("annualReturn").asDouble()).isCloseTo(0.294304, within(1.5e-6));
    // Volatility = √(sample variance × 252); NumPy: sample_cov(AAPL, AAPL) = 0.20753690517551251.
    assertThat(assets.get("AAPL").get("volatility").asDouble()).isCloseTo(Math.sqrt(0.20753690517551251), within(1e-9));
    assertThat(assets.get("GOOG").get("firstDate").asText()).isEqualTo("2004-08-19");
  }

  @Test
  void aYahooPriceFileGivesIncomeFromImpliedDistributions() throws IOException {
    Run run = run("estimate", SharedData.require("data/income-etfs-2016-2021/daily/SPY.csv").toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode income = run.json().get("assets").get("SPY").get("income");
    // Implied distributions in the 12 months to 2021-04-27 (implied_distributions_derived.csv):
    // 2020-06-19 1.366, 2020-09-18 1.339, 2020-12-18 1.580, 2021-03-19 1.278; close 2021-04-27 417.5199890136719.
    double paid = 1.366 + 1.339 + 1.580 + 1.278;
    assertThat(income.get("trailingDistributions").asDouble()).isCloseTo(paid, within(4 * 5e-5));
    assertThat(income.get("trailingYield").asDouble()).isCloseTo(paid / 417.5199890136719, within(1e-6));
    assertThat(income.get("paymentsPerYear").asInt()).isEqualTo(4);
    assertThat(income.get("forwardYield").asDouble()).isCloseTo(1.278 * 4 / 417.5199890136719, within(1e-6));
    assertThat(income.get("asOf").asText()).isEqualTo("2021-04-27");
  }

  @Test
  void anAlphaVantageFileGivesReturnsAndIncome() throws IOException {
    Run run = run("estimate", SharedData.require("data/sp500-universe-2021/raw_daily/KO.csv").toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode ko = run.json().get("assets").get("KO");
    // KO paid 4 × 0.41 in 2020 (PROVENANCE), quarterly; as of 2021-04-21 the last regular payment is 0.42 (2021-03-12).
    JsonNode income = ko.get("income");
    assertThat(income.get("paymentsPerYear").asInt()).isEqualTo(4);
    JsonNode years = income.get("annualTotals");
    JsonNode last = years.get(years.size() - 1);
    assertThat(last.get("year").asInt()).isEqualTo(2020);
    assertThat(last.get("total").asDouble()).isCloseTo(1.64, within(1e-9));
    assertThat(income.get("yearsWithoutCut").asInt()).isEqualTo(20);
    assertThat(ko.get("observations").asInt()).isGreaterThan(5000);
  }

  @Test
  void dividendAndSplitFilesTogetherRestateAmounts() throws IOException {
    Path dividends = dir.resolve("dividends.csv");
    Files.writeString(dividends, "ticker,ex_date,dividend_amount,close_on_ex_date\n"
        + "XYZ,2018-12-01,1.00,100\n"
        + "XYZ,2019-03-01,1.00,100\nXYZ,2019-06-01,1.00,100\nXYZ,2019-09-01,1.00,100\nXYZ,2019-12-01,1.00,100\n"
        + "XYZ,2020-03-01,0.55,50\nXYZ,2020-06-01,0.55,50\nXYZ,2020-09-01,0.55,50\nXYZ,2020-12-01,0.55,50\n"
        + "XYZ,2021-03-01,0.55,50\n");
    Path splits = dir.resolve("splits.csv");
    Files.writeString(splits, "ticker,date,split_coefficient\nXYZ,2020-01-15,2.0\n");
    // The file covers 2018-12-01 … 2021-03-01, so 2019 and 2020 are complete years. Without the split,
    // 2020 (2.20) looks like a cut from 2019 (4.00); with it, 2019 is 2.00 per today's share.
    JsonNode alone = run("estimate", dividends.toString(), "--json").json().get("assets").get("XYZ").get("income");
    assertThat(alone.get("cuts").asInt()).isEqualTo(1);
    Run both = run("estimate", dividends.toString(), splits.toString(), "--json");
    assertThat(both.code()).as(both.err()).isZero();
    JsonNode files = both.json().get("files");
    JsonNode income = files.get(0).get("assets").get("XYZ").get("income");
    assertThat(income.get("cuts").asInt()).isZero();
    // As of 2021-03-01: trailing 4 × 0.55 = 2.20 on the ex-date close 50 → 4.4 %.
    assertThat(income.get("trailingYield").asDouble()).isCloseTo(0.044, within(1e-12));
    assertThat(files.get(1).get("kind").asText()).isEqualTo("splits");
    assertThat(files.get(0).get("kind").asText()).isEqualTo("dividends");
  }

  @Test
  void severalFilesGiveOneDocumentWithEachFileLabelled() throws IOException {
    Path annual = dir.resolve("annual.csv");
    Files.writeString(annual, "year,a\n2000,0.1\n2001,0.2\n");
    Path prices = dir.resolve("P.csv");
    // Monthly: 3 returns, the fewest annualised at 12 periods a year.
    Files.writeString(prices, "Date,Close\n2021-01-29,10\n2021-02-26,11\n2021-03-31,12\n2021-04-30,13\n");
    Run run = run("estimate", annual.toString(), prices.toString(), "--json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode files = run.json().get("files");
    assertThat(files.get(0).get("kind").asText()).isEqualTo("annualReturns");
    assertThat(files.get(0).get("file").asText()).isEqualTo(annual.toString());
    assertThat(files.get(0).get("series").get("a").get("years").asInt()).isEqualTo(2);
    assertThat(files.get(1).get("kind").asText()).isEqualTo("prices");
  }

  @Test
  void badInputExitsWithCodeTwoAndAMessageNamingTheProblem() throws IOException {
    Run missing = run("estimate", dir.resolve("missing.csv").toString(), "--json");
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("missing.csv").contains("file not found").doesNotContain("Exception");

    Path text = dir.resolve("KO.csv");
    Files.writeString(text, "Date,Close,Adj Close\n2021-01-04,52.76,50\n2021-01-05,fifty,50\n");
    Run textRun = run("estimate", text.toString());
    assertThat(textRun.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(textRun.err()).contains("KO.csv line 3, column Close").contains("'fifty' is not a number").contains("Fix:");

    Path duplicate = dir.resolve("wide.csv");
    Files.writeString(duplicate, "date,A,B\n2021-01-04,1,2\n2021-01-04,1,2\n");
    Run duplicateRun = run("estimate", duplicate.toString());
    assertThat(duplicateRun.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(duplicateRun.err()).contains("wide.csv line 3").contains("appears twice");

    Path unknown = dir.resolve("what.csv");
    Files.writeString(unknown, "name,colour\nx,red\n");
    Run unknownRun = run("estimate", unknown.toString());
    assertThat(unknownRun.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknownRun.err()).contains("what.csv line 1").contains("cannot tell what this file holds");

    Run frequency = run("estimate", unknown.toString(), "--frequency", "0");
    assertThat(frequency.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(frequency.err()).contains("--frequency");

    Run huge = run("estimate", unknown.toString(), "--frequency", "1000000");
    assertThat(huge.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(huge.err()).contains("--frequency must be between 1 and 366").contains("got 1000000").doesNotContain("Exception");

    Path yahoo = dir.resolve("SPY.csv");
    Files.writeString(yahoo, "Date,Open,High\n2021-01-04,1,2\n2021-01-05,1,2\n");
    Run noClose = run("estimate", yahoo.toString());
    assertThat(noClose.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noClose.err()).contains("SPY.csv line 1").contains("with no column named Close").contains("add the Close column")
        .doesNotContain("Exception");

    Run noFile = run("estimate");
    assertThat(noFile.code()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void frequencyOptionOverridesTheInferredOne() throws IOException {
    // 14 month ends, returns alternating +1 %, +2 %, ... (13 returns: seven of 1 %, six of 2 %), enough for 52 a year (13).
    StringBuilder csv = new StringBuilder("Date,Close\n");
    double price = 100;
    LocalDate month = LocalDate.of(2021, 1, 31);
    for (int t = 0; t < 14; t++) {
      csv.append(month.plusMonths(t).withDayOfMonth(month.plusMonths(t).lengthOfMonth())).append(',').append(price).append('\n');
      price *= t % 2 == 0 ? 1.01 : 1.02;
    }
    Path file = dir.resolve("M.csv");
    Files.writeString(file, csv.toString());
    double mean = (7 * 0.01 + 6 * 0.02) / 13;
    Run inferred = run("estimate", file.toString(), "--json");
    assertThat(inferred.json().get("frequency").asInt()).isEqualTo(12);
    assertThat(inferred.json().get("assets").get("M").get("arithmeticReturn").asDouble()).isCloseTo(mean * 12, within(1e-9));
    Run weekly = run("estimate", file.toString(), "--json", "--frequency", "52");
    assertThat(weekly.json().get("assets").get("M").get("arithmeticReturn").asDouble()).isCloseTo(mean * 52, within(1e-9));
  }

  @Test
  void tooFewReturnsToAnnualiseAreRefusedNamingTheFile() throws IOException {
    // Two days' prices once compounded to a year gave 7.2e75 %: 1 return, at least max(2, ⌈252 / 4⌉) = 63 needed.
    Path file = dir.resolve("two.csv");
    Files.writeString(file, "when,price\n2021-01-04,10\n2021-01-05,11\n");
    Run run = run("estimate", file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("two.csv").contains("1 returns found, at least 63 needed for an annualised figure at 252 periods a year")
        .contains("Fix:").doesNotContain("Exception").doesNotContain("e75");

    Path wide = dir.resolve("wide.csv");
    Files.writeString(wide, "date,A,B\n2021-01-29,1,2\n2021-02-26,1,2\n");
    Run wideRun = run("estimate", wide.toString());
    assertThat(wideRun.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(wideRun.err()).contains("wide.csv").contains("1 returns found, at least 3 needed for an annualised figure at 12 periods a year");
  }

  @Test
  void aTickerListedTooLateForAnAnnualisedFigureShowsNotAvailable() throws IOException {
    // Monthly, 4 returns for A (enough: 3), 1 for B listed in the last two months.
    Path wide = dir.resolve("late.csv");
    Files.writeString(wide, "date,A,B\n2021-01-29,10,\n2021-02-26,11,\n2021-03-31,12,\n2021-04-30,13,5\n2021-05-31,14,6\n");
    Run json = run("estimate", wide.toString(), "--json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.json().get("assets").get("A").get("annualReturn").isNumber()).isTrue();
    assertThat(json.json().get("assets").get("B").get("observations").asInt()).isEqualTo(1);
    assertThat(json.json().get("assets").get("B").get("annualReturn").isNull()).isTrue();
    Run text = run("estimate", wide.toString());
    assertThat(text.out()).containsPattern("B .*n/a").doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void everySharedMarketFileIsRecognisedAndSummarised() {
    for (String path : List.of("data/sp500-universe-2021/dividends.csv", "data/income-etfs-2016-2021/implied_distributions_derived.csv",
        "data/sp500-universe-2021/splits.csv", "data/income-etfs-2016-2021/daily/DIVO.csv")) {
      Run run = run("estimate", SharedData.require(path).toString(), "--json");
      assertThat(run.code()).as(path + ": " + run.err()).isZero();
    }
  }

  @Test
  void asOfOptionMovesTheValuationDate() throws IOException {
    Run run = run("estimate", SharedData.require("data/income-etfs-2016-2021/daily/SPY.csv").toString(), "--json",
        "--as-of", "2020-12-31");
    JsonNode income = run.json().get("assets").get("SPY").get("income");
    assertThat(LocalDate.parse(income.get("asOf").asText())).isEqualTo(LocalDate.of(2020, 12, 31));
    // 2020: 1.406 + 1.366 + 1.339 + 1.580 (PROVENANCE).
    assertThat(income.get("trailingDistributions").asDouble()).isCloseTo(1.406 + 1.366 + 1.339 + 1.580, within(2e-4));
    Iterator<JsonNode> excluded = income.get("excluded").elements();
    assertThat(excluded.hasNext()).isFalse();
  }
}
