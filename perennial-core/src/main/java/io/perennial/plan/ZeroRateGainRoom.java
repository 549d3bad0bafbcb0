package io.perennial.plan;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.plan.TaxAnalysis.TaxAmounts;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.HouseholdTaxResult;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The room left this year in the 0 % federal band for long-term capital gains: the most long-term
 * gains the household can realize (to raise the cost basis of its taxable holdings, or to sell
 * without federal tax on the gains) while its taxable income stays at or below the top of that band.
 *
 * <p>The room is found with the calculator itself, not by subtraction: a realized gain also raises
 * provisional income, so with Social Security benefits each dollar of gain can make up to 85 ¢ of
 * benefits taxable, which fills the band faster (up to 1.85 × the gain) and is taxed as ordinary
 * income. That tax, and the state's tax on the gain, are the room's {@code cost}: the 0 % band is
 * free of tax on the gains themselves, not always free of tax.
 *
 * @param room the largest whole-dollar long-term gain that keeps taxable income within the band
 *     (zero when taxable income is already above it)
 * @param bandTop the top of the 0 % band for the filing status (taxable income)
 * @param taxableIncome taxable income before the gain, at the planned withdrawal level
 * @param cost the household's extra tax when the whole room is realized, by tax
 */
public record ZeroRateGainRoom(Money room, Money bandTop, Money taxableIncome, TaxAmounts cost) {

  public ZeroRateGainRoom {
    Checks.notNull(room, "room");
    Checks.notNull(bandTop, "band top");
    Checks.notNull(taxableIncome, "taxable income");
    Checks.notNull(cost, "cost");
  }

  /**
   * The room on top of {@code income} (the household's income at the planned withdrawal level).
   *
   * @param income the household's income without the gain
   * @param filer who files and how
   * @param rules the year's rules
   * @return the room and what realizing it costs
   */
  public static ZeroRateGainRoom measure(HouseholdIncome income, TaxFiler filer, TaxYearRules rules) {
    Checks.notNull(income, "income");
    HouseholdTaxResult base = HouseholdTaxCalculator.calculate(income, filer, rules);
    BigDecimal top = rules.rules(filer).capitalGainZeroRateMax();
    BigDecimal start = base.taxableIncome();
    // Taxable income never rises by less than the gain, so the room is at most top − taxable income;
    // it is non-decreasing in the gain, so bisection over whole dollars finds the largest that fits.
    long low = 0;
    long high = top.subtract(start).max(BigDecimal.ZERO).setScale(0, RoundingMode.FLOOR).longValueExact();
    while (low < high) {
      long mid = low + (high - low + 1) / 2;
      if (fits(income, mid, filer, rules, top)) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    BigDecimal room = BigDecimal.valueOf(low);
    TaxAmounts cost = amounts(HouseholdTaxCalculator.calculate(income.plus(IncomeKind.LONG_TERM_GAINS, room), filer, rules))
        .minus(amounts(base));
    return new ZeroRateGainRoom(Money.usd(room), Money.usd(top), Money.usd(start), cost);
  }

  private static boolean fits(HouseholdIncome income, long gain, TaxFiler filer, TaxYearRules rules, BigDecimal top) {
    HouseholdIncome with = income.plus(IncomeKind.LONG_TERM_GAINS, BigDecimal.valueOf(gain));
    return HouseholdTaxCalculator.calculate(with, filer, rules).taxableIncome().compareTo(top) <= 0;
  }

  private static TaxAmounts amounts(HouseholdTaxResult result) {
    return new TaxAmounts(Money.usd(result.federalIncomeTax()), Money.usd(result.niit()), Money.usd(result.stateTax()),
        Money.usd(result.totalTax()));
  }
}
