package io.perennial.cli;

import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.Rates;
import io.perennial.plan.HoldingsAnalysis;
import io.perennial.plan.PlanReport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code plan} command's report for people: a headline, then one aligned table per section. */
final class PlanText {

  private static final String INDENT = "  ";

  private PlanText() {}

  static void print(PrintWriter out, Path file, PlanReport report) {
    PlanReport.Summary plan = report.plan();
    HoldingsAnalysis.Holdings holdings = report.holdings();
    HoldingsAnalysis.Income income = report.income();
    HoldingsAnalysis.Risk risk = report.risk();
    HoldingsAnalysis.Concentration concentration = report.concentration();
    HoldingsAnalysis.Coverage coverage = report.coverage();

    String who = plan.name().isEmpty() ? file.getFileName().toString() : plan.name();
    out.println("Plan for " + who + ", valued " + plan.valuationDate()
        + " (assumptions " + plan.assumptions().name() + ", as of " + plan.assumptions().asOf() + ")");
    out.println();
    out.println(headline(report));
    out.println();

    out.println("Accounts");
    AlignedTable accounts = new AlignedTable("Account", "Name", "Type", ">Value", ">Weight", ">Income");
    holdings.byAccount().forEach(a -> accounts.row(a.account(), a.name(), a.type().id(), money(a.value()),
        percent(a.weight()), money(a.income())));
    accounts.rule().row("Total", "", "", money(holdings.totalValue()), percent(holdings.totalValue().isZero() ? 0 : 1),
        money(income.annualIncome()));
    accounts.print(out, INDENT, true);
    out.println();

    out.println("Holdings by asset");
    Map<String, HoldingsAnalysis.AssetIncome> incomeByAsset = new HashMap<>();
    income.byAsset().forEach(i -> incomeByAsset.put(i.asset().value(), i));
    AlignedTable assets = new AlignedTable("Asset", "Name", "Class", ">Quantity", ">Price", ">Value", ">Weight", ">Yield", ">Income");
    for (HoldingsAnalysis.AssetValue a : holdings.byAsset()) {
      HoldingsAnalysis.AssetIncome i = incomeByAsset.get(a.asset().value());
      assets.row(a.asset().value(), shorten(a.name(), 34), a.assetClass().id(), quantity(a.quantity()),
          money(a.price()), money(a.value()), percent(a.weight()), percent(i.yield()), money(i.income()));
    }
    assets.print(out, INDENT, true);
    out.println();

    out.println("By asset class");
    Map<String, HoldingsAnalysis.ClassRisk> riskByClass = new HashMap<>();
    risk.byClass().forEach(r -> riskByClass.put(r.assetClass().id(), r));
    AlignedTable classes = new AlignedTable("Class", "Category", ">Value", ">Weight", ">Risk share");
    holdings.byClass().forEach(c -> classes.row(c.assetClass().id(), c.category().id(), money(c.value()),
        percent(c.weight()), percent(riskByClass.get(c.assetClass().id()).riskContribution())));
    classes.print(out, INDENT, true);
    out.println();

    out.println("Income by tax character (before tax)");
    AlignedTable characters = new AlignedTable("Character", ">Income", ">Share");
    income.byCharacter().forEach(c -> characters.row(c.character().id(), money(c.income()), percent(c.share())));
    characters.rule().row("Total", money(income.annualIncome()), percent(income.annualIncome().isZero() ? 0 : 1));
    characters.print(out, INDENT, true);
    out.println();

    out.println("Risk and return (as held)");
    AlignedTable figures = new AlignedTable("Figure", ">Value");
    figures.row("Expected return (arithmetic, nominal)", percent(risk.expectedReturn()));
    figures.row("Expected compound return (geometric)", percent(risk.expectedGeometricReturn()));
    figures.row("Volatility", percent(risk.volatility()));
    figures.row("Risk tolerance: " + plan.profile().riskTolerance() + ", at most", percent(plan.profile().maxVolatility()));
    figures.row("Portfolio yield", percent(income.portfolioYield()));
    figures.row("Income growth (income-weighted)", percent(income.incomeGrowth()));
    figures.row("Correlation within a class (assumed)", String.format(Locale.ROOT, "%.2f", risk.withinClassCorrelation()));
    figures.print(out, INDENT, true);
    out.println();

    out.println("Concentration");
    AlignedTable largest = new AlignedTable("Largest positions", ">Value", ">Weight");
    concentration.largestPositions().forEach(a -> largest.row(a.asset().value(), money(a.value()), percent(a.weight())));
    largest.print(out, INDENT, true);
    out.println(INDENT + "Herfindahl-Hirschman index " + String.format(Locale.ROOT, "%.4f", concentration.herfindahlIndex())
        + ", effective number of holdings " + String.format(Locale.ROOT, "%.1f", concentration.effectiveHoldings()));
    out.println();

    out.println("Income coverage (" + coverage.basis() + ")");
    AlignedTable cover = new AlignedTable("Figure", ">Amount");
    cover.row("Spending goal (today's money)", money(coverage.annualSpending()));
    cover.row("Other income (pension, social security...)", money(coverage.otherIncome()));
    cover.row("Needed from the portfolio", money(coverage.spendingFromPortfolio()));
    cover.row("Expected portfolio income", money(coverage.portfolioIncome()));
    cover.row(coverage.surplus().isNegative() ? "Shortfall" : "Surplus", money(coverage.surplus().isNegative()
        ? coverage.surplus().negated() : coverage.surplus()));
    cover.row("Coverage", coverage.incomeCoverage() == null ? "n/a" : percent(coverage.incomeCoverage()));
    cover.print(out, INDENT, true);
    if (coverage.yearsUntilIncome() > 0) {
      out.println(INDENT + "The spending starts in " + coverage.yearsUntilIncome()
          + " years; coverage compares today's income with today's need.");
    }

    if (!report.problems().isEmpty()) {
      out.println();
      out.println("Notes");
      for (Problem problem : report.problems()) {
        out.println(INDENT + "- " + problem.describe());
      }
    }
  }

