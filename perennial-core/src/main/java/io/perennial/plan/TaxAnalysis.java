package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.AccountType;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.MarginalRate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This year's taxes on the plan's current holdings, in the sections {@code perennial plan} prints:
 * {@code afterTaxIncome} (by account, asset and holding, with tax-equivalent yields), {@code taxes}
 * (the household's tax without and with the portfolio, the tax the portfolio causes, marginal and
 * effective rates) and the after-tax figures of {@code coverage}. Made by {@link TaxAnalyzer}.
 *
 * <p>Amounts are dollars rounded to the cent once from exact sums (a list of parts may differ from
 * its total by a cent); rates are fractions.
 *
 * @param afterTaxIncome the portfolio's income after the taxes it causes
 * @param taxes the household's taxes and the portfolio's part of them
 * @param coverage the spending need against the after-tax income
 * @param problems what had to be assumed (a tax year without data, Social Security, missing ages)
 */
public record TaxAnalysis(AfterTaxIncome afterTaxIncome, Taxes taxes, AfterTaxCoverage coverage, List<Problem> problems) {

  public TaxAnalysis {
    Checks.notNull(afterTaxIncome, "after-tax income");
    Checks.notNull(taxes, "taxes");
    Checks.notNull(coverage, "coverage");
    problems = List.copyOf(problems);
  }

  /**
   * The portfolio's income after tax. Each holding is charged at the household's marginal rates
   * (linear, as an optimizer sees it): a taxable account's income by character at the marginal rate
   * of its kind (return of capital untaxed); a tax-deferred account's income at the marginal rate of
   * ordinary income, the tax it will bear when withdrawn; a tax-free account's income not at all.
   * The exact tax the portfolio causes ({@code taxExact}) is shown beside the rows' sum.
   *
   * @param taxYear the year of the tax rules used
   * @param income the holdings' income before tax (the sum of the positions' incomes)
   * @param tax the rows' tax at marginal rates
   * @param afterTaxIncome income − tax
   * @param taxRate tax ÷ income (0 without income)
   * @param taxExact the tax the portfolio causes, exact: the household's tax with all of the
   *     portfolio's income (the tax-deferred income withdrawn as ordinary income) − its tax on the
   *     other income alone (= {@code taxes.causedByPortfolio.total})
   * @param afterTaxIncomeExact income − taxExact
   * @param deferredTaxRate the rate charged on tax-deferred income: the household's marginal rate
   *     of ordinary income (federal + NIIT + state)
   * @param byAccount one row per account, in the plan's order
   * @param byAsset one row per asset held (summed over accounts), largest after-tax income first
   * @param byHolding one row per holding, in the plan's order
   * @param taxEquivalentYields the assets held that pay muni or Treasury interest, as in
   *     {@code income.byAsset} order
   */
  public record AfterTaxIncome(
      int taxYear,
      Money income,
      Money tax,
      Money afterTaxIncome,
      double taxRate,
      Money taxExact,
      Money afterTaxIncomeExact,
      double deferredTaxRate,
      List<AccountAfterTax> byAccount,
      List<AssetAfterTax> byAsset,
      List<HoldingAfterTax> byHolding,
      List<TaxEquivalentYield> taxEquivalentYields) {

    public AfterTaxIncome {
      byAccount = List.copyOf(byAccount);
      byAsset = List.copyOf(byAsset);
      byHolding = List.copyOf(byHolding);
      taxEquivalentYields = List.copyOf(taxEquivalentYields);
    }
  }

