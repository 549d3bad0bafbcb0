package io.perennial.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.html.ChartData.Band;
import io.perennial.html.ChartData.BarChart;
import io.perennial.html.ChartData.FanChart;
import io.perennial.html.ChartData.HeatMap;
import io.perennial.html.ChartData.Series;
import io.perennial.html.ChartData.Unit;
import io.perennial.html.Page.Bars;
import io.perennial.html.Page.Block;
import io.perennial.html.Page.Fan;
import io.perennial.html.Page.Figure;
import io.perennial.html.Page.Heat;
import io.perennial.html.Page.Paragraph;
import io.perennial.html.Page.Section;
import io.perennial.html.Page.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The adapter from a plan's result to the report's {@link Page}: it reads the same JSON document
 * {@code perennial plan --json} prints (docs/plan-json.md) and picks the figures, tables and chart
 * data. This is the only class that knows that document's shape; when the report model changes, this
 * class changes and the charts and page do not.
 */
public final class PlanPage {

  private PlanPage() {}

  /** The page for the {@code plan --json} document {@code doc} of the plan file named {@code fileName}. */
  public static Page of(JsonNode doc, String fileName) {
    JsonNode plan = doc.path("plan");
    JsonNode opt = doc.path("optimization");
    boolean optimized = opt.isObject() && "optimal".equals(opt.path("status").asText());
    JsonNode proj = doc.path("projection");
    JsonNode ati = doc.path("afterTaxIncome");

    String title = "Perennial report: " + plan.path("name").asText(fileName);
    String subtitle = fileName + " · valued " + plan.path("valuationDate").asText() + " · " + plan.path("currency").asText("USD")
        + " · tax year " + ati.path("taxYear").asText();

    String headline;
    List<String> details = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("portfolio-value", "Portfolio value", doc.path("holdings").path("totalValue").asDouble(), Unit.DOLLARS,
        "today"));
    figures.add(new Figure("income", "Income a year, before tax", doc.path("income").path("annualIncome").asDouble(), Unit.DOLLARS,
        "current holdings"));
    if (optimized) {
      JsonNode a = opt.path("afterTaxIncome");
      double current = a.path("current").asDouble();
      double recommended = a.path("recommended").asDouble();
      headline = "Move to the recommended allocation: after-tax income " + Html.dollars(current) + " → "
          + Html.dollars(recommended) + " a year (" + signed(a.path("gainOverCurrent").asDouble()) + ", "
          + signedPercent(a.path("relativeGainOverCurrent").asDouble()) + ").";
      JsonNode risk = opt.path("risk");
      details.add("Volatility " + Html.percent(risk.path("currentVolatility").asDouble()) + " → "
          + Html.percent(risk.path("recommendedVolatility").asDouble()) + "; yield "
          + Html.percent(risk.path("currentYield").asDouble()) + " → " + Html.percent(risk.path("recommendedYield").asDouble())
          + "; trades: buy " + Html.dollars(opt.path("trades").path("purchases").asDouble()) + ", sell "
          + Html.dollars(opt.path("trades").path("sales").asDouble())
          + (opt.path("trades").path("realizedGain").isNumber()
              ? ", realized gain " + Html.dollars(opt.path("trades").path("realizedGain").asDouble())
              : ", gain unknown: no cost basis for " + unknownBasis(opt.path("trades").path("unknownBasis"))) + ".");
      details.add(opt.path("message").asText());
      figures.add(new Figure("after-tax-income-current", "After-tax income now", current, Unit.DOLLARS, "a year"));
      figures.add(new Figure("after-tax-income-recommended", "After-tax income, recommended", recommended, Unit.DOLLARS, "a year"));
      figures.add(new Figure("coverage-recommended", "Spending covered by income, recommended",
          opt.path("coverage").path("recommended").path("incomeCoverage").asDouble(), Unit.PERCENT, "after tax"));
    } else {
      headline = "Keep the current holdings: after-tax income " + Html.dollars(ati.path("afterTaxIncomeExact").asDouble())
          + " a year." + (opt.isObject() ? " (The optimization did not find a recommendation: " + opt.path("message").asText() + ")"
          : " (The plan asks for no optimization.)");
      figures.add(new Figure("after-tax-income-current", "After-tax income now", ati.path("afterTaxIncomeExact").asDouble(),
          Unit.DOLLARS, "a year"));
    }
    figures.add(new Figure("coverage-current", "Spending covered by income now",
        doc.path("coverage").path("afterTax").path("incomeCoverage").asDouble(), Unit.PERCENT, "after tax"));
    if (proj.isObject()) {
      figures.add(new Figure("success-rate", "Futures that meet the goal", proj.path("successRate").asDouble(), Unit.PERCENT,
          String.format(java.util.Locale.US, "%,d simulated", proj.path("paths").asLong())));
      details.add(proj.path("verdict").asText());
    }

