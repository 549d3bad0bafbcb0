package io.perennial.cli;

import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.io.InputException;
import io.perennial.realestate.AmortizationSchedule;
import io.perennial.realestate.LoanYear;
import io.perennial.realestate.Mortgage;
import io.perennial.realestate.OperatingExpenses;
import io.perennial.realestate.PropertyProjection;
import io.perennial.realestate.PropertyUse;
import io.perennial.realestate.PropertyYear;
import io.perennial.realestate.Purchase;
import io.perennial.realestate.RentalProperty;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code perennial property}: the rental-property calculator alone (docs/realestate.md): NOI, cap
 * rate, the loan's debt service and amortization, cash flow, cash-on-cash, DSCR, depreciation and
 * taxable income of a stabilized first year.
 */
@Command(
    name = "property",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "A rental property's first stabilized year: NOI, cap rate, debt service, cash flow, cash-on-cash "
          + "return, DSCR, depreciation and taxable income, and the loan's amortization by year.",
      "Example: perennial property --price 200000 --rent 2000 --vacancy 0.05",
      "  --expenses 8880 --down 0.20 --rate 0.07 --years 30 --land-share 0.2 --json",
      ""
    })
public final class PropertyCommand implements Callable<Integer> {

  /** The land share used when none is given: a common assessor split, stated in the output. */
  static final BigDecimal DEFAULT_LAND_SHARE = new BigDecimal("0.20");
  /** Loan years when --years is not given. */
  static final int DEFAULT_YEARS = 30;
  /**
   * Without --placed-in-service the calculator has no calendar: the purchase, the first loan
   * payment and the first year start in this month (only the figures' order depends on it).
   */
  private static final YearMonth START = YearMonth.of(2000, 1);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--price", required = true, paramLabel = "P", description = "Purchase price in dollars.")
  String price;

  @Option(names = "--rent", required = true, paramLabel = "MONTHLY", description = "Scheduled rent of all units per month, in dollars.")
  String rent;

  @Option(names = "--vacancy", required = true, paramLabel = "V",
      description = "Share of the rent lost to vacancy, a fraction (0.05 = 5 %%).")
  String vacancy;

  @Option(names = "--expenses", required = true, paramLabel = "YEARLY",
      description = "Operating expenses per year in dollars: property tax, insurance, management, upkeep, HOA"
          + " (not the mortgage).")
  String expenses;

  @Option(names = "--down", paramLabel = "FRACTION", description = "Down payment as a share of the price (0.25 = 25 %%).")
  String down;

  @Option(names = "--rate", paramLabel = "R", description = "Mortgage rate per year, a fraction (0.07 = 7 %%), fixed.")
  String rate;

  @Option(names = "--years", paramLabel = "N", description = "Mortgage term in years (default 30).")
  String years;

  @Option(names = "--closing-costs", paramLabel = "AMOUNT", defaultValue = "0",
      description = "Closing costs paid in cash at purchase, in dollars; added to the cost basis (default 0).")
  String closingCosts;

  @Option(names = "--land-share", paramLabel = "L",
      description = "Share of the cost that is land, not depreciated (default 0.20, stated in the output).")
  String landShare;

  @Option(names = "--placed-in-service", paramLabel = "YYYY-MM",
      description = "Month first rented: adds the first tax year's depreciation (mid-month convention).")
  String placedInService;