  /**
   * One account's income after tax, at marginal rates and exact.
   *
   * @param account the account id
   * @param name its name for people
   * @param type how it is taxed
   * @param income its holdings' income before tax
   * @param tax the tax charged to them at marginal rates
   * @param afterTaxIncome income − tax
   * @param taxRate tax ÷ income (0 without income)
   * @param taxExact its share of the exact tax its type of account causes ({@code
   *     taxes.causedByTaxableAccounts} for taxable accounts, {@code taxes.causedByDeferredWithdrawal}
   *     for tax-deferred ones, zero for tax-free ones), shared among the accounts of that type in
   *     proportion to their tax at marginal rates, or to their income when that is zero for all; the
   *     shares add up to the type's tax exactly
   * @param afterTaxIncomeExact income − taxExact
   */
  public record AccountAfterTax(
      String account, String name, AccountType type, Money income, Money tax, Money afterTaxIncome, double taxRate,
      Money taxExact, Money afterTaxIncomeExact) {}

  /**
   * One asset's income after tax over all the accounts that hold it, at marginal rates.
   *
   * @param asset the asset id
   * @param income income before tax
   * @param tax the tax charged
   * @param afterTaxIncome income − tax
   * @param taxRate tax ÷ income (0 without income)
   */
  public record AssetAfterTax(AssetId asset, Money income, Money tax, Money afterTaxIncome, double taxRate) {}

  /**
   * One holding's income after tax, at marginal rates.
   *
   * @param account the account id
   * @param asset the asset id
   * @param accountType how the account is taxed
   * @param income income before tax
   * @param incomeByCharacter the income split by character (in the asset's mix order; sums to income)
   * @param tax taxable account: each character at the marginal rate of its kind; tax-deferred: all
   *     of it at the marginal ordinary rate; tax-free: zero
   * @param afterTaxIncome income − tax
   */
  public record HoldingAfterTax(
      String account, AssetId asset, AccountType accountType, Money income, List<CharacterAmount> incomeByCharacter,
      Money tax, Money afterTaxIncome) {

    public HoldingAfterTax {
      incomeByCharacter = List.copyOf(incomeByCharacter);
    }
  }

  /**
   * An amount of income of one character.
   *
   * @param character how it is taxed
   * @param income the amount
   */
  public record CharacterAmount(IncomeCharacter character, Money income) {}

  /**
   * The tax-equivalent yield of an asset that pays muni or Treasury interest, held in a taxable
   * account: the yield a fully taxable bond (taxable interest) would need to leave the same income
   * after tax, {@code yield × (1 − taxRate) ÷ (1 − m(taxable interest))}.
   *
   * @param asset the asset id
   * @param yield its yield before tax
   * @param muniShare the share of its income that is muni interest
   * @param treasuryShare the share that is Treasury interest
   * @param taxRate the household's marginal tax on its income in a taxable account: its mix's
   *     characters at their marginal rates (muni: the state rate unless in-state; Treasury: federal
   *     and NIIT only)
   * @param afterTaxYield yield × (1 − taxRate)
   * @param taxableInterestRate the marginal rate m of taxable interest
   * @param taxEquivalentYield afterTaxYield ÷ (1 − m); null when m is 1 or more
   * @param accounts the accounts that hold it
   */
  public record TaxEquivalentYield(
      AssetId asset, double yield, double muniShare, double treasuryShare, double taxRate, double afterTaxYield,
      double taxableInterestRate, Double taxEquivalentYield, List<String> accounts) {

    public TaxEquivalentYield {
      accounts = List.copyOf(accounts);
    }
  }

