package io.perennial.cli;

import io.perennial.basics.Rates;
import io.perennial.plan.PropertyReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The plan's "Rental property" section for people: one table per property of the first twelve
 * months at the household's share, from rent down to cash flow after debt service (the holding's
 * income) and the taxable rental income after interest and depreciation, with the loan.
 */
final class PropertyText {

  private PropertyText() {}

  static void print(PrintWriter out, String indent, List<PropertyReport> properties) {
    for (PropertyReport p : properties) {
      out.println("Rental property: " + p.asset().value() + " (" + p.name() + "), twelve months from " + p.year()
          + (p.ownershipShare() < 1.0 ? ", the household's " + Rates.percent(p.ownershipShare(), 0) + " share" : ""));
      AlignedTable table = new AlignedTable("Figure", ">Amount");
      table.row("Value", PlanText.money(p.value()));
      table.row("Mortgage balance (a liability)", PlanText.money(p.loanBalance()));
      table.row("Equity (counted as the holding's value)", PlanText.money(p.equity()));
      table.rule();
      table.row("Rent (scheduled)", PlanText.money(p.grossRent()));
      table.row("Rent after vacancy", PlanText.money(p.effectiveRent()));
      table.row("Operating expenses", PlanText.minus(p.operatingExpenses()));
      table.row("Net operating income (NOI)", PlanText.money(p.noi()));
      table.row("Debt service (interest " + PlanText.money(p.interest()) + ", principal " + PlanText.money(p.principal()) + ")",
          PlanText.minus(p.debtService()));
      table.row("Cash flow before tax (the holding's income)", PlanText.money(p.cashFlow()));
      table.row("Depreciation", PlanText.money(p.depreciation()));
      table.row("Taxable rental income (after interest and depreciation)", PlanText.money(p.taxableIncome()));
      table.row("Cap rate (NOI / value)", PlanText.percent(p.capRate()));
      table.row("Debt service coverage (NOI / debt service)",
          p.dscr() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", p.dscr()));
      table.row("Loan paid off in", p.payoffYear() == null ? "no loan" : String.valueOf(p.payoffYear()));
      table.print(out, indent, true);
      out.println();
    }
  }
}
