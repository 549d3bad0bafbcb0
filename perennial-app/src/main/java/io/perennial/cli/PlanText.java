package io.perennial.cli;

import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.Rates;
import io.perennial.plan.HoldingsAnalysis;
import io.perennial.plan.PlanProjection;
import io.perennial.plan.PlanResult;
import io.perennial.report.AdviceView;
import io.perennial.report.ProjectionView;
import io.perennial.plan.TaxAnalysis;
import io.perennial.plan.ZeroRateGainRoom;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.MarginalRate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code plan} command's report for people: a headline, then one aligned table per section. */
final class PlanText {

  private static final String INDENT = "  ";

  private PlanText() {}

  static void print(PrintWriter out, Path file, PlanResult report) {
    PlanResult.Summary plan = report.plan();
    HoldingsAnalysis.Holdings holdings = report.holdings();
    HoldingsAnalysis.Income income = report.income();
    HoldingsAnalysis.Risk risk = report.risk();
    HoldingsAnalysis.Concentration concentration = report.concentration();
    HoldingsAnalysis.Coverage coverage = report.coverage();

    title(out, file, report);
    AdviceView advice = AdviceView.of(report);
    if (advice != null) {
      AdviceText.print(out, advice);
      out.println();
      out.println("The holdings now");
    }
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
    PropertyText.print(out, INDENT, report.properties());

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

    printTaxes(out, report);
    if (report.projection() != null) {
      printProjection(out, report.projection());
    }

    if (report.optimization() != null) {
      out.println();
      OptimizationText.print(out, report.optimization(), report.projection());
    }

    if (!report.problems().isEmpty()) {
      out.println();
      out.println("Notes");
      for (Problem problem : report.problems()) {
        out.println(INDENT + "- " + problem.describe());
      }
    }
  }

