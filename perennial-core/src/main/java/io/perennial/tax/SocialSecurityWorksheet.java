package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Publication 915 Worksheet 1, "Figuring Your Taxable Benefits" (IRC 86), lines 1 to 19, as
 * filled in for the household. Provisional income (line 6) = half the benefits + the income in AGI
 * other than benefits + tax-exempt interest. Over the base amount (25,000; 32,000 joint; 0 on a
 * separate return of spouses who lived together) half of the excess is taxable, at most half the
 * benefits; over the adjusted base amount (34,000; 44,000 joint; 0) 85 % of that excess is added;
 * the taxable benefits (line 19) are at most 85 % of the benefits. Lines 5 and 7 (exclusions added
 * back, adjustments to income) are zero: Perennial models neither. On a separate return of spouses
 * who lived together the publication skips lines 9 to 16 and enters 85 % of line 8 on line 17;
 * with both base amounts zero the lines below give the same figure, so they are filled in as usual.
 *
 * @param lines lines 1 to 19 in order, dollars rounded to the cent
 */
public record SocialSecurityWorksheet(List<WorksheetLine> lines) {

  /** The number of lines. */
  public static final int LINES = 19;

  public SocialSecurityWorksheet {
    lines = List.copyOf(lines);
    Checks.check(lines.size() == LINES, "the worksheet has " + LINES + " lines, got " + lines.size());
  }

  /** The amount on line {@code number} (1 to 19). */
  public BigDecimal line(int number) {
    Checks.check(number >= 1 && number <= LINES, "worksheet lines are numbered 1 to " + LINES + ", got " + number);
    return lines.get(number - 1).amount();
  }

  /** The taxable benefits (line 19). */
  public BigDecimal taxableBenefits() {
    return line(19);
  }

  private static final String[] LABELS = {
    null,
    "benefits (Form SSA-1099 box 5)",
    "line 1 x 50 %",
    "income in AGI other than benefits (Form 1040 lines 1z, 2b, 3b, 4b, 5b, 7, 8)",
    "tax-exempt interest (Form 1040 line 2a)",
    "exclusions added back (not modelled: 0)",
    "line 2 + line 3 + line 4 + line 5: provisional income",
    "adjustments to income (not modelled: 0)",
    "line 6 - line 7, not below 0",
    "base amount (25,000; 32,000 joint; 0 separate, lived with spouse)",
    "line 8 - line 9, not below 0",
    "adjusted base amount - base amount (9,000; 12,000 joint; 0 separate, lived with spouse)",
    "line 10 - line 11, not below 0",
    "smaller of line 10 and line 11",
    "line 13 x 50 %",
    "smaller of line 2 and line 14",
    "line 12 x 85 %",
    "line 15 + line 16",
    "line 1 x 85 %",
    "smaller of line 17 and line 18: taxable benefits",
  };

  /**
   * The exact, unrounded lines (index 1 to 19; index 0 unused).
   *
   * @param benefits the year's benefits, dollars, zero or more
   * @param otherIncomeInAgi the household's AGI without any benefits, dollars (may be negative)
   * @param taxExemptInterest tax-exempt interest, dollars, zero or more
   * @param status the figures of the filer's status (base amounts)
   * @param rules the year's rules (the 50 % and 85 % rates)
   */
  static BigDecimal[] exactLines(BigDecimal benefits, BigDecimal otherIncomeInAgi, BigDecimal taxExemptInterest,
      FilingStatusRules status, TaxYearRules rules) {
    BigDecimal zero = BigDecimal.ZERO;
    BigDecimal half = rules.benefitRate1();
    BigDecimal most = rules.benefitRate2();
    BigDecimal[] l = new BigDecimal[LINES + 1];
    l[1] = benefits;
    l[2] = l[1].multiply(half);
    l[3] = otherIncomeInAgi;
    l[4] = taxExemptInterest;
    l[5] = zero;
    l[6] = l[2].add(l[3]).add(l[4]).add(l[5]);
    l[7] = zero;
    l[8] = l[6].subtract(l[7]).max(zero);
    l[9] = status.benefitBaseAmount();
    l[10] = l[8].subtract(l[9]).max(zero);
    l[11] = status.benefitAdjustedBaseAmount().subtract(status.benefitBaseAmount());
    l[12] = l[10].subtract(l[11]).max(zero);
    l[13] = l[10].min(l[11]);
    l[14] = l[13].multiply(half);
    l[15] = l[2].min(l[14]);
    l[16] = l[12].multiply(most);
    l[17] = l[15].add(l[16]);
    l[18] = l[1].multiply(most);
    l[19] = l[17].min(l[18]);
    return l;
  }

  /** The worksheet shown: the exact lines rounded to the cent. */
  static SocialSecurityWorksheet of(BigDecimal[] exact) {
    List<WorksheetLine> shown = new ArrayList<>();
    for (int n = 1; n <= LINES; n++) {
      shown.add(new WorksheetLine(n, LABELS[n], HouseholdTaxCalculator.cents(exact[n])));
    }
    return new SocialSecurityWorksheet(shown);
  }
}
