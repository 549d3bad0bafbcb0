package io.perennial.tax;

import io.perennial.basics.AssetId;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A portfolio's income after the taxes it causes this year, per holding, per account and in total.
 * Amounts are US dollars rounded to the cent; rates and yields are fractions.
 *
 * @param holdings one row per holding, in the order given
 * @param accounts one row per account, in order of first appearance
 * @param income the portfolio's income before tax
 * @param tax the tax charged to the holdings (sum of the rows)
 * @param afterTaxIncome income − tax
 * @param household the household's tax this year with the taxable accounts' income added to its
 *     other income (the source of the marginal rates)
 * @param householdTaxWithoutPortfolio the household's total tax on its other income alone
 * @param portfolioTaxExact household total tax − tax without the portfolio: the exact extra tax the
 *     taxable accounts' income causes this year (deferred accounts excluded); it differs from the
 *     taxable rows' sum where the income crosses a bracket or threshold, since rows are charged at
 *     the marginal rates at the household's income
 * @param marginalRates the marginal rates used, by kind of income
 */
public record AfterTaxIncomeResult(
    List<HoldingAfterTax> holdings,
    List<AccountAfterTax> accounts,
    BigDecimal income,
    BigDecimal tax,
    BigDecimal afterTaxIncome,
    HouseholdTaxResult household,
    BigDecimal householdTaxWithoutPortfolio,
    BigDecimal portfolioTaxExact,
    Map<IncomeKind, MarginalRate> marginalRates) {

  public AfterTaxIncomeResult {
    holdings = List.copyOf(holdings);
    accounts = List.copyOf(accounts);
    marginalRates = Map.copyOf(marginalRates);
  }

  /**
   * The tax-equivalent yield, in a taxable account, of a yield of one character: the yield a fully
   * taxable bond (taxable interest) would need to leave the same after-tax income,
   * {@code y × (1 − m(character)) ÷ (1 − m(taxable interest))} with m the household's marginal
   * rates. For muni interest out of state m is the state rate alone; in state, zero; for Treasury
   * interest m is the federal rate (plus NIIT).
   */
  public double taxEquivalentYield(double yield, IncomeCharacter character) {
    double rate = IncomeKind.of(character).map(kind -> marginalRates.get(kind).totalAsDouble()).orElse(0.0);
    return yield * (1.0 - rate) / (1.0 - marginalRates.get(IncomeKind.TAXABLE_INTEREST).totalAsDouble());
  }

  /**
   * One holding's income after tax.
   *
   * @param assetId the asset
   * @param accountId the account
   * @param accountType how the account is taxed
   * @param income income before tax
   * @param incomeByCharacter the income split by character (sums to {@code income})
   * @param tax the tax: taxable account, each character at its marginal rate (return of capital
   *     untaxed); tax-deferred, all of it at the marginal rate of ordinary income, as when
   *     withdrawn; tax-free, none
   * @param afterTaxIncome income − tax
   * @param taxEquivalentYield after-tax yield ÷ (1 − marginal rate of taxable interest): the yield a
   *     fully taxable bond in a taxable account would need to match it; NaN when the market value
   *     is unknown
   */
  public record HoldingAfterTax(
      AssetId assetId,
      String accountId,
      AccountType accountType,
      BigDecimal income,
      Map<IncomeCharacter, BigDecimal> incomeByCharacter,
      BigDecimal tax,
      BigDecimal afterTaxIncome,
      double taxEquivalentYield) {

    public HoldingAfterTax {
      incomeByCharacter = Map.copyOf(incomeByCharacter);
    }
  }

  /**
   * One account's income after tax.
   *
   * @param accountId the account
   * @param accountType how it is taxed
   * @param income income before tax
   * @param tax the tax charged to its holdings
   * @param afterTaxIncome income − tax
   */
  public record AccountAfterTax(
      String accountId, AccountType accountType, BigDecimal income, BigDecimal tax, BigDecimal afterTaxIncome) {}
}
