package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Qualified Dividends and Capital Gain Tax Worksheet (Form 1040 instructions, line 16), lines 1
 * to 25, as filled in for the household: qualified dividends and net capital gain are stacked on
 * top of ordinary taxable income and taxed at 0, 15 and 20 %; the rest is taxed by the rate table;
 * the tax is the smaller of that and the table tax on all taxable income (line 25). Computed for
 * every household; without qualified dividends or net capital gain it reduces to the table tax.
 *
 * @param lines lines 1 to 25 in order
 */
public record CapitalGainWorksheet(List<WorksheetLine> lines) {

  public CapitalGainWorksheet {
    lines = List.copyOf(lines);
    Checks.check(lines.size() == 25, "the worksheet has 25 lines, got " + lines.size());
  }

  /** The amount on line {@code number} (1 to 25). */
  public BigDecimal line(int number) {
    Checks.check(number >= 1 && number <= 25, "worksheet lines are numbered 1 to 25, got " + number);
    return lines.get(number - 1).amount();
  }
}