  /**
   * The household's taxes this year and the portfolio's part of them. The household is taxed in
   * three steps, each exact: its taxable other income alone; plus the taxable accounts' income;
   * plus the tax-deferred accounts' income withdrawn as ordinary income. The differences are the
   * exact taxes the portfolio causes; beside them, the rows' charges at marginal rates.
   *
   * @param year the year asked: the valuation date's year, or the plan's {@code taxYear}
   * @param rulesYear the year of the rules used (the latest with data when {@code year} has none)
   * @param sources the legal sources of the rules
   * @param filer who files and how
   * @param otherIncomeAlone the household's tax on its taxable other income alone
   * @param withTaxableAccounts with the taxable accounts' income added (this year's return when
   *     nothing is withdrawn from tax-deferred accounts)
   * @param withDeferredWithdrawn with the tax-deferred accounts' income also withdrawn
   * @param causedByTaxableAccounts withTaxableAccounts − otherIncomeAlone
   * @param causedByDeferredWithdrawal withDeferredWithdrawn − withTaxableAccounts
   * @param causedByPortfolio withDeferredWithdrawn − otherIncomeAlone: the exact tax the portfolio causes
   * @param atMarginalRates the rows' charges split by tax (total = {@code afterTaxIncome.tax})
   * @param marginalRates the tax on the next dollar of each kind of income, at the income of
   *     {@code withTaxableAccounts}, keyed as in {@code perennial tax --json}
   * @param withdrawalMarginalRate the tax on the next dollar withdrawn from a tax-deferred account
   *     at the income of {@code withDeferredWithdrawn} (the planned withdrawal level): with Social
   *     Security benefits it includes the benefits the dollar makes taxable (1.85 × the bracket rate
   *     in the 85 % phase-in)
   * @param effectiveRate the household's total tax ÷ total income, with the deferred income withdrawn
   * @param portfolioEffectiveRate causedByPortfolio.total ÷ the portfolio's income (0 without income)
   * @param zeroRateGainRoom the long-term gains that still fit in the 0 % band at the income of
   *     {@code withDeferredWithdrawn}, and the tax realizing them would cost
   * @param assumptions how the portfolio's income is taxed, for people
   * @param caveats what is uncertain or not modelled in the rules used
   */
  public record Taxes(
      int year,
      int rulesYear,
      String sources,
      Filer filer,
      HouseholdTax otherIncomeAlone,
      HouseholdTax withTaxableAccounts,
      HouseholdTax withDeferredWithdrawn,
      TaxAmounts causedByTaxableAccounts,
      TaxAmounts causedByDeferredWithdrawal,
      TaxAmounts causedByPortfolio,
      TaxAmounts atMarginalRates,
      Map<IncomeKind, MarginalRate> marginalRates,
      MarginalRate withdrawalMarginalRate,
      double effectiveRate,
      double portfolioEffectiveRate,
      ZeroRateGainRoom zeroRateGainRoom,
      List<String> assumptions,
      List<String> caveats) {

    public Taxes {
      marginalRates = Collections.unmodifiableMap(new LinkedHashMap<>(marginalRates));
      assumptions = List.copyOf(assumptions);
      caveats = List.copyOf(caveats);
    }
  }

  /**
   * Who files and how.
   *
   * @param filingStatus the federal filing status
   * @param ages the ages used (people whose age is not given are taken to be under 65)
   * @param stateTaxRate the flat state rate
   * @param muniInState whether muni interest is exempt from the state tax too
   * @param itemizedDeductions itemized deductions (zero: the standard deduction)
   * @param otherIncome income from outside the portfolio given as other income (pensions and the
   *     like; Social Security benefits apart)
   * @param taxableOtherIncome the part of it taxed, as ordinary income
   * @param socialSecurity the Social Security benefits paid in the tax year, gross (taxed by the
   *     Publication 915 worksheet; zero when none are given)
   */
  public record Filer(
      FilingStatus filingStatus, List<Integer> ages, double stateTaxRate, boolean muniInState, Money itemizedDeductions,
      Money otherIncome, Money taxableOtherIncome, Money socialSecurity) {

    public Filer {
      ages = List.copyOf(ages);
    }
  }