  @Option(names = "--nonresidential", description = "Depreciate over 39 years (offices, shops) instead of 27.5.")
  boolean nonresidential;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Request request = parse();
    RentalProperty property = request.property();
    PropertyYear first = PropertyProjection.firstYear(property);
    Money fullYear = property.depreciation().fullYear();
    PropertyYear stabilized = first.withDepreciation(fullYear);
    Optional<AmortizationSchedule> loan = property.amortization();
    Map<String, Object> doc = document(request, stabilized, loan);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, doc);
    } else {
      printText(out, request, stabilized, loan);
    }
    return ExitCodes.OK;
  }

  /** The parsed inputs: the property, and whether its land share was assumed. */
  record Request(RentalProperty property, BigDecimal landShare, boolean landShareAssumed, Optional<YearMonth> inService,
      BigDecimal down, BigDecimal rate, int years) {}

  Request parse() {
    BigDecimal p = number("--price", price, "give the price in dollars, e.g. --price 250000");
    if (p.signum() <= 0) {
      throw new InputException("--price", "the price must be more than zero, got " + p.toPlainString(), "give the price in dollars");
    }
    BigDecimal monthly = number("--rent", rent, "give the monthly rent in dollars, e.g. --rent 2000");
    if (monthly.signum() < 0) {
      throw new InputException("--rent", "the rent cannot be negative, got " + monthly.toPlainString(), "give the monthly rent in dollars");
    }
    BigDecimal v = fraction("--vacancy", vacancy, false, "give the vacancy as a fraction below 1, e.g. 0.05 for 5 %");
    BigDecimal yearly = number("--expenses", expenses, "give the yearly operating expenses in dollars, e.g. --expenses 9000");
    if (yearly.signum() < 0) {
      throw new InputException("--expenses", "expenses cannot be negative, got " + yearly.toPlainString(),
          "give the yearly operating expenses in dollars");
    }
    BigDecimal closing = number("--closing-costs", closingCosts, "give the closing costs in dollars, e.g. --closing-costs 6000");
    if (closing.signum() < 0) {
      throw new InputException("--closing-costs", "closing costs cannot be negative, got " + closing.toPlainString(),
          "give the closing costs in dollars, or leave the option out");
    }
    boolean assumed = landShare == null;
    BigDecimal land = assumed ? DEFAULT_LAND_SHARE
        : fraction("--land-share", landShare, false, "give the land share as a fraction below 1, e.g. 0.25 (the assessor's land/total ratio)");
    Optional<YearMonth> inService = Optional.ofNullable(placedInService).map(PropertyCommand::month);
    YearMonth start = inService.orElse(START);

    BigDecimal downShare = null;
    BigDecimal loanRate = null;
    int term = DEFAULT_YEARS;
    Mortgage mortgage = null;
    if (down != null || rate != null || years != null) {
      if (rate == null) {
        throw new InputException("--rate", "a loan needs its interest rate", "give --rate R as a fraction, e.g. --rate 0.07 for 7 %,"
            + " or leave out --down and --years for a purchase in cash");
      }
      if (down == null) {
        throw new InputException("--down", "a loan needs the down payment", "give --down FRACTION of the price, e.g. --down 0.25");
      }
      downShare = fraction("--down", down, true, "give the down payment as a fraction of the price from 0 to 1, e.g. 0.25 for 25 %");
      loanRate = number("--rate", rate, "give the rate as a fraction, e.g. 0.07 for 7 %");
      if (loanRate.signum() < 0 || loanRate.doubleValue() > Mortgage.MAX_RATE) {
        throw new InputException("--rate", "the rate " + loanRate.toPlainString() + " is outside 0 to 0.3",
            loanRate.doubleValue() >= 1 ? "give the rate as a fraction, not percent: " + loanRate.toPlainString() + " % is "
                + loanRate.movePointLeft(2).toPlainString() : "give the rate as a fraction, e.g. 0.07 for 7 %");
      }
      if (years != null) {
        try {
          term = Integer.parseInt(years.strip());
        } catch (NumberFormatException e) {
          throw new InputException("--years", "'" + years.strip() + "' is not a whole number of years", "give the term, e.g. --years 30");
        }
        if (term < 1 || term > 50) {
          throw new InputException("--years", "the term must be 1 to 50 years, got " + term, "give the term, e.g. --years 30");
        }
      }
      Money loan = Money.usd(p.multiply(BigDecimal.ONE.subtract(downShare)).setScale(2, RoundingMode.HALF_UP));
      if (loan.amount().signum() > 0) {
        mortgage = Mortgage.original(loan, loanRate.doubleValue(), term, start);
      }
    }
    LocalDate bought = start.atDay(1);
    RentalProperty property = RentalProperty.builder("property")
        .use(nonresidential ? PropertyUse.NONRESIDENTIAL : PropertyUse.RESIDENTIAL)
        .value(Money.usd(p), bought)
        .monthlyRent(Money.usd(monthly))
        .vacancy(v.doubleValue())
        .expenses(OperatingExpenses.total(Money.usd(yearly)))
        .purchase(Purchase.of(Money.usd(p), bought, Money.usd(closing)))
        .landShare(land.doubleValue())
        .mortgage(mortgage)
        .build();
    return new Request(property, land, assumed, inService, downShare, loanRate, term);
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InputException("--placed-in-service", "'" + text.strip() + "' is not a month", "write the month as YYYY-MM, e.g. 2025-03");
    }
  }

  private static BigDecimal number(String option, String text, String fix) {
    try {
      return new BigDecimal(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new InputException(option, "'" + text.strip() + "' is not a number", fix);
    }
  }

  /** A fraction in [0, 1) (or [0, 1] when {@code oneAllowed}); a value above 1 is taken for percent in the fix. */
  private static BigDecimal fraction(String option, String text, boolean oneAllowed, String fix) {
    BigDecimal value = number(option, text, fix);
    boolean tooHigh = oneAllowed ? value.compareTo(BigDecimal.ONE) > 0 : value.compareTo(BigDecimal.ONE) >= 0;
    if (value.signum() < 0 || tooHigh) {
      String hint = value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(new BigDecimal("100")) <= 0
          ? "; it looks like percent: write " + value.movePointLeft(2).stripTrailingZeros().toPlainString() + " for "
              + value.stripTrailingZeros().toPlainString() + " %"
          : "";
      throw new InputException(option, value.toPlainString() + " is not a fraction " + (oneAllowed ? "from 0 to 1" : "from 0 to below 1")
          + hint, fix);
    }
    return value;
  }

  // ---------------------------------------------------------------- JSON

  static Map<String, Object> document(Request request, PropertyYear y, Optional<AmortizationSchedule> loan) {
    RentalProperty p = request.property();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("noi", y.noi());
    doc.put("capRate", y.capRate());
    doc.put("debtService", y.debtService());
    doc.put("cashFlow", y.cashFlow());
    doc.put("cashOnCash", y.cashOnCash().isPresent() ? y.cashOnCash().getAsDouble() : null);
    doc.put("dscr", y.dscr().isPresent() ? y.dscr().getAsDouble() : null);
    doc.put("depreciation", y.depreciation());
    List<Map<String, Object>> rows = new ArrayList<>();
    loan.ifPresent(s -> {
      for (LoanYear ly : s.years()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", ly.year());
        row.put("interest", ly.interest());
        row.put("principal", ly.principal());
        row.put("balance", ly.balance());
        rows.add(row);
      }
    });
    doc.put("amortization", rows);
    doc.put("price", p.purchase().price());
    doc.put("monthlyRent", p.monthlyRent());
    doc.put("grossRent", y.grossRent());
    doc.put("vacancy", p.vacancy());
    doc.put("vacancyLoss", y.vacancyLoss());
    doc.put("effectiveRent", y.effectiveRent());
    doc.put("operatingExpenses", y.operatingExpenses());
    doc.put("loanAmount", p.mortgage().map(Mortgage::balance).orElse(Money.usd("0")));
    doc.put("rate", request.rate() == null ? null : request.rate());
    doc.put("years", loan.isPresent() ? request.years() : null);
    doc.put("monthlyPayment", loan.map(AmortizationSchedule::monthlyPayment).orElse(Money.usd("0")));
    doc.put("lastPayment", loan.map(s -> s.payments().get(s.payments().size() - 1).payment()).orElse(null));
    doc.put("interest", y.interest());
    doc.put("principal", y.principal());
    doc.put("cashInvested", y.cashInvested());
    doc.put("equityAfterYear1", y.valueEnd().minus(y.balanceEnd()));
    doc.put("loanToValue", p.mortgage().map(m -> m.balance().toDouble() / p.value().toDouble()).orElse(0.0));
    doc.put("landShare", request.landShare());
    doc.put("landShareAssumed", request.landShareAssumed());
    doc.put("recoveryYears", p.use().recoveryYears());
    doc.put("depreciableBasis", p.depreciableBasis());
    request.inService().ifPresent(month -> {
      doc.put("placedInService", month.toString());
      doc.put("firstYearDepreciation", p.depreciation().forTaxYear(month.getYear()));
    });
    doc.put("taxableIncome", y.taxableIncome());
    return doc;
  }

  // ---------------------------------------------------------------- text

  private static void printText(PrintWriter out, Request request, PropertyYear y, Optional<AmortizationSchedule> loan) {
    RentalProperty p = request.property();
    out.printf(Locale.ROOT, "Rental property: price %s, rent %s a month, first stabilized year%n%n",
        money(p.purchase().price()), money(p.monthlyRent()));
    AlignedTable flow = new AlignedTable("", ">dollars");
    flow.row("gross rent (12 months)", money(y.grossRent()));
    flow.row("vacancy (" + Rates.percent(p.vacancy(), 2) + ")", money(y.vacancyLoss().negated()));
    flow.row("effective rent", money(y.effectiveRent()));
    flow.row("operating expenses", money(y.operatingExpenses().negated()));
    flow.rule();
    flow.row("net operating income (NOI)", money(y.noi()));
    if (loan.isPresent()) {
      flow.row("debt service: interest", money(y.interest().negated()));
      flow.row("debt service: principal", money(y.principal().negated()));
    }
    flow.rule();
    flow.row("cash flow before tax", money(y.cashFlow()));
    flow.print(out);
    out.println();
    out.printf(Locale.ROOT, "Cap rate %s (NOI / price).%n", Rates.percent(y.capRate(), 2));
    out.printf(Locale.ROOT, "Cash-on-cash %s on %s invested (down payment and closing costs).%n",
        y.cashOnCash().isPresent() ? Rates.percent(y.cashOnCash().getAsDouble(), 2) : "undefined (no cash invested)",
        money(y.cashInvested()));
    if (loan.isPresent()) {
      AmortizationSchedule s = loan.get();
      out.printf(Locale.ROOT, "DSCR %.2f (NOI / debt service). Loan %s at %s over %d years: %s a month.%n",
          y.dscr().orElse(0.0), money(s.mortgage().balance()), Rates.percent(s.mortgage().annualRate(), 3), request.years(),
          money(s.monthlyPayment()));
    } else {
      out.println("No loan: no debt service, DSCR undefined.");
    }
    out.printf(Locale.ROOT, "Depreciation %s a year: basis %s (land %s%s) over %s years.%n", money(y.depreciation()),
        money(p.depreciableBasis()), Rates.percent(request.landShare().doubleValue(), 0),
        request.landShareAssumed() ? ", assumed: give --land-share" : "",
        p.use() == PropertyUse.RESIDENTIAL ? "27.5" : "39");
    request.inService().ifPresent(month -> out.printf(Locale.ROOT,
        "First tax year %d (in service %s, mid-month convention): %s.%n", month.getYear(), month,
        money(p.depreciation().forTaxYear(month.getYear()))));
    out.printf(Locale.ROOT, "Taxable rental income %s (effective rent − expenses − interest − depreciation)%s.%n",
        money(y.taxableIncome()), y.taxableIncome().isNegative() ? "; a loss is limited by the passive-loss rule (docs/realestate.md)" : "");
    if (loan.isPresent()) {
      out.println();
      out.println("Amortization by loan year:");
      AlignedTable table = new AlignedTable(">year", ">interest", ">principal", ">balance");
      for (LoanYear ly : loan.get().years()) {
        table.row(String.valueOf(ly.year()), money(ly.interest()), money(ly.principal()), money(ly.balance()));
      }
      table.print(out, "  ", true);
    }
    out.flush();
  }

  private static String money(Money amount) {
    return String.format(Locale.ROOT, "%,.2f", amount.amount());
  }
}