  /** The tax sections: after-tax income, the tax the portfolio causes, marginal rates, yields, coverage. */
  private static void printTaxes(PrintWriter out, PlanResult report) {
    TaxAnalysis.AfterTaxIncome after = report.afterTaxIncome();
    TaxAnalysis.Taxes taxes = report.taxes();
    TaxAnalysis.AfterTaxCoverage coverage = report.coverage().afterTax();
    String rules = taxes.rulesYear() + " tax rules, " + taxes.filer().filingStatus().id()
        + (taxes.filer().stateTaxRate() > 0 ? ", state " + percent(taxes.filer().stateTaxRate()) : ", no state tax");

    out.println();
    out.println("After-tax income by account (" + rules + ")");
    AlignedTable accounts = new AlignedTable("Account", "Type", ">Income", ">Tax (marginal)", ">After tax",
        ">Tax (exact)", ">After tax (exact)", "Taxed");
    for (TaxAnalysis.AccountAfterTax a : after.byAccount()) {
      accounts.row(a.account(), a.type().id(), money(a.income()), money(a.tax()), money(a.afterTaxIncome()),
          money(a.taxExact()), money(a.afterTaxIncomeExact()), switch (a.type()) {
            case TAXABLE -> "this year, each character at its rate";
            case TAX_DEFERRED -> "as ordinary income when withdrawn (marginal rate " + percent(after.deferredTaxRate()) + ")";
            case TAX_FREE -> "never";
          });
    }
    accounts.rule().row("Total", "", money(after.income()), money(after.tax()), money(after.afterTaxIncome()),
        money(after.taxExact()), money(after.afterTaxIncomeExact()), "");
    accounts.print(out, INDENT, true);
    out.println(INDENT + "Marginal: each dollar at the household's rate on the next dollar.");
    out.println(INDENT + "Exact: the household's tax with the portfolio's income (the tax-deferred income withdrawn) - without it,");
    out.println(INDENT + "shared among the accounts of a type in proportion to the marginal figures; higher where the income");
    out.println(INDENT + "climbs into higher brackets. Coverage after tax uses the exact figure.");
    out.println();

    out.println("After-tax income by asset (at marginal rates)");
    AlignedTable assets = new AlignedTable("Asset", ">Income", ">Tax", ">After tax", ">Tax rate");
    after.byAsset().forEach(a -> assets.row(a.asset().value(), money(a.income()), money(a.tax()), money(a.afterTaxIncome()),
        percent(a.taxRate())));
    assets.print(out, INDENT, true);
    out.println();

    out.println("Tax caused by the portfolio (household tax in three steps, exact)");
    AlignedTable steps = new AlignedTable("Tax", ">Other income alone", ">+ taxable accounts", ">+ deferred withdrawn",
        ">Caused by portfolio", ">At marginal rates");
    TaxAnalysis.TaxAmounts t0 = taxes.otherIncomeAlone().amounts();
    TaxAnalysis.TaxAmounts t1 = taxes.withTaxableAccounts().amounts();
    TaxAnalysis.TaxAmounts t2 = taxes.withDeferredWithdrawn().amounts();
    TaxAnalysis.TaxAmounts caused = taxes.causedByPortfolio();
    TaxAnalysis.TaxAmounts marginal = taxes.atMarginalRates();
    steps.row("Federal income tax", money(t0.federalIncomeTax()), money(t1.federalIncomeTax()), money(t2.federalIncomeTax()),
        money(caused.federalIncomeTax()), money(marginal.federalIncomeTax()));
    steps.row("Net investment income tax", money(t0.niit()), money(t1.niit()), money(t2.niit()), money(caused.niit()),
        money(marginal.niit()));
    steps.row("State tax", money(t0.stateTax()), money(t1.stateTax()), money(t2.stateTax()), money(caused.stateTax()),
        money(marginal.stateTax()));
    steps.rule().row("Total", money(t0.total()), money(t1.total()), money(t2.total()), money(caused.total()), money(marginal.total()));
    steps.row("Adjusted gross income", money(taxes.otherIncomeAlone().adjustedGrossIncome()),
        money(taxes.withTaxableAccounts().adjustedGrossIncome()), money(taxes.withDeferredWithdrawn().adjustedGrossIncome()), "", "");
    if (!taxes.filer().socialSecurity().isZero()) {
      steps.row("Taxable Social Security", money(taxes.otherIncomeAlone().taxableSocialSecurity()),
          money(taxes.withTaxableAccounts().taxableSocialSecurity()), money(taxes.withDeferredWithdrawn().taxableSocialSecurity()),
          "", "");
    }
    steps.row("Taxable income", money(taxes.otherIncomeAlone().taxableIncome()), money(taxes.withTaxableAccounts().taxableIncome()),
        money(taxes.withDeferredWithdrawn().taxableIncome()), "", "");
    steps.row("Effective rate", percent(taxes.otherIncomeAlone().effectiveRate()),
        percent(taxes.withTaxableAccounts().effectiveRate()), percent(taxes.withDeferredWithdrawn().effectiveRate()),
        percent(taxes.portfolioEffectiveRate()), percent(after.taxRate()));
    steps.print(out, INDENT, true);
    TaxAnalysis.HouseholdTax last = taxes.withDeferredWithdrawn();
    out.println(INDENT + "Deduction: " + last.deductionUsed() + " " + money(last.deduction())
        + (last.seniorDeduction().isZero() ? "" : ", senior deduction " + money(last.seniorDeduction()))
        + (last.qbiDeduction().isZero() ? "" : ", section 199A " + money(last.qbiDeduction()))
        + (taxes.filer().ages().isEmpty() ? "; no ages given"
            : "; ages " + taxes.filer().ages().stream().map(String::valueOf).collect(Collectors.joining(" and "))) + ".");
    out.println();

    out.println("Marginal rates (tax on the next dollar, at the other income plus the taxable accounts' income)");
    AlignedTable rates = new AlignedTable("Income", ">Federal", ">NIIT", ">State", ">Total");
    Set<IncomeKind> shown = EnumSet.of(IncomeKind.ORDINARY);
    for (HoldingsAnalysis.CharacterIncome c : report.income().byCharacter()) {
      IncomeKind.of(c.character()).ifPresent(shown::add);
    }
    for (IncomeKind kind : shown) {
      MarginalRate m = taxes.marginalRates().get(kind);
      rates.row(kind.id(), percent(m.federal().doubleValue()), percent(m.niit().doubleValue()), percent(m.state().doubleValue()),
          percent(m.totalAsDouble()));
    }
    rates.print(out, INDENT, true);
    MarginalRate withdrawal = taxes.withdrawalMarginalRate();
    out.println(INDENT + "A dollar more withdrawn from a tax-deferred account, with this year's tax-deferred income withdrawn: "
        + percent(withdrawal.federal().doubleValue()) + " federal, " + percent(withdrawal.niit().doubleValue()) + " NIIT, "
        + percent(withdrawal.state().doubleValue()) + " state, " + percent(withdrawal.totalAsDouble()) + " in all"
        + (taxes.filer().socialSecurity().isZero() ? "." : " (with the Social Security benefits it makes taxable)."));
    printZeroRateGainRoom(out, taxes);

    if (!after.taxEquivalentYields().isEmpty()) {
      out.println();
      out.println("Tax-equivalent yields (held in a taxable account)");
      AlignedTable yields = new AlignedTable("Asset", "Held in", ">Yield", ">Muni", ">Treasury", ">Tax on it",
          ">After tax", ">Tax-equivalent");
      after.taxEquivalentYields().forEach(y -> yields.row(y.asset().value(), String.join(", ", y.accounts()),
          percent(y.yield()), percent(y.muniShare()), percent(y.treasuryShare()), percent(y.taxRate()),
          percent(y.afterTaxYield()), y.taxEquivalentYield() == null ? "n/a" : percent(y.taxEquivalentYield())));
      yields.print(out, INDENT, true);
      out.println(INDENT + "Tax-equivalent yield = after-tax yield / (1 - " + percent(after.taxEquivalentYields().get(0)
          .taxableInterestRate()) + ", the marginal rate of taxable interest): what a fully taxable bond must yield to match.");
    }
    out.println();

    out.println("Income coverage (after tax)");
    AlignedTable cover = new AlignedTable("Figure", ">Amount");
    cover.row("Spending goal (after tax, today's money)", money(coverage.annualSpending()));
    cover.row("Other income", money(coverage.otherIncome()));
    cover.row("  less the tax on it (as the only income)", minus(coverage.otherIncomeTax()));
    cover.row("  other income after tax", money(coverage.afterTaxOtherIncome()));
    cover.row("Needed from the portfolio after tax", money(coverage.spendingFromPortfolio()));
    cover.row("Portfolio income before tax", money(coverage.portfolioIncome()));
    cover.row("  less the tax it causes (exact)", minus(coverage.portfolioTax()));
    cover.row("  portfolio income after tax", money(coverage.afterTaxPortfolioIncome()));
    cover.row(coverage.surplus().isNegative() ? "Shortfall" : "Surplus", money(coverage.surplus().isNegative()
        ? coverage.surplus().negated() : coverage.surplus()));
    cover.row("Coverage", coverage.incomeCoverage() == null ? "n/a" : percent(coverage.incomeCoverage()));
    cover.print(out, INDENT, true);
    out.println(INDENT + "Coverage after tax = portfolio income after tax / (spending goal - other income after tax).");
    out.println();

    out.println("How the taxes are computed");
    taxes.assumptions().forEach(a -> out.println(INDENT + "- " + a));
    out.println(INDENT + "- Rules: " + taxes.sources() + ".");
    taxes.caveats().forEach(c -> out.println(INDENT + "- Caveat: " + c));
  }

