package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.OptionalDouble;

/**
 * One year of a rental property: its line items, and the figures investors read from them. The
 * line items are components; every total and ratio is derived from them by a method, so a scaled
 * copy ({@link #scaled}, the owner's share) keeps every identity to the cent.
 *
 * <pre>
 *   effective rent      = gross rent − vacancy loss
 *   operating expenses  = management + maintenance + capital reserve + fixed expenses
 *   NOI                 = effective rent − operating expenses
 *   debt service        = interest + principal
 *   cash flow           = NOI − debt service                       (before income tax)
 *   taxable income      = effective rent − (operating expenses − capital reserve) − interest − depreciation
 *   cap rate            = NOI / value at the start of the year
 *   cash-on-cash        = cash flow / cash invested at purchase
 *   DSCR                = NOI / debt service
 *   equity, LTV         = value − balance, balance / value         (at the end of the year)
 * </pre>
 *
 * @param year 0 for the first projected year
 * @param taxYear the calendar year whose depreciation {@code depreciation} is
 * @param grossRent scheduled rent at full occupancy
 * @param vacancyLoss rent lost to vacancy and non-payment
 * @param management property management (a share of the effective rent)
 * @param maintenance repairs and maintenance (deductible)
 * @param capitalReserve replacements set aside (not deductible)
 * @param fixedExpenses property tax, insurance, HOA and other fixed expenses
 * @param interest mortgage interest paid in the year (deductible)
 * @param principal mortgage principal repaid in the year
 * @param depreciation the tax year's depreciation
 * @param valueStart the value at the start of the year
 * @param valueEnd the value at the end of the year
 * @param balanceStart the loan balance at the start of the year
 * @param balanceEnd the loan balance at the end of the year
 * @param cashInvested the cash put in at purchase (down payment and closing costs)
 */
public record PropertyYear(
    int year,
    int taxYear,
    Money grossRent,
    Money vacancyLoss,
    Money management,
    Money maintenance,
    Money capitalReserve,
    Money fixedExpenses,
    Money interest,
    Money principal,
    Money depreciation,
    Money valueStart,
    Money valueEnd,
    Money balanceStart,
    Money balanceEnd,
    Money cashInvested) {

  public PropertyYear {
    Checks.nonNegative(year, "year");
    for (Money m : new Money[] {grossRent, vacancyLoss, management, maintenance, capitalReserve, fixedExpenses,
        interest, principal, depreciation, valueStart, valueEnd, balanceStart, balanceEnd, cashInvested}) {
      Checks.notNull(m, "a line of year " + year);
    }
  }

  public Money effectiveRent() {
    return grossRent.minus(vacancyLoss);
  }

  public Money operatingExpenses() {
    return management.plus(maintenance).plus(capitalReserve).plus(fixedExpenses);
  }

  /** Net operating income: effective rent less operating expenses (before debt service, depreciation and tax). */
  public Money noi() {
    return effectiveRent().minus(operatingExpenses());
  }

  public Money debtService() {
    return interest.plus(principal);
  }

  /** Cash flow before income tax: NOI less debt service. */
  public Money cashFlow() {
    return noi().minus(debtService());
  }

  /** The operating expenses deductible this year: all but the capital reserve. */
  public Money deductibleExpenses() {
    return operatingExpenses().minus(capitalReserve);
  }

  /**
   * Net rental income for tax (Schedule E): effective rent less deductible expenses, mortgage
   * interest and depreciation. A loss is negative (and limited by the passive-loss rule).
   */
  public Money taxableIncome() {
    return effectiveRent().minus(deductibleExpenses()).minus(interest).minus(depreciation);
  }

  /** Equity at the end of the year: value less the loan balance. */
  public Money equity() {
    return valueEnd.minus(balanceEnd);
  }

  /** Capitalization rate: NOI / value at the start of the year. */
  public double capRate() {
    return noi().toDouble() / valueStart.toDouble();
  }

  /** Cash-on-cash return: cash flow / cash invested; empty when nothing was invested. */
  public OptionalDouble cashOnCash() {
    return cashInvested.amount().signum() > 0
        ? OptionalDouble.of(cashFlow().toDouble() / cashInvested.toDouble()) : OptionalDouble.empty();
  }

  /** Return on equity: cash flow / equity at the start of the year; empty when that equity is not positive. */
  public OptionalDouble returnOnEquity() {
    Money equity = valueStart.minus(balanceStart);
    return equity.amount().signum() > 0 ? OptionalDouble.of(cashFlow().toDouble() / equity.toDouble()) : OptionalDouble.empty();
  }

  /** Debt service coverage ratio: NOI / debt service; empty when there is no debt service. */
  public OptionalDouble dscr() {
    return debtService().amount().signum() > 0
        ? OptionalDouble.of(noi().toDouble() / debtService().toDouble()) : OptionalDouble.empty();
  }

  /** Loan-to-value at the end of the year: balance / value. */
  public double loanToValue() {
    return valueEnd.amount().signum() > 0 ? balanceEnd.toDouble() / valueEnd.toDouble() : 0.0;
  }

  /** The same year with another depreciation (a full year's, for a stabilized year). */
  public PropertyYear withDepreciation(Money amount) {
    return new PropertyYear(year, taxYear, grossRent, vacancyLoss, management, maintenance, capitalReserve, fixedExpenses,
        interest, principal, amount, valueStart, valueEnd, balanceStart, balanceEnd, cashInvested);
  }

  /** Every line times {@code share} (the owner's part of a co-owned property), rounded to the cent. */
  public PropertyYear scaled(double share) {
    Checks.inRange(share, 0.0, 1.0, "share");
    return new PropertyYear(year, taxYear, grossRent.times(share), vacancyLoss.times(share), management.times(share),
        maintenance.times(share), capitalReserve.times(share), fixedExpenses.times(share), interest.times(share),
        principal.times(share), depreciation.times(share), valueStart.times(share), valueEnd.times(share),
        balanceStart.times(share), balanceEnd.times(share), cashInvested.times(share));
  }
}
