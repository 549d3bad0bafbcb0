package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.io.InputException;
import io.perennial.io.MarketFile;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random corruptions of small slices of real market files (and of synthetic files in the same
 * layouts, so the property also runs without {@code ../shared}): whatever the damage, reading and
 * estimating gives either a valid result (finite numbers or null in the JSON) or an
 * {@link InputException} that names the file — never another exception, never a stack trace.
 */
class EstimateFuzzTest {

  /** Slices of the shared files, each the header and its first data lines. */
  private static final List<Sample> SAMPLES = samples();

  private record Sample(String name, List<String> lines) {}

  private static List<Sample> samples() {
    List<Sample> samples = new ArrayList<>();
    samples.add(new Sample("SYN.csv", List.of("Date,Open,High,Low,Close,Adj Close,Volume",
        "2020-01-02 00:00:00,10,11,9,10.5,10.1,100", "2020-01-03 00:00:00,10,11,9,10.6,10.2,100",
        "2020-01-06 00:00:00,10,11,9,10.4,10.05,100", "2020-01-07 00:00:00,10,11,9,10.2,9.95,100")));
    samples.add(new Sample("wide.csv", List.of("date,A,B,C", "2020-01-02,10,,3", "2020-01-03,10.5,20,3.1",
        "2020-01-06,10.2,20.5,3.05", "2020-01-07,10.1,20.1,3.2")));
    samples.add(new Sample("annual.csv", List.of("year,stocks,bonds", "2000,-0.09,0.16", "2001,-0.12,0.05",
        "2002,-0.22,0.15", "2003,0.28,0.004")));
    samples.add(new Sample("divs.csv", List.of("ticker,ex_date,dividend_amount,close_on_ex_date", "KO,2019-03-14,0.40,46.1",
        "KO,2019-06-13,0.40,51.2", "KO,2019-09-12,0.40,54.9", "KO,2019-11-29,0.40,53.3", "KO,2020-03-13,0.41,48.0")));
    samples.add(new Sample("SCHD.csv", List.of("date,dividend", "2020-03-25,0.5", "2020-06-24,0.55", "2020-09-23,0.6")));
    samples.add(new Sample("splits.csv", List.of("ticker,date,split_coefficient", "AAPL,2014-06-09,7.0", "AAPL,2020-08-31,4.0")));
    samples.add(new Sample("AV.csv", List.of("timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient",
        "2020-08-27,500,510,490,500.04,124.4,1000,0.0,1.0", "2020-08-28,500,510,490,499.23,124.2,1000,0.0,1.0",
        "2020-08-31,127,131,126,129.04,128.4,1000,0.0,4.0", "2020-09-01,132,134,130,134.18,133.5,1000,0.0,1.0")));
    addShared(samples, "data/income-etfs-2016-2021/daily/SPY.csv", 20, "SPY.csv");
    addShared(samples, "data/income-etfs-2016-2021/daily/DIVO.csv", 170, "DIVO.csv");
    addShared(samples, "data/sp500-universe-2021/raw_daily/KO.csv", 20, "KO.csv");
    addShared(samples, "data/sp500-universe-2021/dividends.csv", 30, "dividends.csv");
    addShared(samples, "data/income-etfs-2016-2021/implied_distributions_derived.csv", 30, "implied.csv");
    addShared(samples, "data/sp500-universe-2021/splits.csv", 20, "splits.csv");
    addShared(samples, "data/damodaran/annual_returns.csv", 20, "annual_returns.csv");
    addShared(samples, "validation/pypfopt/stock_prices.csv", 20, "stock_prices.csv");
    addShared(samples, "data/sp500-universe-2021/adjusted_close_daily_wide.csv", 15, "wide_sp500.csv");
    return samples;
  }