  /** The projection: the verdict, income and value bands at milestone years, the key figures, how it is built. */
  private static void printProjection(PrintWriter out, PlanProjection projection) {
    out.println();
    out.println("Projection: will the income last? (" + String.format(Locale.US, "%,d", projection.paths())
        + " simulated futures, " + projection.distribution()
        + (projection.degreesOfFreedom() == null ? "" : " with " + trim(projection.degreesOfFreedom()) + " degrees of freedom")
        + ", seed " + projection.seed() + ", " + projection.spendingRule() + " spending)");
    out.println(INDENT + ProjectionView.verdict(projection));
    out.println();

    boolean saver = projection.yearsUntilIncome() > 0;
    out.println("Real after-tax income, today's money (portfolio income as if paid out and taxed, plus other income)");
    AlignedTable income = new AlignedTable(">Year", ">Calendar", "Phase", saver ? ">Covers goal" : ">Covers spending",
        ">5 %", ">25 %", ">Median", ">75 %", ">95 %");
    for (int year : projection.milestoneYears()) {
      PlanProjection.Year y = projection.year(year);
      PlanProjection.Bands b = y.realIncome();
      income.row(String.valueOf(y.year()), String.valueOf(y.calendarYear()), y.phase(), percent1(y.incomeCoverage()),
          whole(b.p5()), whole(b.p25()), whole(b.p50()), whole(b.p75()), whole(b.p95()));
    }
    income.print(out, INDENT, true);
    out.println(INDENT + "Covers " + (saver ? "goal/spending" : "spending") + ": the share of futures whose after-tax income alone pays the year's "
        + "spending" + (saver ? " (while saving: reaches the goal)" : "") + ", without selling. Percentiles across futures.");
    out.println();

    out.println("Real portfolio value at the end of the year, today's money");
    AlignedTable value = new AlignedTable(">Year", ">Calendar", ">Failed this year", ">5 %", ">25 %", ">Median", ">75 %", ">95 %");
    for (int year : projection.milestoneYears()) {
      PlanProjection.Year y = projection.year(year);
      PlanProjection.Bands b = y.realValue();
      value.row(String.valueOf(y.year()), String.valueOf(y.calendarYear()), String.format(Locale.US, "%,d", y.failuresThisYear()),
          whole(b.p5()), whole(b.p25()), whole(b.p50()), whole(b.p75()), whole(b.p95()));
    }
    value.print(out, INDENT, true);
    out.println(INDENT + "Every year is in the JSON output (--json, projection.byYear).");
    out.println();

    out.println("Projection figures");
    AlignedTable figures = new AlignedTable("Figure", ">Value", "Meaning");
    figures.row("Success rate", percent1(projection.successRate()), "spending met in every year of the " + projection.horizonYears()
        + "-year horizon");
    figures.row("  Monte Carlo standard error", "±" + String.format(Locale.ROOT, "%.2f", projection.successRateStandardError() * 100.0)
        + " points", "sqrt(p (1 - p) / " + String.format(Locale.US, "%,d", projection.paths()) + " futures)"
        + (projection.failures() == 0 ? "; with none failed, the failure rate is below 3 / futures with 95 % confidence" : ""));
    figures.row("  Futures that failed", String.format(Locale.US, "%,d", projection.failures()), "");
    PlanProjection.IncomeDrop drop = projection.worstRealIncomeDrop();
    figures.row("Worst real income drop, median future", percent1(drop.median()), "largest fall of real income below its earlier peak");
    figures.row("  one future in twenty", percent1(drop.p95()), "95th percentile of the futures' worst falls");
    figures.row("  worst future", percent1(drop.worst()), "");
    PlanProjection.WithdrawalRatesFound rates = projection.withdrawalRates();
    if (rates == null) {
      figures.row("Safe withdrawal rate", "none", "a fraction of today's value, and nothing is held today");
    } else {
      String share = percent0(rates.targetSuccess()) + " of " + String.format(Locale.US, "%,d", rates.paths()) + " futures";
      String from = "from year " + (projection.yearsUntilIncome() + 1);
      figures.row("Safe withdrawal rate", percent(rates.safe()), "of today's value: " + wholeDollars(rates.safeSpending())
          + " a year after tax, today's money, " + from + ", portfolio alone, met in " + share);
      figures.row("Perpetual withdrawal rate", percent(rates.perpetual()), "of today's value: "
          + wholeDollars(rates.perpetualSpending()) + " a year, " + from + ", also keeping today's real value, in " + share);
    }
    PlanProjection.GoalReached goal = projection.goalReached();
    if (goal != null) {
      figures.row("Income goal reached, median", goal.medianYear() == null ? "not reached"
              : goal.medianCalendarYear() + " (year " + goal.medianYear() + ")",
          "real after-tax income first reaches " + wholeDollars(goal.goal()) + " (" + percent1(goal.reachedShare())
              + " of futures within " + projection.years() + " years)");
      figures.row("  a quarter of futures by", goal.yearP25() == null ? "never" : "year " + goal.yearP25(), "");
      figures.row("  three quarters by", goal.yearP75() == null ? "never" : "year " + goal.yearP75(), "");
    }
    PlanProjection.TaxRatesUsed taxes = projection.taxRates();
    figures.row("Tax rate: taxable-account income", percent(taxes.incomeRate()), "flat, from this year's exact taxes");
    figures.row("  withdrawals from tax-deferred accounts", percent(taxes.deferredWithdrawalRate()), "");
    figures.row("  sales from taxable accounts", percent(taxes.taxableSaleRate()), "");
    if (projection.otherIncome().amount() > 0) {
      figures.row("  other income", percent(taxes.otherIncomeRate()), wholeDollars(projection.otherIncome().afterTax())
          + " a year after tax from year " + projection.otherIncome().startsInYear());
    }
    for (PlanProjection.Benefit benefit : projection.otherIncome().socialSecurity()) {
      figures.row("  social security (born " + benefit.birthYear() + ")", percent(benefit.taxRate()),
          wholeDollars(benefit.afterTax()) + " a year after tax from year " + benefit.startsInYear());
    }
    figures.print(out, INDENT, true);
    out.println();

    out.println("How the projection is built");
    ProjectionView.assumptions(projection).forEach(a -> out.println(INDENT + "- " + a));
  }

