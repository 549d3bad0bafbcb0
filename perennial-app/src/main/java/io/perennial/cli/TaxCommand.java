package io.perennial.cli;

import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Rates;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.Identified;
import io.perennial.io.InputException;
import io.perennial.tax.BracketSlice;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.HouseholdTaxResult;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.MarginalRate;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import io.perennial.tax.WorksheetLine;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code perennial tax}: a household's US federal and state income tax for one year, with its working. */
@Command(
    name = "tax",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "A household's income tax for one year: federal income tax (Qualified Dividends and Capital Gain "
          + "Tax Worksheet, exact bracket arithmetic), the taxable part of Social Security benefits "
          + "(Publication 915 worksheet), the 3.8 %% net investment income tax, a flat state tax, the "
          + "marginal rate of every kind of income, and the working.",
      "",
      "Income kinds are DISJOINT amounts: ordinary-dividends means the non-qualified, non-REIT "
          + "dividends only; qualified-dividends the qualified part; reit-dividends the section 199A "
          + "dividends. Kinds: ordinary (wages, pensions), retirement-withdrawals (traditional IRA/401(k), "
          + "RMDs), social-security (gross benefits), taxable-interest, treasury-interest, muni-interest, "
          + "ordinary-dividends, qualified-dividends, reit-dividends, long-term-gains, short-term-gains, "
          + "rental, royalties. Only long-term-gains, short-term-gains and rental may be negative (losses).",
      "",
      "Marginal rates are the exact extra tax on one more dollar of each kind.",
      "With --json, stdout is one JSON document (camelCase keys, e.g.",
      "marginalRates.qualifiedDividends). See docs/tax.md.",
      ""
    })
