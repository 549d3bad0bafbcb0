package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.AssetClass;
import io.perennial.tax.IncomeKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON never carries NaN or Infinity: RFC 8259 has no such numbers. */
class JsonTest {

  record Figures(double rate, Double boxed, double[] series, List<Double> list, Map<String, Double> map, double fine) {}

  @Test
  void nonFiniteFiguresAreNull() throws Exception {
    StringWriter out = new StringWriter();
    Json.print(new PrintWriter(out), new Figures(Double.NaN, Double.POSITIVE_INFINITY,
        new double[] {1.5, Double.NEGATIVE_INFINITY}, List.of(Double.NaN, 2.0), Map.of("x", Double.NaN), 0.035));
    String json = out.toString();
    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
    var tree = Json.mapper().readTree(json);
    assertThat(tree.get("rate").isNull()).isTrue();
    assertThat(tree.get("boxed").isNull()).isTrue();
    assertThat(tree.get("series").get(0).asDouble()).isEqualTo(1.5);
    assertThat(tree.get("series").get(1).isNull()).isTrue();
    assertThat(tree.get("list").get(0).isNull()).isTrue();
    assertThat(tree.get("map").get("x").isNull()).isTrue();
    assertThat(tree.get("fine").asDouble()).isEqualTo(0.035);
  }

  /** Income kinds key the tax documents in camelCase, as documented; other ids keep their own spelling. */
  @Test
  void incomeKindsAreCamelCaseKeys() throws Exception {
    Map<IncomeKind, Integer> kinds = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      kinds.put(kind, kind.ordinal());
    }
    var tree = Json.mapper().readTree(Json.mapper().writeValueAsString(kinds));
    assertThat(tree.fieldNames()).toIterable().containsExactly("ordinary", "retirementWithdrawals", "socialSecurity",
        "taxableInterest", "treasuryInterest", "muniInterest", "ordinaryDividends", "qualifiedDividends",
        "reitDividends", "longTermGains", "shortTermGains", "rental", "royalties");
    var classes = Json.mapper().readTree(Json.mapper().writeValueAsString(Map.of(AssetClass.US_DIVIDEND_STOCKS, 1)));
    assertThat(classes.fieldNames()).toIterable().containsExactly("us-dividend-stocks");
  }
}