  private static String headline(PlanReport report) {
    HoldingsAnalysis.Coverage coverage = report.coverage();
    StringBuilder text = new StringBuilder();
    text.append(wholeMoney(report.holdings().totalValue())).append(" in ")
        .append(report.plan().accounts()).append(report.plan().accounts() == 1 ? " account" : " accounts")
        .append(" is expected to pay ").append(wholeMoney(report.income().annualIncome())).append(" a year (yield ")
        .append(percent(report.income().portfolioYield())).append(")");
    if (coverage.incomeCoverage() == null) {
      text.append("; other income already covers the spending goal.");
    } else {
      text.append(": ").append(percent(coverage.incomeCoverage())).append(" of the ")
          .append(wholeMoney(coverage.spendingFromPortfolio())).append(" a year the portfolio must provide")
          .append(coverage.surplus().isNegative()
              ? " (short by " + wholeMoney(coverage.surplus().negated()) + ")."
              : ".");
    }
    text.append(System.lineSeparator()).append("Expected return ").append(percent(report.risk().expectedReturn()))
        .append(" a year with volatility ").append(percent(report.risk().volatility()))
        .append(report.risk().volatility() > report.plan().profile().maxVolatility() + 1e-12
            ? ", above the " + percent(report.plan().profile().maxVolatility()) + " the risk tolerance allows."
            : ", within the " + percent(report.plan().profile().maxVolatility()) + " the risk tolerance allows.");
    return text.toString();
  }

  static String money(Money money) {
    return String.format(Locale.US, "$%,.2f", money.amount());
  }

  static String wholeMoney(Money money) {
    return String.format(Locale.US, "$%,.0f", money.amount().setScale(0, RoundingMode.HALF_EVEN));
  }

  static String percent(double fraction) {
    return Rates.percent(fraction, 2);
  }

  private static String quantity(BigDecimal quantity) {
    BigDecimal plain = quantity.stripTrailingZeros();
    if (plain.scale() <= 0) {
      return String.format(Locale.US, "%,d", plain.toBigInteger());
    }
    return String.format(Locale.US, "%,." + Math.min(plain.scale(), 4) + "f", plain);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