public final class TaxCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Tax year (data exist for 2025 and 2026).")
  int year;

  @Option(names = "--filing-status", required = true, paramLabel = "STATUS",
      description = "single, married-joint, head-of-household or married-separate.")
  String filingStatus;

  @Option(names = "--lived-with-spouse", paramLabel = "yes|no",
      description = "married-separate only (required then): whether the spouses lived together at any time in the year.")
  String livedWithSpouse;

  @Option(names = "--spouse-itemizes", paramLabel = "yes|no",
      description = "married-separate only (required then): whether the other spouse itemizes (then the standard deduction is 0).")
  String spouseItemizes;

  @Option(names = "--income", split = ",", paramLabel = "KIND=AMOUNT",
      description = "Income of the year in dollars, e.g. ordinary=60000,qualified-dividends=8000. Repeatable.")
  List<String> incomes = new ArrayList<>();

  @Option(names = "--state-rate", paramLabel = "RATE", defaultValue = "0",
      description = "Flat state income-tax rate, a fraction (0.05 = 5%%). Default 0.")
  String stateRate;

  @Option(names = "--muni-in-state", description = "Muni bonds are of the household's state: their interest is exempt from state tax.")
  boolean muniInState;

  @Option(names = "--state-taxes-social-security",
      description = "The state taxes Social Security benefits (their federally taxable part). Default: exempt, as in most states.")
  boolean stateTaxesSocialSecurity;

  @Option(names = "--state-exempts-retirement",
      description = "The state exempts retirement-withdrawals (traditional IRA/401(k) withdrawals) from its tax.")
  boolean stateExemptsRetirement;

  @Option(names = "--age", split = ",", paramLabel = "AGE",
      description = "Age(s) at the end of the year: up to two for married-joint, one for the other statuses.")
  List<Integer> ages = new ArrayList<>();

  @Option(names = "--itemized", paramLabel = "AMOUNT", defaultValue = "0",
      description = "Itemized deductions in dollars; the larger of these and the standard deduction is used.")
  String itemized;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of tables.")
  boolean json;

  @Override
  public Integer call() {
    FilingStatus status = parseStatus();
    TaxYearRules rules = rulesFor(year);
    HouseholdIncome income = parseIncome();
    TaxFiler filer = filer(status);
    HouseholdTaxResult result = HouseholdTaxCalculator.calculate(income, filer, rules);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(result, rules));
    } else {
      printTables(out, result, rules);
    }
    return ExitCodes.OK;
  }

  private FilingStatus parseStatus() {
    try {
      return FilingStatus.parse(filingStatus);
    } catch (InvalidInputException e) {
      throw new InputException("--filing-status", "unknown filing status '" + filingStatus + "'",
          "use one of: " + Identified.ids(FilingStatus.class));
    }
  }

  private static TaxYearRules rulesFor(int year) {
    try {
      return TaxRules.forYear(year);
    } catch (InvalidInputException e) {
      throw new InputException("--year", "no tax data for " + year,
          "use one of the years with tax data: " + String.join(", ", TaxRules.years().stream().map(String::valueOf).toList()));
    }
  }

  private HouseholdIncome parseIncome() {
    Map<IncomeKind, BigDecimal> amounts = new EnumMap<>(IncomeKind.class);
    for (String item : incomes) {
      String text = item.strip();
      if (text.isEmpty()) {
        continue;
      }
      int eq = text.indexOf('=');
      if (eq <= 0) {
        throw new InputException("--income '" + text + "'", "expected KIND=AMOUNT",
            "write e.g. --income ordinary=60000,qualified-dividends=8000");
      }
      String kindText = text.substring(0, eq).strip();
      IncomeKind kind;
      try {
        kind = IncomeKind.parse(kindText);
      } catch (InvalidInputException e) {
        throw new InputException("--income '" + text + "'", "unknown income kind '" + kindText + "'",
            "use one of: " + Identified.ids(IncomeKind.class));
      }
      BigDecimal amount = amount(text.substring(eq + 1), "--income " + kind.id(), "write dollars such as 60000 or 1234.56");
      if (amount.signum() < 0 && !kind.mayBeNegative()) {
        throw new InputException("--income " + kind.id(), "income " + kind.id() + " cannot be negative, got "
            + amount.toPlainString(), "only long-term-gains, short-term-gains and rental may be negative (losses)");
      }
      if (amounts.containsKey(kind)) {
        throw new InputException("--income " + kind.id(), "kind " + kind.id() + " is given twice",
            "give each kind once, with the year's total");
      }
      amounts.put(kind, amount);
    }
    return HouseholdIncome.of(amounts);
  }

  private TaxFiler filer(FilingStatus status) {
    BigDecimal rate = amount(stateRate, "--state-rate", "give the rate as a fraction, e.g. 0.05 for 5 %");
    if (rate.signum() < 0 || rate.compareTo(TaxFiler.MAX_STATE_RATE) > 0) {
      throw new InputException("--state-rate", "state rate " + rate.toPlainString() + " is outside 0 to 0.2",
          "give the rate as a fraction, e.g. 0.05 for 5 %");
    }
    BigDecimal itemizedAmount = amount(itemized, "--itemized", "write dollars such as 28000");
    if (itemizedAmount.signum() < 0) {
      throw new InputException("--itemized", "itemized deductions cannot be negative, got " + itemizedAmount.toPlainString(),
          "give the total of itemized deductions, or leave the option out");
    }
    int people = TaxFiler.people(status);
    if (ages.size() > people) {
      throw new InputException("--age", "a " + status.id() + " return has " + people + (people == 1 ? " person" : " people")
          + ", got " + ages.size() + " ages", "give at most " + people + (people == 1 ? " age" : " ages, comma separated"));
    }
    for (Integer age : ages) {
      if (age == null || age < 0 || age > 120) {
        throw new InputException("--age", "age " + age + " is outside 0 to 120", "give ages in whole years");
      }
    }
    TaxFiler.StateExemptions exemptions = new TaxFiler.StateExemptions(!stateTaxesSocialSecurity, stateExemptsRetirement);
    return new TaxFiler(status, ages, itemizedAmount, rate, muniInState, exemptions, separateReturn(status));
  }

  /** The two facts a married-separate return needs, both required with that status and refused with the others. */
  private TaxFiler.SeparateReturn separateReturn(FilingStatus status) {
    if (status != FilingStatus.MARRIED_SEPARATE) {
      for (String[] given : new String[][] {{"--lived-with-spouse", livedWithSpouse}, {"--spouse-itemizes", spouseItemizes}}) {
        if (given[1] != null) {
          throw new InputException(given[0], "only a married-separate return depends on the other spouse",
              "remove " + given[0] + ", or use --filing-status married-separate");
        }
      }
      return TaxFiler.SeparateReturn.NONE;
    }
    boolean lived = yesNo("--lived-with-spouse", livedWithSpouse,
        "the base amounts of Social Security benefits (0 if the spouses lived together at any time in the year, "
            + "25,000 and 34,000 if they lived apart all year) and the rental-loss allowance depend on it");
    boolean itemizes = yesNo("--spouse-itemizes", spouseItemizes,
        "when the other spouse itemizes, this return's standard deduction is 0 (IRC 63(c)(6)(A))");
    return new TaxFiler.SeparateReturn(lived, itemizes);
  }

  private static boolean yesNo(String option, String text, String why) {
    if (text == null) {
      throw new InputException(option, "a married-separate return needs " + option + "; " + why,
          "add " + option + " yes or " + option + " no");
    }
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "yes":
      case "true":
        return true;
      case "no":
      case "false":
        return false;
      default:
        throw new InputException(option, "'" + text.strip() + "' is neither yes nor no", "write " + option + " yes or " + option + " no");
    }
  }

  private static BigDecimal amount(String text, String where, String fix) {
    try {
      return new BigDecimal(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new InputException(where, "'" + text.strip() + "' is not a number", fix);
    }
  }

  // ---------------------------------------------------------------- JSON

  /** The JSON document: the contract's keys first, then the working. */
  static Map<String, Object> document(HouseholdTaxResult r, TaxYearRules rules) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("year", r.year());
    doc.put("filingStatus", r.filingStatus().id());
    Map<String, BigDecimal> income = new LinkedHashMap<>();
    for (IncomeKind kind : IncomeKind.values()) {
      income.put(JsonModule.key(kind), r.income().amount(kind));
    }
    doc.put("income", income);
    doc.put("taxableSocialSecurity", r.taxableSocialSecurity());
    doc.put("taxableIncome", r.taxableIncome());
    doc.put("federalIncomeTax", r.federalIncomeTax());
    doc.put("niit", r.niit());
    doc.put("stateTax", r.stateTax());
    doc.put("totalTax", r.totalTax());
    Map<String, BigDecimal> marginal = new LinkedHashMap<>();
    Map<String, MarginalRate> detail = new LinkedHashMap<>();
    for (IncomeKind kind : IncomeKind.values()) {
      marginal.put(JsonModule.key(kind), r.marginalRate(kind).total());
      detail.put(JsonModule.key(kind), r.marginalRate(kind));
    }
    doc.put("marginalRates", marginal);
    doc.put("marginalRateDetail", detail);
    doc.put("effectiveRate", r.effectiveRate());
    doc.put("totalIncome", r.totalIncome());
    doc.put("adjustedGrossIncome", r.adjustedGrossIncome());
    doc.put("deductionUsed", r.deductions().deductionUsed());
    doc.put("grossIncome", r.gross());
    doc.put("deductions", r.deductions());
    doc.put("ordinaryBrackets", r.ordinarySlices());
    doc.put("worksheet", r.worksheet().lines());
    doc.put("socialSecurityWorksheet", r.socialSecurity().lines());
    doc.put("netInvestmentIncomeTax", r.investmentIncomeTax());
    doc.put("state", r.state());
    doc.put("sources", rules.sources());
    doc.put("caveats", r.caveats());
    return doc;
  }

  // ---------------------------------------------------------------- tables

  private static void printTables(PrintWriter out, HouseholdTaxResult r, TaxYearRules rules) {
    out.printf(Locale.ROOT, "Tax year %d, %s%n%n", r.year(), r.filingStatus().id());
    List<String[]> rows = new ArrayList<>();
    for (IncomeKind kind : IncomeKind.values()) {
      BigDecimal amount = r.income().amount(kind);
      MarginalRate m = r.marginalRate(kind);
      rows.add(new String[] {kind.id(), money(amount), pct(m.federal()), pct(m.niit()), pct(m.state()), pct(m.total())});
    }
    table(out, new String[] {"income", "amount", "marginal federal", "NIIT", "state", "total"}, rows);
    out.println();

    HouseholdTaxResult.GrossIncome g = r.gross();
    HouseholdTaxResult.Deductions d = r.deductions();
    List<String[]> working = new ArrayList<>();
    working.add(new String[] {"total income (muni included)", money(r.totalIncome())});
    if (g.netCapitalGain().signum() < 0) {
      working.add(new String[] {"net capital loss counted", money(g.capitalGainInAgi())});
      working.add(new String[] {"capital loss carried over", money(g.capitalLossCarryover())});
    }
    if (g.rentalLossSuspended().signum() > 0) {
      working.add(new String[] {"rental loss suspended (IRC 469)", money(g.rentalLossSuspended())});
    }
    if (g.socialSecurityBenefits().signum() > 0) {
      working.add(new String[] {"Social Security benefits", money(g.socialSecurityBenefits())});
      working.add(new String[] {"taxable part of the benefits (Pub. 915)", money(g.taxableSocialSecurity())});
    }
    working.add(new String[] {"adjusted gross income", money(g.adjustedGrossIncome())});
    working.add(new String[] {"standard deduction (" + d.peopleAged65OrOlder() + " aged 65+)", money(d.standardDeduction())});
    if (d.itemizedDeductions().signum() > 0) {
      working.add(new String[] {"itemized deductions", money(d.itemizedDeductions())});
    }
    working.add(new String[] {"deduction used: " + d.deductionUsed(), money(d.deduction())});
    if (d.seniorDeduction().signum() > 0) {
      working.add(new String[] {"senior deduction", money(d.seniorDeduction())});
    }
    if (d.qbiReitComponent().signum() > 0) {
      working.add(new String[] {"section 199A: 20 % of REIT dividends", money(d.qbiReitComponent())});
      working.add(new String[] {"section 199A: taxable-income limit", money(d.qbiIncomeLimit())});
      working.add(new String[] {"section 199A deduction", money(d.qbiDeduction())});
    }
    working.add(new String[] {"taxable income", money(r.taxableIncome())});
    table(out, new String[] {"from income to taxable income", "dollars"}, working);
    out.println();

    List<String[]> slices = new ArrayList<>();
    for (BracketSlice s : r.ordinarySlices()) {
      slices.add(new String[] {money(s.floor()), s.ceiling() == null ? "" : money(s.ceiling()), pct(s.rate()),
          money(s.amount()), money(s.tax())});
    }
    if (!slices.isEmpty()) {
      out.println("Ordinary taxable income by bracket (worksheet line 5):");
      table(out, new String[] {"over", "up to", "rate", "amount", "tax"}, slices);
      out.println();
    }

    if (g.socialSecurityBenefits().signum() > 0) {
      List<String[]> lines = new ArrayList<>();
      for (WorksheetLine line : r.socialSecurity().lines()) {
        lines.add(new String[] {String.valueOf(line.number()), line.label(), money(line.amount())});
      }
      out.println("Taxable Social Security benefits (Publication 915 Worksheet 1):");
      table(out, new String[] {"line", "", "dollars"}, lines);
      out.println();
    }

    if (r.worksheet().line(4).signum() > 0) {
      List<String[]> lines = new ArrayList<>();
      for (WorksheetLine line : r.worksheet().lines()) {
        lines.add(new String[] {String.valueOf(line.number()), line.label(), money(line.amount())});
      }
      out.println("Qualified Dividends and Capital Gain Tax Worksheet:");
      table(out, new String[] {"line", "", "dollars"}, lines);
      out.println();
    }

    List<String[]> taxes = new ArrayList<>();
    taxes.add(new String[] {"federal income tax", money(r.federalIncomeTax())});
    HouseholdTaxResult.InvestmentIncomeTax n = r.investmentIncomeTax();
    taxes.add(new String[] {"net investment income tax (NII " + money(n.netInvestmentIncome()) + ", threshold "
        + money(n.threshold()) + ")", money(n.tax())});
    HouseholdTaxResult.StateTax s = r.state();
    taxes.add(new String[] {"state tax (" + pct(s.rate()) + " of " + money(s.taxableIncome()) + ")", money(s.tax())});
    if (s.exemptSocialSecurity().signum() > 0 || s.exemptRetirementWithdrawals().signum() > 0) {
      taxes.add(new String[] {"  left out of the state base: benefits " + money(s.exemptSocialSecurity())
          + ", retirement withdrawals " + money(s.exemptRetirementWithdrawals()), ""});
    }
    taxes.add(new String[] {"total tax", money(r.totalTax())});
    taxes.add(new String[] {"effective rate (total tax / total income)", pct(r.effectiveRate())});
    table(out, new String[] {"tax", "dollars"}, taxes);
    out.println();
    out.println("Sources: " + rules.sources());
    for (String caveat : r.caveats()) {
      out.println("Caveat: " + caveat);
    }
    out.flush();
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  private static String pct(BigDecimal rate) {
    return Rates.percent(rate.doubleValue(), 2);
  }

  /** Prints rows under a header; the first column left-aligned, the others right-aligned. */
  private static void table(PrintWriter out, String[] header, List<String[]> rows) {
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    printRow(out, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (String[] row : rows) {
      printRow(out, row, widths);
    }
  }

  private static void printRow(PrintWriter out, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      String cell = row[c];
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(c == 0 ? "" : "  ").append(c == 0 || (row.length == 3 && c == 1) ? cell + pad : pad + cell);
    }
    out.println(line.toString().stripTrailing());
  }
}