  private static void addShared(List<Sample> samples, String relative, int dataLines, String name) {
    Path file = SharedData.root().resolve(relative);
    if (!Files.exists(file)) {
      return;
    }
    try (var lines = Files.lines(file)) {
      List<String> slice = lines.limit(dataLines + 1L).collect(Collectors.toCollection(ArrayList::new));
      if (name.equals("wide_sp500.csv")) {
        // Keep the first eight columns of the 505.
        slice.replaceAll(line -> Arrays.stream(line.split(",", -1)).limit(8).collect(Collectors.joining(",")));
      }
      samples.add(new Sample(name, List.copyOf(slice)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String[] NASTY = {"", " ", "abc", "-1", "0", "-0.0", "1e400", "NaN", "Infinity", "2021-13-45", "2021-02-30",
      "2021/01/04", "04.01.2021", "\"", "\"a,b\"", "1,5", "1;5", "null", "999999999999999999999", "0.0000001", "-1e-300", "①",
      "\u0000", "true", "2021-01-04T10:15:30", "2021-01-04 25:99:00", "9999-12-31", "0000-01-01", "NA", "1.2.3", "+5", "--5"};

  @Provide
  Arbitrary<Integer> sampleIndex() {
    return Arbitraries.integers().between(0, SAMPLES.size() - 1);
  }

  @Property(tries = 300)
  void corruptedFilesGiveAResultOrAnInputErrorThatNamesTheFile(
      @ForAll("sampleIndex") int sample, @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int corruptions) throws IOException {
    Random random = new Random(seed);
    Sample original = SAMPLES.get(sample);
    List<String> lines = new ArrayList<>(original.lines());
    StringBuilder applied = new StringBuilder();
    for (int k = 0; k < corruptions; k++) {
      applied.append(corrupt(lines, random)).append("; ");
    }
    Path dir = Files.createTempDirectory("fuzz");
    Path file = dir.resolve(original.name());
    byte[] bytes = String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x40)); // invalid UTF-8
      applied.append("invalid byte; ");
    }
    Files.write(file, bytes);
    try {
      MarketFile loaded = MarketFile.load(file);
      Object json = EstimateReport.of(List.of(loaded), null, null).toJson();
      StringWriter text = new StringWriter();
      EstimateReport.of(List.of(loaded), null, null).print(new PrintWriter(text));
      assertFiniteOrNull(Json.mapper().valueToTree(json), original.name() + " after " + applied);
    } catch (InputException e) {
      assertThat(e.where()).as(applied.toString()).contains(file.toString());
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      fail(original.name() + " after " + applied + " threw " + e, e);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  @Property(tries = 100)
  void theCommandLineNeverPrintsAStackTraceForCorruptedFiles(
      @ForAll("sampleIndex") int sample, @ForAll long seed) throws IOException {
    Random random = new Random(seed);
    Sample original = SAMPLES.get(sample);
    List<String> lines = new ArrayList<>(original.lines());
    String applied = corrupt(lines, random);
    Path dir = Files.createTempDirectory("fuzz");
    Path file = dir.resolve(original.name());
    Files.writeString(file, String.join("\n", lines) + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "estimate", file.toString(), "--json");
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
    assertThat(code).as(applied + ": " + err).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
    assertThat(err.toString()).as(applied).doesNotContain("\tat ").doesNotContain("internal error");
    if (code == ExitCodes.OK) {
      Json.mapper().readTree(out.toString());
    } else {
      assertThat(err.toString()).as(applied).contains(file.getFileName().toString());
      assertThat(out.toString()).isEmpty();
    }
  }

  /** Applies one random corruption to {@code lines} and says which. */
  private static String corrupt(List<String> lines, Random random) {
    if (lines.isEmpty()) {
      lines.add("x");
      return "added a line to an empty file";
    }
    int line = random.nextInt(lines.size());
    int dataLine = lines.size() > 1 ? 1 + random.nextInt(lines.size() - 1) : 0;
    switch (random.nextInt(11)) {
      case 0:
        lines.remove(line);
        return "deleted line " + (line + 1);
      case 1:
        lines.add(dataLine, lines.get(dataLine));
        return "duplicated line " + (dataLine + 1);
      case 2: {
        int other = lines.size() > 1 ? 1 + random.nextInt(lines.size() - 1) : 0;
        String a = lines.get(dataLine);
        lines.set(dataLine, lines.get(other));
        lines.set(other, a);
        return "swapped lines " + (dataLine + 1) + " and " + (other + 1);
      }
      case 3:
      case 4:
      case 5: {
        String[] cells = lines.get(line).split(",", -1);
        int cell = random.nextInt(cells.length);
        cells[cell] = NASTY[random.nextInt(NASTY.length)];
        lines.set(line, String.join(",", cells));
        return "line " + (line + 1) + " cell " + (cell + 1) + " := '" + cells[cell] + "'";
      }
      case 6: {
        String text = lines.get(line);
        int at = random.nextInt(text.length() + 1);
        String chars = ",;\"\n x-.9";
        char c = chars.charAt(random.nextInt(chars.length()));
        lines.set(line, text.substring(0, at) + c + text.substring(at));
        return "inserted '" + c + "' in line " + (line + 1);
      }
      case 7: {
        String text = lines.get(line);
        lines.set(line, text.substring(0, random.nextInt(text.length() + 1)));
        while (lines.size() > line + 1) {
          lines.remove(lines.size() - 1);
        }
        return "truncated at line " + (line + 1);
      }
      case 8: {
        String[] cells = lines.get(line).split(",", -1);
        List<String> kept = new ArrayList<>(Arrays.asList(cells));
        if (random.nextBoolean() && kept.size() > 1) {
          kept.remove(random.nextInt(kept.size()));
        } else {
          kept.add(random.nextInt(kept.size() + 1), NASTY[random.nextInt(NASTY.length)]);
        }
        lines.set(line, String.join(",", kept));
        return "changed the number of cells of line " + (line + 1);
      }
      case 9:
        lines.set(line, lines.get(line).replace(',', ';'));
        return "semicolons in line " + (line + 1);
      default:
        lines.subList(1, lines.size()).clear();
        return "kept only the header";
    }
  }

  private static void assertFiniteOrNull(JsonNode node, String context) {
    if (node.isNumber()) {
      assertThat(Double.isFinite(node.asDouble())).as(context + ": " + node).isTrue();
    }
    if (node.isTextual()) {
      assertThat(node.asText()).as(context).doesNotContain("NaN").doesNotContain("Infinity");
    }
    Iterator<JsonNode> children = node.elements();
    while (children.hasNext()) {
      assertFiniteOrNull(children.next(), context);
    }
  }
}
