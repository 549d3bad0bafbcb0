package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * One rental property of the plan, as the plan's "Rental property" section shows it: the first
 * twelve months from the valuation date ({@link io.perennial.realestate.PropertyProjection#firstYear}),
 * at the household's ownership share. Amounts are yearly unless they are balances; see
 * {@link io.perennial.realestate.PropertyYear} for the identities (NOI = effective rent − operating
 * expenses, cash flow = NOI − debt service, taxable = effective rent − deductible expenses −
 * interest − depreciation).
 *
 * @param asset the candidate asset the property stands behind
 * @param name the property's name
 * @param year the calendar year the twelve months start in (the tax year of the depreciation)
 * @param ownershipShare the household's share of the property and its loan, in (0, 1]
 * @param value the household's share of the property's value on the valuation date
 * @param loanBalance the household's share of the mortgage owed on the valuation date: a liability
 * @param equity value − loan balance: what the plan counts as wealth (the holding's value)
 * @param grossRent scheduled rent at full occupancy
 * @param effectiveRent rent after vacancy
 * @param operatingExpenses everything paid to run the property but the loan
 * @param noi net operating income
 * @param interest mortgage interest paid
 * @param principal mortgage principal repaid
 * @param debtService interest + principal
 * @param cashFlow NOI − debt service, before income tax: the holding's income in the plan
 * @param depreciation the tax year's depreciation (mid-month convention)
 * @param taxableIncome net rental income for tax (Schedule E); negative for a loss
 * @param capRate NOI / value
 * @param dscr NOI / debt service; null without a loan
 * @param payoffYear the calendar year of the loan's last payment; null without a loan
 */
public record PropertyReport(
    AssetId asset,
    String name,
    int year,
    double ownershipShare,
    Money value,
    Money loanBalance,
    Money equity,
    Money grossRent,
    Money effectiveRent,
    Money operatingExpenses,
    Money noi,
    Money interest,
    Money principal,
    Money debtService,
    Money cashFlow,
    Money depreciation,
    Money taxableIncome,
    double capRate,
    Double dscr,
    Integer payoffYear) {

  public PropertyReport {
    Checks.notNull(asset, "asset");
    Checks.notBlank(name, "property name");
    for (Money m : new Money[] {value, loanBalance, equity, grossRent, effectiveRent, operatingExpenses, noi, interest,
        principal, debtService, cashFlow, depreciation, taxableIncome}) {
      Checks.notNull(m, "a figure of " + asset);
    }
  }
}
