package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perennial.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan} on both examples against golden copies checked in under
 * {@code src/test/resources/golden}: the JSON document key by key and value by value (numbers as
 * written, so 0.035 and 0.0350 differ), and the text line by line. A redesign of the engine's
 * middle must leave both as they are; a change to the advice itself changes the golden copies in
 * the same commit, regenerated with {@code -Dperennial.golden.update=true} and read before they
 * are committed (see docs/testing.md).
 */
class PlanGoldenTest {

  private static final Path ROOT = SharedData.repositoryRoot();
  private static final Path GOLDEN = ROOT.resolve("perennial-app/src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("perennial.golden.update");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"retiree", "accumulator"})
  void jsonDocumentIsTheGoldenOne(String example) throws IOException {
    String now = run("plan", ROOT.resolve("examples/" + example + ".yaml").toString(), "--json");
    Path golden = GOLDEN.resolve("plan-" + example + ".json");
    if (UPDATE) {
      Files.writeString(golden, now, StandardCharsets.UTF_8);
    }
    ObjectMapper mapper = exact();
    JsonNode expected = mapper.readTree(Files.readString(golden, StandardCharsets.UTF_8));
    JsonNode actual = mapper.readTree(now);
    List<String> differences = new ArrayList<>();
    compare("", expected, actual, differences);
    assertThat(differences).as("plan --json on examples/%s.yaml against %s", example, golden).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"retiree", "accumulator"})
  void textIsTheGoldenOne(String example) throws IOException {
    String now = run("plan", ROOT.resolve("examples/" + example + ".yaml").toString());
    Path golden = GOLDEN.resolve("plan-" + example + ".txt");
    if (UPDATE) {
      Files.writeString(golden, now, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readString(golden, StandardCharsets.UTF_8).lines().toList();
    List<String> actual = now.lines().toList();
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : "(no line)";
      String got = i < actual.size() ? actual.get(i) : "(no line)";
      if (!want.equals(got)) {
        differences.add("line " + (i + 1) + ":\n  golden: " + want + "\n  now:    " + got);
      }
    }
    assertThat(differences).as("plan on examples/%s.yaml against %s", example, golden).isEmpty();
  }

  /** A reader that keeps numbers as written (BigDecimal), so a changed digit or scale is a difference. */
  static ObjectMapper exact() {
    return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  }

  @org.junit.jupiter.api.Test
  void comparisonNamesEveryDifferenceByPointer() throws IOException {
    ObjectMapper mapper = exact();
    JsonNode golden = mapper.readTree("{\"a\": {\"rate\": 0.0350, \"n\": 3}, \"list\": [1, 2], \"gone\": true}");
    JsonNode now = mapper.readTree("{\"a\": {\"rate\": 0.035, \"n\": 3}, \"list\": [1, 3, 4], \"new\": null}");
    List<String> differences = new ArrayList<>();
    compare("", golden, now, differences);
    assertThat(differences).containsExactly(
        "/a/rate: 0.035, golden 0.0350",
        "/gone: missing (golden: true)",
        "/list: 3 elements, golden 2",
        "/list/1: 3, golden 2",
        "/new: new key (null)");
    differences.clear();
    compare("", golden, golden, differences);
    assertThat(differences).isEmpty();
  }

  /** Adds to {@code differences} every JSON pointer where the two documents differ. */
  static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> differences) {
    String at = pointer.isEmpty() ? "/" : pointer;
    if (actual == null || actual.isMissingNode()) {
      differences.add(at + ": missing (golden: " + brief(expected) + ")");
    } else if (expected.getNodeType() != actual.getNodeType()) {
      differences.add(at + ": " + actual.getNodeType() + " " + brief(actual) + ", golden " + expected.getNodeType() + " "
          + brief(expected));
    } else if (expected.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!expected.has(name)) {
          differences.add(child + ": new key (" + brief(actual.get(name)) + ")");
        } else {
          compare(child, expected.get(name), actual.get(name), differences);
        }
      }
    } else if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        differences.add(at + ": " + actual.size() + " elements, golden " + expected.size());
      }
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        if (!a.hasNext()) {
          break;
        }
        compare(pointer + "/" + i++, e, a.next(), differences);
      }
    } else if (!expected.asText().equals(actual.asText())) {
      differences.add(at + ": " + brief(actual) + ", golden " + brief(expected));
    }
  }

  private static String brief(JsonNode node) {
    String text = node == null ? "null" : node.toString();
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
