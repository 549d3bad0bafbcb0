package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.rebalance.Trades;
import java.util.List;

/**
 * The {@code optimization} section of a plan: the recommended allocation and location, what they
 * earn after tax against the current holdings and the classic placement rule, the coverage of the
 * spending after tax, and the trades that get there. Weights are fractions of the household's
 * market value unless said otherwise; money is exact to the cent.
 *
 * @param status {@code optimal}, {@code feasible} (integer search stopped early), {@code infeasible},
 *     {@code unbounded}, {@code failed}, or {@code skipped} (nothing held, or no tradeable asset)
 * @param message one line for people
 * @param setup what was optimized, how, and at which tax rates
 * @param rules every named rule the optimization kept, with where it came from
 * @param binding the names of the rules that hold with equality and move the optimum
 * @param conflicts for {@code infeasible}: the smallest set of rules that cannot all hold
 * @param allocation current and recommended holdings by asset and class (null without an answer)
 * @param location current and recommended holdings by asset and account (null without an answer)
 * @param afterTaxIncome recommended against current and against the placement rule (null without an answer)
 * @param risk expected return, volatility, yield and income growth, current and recommended (null
 *     without an answer)
 * @param coverage the income coverage after tax, current and recommended (null without an answer)
 * @param trades the trades from the current holdings (null without an answer)
 * @param projection the recommendation projected as the holdings are (same settings and seed); null
 *     without an answer
 * @param goal what the {@code goal} objective's search found: the frontier points it judged and the
 *     one chosen (null for the other objectives, and without an answer)
 * @param diagnostics how it was solved
 */
