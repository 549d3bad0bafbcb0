package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link LocationProblem}. Weights are fractions of the household's value in the
 * problem's valuation basis ({@link LocationProblem#householdValue()}); rates are fractions per
 * year; money is per year where it is income or tax. NaN where a figure does not exist (no
 * allocation).
 *
 * @param status how it ended
 * @param placements every (asset, account) cell the menus allow, asset by asset in the problem's
 *     order and account by account within an asset, zero weights included (with a fixed
 *     allocation, assets fixed at zero are left out; empty without an allocation)
 * @param totals the household's weight of every asset: the sum of its cells
 * @param accounts what each account holds, pays and is taxed
 * @param objectiveValue the objective as its {@link Objective} documents it, in after-tax terms
 * @param expectedReturn the after-tax expected return Σ x(i, a)·μᵢₐ (the return less the tax on its
 *     income)
 * @param volatility √(wᵀΣw) of the household totals w
 * @param preTaxIncome the expected distributions as a yield on the household, Σ wᵢ yᵢ(1 − cᵢ)
 * @param afterTaxIncome the expected after-tax income as a yield on the household, Σ x(i, a)·incᵢₐ
 * @param incomeGrowth the after-tax-income-weighted growth of the income (NaN without income)
 * @param householdValue the household's value the weights are fractions of
 * @param afterTaxIncomeAmount afterTaxIncome × householdValue: spendable income a year
 * @param incomeTaxAmount the tax the distributions cost a year (taxable accounts now, tax-deferred
 *     when withdrawn): pre-tax distributions − after-tax income, in money
 * @param heuristic the classic placement of the same totals and the income gained over it (null
 *     without an allocation)
 * @param binding household rules (and {@code balance:ACCOUNT}, {@code fixed-allocation}) that hold
 *     with equality and move the optimum; {@code long-only} is left out
 * @param conflicts for INFEASIBLE: the smallest set of rules that cannot hold together, by the
 *     names the household problem gave them, plus {@code budget} (the balances sum to the
 *     household), {@code balance:ACCOUNT}, {@code fixed-allocation}, {@code long-only}
 * @param message one line for people
 * @param diagnostics how it was solved
 */
public record LocationResult(
    AllocationStatus status,
    List<Placement> placements,
    Map<AssetId, Double> totals,
    List<AccountLocation> accounts,
    double objectiveValue,
    double expectedReturn,
    double volatility,
    double preTaxIncome,
    double afterTaxIncome,
    double incomeGrowth,
    Money householdValue,
    Money afterTaxIncomeAmount,
    Money incomeTaxAmount,
    HeuristicComparison heuristic,
    List<String> binding,
    List<String> conflicts,
    String message,
    List<String> diagnostics) {

  public LocationResult {
    Checks.notNull(status, "status");
    placements = List.copyOf(placements);
    totals = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(totals, "totals")));
    accounts = List.copyOf(accounts);
    binding = List.copyOf(binding);
    conflicts = List.copyOf(conflicts);
    message = message == null ? "" : message;
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * One position: asset {@code asset} in account {@code account}.
   *
   * @param asset the asset
   * @param account the account id
   * @param accountType its tax type
   * @param variable the solver variable's name, {@code ASSET@ACCOUNT}
   * @param weight x(i, a), a fraction of the household
   * @param marketValue its market value (weight × household value ÷ the account's value factor)
   * @param preTaxIncome its expected distributions a year
   * @param tax the tax they cost a year (now in a taxable account, at withdrawal in a tax-deferred one)
   * @param afterTaxIncome preTaxIncome − tax
   */
  public record Placement(
      AssetId asset, String account, AccountType accountType, String variable, double weight, Money marketValue,
      Money preTaxIncome, Money tax, Money afterTaxIncome) {}

  /**
   * One account's part.
   *
   * @param id the account id
   * @param name its name for people
   * @param type its tax type
   * @param share its share of the household (the balance rule)
   * @param marketValue the market value it holds (its balance)
   * @param preTaxIncome its expected distributions a year
   * @param tax the tax they cost a year
   * @param afterTaxIncome preTaxIncome − tax
   */
  public record AccountLocation(
      String id, String name, AccountType type, double share, Money marketValue, Money preTaxIncome, Money tax,
      Money afterTaxIncome) {}

  /**
   * The classic placement of the same household totals ({@code PlacementHeuristic}, rule in
   * docs/location.md) and what the optimized location gains over it.
   *
   * @param placements the heuristic's cells, as {@link LocationResult#placements()}
   * @param afterTaxIncome its after-tax income as a yield on the household
   * @param afterTaxIncomeAmount the same in money a year
   * @param gain the optimized after-tax income − the heuristic's, a yield on the household
   * @param gainAmount the gain in money a year
   * @param relativeGain gain ÷ the heuristic's after-tax income (0.02 = 2 % more; NaN when the
   *     heuristic's is zero)
   * @param repaired whether menus made the greedy fill impossible, so the nearest placement that
   *     fits them was used
   * @param broken the rules the heuristic's placement breaks (placement-dependent rules only, such
   *     as an income-growth floor or a minimum position); when not empty the optimized location
   *     could not have used it and may earn less
   */
  public record HeuristicComparison(
      List<Placement> placements, double afterTaxIncome, Money afterTaxIncomeAmount, double gain, Money gainAmount,
      double relativeGain, boolean repaired, List<String> broken) {

    public HeuristicComparison {
      placements = List.copyOf(placements);
      broken = List.copyOf(broken);
    }
  }

  public boolean hasAllocation() {
    return status.hasAllocation();
  }

  /** The weight of {@code asset} in account {@code account} (0 when not held or not allowed). */
  public double weight(AssetId asset, String account) {
    for (Placement p : placements) {
      if (p.asset().equals(asset) && p.account().equals(account)) {
        return p.weight();
      }
    }
    return 0.0;
  }

  /** The weight of the asset named {@code asset} in account {@code account}. */
  public double weight(String asset, String account) {
    return weight(AssetId.of(asset), account);
  }

  /** The household's weight of {@code asset} (0 when absent). */
  public double total(AssetId asset) {
    return totals.getOrDefault(asset, 0.0);
  }

  /** The weights by account, then asset (zeros left out). */
  public Map<String, Map<AssetId, Double>> weightsByAccount() {
    Map<String, Map<AssetId, Double>> map = new LinkedHashMap<>();
    for (AccountLocation account : accounts) {
      map.put(account.id(), new LinkedHashMap<>());
    }
    for (Placement p : placements) {
      if (p.weight() != 0.0) {
        map.computeIfAbsent(p.account(), k -> new LinkedHashMap<>()).put(p.asset(), p.weight());
      }
    }
    return map;
  }
}