  /** The report's first line and a blank one. */
  static void title(PrintWriter out, Path file, PlanResult report) {
    PlanResult.Summary plan = report.plan();
    String who = plan.name().isEmpty() ? file.getFileName().toString() : plan.name();
    out.println("Plan for " + who + ", valued " + plan.valuationDate()
        + " (assumptions " + plan.assumptions().name() + ", as of " + plan.assumptions().asOf() + ")");
    out.println();
  }

  /**
   * {@code plan --brief}: the title and the "What to do" block alone; without a recommendation, the
   * headline of the holdings.
   */
  static void printBrief(PrintWriter out, Path file, PlanResult report) {
    title(out, file, report);
    AdviceView advice = AdviceView.of(report);
    if (advice != null) {
      AdviceText.print(out, advice);
    } else {
      out.println(headline(report));
    }
  }

  private static String headline(PlanResult report) {
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
    TaxAnalysis.AfterTaxCoverage after = coverage.afterTax();
    text.append(System.lineSeparator()).append("After tax (").append(report.taxes().rulesYear()).append(" rules): ")
        .append(wholeMoney(after.afterTaxPortfolioIncome())).append(" a year to spend");
    if (after.incomeCoverage() == null) {
      text.append("; other income after tax already covers the spending goal.");
    } else {
      text.append(", ").append(percent(after.incomeCoverage())).append(" of the ")
          .append(wholeMoney(after.spendingFromPortfolio())).append(" the portfolio must provide after tax")
          .append(after.surplus().isNegative() ? " (short by " + wholeMoney(after.surplus().negated()) + ")." : ".");
    }
    text.append(System.lineSeparator()).append("Expected return ").append(percent(report.risk().expectedReturn()))
        .append(" a year with volatility ").append(percent(report.risk().volatility()))
        .append(report.risk().volatility() > report.plan().profile().maxVolatility() + 1e-12
            ? ", above the " + percent(report.plan().profile().maxVolatility()) + " the risk tolerance allows."
            : ", within the " + percent(report.plan().profile().maxVolatility()) + " the risk tolerance allows.");
    if (report.projection() != null) {
      text.append(System.lineSeparator()).append("Projection: ").append(ProjectionView.verdict(report.projection()));
    }
    return text.toString();
  }