public record PlanOptimization(
    String status,
    String message,
    Setup setup,
    List<Rule> rules,
    List<String> binding,
    List<Rule> conflicts,
    Allocation allocation,
    Location location,
    IncomeComparison afterTaxIncome,
    RiskComparison risk,
    CoverageComparison coverage,
    Trades trades,
    PlanProjection projection,
    Goal goal,
    List<String> diagnostics) {

  public PlanOptimization {
    Checks.notBlank(status, "status");
    message = message == null ? "" : message;
    rules = List.copyOf(rules);
    binding = List.copyOf(binding);
    conflicts = List.copyOf(conflicts);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether there is a recommendation (an allocation, trades). */
  public boolean hasRecommendation() {
    return allocation != null;
  }

  /** Whether the rules cannot all hold (or the problem is unbounded): {@code plan} exits 3. */
  public boolean isInfeasible() {
    return status.equals("infeasible") || status.equals("unbounded");
  }

  /**
   * The goal objective's search: frontier points, each projected on the same futures, and the
   * point recommended (see docs/goal.md).
   *
   * @param rule {@code least-volatility} (a household drawing income: the least risk that meets
   *     the goal) or {@code most-return} (a saver: the most after-tax return that meets it)
   * @param targetSuccess the settings' target share of futures that meet the goal
   * @param currentSuccess the current holdings' share, on the search's futures
   * @param requiredSuccess the larger of the two: what a point must reach
   * @param met whether the recommendation reaches it (on the full run too)
   * @param searchPaths futures per point of the search (the first ones of the projection)
   * @param fullPaths futures of the full check of the recommendation
   * @param currentFullSuccess the current holdings' share on the full run
   * @param recommendedFullSuccess the recommendation's share on the full run (fractional shares)
   * @param recommendedVolatility the volatility of the point recommended
   * @param points every point judged, by volatility cap
   * @param message one line for people
   */
  public record Goal(
      String rule,
      double targetSuccess,
      double currentSuccess,
      double requiredSuccess,
      boolean met,
      int searchPaths,
      int fullPaths,
      double currentFullSuccess,
      double recommendedFullSuccess,
      double recommendedVolatility,
      List<GoalPoint> points,
      String message) {

    public Goal {
      points = List.copyOf(points);
    }
  }

  /**
   * One frontier point of the goal search.
   *
   * @param volatilityCap the cap the point was solved at
   * @param volatility its volatility
   * @param afterTaxReturn its after-tax expected return (nominal)
   * @param afterTaxIncome its after-tax income, a yield on the household
   * @param success the share of the search's futures that meet the goal
   * @param chosen whether it is the point recommended
   */
  public record GoalPoint(double volatilityCap, double volatility, double afterTaxReturn, double afterTaxIncome,
      double success, boolean chosen) {}

  /**
   * What was optimized and how.
   *
   * @param objective {@code max-income}, {@code income-and-growth}, {@code min-volatility} or {@code max-sharpe}
   * @param description the objective in words, with its parameters
   * @param volatilityCap the profile's highest volatility, a rule of every objective
   * @param location whether allocation and location were decided together
   * @param deferredValuation how tax-deferred accounts were counted
   * @param withdrawalRate the tax rate of tax-deferred money when withdrawn
   * @param yieldTraps {@code exclude} or {@code haircut}
   * @param flaggedAssets the assets the plan flags as possible yield traps
   * @param wholeShares whether trades are in whole shares
   * @param taxRulesYear the year of the tax rules of the marginal rates
   * @param taxableRates the marginal rate in a taxable account of each income character used (the
   *     household's, at the recommended income when the rates were made consistent with it)
   * @param householdValue the value weights are fractions of in the optimizer (market value, or with
   *     tax-deferred accounts at after-tax value)
   */
  public record Setup(
      String objective,
      String description,
      double volatilityCap,
      boolean location,
      String deferredValuation,
      double withdrawalRate,
      String yieldTraps,
      List<AssetId> flaggedAssets,
      boolean wholeShares,
      int taxRulesYear,
      java.util.Map<String, Double> taxableRates,
      Money householdValue) {

    public Setup {
      flaggedAssets = List.copyOf(flaggedAssets);
      taxableRates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(taxableRates));
    }
  }

  /**
   * A named rule.
   *
   * @param name its name, as conflicts and binding lists report it
   * @param description the rule in words
   * @param source {@code plan} (the plan's constraints), {@code profile} (the risk tolerance),
   *     {@code guard} (the pitfall guards), {@code default} (default caps), {@code holding} (a
   *     holding kept as it is), {@code settings} (the optimization section), {@code model} (account
   *     balances, long only, the budget)
   */
  public record Rule(String name, String description, String source) {}

  /**
   * Current and recommended holdings by asset and class. Recommended = the holdings after the
   * trades (whole shares and cash left over).
   *
   * @param totalValue the household's market value (the same before and after the trades)
   * @param byAsset every asset held now or recommended, largest recommended value first
   * @param byClass every class held now or recommended, largest recommended value first
   */
  public record Allocation(Money totalValue, List<AssetAllocation> byAsset, List<ClassAllocation> byClass) {
    public Allocation {
      byAsset = List.copyOf(byAsset);
      byClass = List.copyOf(byClass);
    }
  }

  /**
   * One asset, summed over accounts.
   *
   * @param asset the asset
   * @param name its name
   * @param assetClass its class
   * @param currentValue value held now
   * @param currentWeight currentValue ÷ total
   * @param recommendedValue value after the trades
   * @param recommendedWeight recommendedValue ÷ total
   * @param targetWeight the optimizer's weight (before rounding to whole shares), in its basis
   */
  public record AssetAllocation(
      AssetId asset, String name, AssetClass assetClass, Money currentValue, double currentWeight, Money recommendedValue,
      double recommendedWeight, double targetWeight) {}

  /** One asset class: current and recommended value and weight. */
  public record ClassAllocation(
      AssetClass assetClass, Money currentValue, double currentWeight, Money recommendedValue, double recommendedWeight) {}

  /**
   * Where each asset is held.
   *
   * @param accounts per account: its type, value and the after-tax income of its recommended holdings
   * @param placements every asset × account cell held now or recommended, in account order
   */
  public record Location(List<AccountLocation> accounts, List<Placement> placements) {
    public Location {
      accounts = List.copyOf(accounts);
      placements = List.copyOf(placements);
    }
  }

  /**
   * One account.
   *
   * @param account the id
   * @param name its name
   * @param type how it is taxed
   * @param value its market value (fixed: trades do not move money between accounts)
   * @param weight value ÷ household
   * @param currentAfterTaxIncome after-tax income of its current holdings, a year
   * @param recommendedAfterTaxIncome after-tax income of its recommended holdings, a year
   */
  public record AccountLocation(
      String account, String name, AccountType type, Money value, double weight, Money currentAfterTaxIncome,
      Money recommendedAfterTaxIncome) {}

  /**
   * One asset in one account.
   *
   * @param account the account id
   * @param asset the asset
   * @param currentQuantity units held now
   * @param recommendedQuantity units held after the trades (current + bought − sold)
   * @param currentValue value held now
   * @param currentWeight currentValue ÷ household
   * @param recommendedValue value after the trades
   * @param recommendedWeight recommendedValue ÷ household
   * @param targetWeight the optimizer's weight of the cell, in its basis
   * @param afterTaxIncome after-tax income of the recommended holding, a year
   */
  public record Placement(
      String account, AssetId asset, java.math.BigDecimal currentQuantity, java.math.BigDecimal recommendedQuantity, Money currentValue, double currentWeight, Money recommendedValue, double recommendedWeight,
      double targetWeight, Money afterTaxIncome) {}

  /**
   * After-tax income a year at the household's marginal rates, net of expected cuts: each asset's
   * distributions taxed by its account (the location model's rates, docs/location.md).
   *
   * @param current the current holdings
   * @param recommended the recommended holdings (after the trades, whole shares)
   * @param optimum the optimizer's answer before rounding to whole shares
   * @param heuristic the classic placement rule applied to the optimum's allocation
   * @param gainOverCurrent recommended − current
   * @param relativeGainOverCurrent gainOverCurrent ÷ current (null when current is zero)
   * @param gainOverHeuristic optimum − heuristic: what placing by optimization gains over the rule
   * @param relativeGainOverHeuristic gainOverHeuristic ÷ heuristic (null when the heuristic's is zero)
   * @param heuristicBreaks the rules the heuristic's placement breaks (then it is not a like-for-like comparison)
   * @param locationWouldAdd with location off: what optimizing the placement of the same allocation
   *     would add over the rule (null with location on: it is {@code gainOverHeuristic})
   * @param basis how the figures are computed, for people
   */
  public record IncomeComparison(
      Money current,
      Money recommended,
      Money optimum,
      Money heuristic,
      Money gainOverCurrent,
      Double relativeGainOverCurrent,
      Money gainOverHeuristic,
      Double relativeGainOverHeuristic,
      List<String> heuristicBreaks,
      Money locationWouldAdd,
      String basis) {

    public IncomeComparison {
      heuristicBreaks = List.copyOf(heuristicBreaks);
    }
  }

  /**
   * The holdings analysis's figures (pre-tax, as {@code risk} and {@code income} of the report),
   * current and recommended.
   */
  public record RiskComparison(
      double currentExpectedReturn, double recommendedExpectedReturn,
      double currentVolatility, double recommendedVolatility,
      double currentYield, double recommendedYield,
      double currentIncomeGrowth, double recommendedIncomeGrowth,
      double currentLargestWeight, double recommendedLargestWeight) {}

  /**
   * Income coverage after tax (exact household tax, as {@code coverage.afterTax}), current and recommended.
   */
  public record CoverageComparison(TaxAnalysis.AfterTaxCoverage current, TaxAnalysis.AfterTaxCoverage recommended) {}
}
