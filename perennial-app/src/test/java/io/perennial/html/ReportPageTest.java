package io.perennial.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code perennial report} on both examples: self-contained, escaped, and every figure and chart point
 * equal to the {@code plan --json} document's (read here from the document itself, field by field).
 */
class ReportPageTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"retiree.yaml", "accumulator.yaml"})
  void selfContained(String example) throws IOException {
    String html = ReportRun.of(ReportRun.EXAMPLES.resolve(example), dir).html();
    assertThat(html).startsWith("<!DOCTYPE html>");
    // Nothing fetched: no URL in a src, href or url(, no script, no external style sheet.
    assertThat(Pattern.compile("(src|href)\\s*=\\s*\"?\\s*https?://|url\\(\\s*['\"]?https?://", Pattern.CASE_INSENSITIVE)
        .matcher(html).find()).isFalse();
    assertThat(html).doesNotContain("http://", "https://").doesNotContainIgnoringCase("<script").doesNotContain("<link");
    assertThat(html).contains("<style>", "@media print", "page-break-before");
    for (String id : List.of("holdings", "taxes", "projection", "optimization", "trades", "assumptions")) {
      assertThat(html).contains("<details id=\"" + id + "\">");
    }
    // Every chart has a title element and an aria-label.
    Matcher svg = Pattern.compile("<svg id=\"([^\"]+)\"[^>]*aria-label=\"[^\"]+\">\\n<title>[^<]+</title>").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
    }
    assertThat(charts).isEqualTo(count(html, "<svg ")).isGreaterThanOrEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"retiree.yaml", "accumulator.yaml"})
  void figuresEqualTheJsonDocument(String example) throws IOException {
    ReportRun run = ReportRun.of(ReportRun.EXAMPLES.resolve(example), dir);
    JsonNode doc = run.doc();
    String html = run.html();
    JsonNode opt = doc.path("optimization");
    assertThat(opt.path("status").asText()).isEqualTo("optimal");
    // Key figures.
    assertThat(figure(html, "portfolio-value")).isEqualTo(doc.at("/holdings/totalValue").asDouble());
    assertThat(figure(html, "income")).isEqualTo(doc.at("/income/annualIncome").asDouble());
    assertThat(figure(html, "after-tax-income-current")).isEqualTo(opt.at("/afterTaxIncome/current").asDouble());
    assertThat(figure(html, "after-tax-income-recommended")).isEqualTo(opt.at("/afterTaxIncome/recommended").asDouble());
    assertThat(figure(html, "coverage-recommended")).isEqualTo(opt.at("/coverage/recommended/incomeCoverage").asDouble());
    assertThat(figure(html, "coverage-current")).isEqualTo(doc.at("/coverage/afterTax/incomeCoverage").asDouble());
    assertThat(figure(html, "success-rate")).isEqualTo(doc.at("/projection/successRate").asDouble());
    // The headline states the change in whole dollars.
    assertThat(html).contains(String.format(java.util.Locale.US, "$%,.0f → $%,.0f", opt.at("/afterTaxIncome/current").asDouble(),
        opt.at("/afterTaxIncome/recommended").asDouble()));

    // Allocation by class: one bar per class and series.
    Map<String, Double> classBars = bars(html, "chart-allocation-class");
    for (JsonNode c : opt.at("/allocation/byClass")) {
      assertThat(classBars.get("now|" + c.path("assetClass").asText())).isEqualTo(c.path("currentWeight").asDouble());
      assertThat(classBars.get("recommended|" + c.path("assetClass").asText())).isEqualTo(c.path("recommendedWeight").asDouble());
    }
    assertThat(classBars).hasSize(2 * opt.at("/allocation/byClass").size());
    // By account: the placements summed per account (now and recommended) add to the account's value now.
    Map<String, Double> accountBars = bars(html, "chart-allocation-account");
    for (JsonNode a : opt.at("/location/accounts")) {
      double now = 0;
      double rec = 0;
      for (JsonNode p : opt.at("/location/placements")) {
        if (p.path("account").asText().equals(a.path("account").asText())) {
          now += p.path("currentValue").asDouble();
          rec += p.path("recommendedValue").asDouble();
        }
      }
      assertThat(accountBars.get("now|" + a.path("name").asText())).isCloseTo(now, within(1e-6));
      assertThat(accountBars.get("recommended|" + a.path("name").asText())).isCloseTo(rec, within(1e-6));
    }
    // Income by character.
    Map<String, Double> chars = bars(html, "chart-income-character");
    for (JsonNode c : doc.at("/income/byCharacter")) {
      assertThat(chars.get("now|" + c.path("character").asText())).isEqualTo(c.path("income").asDouble());
    }
    assertThat(chars).hasSize(doc.at("/income/byCharacter").size());
    // After-tax income now vs recommended.
    Map<String, Double> ati = bars(html, "chart-after-tax-income");
    assertThat(html).contains("<p>After-tax income here: a year, at the household&#39;s marginal rates");
    assertThat(ati).containsExactlyInAnyOrderEntriesOf(Map.of("now|after-tax income", opt.at("/afterTaxIncome/current").asDouble(),
        "recommended|after-tax income", opt.at("/afterTaxIncome/recommended").asDouble()));
    // Fan charts: every year, every percentile.
    for (String[] fan : new String[][] {{"chart-fan-income", "realIncome"}, {"chart-fan-value", "realValue"}}) {
      List<Map<String, String>> points = elements(chart(html, fan[0]), "circle");
      JsonNode years = doc.at("/projection/byYear");
      assertThat(points).hasSize(years.size());
      for (int i = 0; i < years.size(); i++) {
        JsonNode y = years.get(i);
        assertThat(points.get(i).get("data-year")).isEqualTo(y.path("calendarYear").asText());
        for (String p : List.of("p5", "p25", "p50", "p75", "p95")) {
          assertThat(Double.parseDouble(points.get(i).get("data-" + p))).as(fan[0] + " " + p)
              .isEqualTo(y.path(fan[1]).path(p).asDouble());
        }
      }
    }
    // Location heat map: one cell per asset and account, the recommended value where the plan places it.
    List<Map<String, String>> cells = elements(chart(html, "chart-location"), "rect");
    int placed = 0;
    for (Map<String, String> cell : cells) {
      if (!cell.get("data-value").isEmpty()) {
        placed++;
      }
    }
    assertThat(placed).isEqualTo(opt.at("/location/placements").size());
    for (JsonNode p : opt.at("/location/placements")) {
      String accountName = "";
      for (JsonNode a : opt.at("/location/accounts")) {
        if (a.path("account").asText().equals(p.path("account").asText())) {
          accountName = a.path("name").asText();
        }
      }
      String row = p.path("asset").asText();
      String col = accountName;
      assertThat(cells.stream().filter(c -> c.get("data-row").equals(row) && c.get("data-column").equals(col))
          .map(c -> Double.parseDouble(c.get("data-value"))).toList()).containsExactly(p.path("recommendedValue").asDouble());
    }
    // No frontier in today's document: the report says so.
    assertThat(html).contains("the plan output does not include them");
  }

  @Test
  void quantitiesAreWholeNumbersWithSeparators() throws IOException {
    String html = ReportRun.of(ReportRun.EXAMPLES.resolve("retiree.yaml"), dir).html();
    // retiree.yaml: the joint account's SCHD lots are 4,500 + 2,000 + 1,500 = 8,000 shares; VYM 600 + 400 = 1,000.
    assertThat(html).contains("<td>joint</td><td>SCHD</td><td>us-dividend-stocks</td><td class=\"num\">8,000</td>",
        "<td>joint</td><td>VYM</td><td>us-dividend-stocks</td><td class=\"num\">1,000</td>");
    // The IRA's 4,000 BND (line 48) are all sold: the heat map holds none there.
    assertThat(html).contains("<td>sell</td><td>BND</td><td class=\"num\">4,000</td>");
    assertThat(Pattern.compile("class=\"num\">[0-9.]+E[+-]?[0-9]").matcher(html).find()).as("a number in exponent form").isFalse();
  }

  @Test
  void anAssetNamedLikeAScriptIsText() throws IOException {
    String yaml = Files.readString(ReportRun.EXAMPLES.resolve("retiree.yaml"))
        .replace("name: Schwab US Dividend Equity ETF", "name: \"<script>alert(1)</script>\"")
        .replace("name: Pat and Sam Rivera", "name: \"<script>alert(2)</script> & <b>co</b>\"");
    assertThat(yaml).contains("<script>alert(1)</script>");
    Path plan = dir.resolve("evil.yaml");
    Files.writeString(plan, yaml);
    String html = ReportRun.of(plan, dir).html();
    assertThat(html).doesNotContain("<script", "<b>co");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;co");
  }

  @Test
  void defaultOutputIsBesideThePlan() throws IOException {
    Path plan = dir.resolve("mine.yaml");
    Files.copy(ReportRun.EXAMPLES.resolve("accumulator.yaml"), plan);
    int code = io.perennial.cli.Main.execute(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()), "report", plan.toString());
    assertThat(code).isZero();
    assertThat(dir.resolve("mine-report.html")).exists();
  }

  static double figure(String html, String id) {
    Matcher m = Pattern.compile("<dd id=\"fig-" + Pattern.quote(id) + "\" data-value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return Double.parseDouble(m.group(1));
  }

  static String chart(String html, String id) {
    int start = html.indexOf("<svg id=\"" + id + "\"");
    assertThat(start).as(id).isNotNegative();
    return html.substring(start, html.indexOf("</svg>", start));
  }

  /** The bars of a chart as {@code series|category → value}. */
  static Map<String, Double> bars(String html, String id) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map<String, String> rect : elements(chart(html, id), "rect")) {
      if (rect.containsKey("data-series")) {
        out.put(unescape(rect.get("data-series")) + "|" + unescape(rect.get("data-category")), Double.parseDouble(rect.get("data-value")));
      }
    }
    return out;
  }

  static List<Map<String, String>> elements(String svg, String tag) {
    List<Map<String, String>> out = new ArrayList<>();
    Matcher m = Pattern.compile("<" + tag + " ([^>]*)>").matcher(svg);
    Pattern attr = Pattern.compile("([a-z0-9-]+)=\"([^\"]*)\"");
    while (m.find()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      Matcher a = attr.matcher(m.group(1));
      while (a.find()) {
        attrs.put(a.group(1), unescape(a.group(2)));
      }
      if (attrs.containsKey("data-value") || attrs.containsKey("data-year")) {
        out.add(attrs);
      }
    }
    return out;
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
