package io.perennial.cli;

import io.perennial.io.InputException;
import io.perennial.tax.RequiredMinimumDistributions;
import io.perennial.tax.RequiredMinimumDistributions.RequiredDistribution;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code perennial rmd}: the required minimum distribution of one tax-deferred account for one year. */
@Command(
    name = "rmd",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The required minimum distribution of a traditional IRA or employer plan for one year of the "
          + "owner's life: from the start age (72 born before 1951, 73 born 1951-1959, 75 born 1960 or "
          + "later), the balance on 31 December of the year before divided by the Uniform Lifetime Table's "
          + "divisor for the age reached in the year (26 CFR 1.401(a)(9)-9(c), the 2022 table). With --json, "
          + "stdout is one JSON document: {\"age\", \"divisor\", \"required\", ...}.",
      "See docs/tax.md.",
      ""
    })
public final class RmdCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--birth-year", required = true, paramLabel = "YEAR", description = "The owner's year of birth.")
  int birthYear;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The distribution year (2022 or later).")
  int year;

  @Option(names = "--balance", required = true, paramLabel = "AMOUNT",
      description = "The account's value on 31 December of the year before, in dollars.")
  String balance;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
  boolean json;

  @Override
  public Integer call() {
    int firstYear = RequiredMinimumDistributions.firstTableYear();
    if (year < firstYear) {
      throw new InputException("--year", "the Uniform Lifetime Table used here applies from " + firstYear + ", got " + year,
          "give --year " + firstYear + " or later (earlier years used the table in force before 2022)");
    }
    if (birthYear >= year) {
      throw new InputException("--birth-year", "the year of birth " + birthYear + " is not before the distribution year " + year,
          "give the owner's year of birth, before --year " + year);
    }
    if (year - birthYear > 130) {
      throw new InputException("--birth-year", "an owner born in " + birthYear + " would be " + (year - birthYear) + " in " + year,
          "check the year of birth (four digits, e.g. 1955)");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(balance.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new InputException("--balance", "'" + balance.strip() + "' is not a number", "write dollars such as 1200000 or 85000.50");
    }
    if (amount.signum() < 0) {
      throw new InputException("--balance", "the balance cannot be negative, got " + amount.toPlainString(),
          "give the account's value on 31 December " + (year - 1) + ", 0 or more");
    }
    RequiredDistribution d = RequiredMinimumDistributions.required(birthYear, year, amount);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(d));
    } else {
      print(out, d);
    }
    return ExitCodes.OK;
  }

  /** The JSON document: {@code age}, {@code divisor} (null before the start age), {@code required} first. */
  static Map<String, Object> document(RequiredDistribution d) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("age", d.age());
    doc.put("divisor", d.divisor().orElse(null));
    doc.put("required", d.required());
    doc.put("year", d.year());
    doc.put("birthYear", d.birthYear());
    doc.put("priorYearEndBalance", d.priorYearEndBalance());
    doc.put("startAge", d.startAge());
    doc.put("firstRequiredYear", d.firstYear());
    doc.put("source", RequiredMinimumDistributions.source());
    doc.put("notes", notes(d));
    return doc;
  }

  private static List<String> notes(RequiredDistribution d) {
    if (d.age() < d.startAge()) {
      return List.of("No distribution is required before the year the owner reaches " + d.startAge() + " ("
          + d.firstYear() + ").");
    }
    String table = "Uniform Lifetime Table: for an owner whose spouse is the sole beneficiary and more than ten years "
        + "younger, the Joint and Last Survivor Table gives a smaller amount (not modelled).";
    if (d.year() == d.firstYear()) {
      return List.of("The first distribution may wait until 1 April " + (d.year() + 1) + "; then that year has two.", table);
    }
    return List.of(table);
  }

  private static void print(PrintWriter out, RequiredDistribution d) {
    out.printf(Locale.ROOT, "Required minimum distribution for %d%n", d.year());
    out.printf(Locale.ROOT, "  owner born %d: age %d in %d; distributions start at %d (%d)%n", d.birthYear(), d.age(),
        d.year(), d.startAge(), d.firstYear());
    out.printf(Locale.ROOT, "  balance on 31 December %d: %,.2f%n", d.year() - 1, d.priorYearEndBalance());
    if (d.divisor().isPresent()) {
      out.printf(Locale.ROOT, "  Uniform Lifetime Table divisor at %d: %s%n", d.age(), d.divisor().get().toPlainString());
      out.printf(Locale.ROOT, "  required: %,.2f (balance / divisor, rounded up to the cent)%n", d.required());
    } else {
      out.printf(Locale.ROOT, "  required: 0.00%n");
    }
    for (String note : notes(d)) {
      out.println("Note: " + note);
    }
    out.println("Source: " + RequiredMinimumDistributions.source());
    out.flush();
  }
}
