package io.perennial.cli;

import io.perennial.basics.Rates;
import io.perennial.report.AdviceView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The "What to do" block that opens the {@code plan} report (and is all of {@code plan --brief}):
 * the headline, then the holdings now and the recommendation side by side on the same futures.
 * At most {@value #MOST_LINES} lines with the report's title line.
 */
final class AdviceText {

  /** The most lines of {@code plan --brief}, title included. */
  static final int MOST_LINES = 25;
  private static final int WIDTH = 108;
  private static final String INDENT = "  ";

  private AdviceText() {}

  static void print(PrintWriter out, AdviceView advice) {
    out.println("What to do");
    for (String line : wrap(advice.headline(), WIDTH - INDENT.length())) {
      out.println(INDENT + line);
    }
    out.println();
    AdviceView.Figures now = advice.now();
    AdviceView.Figures after = advice.recommended();
    AlignedTable table = new AlignedTable("Projected on the same futures", ">Now", ">Recommended");
    table.row("Futures that meet the goal", percent(now.successRate()), percent(after.successRate()));
    if (now.safeWithdrawalRate() != null && after.safeWithdrawalRate() != null) {
      table.row("Safe withdrawal rate", percent(now.safeWithdrawalRate()), percent(after.safeWithdrawalRate()));
    }
    incomeRows(table, "Real income after tax, median, year ", now.realIncome(), after.realIncome(), 0);
    // Year 1 is known (no draw yet): its 5th percentile is the median, so the low rows start later.
    incomeRows(table, "Real income after tax, 5th percentile, year ", now.realIncomeP5(), after.realIncomeP5(), 1);
    table.row("Worst fall of real income (median future)", percent(now.worstRealIncomeDrop()),
        percent(after.worstRealIncomeDrop()));
    table.row("Volatility", percent(now.volatility()), percent(after.volatility()));
    table.row("Expected return after inflation", percent(now.expectedRealReturn()), percent(after.expectedRealReturn()));
    table.row("After-tax income a year", PlanText.wholeMoney(now.afterTaxIncome()), PlanText.wholeMoney(after.afterTaxIncome()));
    table.print(out, INDENT, true);
  }

  /** One row per compared year, from the {@code from}-th (0-based). */
  private static void incomeRows(AlignedTable table, String label, List<AdviceView.YearIncome> now,
      List<AdviceView.YearIncome> after, int from) {
    Function<Double, String> whole = v -> String.format(Locale.US, "$%,.0f", v);
    for (int i = from; i < Math.min(now.size(), after.size()); i++) {
      table.row(label + now.get(i).year(), whole.apply(now.get(i).income()), whole.apply(after.get(i).income()));
    }
  }

  private static String percent(double fraction) {
    return Rates.percent(fraction, 2);
  }

  /** {@code text} in lines of at most {@code width} characters, broken at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
