package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetCategory;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.market.EstimateSource;
import io.perennial.market.ReturnAverage;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the current holdings are worth, pay and risk, in sections that the {@code plan} command
 * prints: {@code holdings}, {@code income}, {@code risk}, {@code concentration}, {@code coverage}.
 * Money is exact: every amount is computed from exact sums and rounded to the cent once, so a
 * list of parts may differ from its total by a cent. Weights and rates are fractions (doubles).
 *
 * @param holdings values and weights by position, account, asset and class
 * @param income expected income of the next twelve months
 * @param risk expected return and volatility of the portfolio as held
 * @param concentration how concentrated the holdings are
 * @param coverage how much of the spending need the income covers
 * @param problems things the analysis could not do or had to assume
 */
public record HoldingsAnalysis(
    Holdings holdings,
    Income income,
    Risk risk,
    Concentration concentration,
    Coverage coverage,
    List<Problem> problems) {

  public HoldingsAnalysis {
    Checks.notNull(holdings, "holdings");
    Checks.notNull(income, "income");
    Checks.notNull(risk, "risk");
    Checks.notNull(concentration, "concentration");
    Checks.notNull(coverage, "coverage");
    problems = List.copyOf(problems);
  }

  /**
   * Values and weights.
   *
   * @param totalValue market value of everything held, cash included
   * @param positions one row per holding, in the plan's order
   * @param byAccount one row per account, in the plan's order
   * @param byAsset one row per asset held (summed over accounts), largest first
   * @param byClass one row per asset class held, largest first
   */
  public record Holdings(
      Money totalValue,
      List<Position> positions,
      List<AccountValue> byAccount,
      List<AssetValue> byAsset,
      List<ClassValue> byClass) {

    public Holdings {
      positions = List.copyOf(positions);
      byAccount = List.copyOf(byAccount);
      byAsset = List.copyOf(byAsset);
      byClass = List.copyOf(byClass);
    }
  }

  /**
   * One holding in one account.
   *
   * @param account the account id
   * @param asset the asset id
   * @param assetClass the asset's class
   * @param quantity units held
   * @param price price per unit
   * @param value quantity × price
   * @param weight value ÷ total value of the household
   * @param income expected income of the next twelve months: value × yield
   */
  public record Position(
      String account, AssetId asset, AssetClass assetClass, BigDecimal quantity, Money price, Money value,
      double weight, Money income) {}

  /**
   * One account.
   *
   * @param account the account id
   * @param name its name for people
   * @param type how it is taxed
   * @param value market value of its holdings
   * @param weight value ÷ total value
   * @param income expected income of its holdings
   */
  public record AccountValue(String account, String name, AccountType type, Money value, double weight, Money income) {}

  /**
   * One asset over all accounts.
   *
   * @param asset the asset id
   * @param name its name for people
   * @param assetClass its class
   * @param quantity units held in all accounts
   * @param price price per unit
   * @param value market value held
   * @param weight value ÷ total value
   */
  public record AssetValue(
      AssetId asset, String name, AssetClass assetClass, BigDecimal quantity, Money price, Money value, double weight) {}

  /**
   * One asset class.
   *
   * @param assetClass the class
   * @param category its broad category
   * @param value market value held in it
   * @param weight value ÷ total value
   */
  public record ClassValue(AssetClass assetClass, AssetCategory category, Money value, double weight) {}

  /**
   * Expected income of the next twelve months, before tax.
   *
   * @param annualIncome Σ value × yield over the holdings
   * @param portfolioYield annual income ÷ total value (0 when nothing is held)
   * @param incomeGrowth income-weighted mean of the assets' yearly income growth
   * @param byAsset one row per asset held, largest income first
   * @param byCharacter income split by tax character (each asset's income × its mix), largest first
   * @param byAccount income by account, in the plan's order
   */
  public record Income(
      Money annualIncome,
      double portfolioYield,
      double incomeGrowth,
      List<AssetIncome> byAsset,
      List<CharacterIncome> byCharacter,
      List<AccountIncome> byAccount) {

    public Income {
      byAsset = List.copyOf(byAsset);
      byCharacter = List.copyOf(byCharacter);
      byAccount = List.copyOf(byAccount);
    }
  }

  /**
   * The income of one asset.
   *
   * @param asset the asset id
   * @param yield the forward yield used
   * @param incomeGrowth the yearly income growth used
   * @param income value held × yield
   * @param share income ÷ annual income of the portfolio
   * @param source whether the figures are the class's or the asset's own
   */
  public record AssetIncome(
      AssetId asset, double yield, double incomeGrowth, Money income, double share, EstimateSource source) {}

  /**
   * The income of one tax character.
   *
   * @param character how it is taxed
   * @param income Σ over assets of income × the asset's share of this character
   * @param share income ÷ annual income of the portfolio
   */
  public record CharacterIncome(IncomeCharacter character, Money income, double share) {}

  /**
   * The income of one account.
   *
   * @param account the account id
   * @param type how it is taxed
   * @param income expected income of its holdings
   * @param share income ÷ annual income of the portfolio
   */
  public record AccountIncome(String account, AccountType type, Money income, double share) {}

  /**
   * Expected return and volatility of the holdings as they are. Covariance between assets a and b:
   * ρ σₐ σ_b with σ each asset's volatility and ρ = 1 for the same asset, the within-class
   * correlation for two assets of one class, the class correlation otherwise.
   *
   * @param expectedReturn Σ wₐ μₐ, arithmetic mean, nominal
   * @param average always arithmetic
   * @param expectedGeometricReturn expectedReturn − volatility² / 2, the compound growth to expect
   * @param volatility √(wᵀ Σ w)
   * @param withinClassCorrelation ρ used between two assets of one class
   * @param byClass one row per class held, largest weight first
   * @param byAsset one row per asset held, largest weight first
   */
  public record Risk(
      double expectedReturn,
      ReturnAverage average,
      double expectedGeometricReturn,
      double volatility,
      double withinClassCorrelation,
      List<ClassRisk> byClass,
      List<AssetRisk> byAsset) {

    public Risk {
      byClass = List.copyOf(byClass);
      byAsset = List.copyOf(byAsset);
    }
  }

  /**
   * One class's part of the risk.
   *
   * @param assetClass the class
   * @param weight its weight in the portfolio
   * @param riskContribution its share of the portfolio variance, Σ over its assets of
   *     wₐ (Σ w)ₐ ÷ wᵀ Σ w; the shares sum to 1 (0 when the variance is 0)
   */
  public record ClassRisk(AssetClass assetClass, double weight, double riskContribution) {}

  /**
   * One asset's figures as used.
   *
   * @param asset the asset id
   * @param weight its weight in the portfolio
   * @param expectedReturn arithmetic mean, nominal
   * @param volatility standard deviation of the yearly return
   * @param riskContribution its share of the portfolio variance, wₐ (Σ w)ₐ ÷ wᵀ Σ w
   * @param source whether the figures are the class's or the asset's own
   */
  public record AssetRisk(
      AssetId asset, double weight, double expectedReturn, double volatility, double riskContribution,
      EstimateSource source) {}

  /**
   * Concentration of the holdings on asset weights (assets summed over accounts, cash counted as
   * an asset).
   *
   * @param herfindahlIndex Σ wₐ², from 1/n (n equal holdings) to 1 (a single holding); 0 when
   *     nothing is held
   * @param effectiveHoldings 1 ÷ the index: the number of equal holdings with the same
   *     concentration (0 when nothing is held)
   * @param largestWeight the largest asset weight
   * @param largestPositions the five largest assets, largest first
   */
  public record Concentration(
      double herfindahlIndex, double effectiveHoldings, double largestWeight, List<AssetValue> largestPositions) {

    public Concentration {
      largestPositions = List.copyOf(largestPositions);
    }
  }

  /**
   * How far the income goes toward the spending need: before tax, and after tax once the taxes
   * are computed.
   *
   * @param annualSpending the goal's yearly spending, today's money
   * @param otherIncome yearly income from outside the portfolio
   * @param spendingFromPortfolio annual spending − other income, at least 0
   * @param portfolioIncome the expected annual income of the holdings
   * @param incomeCoverage portfolio income ÷ spending from the portfolio; null when the
   *     portfolio need not pay anything
   * @param surplus portfolio income − spending from the portfolio (negative: a shortfall)
   * @param basis {@code "pre-tax"}: the figures above are before tax
   * @param yearsUntilIncome years until the spending starts (0: it has started)
   * @param afterTax the same comparison after tax ({@link TaxAnalysis.AfterTaxCoverage}); null
   *     until the taxes are computed ({@link Planner} always computes them)
   */
  public record Coverage(
      Money annualSpending,
      Money otherIncome,
      Money spendingFromPortfolio,
      Money portfolioIncome,
      Double incomeCoverage,
      Money surplus,
      String basis,
      int yearsUntilIncome,
      TaxAnalysis.AfterTaxCoverage afterTax) {

    /** The coverage before tax alone. */
    public Coverage(Money annualSpending, Money otherIncome, Money spendingFromPortfolio, Money portfolioIncome,
        Double incomeCoverage, Money surplus, String basis, int yearsUntilIncome) {
      this(annualSpending, otherIncome, spendingFromPortfolio, portfolioIncome, incomeCoverage, surplus, basis,
          yearsUntilIncome, null);
    }

    /** This coverage with its after-tax figures. */
    public Coverage withAfterTax(TaxAnalysis.AfterTaxCoverage figures) {
      return new Coverage(annualSpending, otherIncome, spendingFromPortfolio, portfolioIncome, incomeCoverage, surplus,
          basis, yearsUntilIncome, figures);
    }
  }
}