    List<Section> sections = new ArrayList<>();
    JsonNode advice = doc.path("advice");
    if (advice.isObject()) {
      // The answer first, as the text report and plan --json give it.
      headline = advice.path("headline").asText();
      sections.add(advice(advice));
    }
    sections.add(holdings(doc, opt, optimized));
    sections.add(taxes(doc, opt, optimized));
    if (proj.isObject()) {
      sections.add(projection(proj));
    }
    sections.add(optimization(opt, optimized));
    if (optimized) {
      sections.add(trades(opt));
    }
    sections.add(assumptions(doc));
    return new Page(title, subtitle, headline, details, figures, sections);
  }

  /** What to do: the holdings now beside the recommendation on the same projected futures. */
  private static Section advice(JsonNode advice) {
    JsonNode now = advice.path("now");
    JsonNode after = advice.path("recommended");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Futures that meet the goal", Html.percent(now.path("successRate").asDouble()),
        Html.percent(after.path("successRate").asDouble())));
    if (now.path("safeWithdrawalRate").isNumber() && after.path("safeWithdrawalRate").isNumber()) {
      rows.add(List.of("Safe withdrawal rate", Html.percent(now.path("safeWithdrawalRate").asDouble()),
          Html.percent(after.path("safeWithdrawalRate").asDouble())));
    }
    incomeRows(rows, "Real income after tax, median, year ", now.path("realIncome"), after.path("realIncome"), 0);
    incomeRows(rows, "Real income after tax, 5th percentile, year ", now.path("realIncomeP5"), after.path("realIncomeP5"), 1);
    rows.add(List.of("Worst fall of real income (median future)", Html.percent(now.path("worstRealIncomeDrop").asDouble()),
        Html.percent(after.path("worstRealIncomeDrop").asDouble())));
    rows.add(List.of("Volatility", Html.percent(now.path("volatility").asDouble()), Html.percent(after.path("volatility").asDouble())));
    rows.add(List.of("Expected return after inflation", Html.percent(now.path("expectedRealReturn").asDouble()),
        Html.percent(after.path("expectedRealReturn").asDouble())));
    rows.add(List.of("After-tax income a year", Html.dollars(now.path("afterTaxIncome").asDouble()),
        Html.dollars(after.path("afterTaxIncome").asDouble())));
    return new Section("advice", "What to do", List.of(new Paragraph(advice.path("headline").asText()),
        new Table("The holdings now and the recommendation, projected on the same futures",
            List.of("Figure", "Now", "Recommended"), List.of(false, true, true), rows)));
  }

  private static void incomeRows(List<List<String>> rows, String label, JsonNode now, JsonNode after, int from) {
    for (int i = from; i < Math.min(now.size(), after.size()); i++) {
      rows.add(List.of(label + now.get(i).path("year").asInt(), Html.dollars(now.get(i).path("income").asDouble()),
          Html.dollars(after.get(i).path("income").asDouble())));
    }
  }

  private static Section holdings(JsonNode doc, JsonNode opt, boolean optimized) {
    List<Block> blocks = new ArrayList<>();
    if (optimized) {
      JsonNode byClass = opt.path("allocation").path("byClass");
      blocks.add(new Bars(new BarChart("chart-allocation-class", "Allocation by asset class: now and recommended",
          "share of the portfolio (%)", Unit.PERCENT, texts(byClass, "assetClass"),
          List.of(new Series("now", numbers(byClass, "currentWeight")), new Series("recommended", numbers(byClass, "recommendedWeight"))))));
      JsonNode accounts = opt.path("location").path("accounts");
      Map<String, double[]> byAccount = new LinkedHashMap<>();
      for (JsonNode a : accounts) {
        byAccount.put(a.path("account").asText(), new double[2]);
      }
      for (JsonNode p : opt.path("location").path("placements")) {
        double[] v = byAccount.computeIfAbsent(p.path("account").asText(), k -> new double[2]);
        v[0] += p.path("currentValue").asDouble();
        v[1] += p.path("recommendedValue").asDouble();
      }
      List<String> names = new ArrayList<>();
      for (JsonNode a : accounts) {
        names.add(a.path("name").asText(a.path("account").asText()));
      }
      blocks.add(new Bars(new BarChart("chart-allocation-account", "Invested value by account: now and recommended",
          "value invested in the account ($)", Unit.DOLLARS, names,
          List.of(new Series("now", byAccount.values().stream().map(v -> v[0]).toList()),
              new Series("recommended", byAccount.values().stream().map(v -> v[1]).toList())))));
    } else {
      JsonNode byClass = doc.path("holdings").path("byClass");
      blocks.add(new Bars(new BarChart("chart-allocation-class", "Allocation by asset class now", "share of the portfolio (%)",
          Unit.PERCENT, texts(byClass, "assetClass"), List.of(new Series("now", numbers(byClass, "weight"))))));
      JsonNode byAccount = doc.path("holdings").path("byAccount");
      blocks.add(new Bars(new BarChart("chart-allocation-account", "Value by account now", "value ($)", Unit.DOLLARS,
          texts(byAccount, "name"), List.of(new Series("now", numbers(byAccount, "value"))))));
      blocks.add(new Paragraph("No recommended allocation: the optimization gave none."));
    }
    List<List<String>> assets = new ArrayList<>();
    for (JsonNode a : doc.path("holdings").path("byAsset")) {
      assets.add(List.of(a.path("asset").asText(), a.path("name").asText(), a.path("assetClass").asText(),
          Html.dollars(a.path("value").asDouble()), Html.percent(a.path("weight").asDouble())));
    }
    blocks.add(new Table("By asset now", List.of("asset", "name", "class", "value ($)", "weight (%)"),
        List.of(false, false, false, true, true), assets));
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode p : doc.path("holdings").path("positions")) {
      rows.add(List.of(p.path("account").asText(), p.path("asset").asText(), p.path("assetClass").asText(),
          Html.quantity(p.path("quantity").decimalValue()), price(p.path("price").asDouble()), Html.dollars(p.path("value").asDouble()),
          Html.percent(p.path("weight").asDouble()), Html.dollars(p.path("income").asDouble())));
    }
    blocks.add(new Table("Positions now", List.of("account", "asset", "class", "quantity", "price ($)", "value ($)", "weight (%)",
        "income ($/yr)"), List.of(false, false, false, true, true, true, true, true), rows));
    return new Section("holdings", "Holdings", blocks);
  }

  private static Section taxes(JsonNode doc, JsonNode opt, boolean optimized) {
    List<Block> blocks = new ArrayList<>();
    JsonNode chars = doc.path("income").path("byCharacter");
    blocks.add(new Bars(new BarChart("chart-income-character", "Income by tax character, current holdings",
        "income a year before tax ($)", Unit.DOLLARS, texts(chars, "character"), List.of(new Series("now", numbers(chars, "income"))))));
    if (optimized) {
      JsonNode a = opt.path("afterTaxIncome");
      blocks.add(new Bars(new BarChart("chart-after-tax-income", "After-tax income a year: now and recommended",
          "after-tax income a year ($)", Unit.DOLLARS, List.of("after-tax income"),
          List.of(new Series("now", List.of(a.path("current").asDouble())),
              new Series("recommended", List.of(a.path("recommended").asDouble()))))));
      blocks.add(new Paragraph("After-tax income here: " + a.path("basis").asText()));
    } else {
      JsonNode ati = doc.path("afterTaxIncome");
      blocks.add(new Bars(new BarChart("chart-after-tax-income", "After-tax income a year now", "after-tax income a year ($)",
          Unit.DOLLARS, List.of("after-tax income"), List.of(new Series("now", List.of(ati.path("afterTaxIncomeExact").asDouble()))))));
    }
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode a : doc.path("afterTaxIncome").path("byAccount")) {
      rows.add(List.of(a.path("name").asText(), a.path("type").asText(), Html.dollars(a.path("income").asDouble()),
          Html.dollars(a.path("taxExact").asDouble()), Html.dollars(a.path("afterTaxIncomeExact").asDouble()),
          Html.percent(a.path("taxRate").asDouble())));
    }
    blocks.add(new Table("This year's income and tax by account", List.of("account", "type", "income ($)", "tax ($)",
        "after tax ($)", "tax rate (%)"), List.of(false, false, true, true, true, true), rows));
    JsonNode caused = doc.path("taxes").path("causedByPortfolio");
    blocks.add(new Table("Tax the portfolio causes", List.of("federal income tax ($)", "net investment income tax ($)",
        "state tax ($)", "total ($)"), List.of(true, true, true, true), List.of(List.of(Html.dollars(caused.path("federalIncomeTax")
        .asDouble()), Html.dollars(caused.path("niit").asDouble()), Html.dollars(caused.path("stateTax").asDouble()),
        Html.dollars(caused.path("total").asDouble())))));
    blocks.add(new Paragraph(zeroRateGainRoom(doc.path("taxes"))));
    return new Section("taxes", "Taxes", blocks);
  }

  private static String zeroRateGainRoom(JsonNode taxes) {
    JsonNode room = taxes.path("zeroRateGainRoom");
    if (room.path("room").asDouble() <= 0) {
      return "No room this year in the 0 % band for long-term gains: taxable income " + Html.dollars(room.path("taxableIncome")
          .asDouble()) + " is at or above its top, " + Html.dollars(room.path("bandTop").asDouble()) + ".";
    }
    JsonNode cost = room.path("cost");
    return "Room in the 0 % band for long-term gains this year: " + Html.dollars(room.path("room").asDouble())
        + " of gains could be realized with no federal tax on the gains themselves (taxable income "
        + Html.dollars(room.path("taxableIncome").asDouble()) + ", the band ends at " + Html.dollars(room.path("bandTop").asDouble())
        + "). Realizing all of it would cost " + Html.dollars(cost.path("federalIncomeTax").asDouble()) + " federal, "
        + Html.dollars(cost.path("niit").asDouble()) + " NIIT and " + Html.dollars(cost.path("stateTax").asDouble()) + " state.";
  }

  private static Section projection(JsonNode proj) {
    List<Band> income = new ArrayList<>();
    List<Band> value = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode y : proj.path("byYear")) {
      int year = y.path("calendarYear").asInt();
      income.add(band(year, y.path("realIncome")));
      value.add(band(year, y.path("realValue")));
    }
    for (JsonNode m : proj.path("milestoneYears")) {
      JsonNode y = proj.path("byYear").path(m.asInt() - 1);
      rows.add(List.of(y.path("calendarYear").asText(), y.path("phase").asText(), Html.dollars(y.path("realIncome").path("p5").asDouble()),
          Html.dollars(y.path("realIncome").path("p50").asDouble()), Html.dollars(y.path("realValue").path("p5").asDouble()),
          Html.dollars(y.path("realValue").path("p50").asDouble()), Html.percent(y.path("incomeCoverage").asDouble())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(proj.path("verdict").asText()));
    blocks.add(new Fan(new FanChart("chart-fan-income", "Real after-tax income by year (today's dollars)",
        "after-tax income a year, today's $", Unit.DOLLARS, income)));
    blocks.add(new Fan(new FanChart("chart-fan-value", "Real portfolio value by year (today's dollars)",
        "portfolio value, today's $", Unit.DOLLARS, value)));
    blocks.add(new Table("Milestone years", List.of("year", "phase", "income, 5th pct ($)", "income, median ($)",
        "value, 5th pct ($)", "value, median ($)", "futures covered (%)"), List.of(true, false, true, true, true, true, true), rows));
    return new Section("projection", "Projection", blocks);
  }

  private static Section optimization(JsonNode opt, boolean optimized) {
    List<Block> blocks = new ArrayList<>();
    if (!opt.isObject()) {
      blocks.add(new Paragraph("The plan asks for no optimization."));
      return new Section("optimization", "Optimization", blocks);
    }
    blocks.add(new Paragraph(opt.path("message").asText()));
    if (opt.has("frontier") || opt.has("efficientFrontier") || opt.has("incomeFrontier")) {
      blocks.add(new Paragraph("The plan output has frontiers, which this version of the report does not draw yet."));
    } else {
      blocks.add(new Paragraph("Efficient and income frontiers: the plan output does not include them, so they are not drawn."));
    }
    if (optimized) {
      JsonNode loc = opt.path("location");
      List<String> accounts = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (JsonNode a : loc.path("accounts")) {
        ids.add(a.path("account").asText());
        accounts.add(a.path("name").asText(a.path("account").asText()));
      }
      LinkedHashSet<String> assets = new LinkedHashSet<>();
      for (JsonNode p : loc.path("placements")) {
        assets.add(p.path("asset").asText());
      }
      List<String> assetList = new ArrayList<>(assets);
      List<List<Double>> cells = new ArrayList<>();
      for (String asset : assetList) {
        List<Double> row = new ArrayList<>();
        for (String account : ids) {
          double v = Double.NaN;
          for (JsonNode p : loc.path("placements")) {
            if (p.path("asset").asText().equals(asset) && p.path("account").asText().equals(account)) {
              v = p.path("recommendedValue").asDouble();
            }
          }
          row.add(v);
        }
        cells.add(row);
      }
      blocks.add(new Heat(new HeatMap("chart-location", "Asset location, recommended: value of each asset in each account",
          Unit.DOLLARS, assetList, accounts, cells)));
      List<List<String>> rows = new ArrayList<>();
      for (JsonNode r : opt.path("rules")) {
        boolean binding = false;
        for (JsonNode b : opt.path("binding")) {
          binding |= b.asText().equals(r.path("name").asText());
        }
        rows.add(List.of(r.path("name").asText(), r.path("description").asText(), r.path("source").asText(), binding ? "binding" : ""));
      }
      blocks.add(new Table("Rules", List.of("rule", "meaning", "from", "at its limit"), List.of(false, false, false, false), rows));
    }
    return new Section("optimization", "Optimization", blocks);
  }

  private static Section trades(JsonNode opt) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode a : opt.path("trades").path("accounts")) {
      for (JsonNode t : a.path("trades")) {
        rows.add(List.of(a.path("name").asText(), t.path("action").asText(), t.path("asset").asText(), Html.quantity(t.path("quantity").decimalValue()),
            price(t.path("price").asDouble()), Html.dollars(t.path("amount").asDouble()),
            t.path("realizedGain").isNull() ? "unknown basis" : Html.dollars(t.path("realizedGain").asDouble())));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(opt.path("trades").path("method").asText()));
    blocks.add(new Paragraph(opt.path("trades").path("lotMethod").asText()));
    blocks.add(new Table("Trades", List.of("account", "action", "asset", "quantity", "price ($)", "amount ($)", "realized gain ($)"),
        List.of(false, false, false, true, true, true, true), rows));
    return new Section("trades", "Trades", blocks);
  }

  private static Section assumptions(JsonNode doc) {
    List<Block> blocks = new ArrayList<>();
    JsonNode a = doc.path("plan").path("assumptions");
    blocks.add(new Paragraph("Capital market assumptions: " + a.path("name").asText() + " as of " + a.path("asOf").asText() + " ("
        + a.path("source").asText() + ")."));
    blocks.add(new Paragraph("Tax rules: " + doc.path("taxes").path("sources").asText()));
    for (JsonNode s : doc.path("taxes").path("assumptions")) {
      blocks.add(new Paragraph(s.asText()));
    }
    for (JsonNode s : doc.path("projection").path("assumptions")) {
      blocks.add(new Paragraph(s.asText()));
    }
    for (JsonNode s : doc.path("optimization").path("diagnostics")) {
      blocks.add(new Paragraph(s.asText()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode p : doc.path("problems")) {
      rows.add(List.of(p.path("where").asText(), p.path("message").asText(), p.path("fix").asText()));
    }
    if (!rows.isEmpty()) {
      blocks.add(new Table("Notes on the plan file", List.of("where", "note", "fix"), List.of(false, false, false), rows));
    }
    return new Section("assumptions", "Assumptions and method", blocks);
  }

  private static Band band(int year, JsonNode p) {
    return new Band(year, p.path("p5").asDouble(), p.path("p25").asDouble(), p.path("p50").asDouble(), p.path("p75").asDouble(),
        p.path("p95").asDouble());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.path(field).asText());
    }
    return out;
  }

  private static List<Double> numbers(JsonNode array, String field) {
    List<Double> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.path(field).asDouble());
    }
    return out;
  }

  private static String price(double v) {
    return String.format(java.util.Locale.US, "$%,.2f", v);
  }

  /** The {@code account:ASSET} entries of sales without lots, joined for a sentence. */
  private static String unknownBasis(JsonNode entries) {
    List<String> names = new ArrayList<>();
    entries.forEach(entry -> names.add(entry.asText()));
    return String.join(", ", names);
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + Html.dollars(v);
  }

  private static String signedPercent(double v) {
    return (v >= 0 ? "+" : "") + Html.percent(v);
  }
}