  private static void printZeroRateGainRoom(PrintWriter out, TaxAnalysis.Taxes taxes) {
    ZeroRateGainRoom room = taxes.zeroRateGainRoom();
    if (room.room().isZero()) {
      out.println(INDENT + "No room this year in the 0 % band for long-term gains: taxable income " + money(room.taxableIncome())
          + " is at or above its top, " + money(room.bandTop()) + ".");
      return;
    }
    TaxAnalysis.TaxAmounts cost = room.cost();
    out.println(INDENT + "Room in the 0 % band for long-term gains this year: " + money(room.room())
        + " of gains could be realized (selling, or selling and buying back to raise the cost basis) with no federal tax on"
        + " the gains themselves (taxable income " + money(room.taxableIncome()) + ", the band ends at " + money(room.bandTop())
        + "). Realizing all of it would cost " + money(cost.federalIncomeTax()) + " federal"
        + (taxes.filer().socialSecurity().isZero() ? "" : " (the benefits it makes taxable)") + ", " + money(cost.niit())
        + " NIIT and " + money(cost.stateTax()) + " state.");
  }

  static String money(Money money) {
    return String.format(Locale.US, "$%,.2f", money.amount());
  }

  /** An amount taken away: {@code -$2,114.60}. */
  static String minus(Money money) {
    return money.isZero() ? money(money) : "-" + money(money);
  }

  static String wholeMoney(Money money) {
    return String.format(Locale.US, "$%,.0f", money.amount().setScale(0, RoundingMode.HALF_EVEN));
  }

  static String percent(double fraction) {
    return Rates.percent(fraction, 2);
  }

  private static String percent1(double fraction) {
    return Rates.percent(fraction, 1);
  }

  private static String percent0(double fraction) {
    return Rates.percent(fraction, 0);
  }

  /** A statistic in whole dollars: {@code $84,512}. */
  private static String whole(double amount) {
    return String.format(Locale.US, "$%,.0f", amount);
  }

  private static String wholeDollars(double amount) {
    return whole(amount);
  }

  private static String trim(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
