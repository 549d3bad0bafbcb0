package io.perennial.cli;

import static io.perennial.cli.PlanText.money;
import static io.perennial.cli.PlanText.percent;

import io.perennial.basics.Money;
import io.perennial.plan.PlanOptimization;
import io.perennial.plan.PlanProjection;
import io.perennial.plan.PlanOptimization.Rule;
import io.perennial.plan.TaxAnalysis;
import io.perennial.rebalance.Trades;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/** The {@code optimization} section for people (used by {@code plan} and {@code optimize --plan}). */
final class OptimizationText {

  private static final String INDENT = "  ";

  private OptimizationText() {}

  static void print(PrintWriter out, PlanOptimization o) {
    print(out, o, null);
  }

  /**
   * The optimization section; with {@code current} (the holdings' projection, may be null) the
   * projected figures of the holdings and of the recommendation side by side.
   */
  static void print(PrintWriter out, PlanOptimization o, PlanProjection current) {
    PlanOptimization.Setup setup = o.setup();
    out.println("Recommended allocation (" + setup.objective() + ": " + setup.description() + ")");
    out.println(INDENT + "Status: " + o.status() + ". " + o.message());
    if (o.status().equals("skipped")) {
      return;
    }
    if (!o.hasRecommendation()) {
      if (!o.conflicts().isEmpty()) {
        out.println(INDENT + "These rules cannot all hold together:");
        AlignedTable conflicts = new AlignedTable("Rule", "Source", "Means");
        o.conflicts().forEach(r -> conflicts.row(r.name(), r.source(), r.description()));
        conflicts.print(out, INDENT, true);
        out.println(INDENT + "Relax or remove one of them (plan constraints, the profile's risk tolerance, or the");
        out.println(INDENT + "optimization section: guards, default caps, minIncome).");
      }
      printRules(out, o);
      return;
    }
    PlanOptimization.Allocation allocation = o.allocation();
    out.println();
    out.println("Recommended allocation by asset (after the trades, whole shares)");
    AlignedTable assets = new AlignedTable("Asset", "Class", ">Now", ">Weight", ">Recommended", ">Weight", ">Change");
    allocation.byAsset().forEach(a -> assets.row(a.asset().value(), a.assetClass().id(), money(a.currentValue()),
        percent(a.currentWeight()), money(a.recommendedValue()), percent(a.recommendedWeight()),
        signed(a.recommendedValue().minus(a.currentValue()))));
    assets.rule().row("Total", "", money(allocation.totalValue()), percent(1), money(allocation.totalValue()), percent(1), "");
    assets.print(out, INDENT, true);
    out.println();

    out.println("Recommended allocation by class");
    AlignedTable classes = new AlignedTable("Class", ">Now", ">Weight", ">Recommended", ">Weight");
    allocation.byClass().forEach(c -> classes.row(c.assetClass().id(), money(c.currentValue()), percent(c.currentWeight()),
        money(c.recommendedValue()), percent(c.recommendedWeight())));
    classes.print(out, INDENT, true);
    out.println();

    out.println("Location (asset × account; weights of the household)");
    AlignedTable cells = new AlignedTable("Account", "Asset", ">Now", ">Weight", ">Recommended", ">Weight", ">After-tax income");
    String last = "";
    for (PlanOptimization.Placement p : o.location().placements()) {
      cells.row(p.account().equals(last) ? "" : p.account(), p.asset().value(), money(p.currentValue()), percent(p.currentWeight()),
          money(p.recommendedValue()), percent(p.recommendedWeight()), money(p.afterTaxIncome()));
      last = p.account();
    }
    cells.print(out, INDENT, true);
    AlignedTable accounts = new AlignedTable("Account", "Type", ">Value", ">After-tax income now", ">Recommended");
    o.location().accounts().forEach(a -> accounts.row(a.account(), a.type().id(), money(a.value()),
        money(a.currentAfterTaxIncome()), money(a.recommendedAfterTaxIncome())));
    out.println();
    accounts.print(out, INDENT, true);
    out.println();

    PlanOptimization.IncomeComparison income = o.afterTaxIncome();
    out.println("After-tax income of the recommendation");
    AlignedTable gains = new AlignedTable("Figure", ">A year", ">Gain", ">Gain %");
    gains.row("Current holdings", money(income.current()), "", "");
    gains.row("Recommended holdings (whole shares)", money(income.recommended()), signed(income.gainOverCurrent()),
        income.relativeGainOverCurrent() == null ? "n/a" : signedPercent(income.relativeGainOverCurrent()));
    gains.row("Optimizer's answer (before rounding)", money(income.optimum()), "", "");
    gains.row(setup.location() ? "Same allocation, classic placement rule" : "Classic placement rule (used: location off)",
        money(income.heuristic()), setup.location() ? signed(income.gainOverHeuristic()) : "",
        setup.location() && income.relativeGainOverHeuristic() != null ? signedPercent(income.relativeGainOverHeuristic()) : "");
    gains.print(out, INDENT, true);
    out.println(INDENT + "Gain of the optimized placement over the rule: optimizer's answer - classic placement.");
    if (!income.heuristicBreaks().isEmpty()) {
      out.println(INDENT + "The classic placement breaks " + String.join(", ", income.heuristicBreaks())
          + ", so it is not a like-for-like comparison.");
    }
    if (income.locationWouldAdd() != null) {
      out.println(INDENT + "Location is off; optimizing the placement of this allocation would add " + signed(income.locationWouldAdd())
          + " a year.");
    }
    out.println(INDENT + "Basis: " + income.basis() + ".");
    out.println();

    PlanOptimization.RiskComparison risk = o.risk();
    TaxAnalysis.AfterTaxCoverage now = o.coverage().current();
    TaxAnalysis.AfterTaxCoverage next = o.coverage().recommended();
    out.println("Now and recommended");
    AlignedTable figures = new AlignedTable("Figure", ">Now", ">Recommended");
    figures.row("Expected return (arithmetic, before tax)", percent(risk.currentExpectedReturn()), percent(risk.recommendedExpectedReturn()));
    figures.row("Volatility (at most " + percent(setup.volatilityCap()) + ")", percent(risk.currentVolatility()),
        percent(risk.recommendedVolatility()));
    figures.row("Portfolio yield (before tax)", percent(risk.currentYield()), percent(risk.recommendedYield()));
    figures.row("Income growth (income-weighted)", percent(risk.currentIncomeGrowth()), percent(risk.recommendedIncomeGrowth()));
    figures.row("Largest position", percent(risk.currentLargestWeight()), percent(risk.recommendedLargestWeight()));
    figures.row("Portfolio income after tax (exact)", money(now.afterTaxPortfolioIncome()), money(next.afterTaxPortfolioIncome()));
    figures.row("Needed from the portfolio after tax", money(now.spendingFromPortfolio()), money(next.spendingFromPortfolio()));
    figures.row("Income coverage after tax", now.incomeCoverage() == null ? "n/a" : percent(now.incomeCoverage()),
        next.incomeCoverage() == null ? "n/a" : percent(next.incomeCoverage()));
    PlanProjection projected = o.projection();
    if (current != null && projected != null) {
      figures.row("Projected: futures that meet the goal", percent(current.successRate()), percent(projected.successRate()));
      if (current.withdrawalRates() != null && projected.withdrawalRates() != null) {
        figures.row("Projected: safe withdrawal rate", percent(current.withdrawalRates().safe()),
            percent(projected.withdrawalRates().safe()));
      }
      figures.row("Projected: worst fall of real income (median future)", percent(current.worstRealIncomeDrop().median()),
          percent(projected.worstRealIncomeDrop().median()));
    }
    figures.print(out, INDENT, true);
    out.println(INDENT + "Coverage after tax as in 'Income coverage (after tax)', for the holdings after the trades.");
    if (current != null && projected != null) {
      out.println(INDENT + "Projected: the same " + String.format(java.util.Locale.US, "%,d", projected.paths()) + " simulated futures (seed " + projected.seed()
          + ") for the holdings now and after the trades.");
    }
    out.println();

    Trades trades = o.trades();
    out.println("Trades (" + trades.count() + ")");
    out.println(INDENT + "Units: " + trades.method() + ".");
    out.println(INDENT + "Lots: " + trades.lotMethod() + ".");
    for (Trades.AccountTrades account : trades.accounts()) {
      out.println();
      out.println(INDENT + account.account() + " (" + account.type().id() + ", " + money(account.value()) + ")"
          + (account.trades().isEmpty() ? ": no trades" : ""));
      if (!account.trades().isEmpty()) {
        boolean taxable = account.type() == io.perennial.domain.AccountType.TAXABLE;
        AlignedTable table = taxable
            ? new AlignedTable("Action", "Asset", ">Quantity", ">Price", ">Amount", ">Realized gain", ">long-term", ">short-term")
            : new AlignedTable("Action", "Asset", ">Quantity", ">Price", ">Amount");
        for (Trades.Trade t : account.trades()) {
          if (taxable) {
            table.row(t.action().id(), t.asset().value(), quantity(t.quantity()), money(t.price()), money(t.amount()),
                t.action() == Trades.Action.BUY ? "" : t.realizedGain() == null ? "basis unknown" : signed(t.realizedGain()),
                t.longTermGain() == null ? "" : signed(t.longTermGain()), t.shortTermGain() == null ? "" : signed(t.shortTermGain()));
          } else {
            table.row(t.action().id(), t.asset().value(), quantity(t.quantity()), money(t.price()), money(t.amount()));
          }
        }
        table.print(out, INDENT + INDENT, true);
      }
      out.println(INDENT + INDENT + "Cash " + money(account.cashBefore()) + " - purchases " + money(account.purchases())
          + " + sales " + money(account.sales()) + " = " + money(account.cashAfter()) + " left over"
          + (account.type() == io.perennial.domain.AccountType.TAXABLE
              ? (account.realizedGain() == null ? "; gain unknown: no cost basis for " + unknownIn(trades, account.account())
                  : account.realizedGain().isZero() ? "; no gain realized" : "; realized gain " + signed(account.realizedGain()))
              : "; no tax realized"));
    }
    if (!trades.unknownBasis().isEmpty()) {
      out.println(INDENT + "Sales from taxable accounts without lots (gain unknown): " + String.join(", ", trades.unknownBasis()) + ".");
    }
    out.println();
    out.println(INDENT + "Binding rules: " + (o.binding().isEmpty() ? "none" : String.join(", ", o.binding())) + ".");
    printRules(out, o);
  }

