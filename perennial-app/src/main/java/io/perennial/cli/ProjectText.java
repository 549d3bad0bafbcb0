package io.perennial.cli;

import io.perennial.basics.Rates;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code perennial project}: the headline lines (source, mix, success rate, income
 * drop, goal, withdrawal rates) and the table of percentile bands by year, every fifth year past a
 * 40-year horizon.
 */
final class ProjectText {

  private ProjectText() {}

  /** Prints {@code r} as text on {@code out} and flushes it. */
  static void print(PrintWriter out, ProjectReport r) {
    out.printf(Locale.ROOT, "Projection: %s, %s, %d %s of %d years%n", describe(r), r.window().from() + "–" + r.window().to(),
        r.periods(), r.source().equals("historical") ? "periods" : "paths", r.years());
    StringBuilder mixText = new StringBuilder();
    r.mix().forEach((k, v) -> mixText.append(mixText.length() == 0 ? "" : ", ").append(k).append(' ').append(Rates.percent(v, 1)));
    out.printf(Locale.ROOT, "Mix: %s; start %,.0f; %s rule, first-year spending %,.0f (%s), %s, %s of year%n", mixText,
        r.startingValue(), r.rule(), r.firstYearSpending(), Rates.percent(r.withdrawalRate(), 2),
        r.inflationAdjusted() ? "inflation-adjusted" : "not inflation-adjusted", r.timing());
    out.printf(Locale.ROOT, "Success rate: %s (%d of %d)%s%n", Rates.percent(r.successRate(), 1), r.periods() - r.failures(),
        r.periods(), r.failedStartYears().isEmpty() ? "" : "; failed start years: " + join(r.failedStartYears()));
    ProjectReport.IncomeDrop drop = r.worstRealIncomeDrop();
    boolean anyIncome = r.byYear().stream().anyMatch(y -> y.realIncome().p95() > 0.0);
    if (anyIncome) {
      out.printf(Locale.ROOT, "Worst fall of real income from its peak: median %s, 95th percentile %s, worst %s%s%n",
          Rates.percent(drop.median(), 1), Rates.percent(drop.p95(), 1), Rates.percent(drop.worst(), 1),
          drop.worstStartYear() == null ? "" : " (start " + drop.worstStartYear() + ")");
    }
    if (r.goal() != null) {
      out.printf(Locale.ROOT, "Income goal %,.0f reached within the horizon in %s of paths; median year %s%n", r.goal().goal(),
          Rates.percent(r.goal().reachedShare(), 1), r.goal().medianYear() == null ? "not reached" : String.valueOf(r.goal().medianYear()));
    }
    if (r.safeWithdrawalRate() != null) {
      out.printf(Locale.ROOT, "Safe withdrawal rate: %s; perpetual withdrawal rate: %s (sustained by %s of paths)%n",
          Rates.percent(r.safeWithdrawalRate(), 2), Rates.percent(r.perpetualWithdrawalRate(), 2),
          Rates.percent(r.targetSuccess(), 0));
    }
    out.println();
    out.printf(Locale.ROOT, "%14s  %-54s  %-64s%n", "", "real after-tax income, percentiles",
        "real portfolio value at year end, percentiles");
    out.printf(Locale.ROOT, "%4s  %8s  %10s %10s %10s %10s %10s  %12s %12s %12s %12s %12s%n", "year", "covered",
        "p5", "p25", "p50", "p75", "p95", "p5", "p25", "p50", "p75", "p95");
    int step = r.years() <= 40 ? 1 : 5;
    for (ProjectReport.Year y : r.byYear()) {
      if (y.year() % step != 0 && y.year() != 1 && y.year() != r.years()) {
        continue;
      }
      out.printf(Locale.ROOT, "%4d  %8s  %10.0f %10.0f %10.0f %10.0f %10.0f  %12.0f %12.0f %12.0f %12.0f %12.0f%n", y.year(),
          Rates.percent(y.incomeCoverage(), 1), y.realIncome().p5(), y.realIncome().p25(), y.realIncome().p50(),
          y.realIncome().p75(), y.realIncome().p95(), y.realValue().p5(), y.realValue().p25(), y.realValue().p50(),
          y.realValue().p75(), y.realValue().p95());
    }
    out.println("(covered: share of paths whose after-tax income alone paid the year's spending; amounts in money of the first year)");
    out.flush();
  }

  private static String describe(ProjectReport r) {
    return switch (r.source()) {
      case "bootstrap" -> "block bootstrap (block " + r.blockLength() + ", seed " + r.seed() + ")";
      case "monte-carlo" -> "Monte Carlo (" + r.distribution() + ", seed " + r.seed() + ")";
      default -> "historical sequences";
    };
  }

  private static String join(List<Integer> years) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < years.size(); i++) {
      if (i == 12) {
        text.append(", … (").append(years.size() - 12).append(" more)");
        break;
      }
      text.append(i == 0 ? "" : ", ").append(years.get(i));
    }
    return text.toString();
  }
}