  /**
   * The household's tax in one of the three steps.
   *
   * @param income the income taxed, by kind (keys as in {@code perennial tax --json}; kinds with
   *     none left out)
   * @param totalIncome the sum of that income (muni interest included)
   * @param adjustedGrossIncome AGI
   * @param taxableSocialSecurity the part of the Social Security benefits in AGI (Publication 915)
   * @param deductionUsed {@code standard} or {@code itemized}
   * @param deduction the deduction taken
   * @param seniorDeduction the 2025–2028 senior deduction
   * @param qbiDeduction the section 199A deduction on REIT dividends
   * @param taxableIncome taxable income
   * @param federalIncomeTax regular federal income tax, without NIIT
   * @param niit net investment income tax
   * @param stateTax flat state tax
   * @param totalTax the three together
   * @param effectiveRate totalTax ÷ totalIncome
   */
  public record HouseholdTax(
      Map<IncomeKind, Money> income,
      Money totalIncome,
      Money adjustedGrossIncome,
      Money taxableSocialSecurity,
      String deductionUsed,
      Money deduction,
      Money seniorDeduction,
      Money qbiDeduction,
      Money taxableIncome,
      Money federalIncomeTax,
      Money niit,
      Money stateTax,
      Money totalTax,
      double effectiveRate) {

    public HouseholdTax {
      income = Collections.unmodifiableMap(new LinkedHashMap<>(income));
    }

    /** The taxes as a {@link TaxAmounts}. */
    public TaxAmounts amounts() {
      return new TaxAmounts(federalIncomeTax, niit, stateTax, totalTax);
    }
  }

  /**
   * Taxes by kind of tax.
   *
   * @param federalIncomeTax regular federal income tax
   * @param niit net investment income tax
   * @param stateTax state tax
   * @param total the sum
   */
  public record TaxAmounts(Money federalIncomeTax, Money niit, Money stateTax, Money total) {

    /** This − other, tax by tax. */
    public TaxAmounts minus(TaxAmounts other) {
      return new TaxAmounts(federalIncomeTax.minus(other.federalIncomeTax), niit.minus(other.niit),
          stateTax.minus(other.stateTax), total.minus(other.total));
    }

    /** This + other, tax by tax. */
    public TaxAmounts plus(TaxAmounts other) {
      return new TaxAmounts(federalIncomeTax.plus(other.federalIncomeTax), niit.plus(other.niit),
          stateTax.plus(other.stateTax), total.plus(other.total));
    }
  }

  /**
   * How far the income goes toward the spending goal after tax. The spending goal is spending
   * after tax; other income is taxed first, as if it were the household's only income; the
   * portfolio's income bears the extra tax it causes:
   * <pre>
   *   afterTaxOtherIncome     = otherIncome − otherIncomeTax
   *   spendingFromPortfolio   = annualSpending − afterTaxOtherIncome, at least 0
   *   afterTaxPortfolioIncome = portfolioIncome − portfolioTax (exact)
   *   incomeCoverage          = afterTaxPortfolioIncome ÷ spendingFromPortfolio
   * </pre>
   * so the coverage is 1 or more exactly when the household's income after all its taxes pays for
   * the spending goal.
   *
   * @param annualSpending the goal's yearly spending, after tax, today's money
   * @param otherIncome yearly income from outside the portfolio, Social Security benefits of the tax year included
   * @param otherIncomeTax the household's tax on its other income (and benefits) alone
   * @param afterTaxOtherIncome otherIncome − otherIncomeTax
   * @param spendingFromPortfolio annualSpending − afterTaxOtherIncome, at least 0
   * @param portfolioIncome the holdings' income before tax
   * @param portfolioTax the tax the portfolio causes, exact (taxes.causedByPortfolio.total)
   * @param afterTaxPortfolioIncome portfolioIncome − portfolioTax
   * @param incomeCoverage afterTaxPortfolioIncome ÷ spendingFromPortfolio; null when the portfolio
   *     need provide nothing
   * @param surplus afterTaxPortfolioIncome − spendingFromPortfolio (negative: a shortfall)
   * @param formula the formula above, for people
   */
  public record AfterTaxCoverage(
      Money annualSpending,
      Money otherIncome,
      Money otherIncomeTax,
      Money afterTaxOtherIncome,
      Money spendingFromPortfolio,
      Money portfolioIncome,
      Money portfolioTax,
      Money afterTaxPortfolioIncome,
      Double incomeCoverage,
      Money surplus,
      String formula) {}
}