  /** The assets sold from this account without lots, from {@code account:ASSET} entries. */
  private static String unknownIn(Trades trades, String account) {
    return String.join(", ", trades.unknownBasis().stream()
        .filter(entry -> entry.startsWith(account + ":"))
        .map(entry -> entry.substring(account.length() + 1))
        .toList());
  }

  private static void printRules(PrintWriter out, PlanOptimization o) {
    out.println();
    out.println("Rules of the optimization");
    AlignedTable rules = new AlignedTable("Rule", "Source", "Means");
    for (Rule r : o.rules()) {
      rules.row(r.name(), r.source(), r.description());
    }
    rules.print(out, INDENT, true);
    if (!o.diagnostics().isEmpty()) {
      out.println(INDENT + "How it was solved:");
      o.diagnostics().forEach(d -> out.println(INDENT + "- " + d));
    }
  }

  private static String signed(Money money) {
    return money.isNegative() ? "-" + money(money.negated()) : "+" + money(money);
  }

  private static String signedPercent(double fraction) {
    return (fraction < 0 ? "" : "+") + percent(fraction);
  }

  private static String quantity(BigDecimal quantity) {
    BigDecimal plain = quantity.stripTrailingZeros();
    if (plain.scale() <= 0) {
      return String.format(Locale.US, "%,d", plain.toBigInteger());
    }
    return String.format(Locale.US, "%,." + Math.min(plain.scale(), 4) + "f", plain);
  }
}
