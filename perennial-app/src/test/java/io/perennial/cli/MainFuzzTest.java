package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole command lines on mutated inputs: the example plans and small CSV files of every kind the
 * commands read, with lines deleted, duplicated, swapped or cut, cells replaced by nasty tokens,
 * cells added or dropped, and options given nasty values. Every case must end in exit 0 (a
 * report), 2 (bad input, located: the file and "line N", or the option) or 3 (infeasible rules),
 * never print a stack trace, an exception or a Java class name, and never print NaN or Infinity
 * except as the user's own token quoted back.
 *
 * <p>Seeded and reproducible: {@code -Dperennial.fuzz.seed=S} (default {@value #DEFAULT_SEED}),
 * {@code -Dperennial.fuzz.cases=N} (default {@value #DEFAULT_CASES}); case k draws from
 * {@code new SplittableRandom(seed).split()} taken k times, so a failing case is replayed by its
 * seed and index. See docs/fuzzing.md.
 */
class MainFuzzTest {

  static final long DEFAULT_SEED = 20261202L;
  static final int DEFAULT_CASES = 300;
  private static final int REPORTED = 20;

  private static final Path EXAMPLES = SharedData.repositoryRoot().resolve("examples");

  static final String[] NASTY = {"1e999999999", "1e-999999999", "-0", "NaN", "Infinity", "-Infinity", "0x10", "", "\"\"",
      "x".repeat(5000), "9".repeat(400), "ünïcødé①", "\t", "a,b", "1,5", "2025-02-30", "2025-13-01", "-1", "-1000000",
      "99999999999999999999", "0", "1e308", "4.9e-324", "null", "~", "abc", " ", "1.2.3", "+5", "--5", "2021/01/04"};

  /**
   * Known failure classes another change is fixing (issue 8, see docs/fuzzing.md): a case whose
   * output matches one is counted apart, not failed.
   */
  static final Map<String, Pattern> EXCLUDED = Map.of();

  /** One input file kind: a name, its lines, and the command lines that read it ({@code FILE} = its path). */
  record Input(String name, List<String> lines, List<List<String>> commands) {}

  private static List<Input> inputs() throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String plan : List.of("retiree.yaml", "accumulator.yaml")) {
      inputs.add(new Input(plan, Files.readAllLines(EXAMPLES.resolve(plan)),
          List.of(List.of("plan", "FILE"), List.of("plan", "FILE", "--json"))));
    }
    List<String> annual = new ArrayList<>(List.of("year,stocks,bonds,cpi_inflation"));
    double[][] rows = {{0.21, 0.03, 0.02}, {-0.09, 0.16, 0.034}, {-0.12, 0.05, 0.028}, {-0.22, 0.15, 0.016},
        {0.28, 0.004, 0.023}, {0.10, 0.04, 0.027}, {0.05, 0.03, 0.034}, {0.15, 0.02, 0.032}, {0.05, 0.02, 0.028},
        {-0.37, 0.20, 0.038}, {0.26, -0.11, -0.004}, {0.15, 0.08, 0.016}};
    for (int i = 0; i < rows.length; i++) {
      annual.add((1999 + i) + "," + rows[i][0] + "," + rows[i][1] + "," + rows[i][2]);
    }
    List<String> project = List.of("project", "--history", "FILE", "--mix", "stocks=0.6,bonds=0.4", "--years", "10",
        "--withdrawal-rate", "0.04", "--no-progress", "--threads", "1");
    inputs.add(new Input("annual.csv", annual, List.of(project, plus(project, "--json"),
        plus(project, "--monte-carlo", "--paths", "50"), plus(project, "--bootstrap", "--paths", "50", "--block", "2"),
        plus(project, "--inflation-adjusted", "--rule", "guyton-klinger"), List.of("estimate", "FILE"))));
    List<String> yahoo = new ArrayList<>(List.of("Date,Open,High,Low,Close,Adj Close,Volume"));
    List<String> wide = new ArrayList<>(List.of("date,A,B,C"));
    SplittableRandom prices = new SplittableRandom(7);
    double a = 10;
    double b = 20;
    double c = 3;
    for (int d = 0; d < 40; d++) {
      String date = java.time.LocalDate.of(2020, 1, 2).plusDays(d).toString();
      a *= 1 + prices.nextDouble(-0.02, 0.021);
      b *= 1 + prices.nextDouble(-0.01, 0.011);
      c *= 1 + prices.nextDouble(-0.03, 0.031);
      yahoo.add(String.format("%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d", date, a, a * 1.01, a * 0.99, a, a * 0.98, 1000 + d));
      wide.add(String.format("%s,%.4f,%.4f,%.4f", date, a, b, c));
    }
    inputs.add(new Input("SYN.csv", yahoo, List.of(List.of("estimate", "FILE"), List.of("estimate", "FILE", "--json"))));
    List<String> optimize = List.of("optimize", "--prices", "FILE", "--frequency", "252");
    inputs.add(new Input("wide.csv", wide, List.of(plus(optimize, "--objective", "min-volatility"),
        plus(optimize, "--objective", "max-sharpe", "--json"),
        plus(optimize, "--objective", "efficient-risk", "--target-volatility", "0.3"),
        plus(optimize, "--objective", "max-utility", "--risk-model", "ledoit-wolf"), List.of("estimate", "FILE"))));
    inputs.add(new Input("divs.csv", List.of("ticker,ex_date,dividend_amount,close_on_ex_date", "KO,2019-03-14,0.40,46.1",
        "KO,2019-06-13,0.40,51.2", "KO,2019-09-12,0.40,54.9", "KO,2019-11-29,0.40,53.3", "KO,2020-03-13,0.41,48.0"),
        List.of(List.of("estimate", "FILE"), List.of("estimate", "FILE", "--json"))));
    inputs.add(new Input("SCHD.csv", List.of("date,dividend", "2020-03-25,0.5", "2020-06-24,0.55", "2020-09-23,0.6",
        "2020-12-22,0.62"), List.of(List.of("estimate", "FILE"))));
    return inputs;
  }

  /** Command lines without a file, mutated in their options only. */
  private static final List<List<String>> OPTION_ONLY = List.of(
      List.of("tax", "--year", "2025", "--filing-status", "single", "--income", "wages=80000,qualified-dividends=5000"),
      List.of("tax", "--year", "2026", "--filing-status", "married-joint", "--income", "wages=150000", "--json"),
      List.of("optimize", "--objective", "min-volatility"));

  private static List<String> plus(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(Arrays.asList(more));
    return List.copyOf(all);
  }

  /** One finished case. */
  record Outcome(int index, String input, String mutations, List<String> args, int code, String out, String err) {}

  @Test
  void mutatedInputsGiveAReportALocatedErrorOrNamedConflicts(@TempDir Path dir) throws IOException {
    long seed = Long.getLong("perennial.fuzz.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("perennial.fuzz.cases", DEFAULT_CASES);
    List<Input> inputs = inputs();
    SplittableRandom root = new SplittableRandom(seed);
    Map<Integer, Integer> byCode = new TreeMap<>();
    Map<String, Integer> excluded = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < cases; k++) {
      Outcome outcome = runCase(k, root.split(), inputs, dir);
      byCode.merge(outcome.code(), 1, Integer::sum);
      String problem = problem(outcome);
      if (problem == null) {
        continue;
      }
      String known = excludedClass(outcome);
      if (known != null) {
        excluded.merge(known, 1, Integer::sum);
      } else {
        failures.add(describe(seed, outcome, problem));
      }
    }
    String summary = "seed " + seed + ", " + cases + " cases, by exit code " + byCode + ", excluded " + excluded + ", "
        + failures.size() + " failures";
    System.out.println("MainFuzzTest: " + summary);
    assertThat(failures).as(summary + "; the first " + REPORTED + ":\n" + String.join("\n\n",
        failures.subList(0, Math.min(REPORTED, failures.size())))).isEmpty();
  }

  private static Outcome runCase(int index, SplittableRandom random, List<Input> inputs, Path dir) throws IOException {
    List<String> mutations = new ArrayList<>();
    List<String> args;
    String inputName;
    if (random.nextInt(10) == 0) {
      args = new ArrayList<>(OPTION_ONLY.get(random.nextInt(OPTION_ONLY.size())));
      inputName = "(options only)";
    } else {
      Input input = inputs.get(random.nextInt(inputs.size()));
      inputName = input.name();
      List<String> lines = new ArrayList<>(input.lines());
      int count = 1 + random.nextInt(2);
      for (int m = 0; m < count; m++) {
        mutations.add(mutate(lines, random));
      }
      Path caseDir = Files.createDirectories(dir.resolve("case-" + index));
      Path file = caseDir.resolve(input.name());
      Files.writeString(file, String.join("\n", lines) + (random.nextInt(8) == 0 ? "" : "\n"));
      args = new ArrayList<>(input.commands().get(random.nextInt(input.commands().size())));
      args.replaceAll(a -> a.equals("FILE") ? file.toString() : a);
    }
    if (random.nextInt(4) == 0 || mutations.isEmpty()) {
      mutations.add(mutateOption(args, random));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Outcome(index, inputName, String.join("; ", mutations), List.copyOf(args), code, out.toString(),
        err.toString());
  }

  /** Applies one mutation to {@code lines} and says which. */
  static String mutate(List<String> lines, SplittableRandom random) {
    if (lines.isEmpty()) {
      lines.add("x");
      return "added a line to an empty file";
    }
    int line = random.nextInt(lines.size());
    int other = random.nextInt(lines.size());
    switch (random.nextInt(9)) {
      case 0 -> {
        String removed = lines.remove(line);
        return "deleted line " + (line + 1) + " '" + clip(removed) + "'";
      }
      case 1 -> {
        lines.add(line, lines.get(line));
        return "duplicated line " + (line + 1);
      }
      case 2 -> {
        String first = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, first);
        return "swapped lines " + (line + 1) + " and " + (other + 1);
      }
      case 3, 4, 5 -> {
        String text = lines.get(line);
        String token = NASTY[random.nextInt(NASTY.length)];
        java.util.regex.Matcher value = Pattern.compile(text.contains(",") ? "[^,]+" : "(?<=: )\\S.*|-?\\d[\\d.]*")
            .matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (value.find()) {
          spans.add(new int[] {value.start(), value.end()});
        }
        if (spans.isEmpty()) {
          lines.set(line, text + token);
          return "appended '" + clip(token) + "' to line " + (line + 1);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        lines.set(line, text.substring(0, span[0]) + token + text.substring(span[1]));
        return "line " + (line + 1) + ": '" + clip(text.substring(span[0], span[1])) + "' := '" + clip(token) + "'";
      }
      case 6 -> {
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(line).split(",", -1)));
        if (random.nextBoolean() && cells.size() > 1) {
          cells.remove(random.nextInt(cells.size()));
          lines.set(line, String.join(",", cells));
          return "dropped a cell of line " + (line + 1);
        }
        String token = NASTY[random.nextInt(NASTY.length)];
        cells.add(random.nextInt(cells.size() + 1), token);
        lines.set(line, String.join(",", cells));
        return "added a cell '" + clip(token) + "' to line " + (line + 1);
      }
      case 7 -> {
        String text = lines.get(line);
        lines.set(line, text.substring(0, random.nextInt(text.length() + 1)));
        lines.subList(line + 1, lines.size()).clear();
        return "truncated the file in line " + (line + 1);
      }
      default -> {
        String text = lines.get(line);
        int at = random.nextInt(text.length() + 1);
        String c = String.valueOf(",\t.\"#:-".charAt(random.nextInt(7)));
        lines.set(line, text.substring(0, at) + c + text.substring(at));
        return "inserted '" + c + "' in line " + (line + 1);
      }
    }
  }

  private static final String[] BAD_OPTION_VALUES = {"NaN", "Infinity", "-1", "0", "1e999999999", "abc", "", "2025-02-30",
      "99999999999", "0x10", "-0", "/nonexistent/dir/file.csv", "1,5"};

  /** Replaces the value of one option (or adds a random one) and says which. */
  static String mutateOption(List<String> args, SplittableRandom random) {
    List<Integer> values = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i - 1).startsWith("--") && !args.get(i).startsWith("--")) {
        values.add(i);
      }
    }
    if (values.isEmpty() || random.nextInt(5) == 0) {
      String[] extra = {"--frequency", "--as-of", "--year", "--paths", "--seed", "--years", "--risk-aversion"};
      String option = extra[random.nextInt(extra.length)];
      String value = BAD_OPTION_VALUES[random.nextInt(BAD_OPTION_VALUES.length)];
      args.add(option);
      args.add(value);
      return "added " + option + " '" + value + "'";
    }
    int at = values.get(random.nextInt(values.size()));
    if (args.get(at - 1).equals("--paths") || args.get(at - 1).equals("--threads")) {
      String value = String.valueOf(random.nextInt(-2, 60));
      args.set(at, value);
      return args.get(at - 1) + " := '" + value + "'";
    }
    String value = BAD_OPTION_VALUES[random.nextInt(BAD_OPTION_VALUES.length)];
    String was = args.get(at);
    args.set(at, value);
    return args.get(at - 1) + " '" + clip(was) + "' := '" + value + "'";
  }

  private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"");
  private static final Pattern LINE = Pattern.compile("line \\d+");
  private static final Pattern WHOLE_FILE = Pattern.compile("has a header but no|is empty|no data rows|has no rows|needs at least");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

  /** What is wrong with an outcome, or null when it keeps the contract. */
  static String problem(Outcome o) {
    String all = o.out() + o.err();
    if (o.code() != ExitCodes.OK && o.code() != ExitCodes.BAD_INPUT && o.code() != ExitCodes.INFEASIBLE) {
      return "exit " + o.code();
    }
    for (String bad : List.of("\tat ", "Exception", "java.")) {
      if (all.contains(bad)) {
        return "output contains '" + bad.strip() + "'";
      }
    }
    String prose = QUOTED.matcher(all).replaceAll("''");
    // the user's own token may come back (a ticker named NaN, --withdrawal-rate NaN: "got NaN"); a
    // figure the program computed may not
    String given = o.mutations() + " " + o.args();
    for (String bad : List.of("NaN", "Infinity")) {
      if (prose.contains(bad) && !given.contains(bad)) {
        return "output contains " + bad + " outside a quoted input";
      }
    }
    if (o.code() == ExitCodes.BAD_INPUT) {
      String file = o.args().stream().filter(a -> a.contains("case-")).findFirst().map(a -> Path.of(a).getFileName().toString())
          .orElse(null);
      // a problem of the file as a whole (no data rows at all) has no line to name
      boolean locatedInFile = file != null && o.err().contains(file)
          && (LINE.matcher(o.err()).find() || WHOLE_FILE.matcher(o.err()).find());
      // a pure option error names the option: one given, or the one missing
      boolean namesAnOption = OPTION.matcher(o.err()).find();
      if (!locatedInFile && !namesAnOption) {
        return "exit 2 without a location (the file and 'line N', or the option)";
      }
    }
    return null;
  }

  private static String excludedClass(Outcome o) {
    String all = o.out() + o.err();
    return EXCLUDED.entrySet().stream().filter(e -> e.getValue().matcher(all).find()).map(Map.Entry::getKey).findFirst()
        .orElse(null);
  }

  private static String describe(long seed, Outcome o, String problem) {
    return "case " + o.index() + " (seed " + seed + "): " + problem + "\n  input: " + o.input() + "; " + o.mutations()
        + "\n  args: " + o.args().stream().map(MainFuzzTest::clip).toList() + "\n  exit " + o.code() + "; stderr: "
        + clip(o.err()) + "\n  stdout: " + clip(o.out());
  }

  private static String clip(String text) {
    String flat = text.replace("\n", "⏎");
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
  }
}
