package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.optimize.AllocationConstraint.AssetBounds;
import io.perennial.optimize.AllocationConstraint.Budget;
import io.perennial.optimize.AllocationConstraint.GroupBounds;
import io.perennial.optimize.AllocationConstraint.IncomeGrowthFloor;
import io.perennial.optimize.AllocationConstraint.Linear;
import io.perennial.optimize.AllocationConstraint.MaxHoldings;
import io.perennial.optimize.AllocationConstraint.MaxTurnover;
import io.perennial.optimize.AllocationConstraint.MaxVolatility;
import io.perennial.optimize.AllocationConstraint.MinIncome;
import io.perennial.optimize.AllocationConstraint.MinPosition;
import io.perennial.optimize.AllocationConstraint.MinReturn;
import io.perennial.optimize.AllocationConstraint.RealReturnFloor;
import io.perennial.optimize.AllocationConstraint.WeightBounds;
import io.perennial.optimize.AllocationConstraint.YieldTrapLimit;
import io.perennial.optimize.solver.GroupedMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link LocationProblem} compiled to an {@link AllocationProblem} over <em>cells</em>, one per
 * (asset, account) that the account's menu allows, named {@code ASSET@ACCOUNT}, which the
 * existing optimizer solves (with a fixed allocation, assets fixed at zero have none). A cell carries its asset's tags and yield-trap flag, its after-tax
 * income (after-tax factor 1 − dᵢₐ) and its after-tax expected return as μ; the cell covariance is
 * Σ ⊗ J (cov(x(i, a), x(j, b)) = Σᵢⱼ), positive semidefinite because Σ is, so xᵀ(Σ ⊗ J)x = wᵀΣw.
 *
 * <p>Rules compiled (each remembers the household rule it came from, {@link #origin}):
 * <ul>
 *   <li>{@code budget}: all cells sum to 1; {@code long-only}: each cell in [0, 1];
 *   <li>{@code balance:ACCOUNT} for every account but one (its balance follows from the budget;
 *       leaving it out keeps the equality rows independent): the last without a menu, else the last;
 *   <li>household weight bounds → {@code weight-bounds:ID} on the asset's total where they cut
 *       (upper below what the asset's accounts can hold, or lower above 0); asset bounds and
 *       {@link Linear} rules → the same name over the asset's cells; group limits, volatility caps,
 *       return, income and growth floors, yield-trap limits, a turnover limit (against the current
 *       placement's cells) and integer rules → themselves (the cells carry what they read);
 *   <li>a minimum placement: {@code keep:ASSET@ACCOUNT} (the cell at or above its minimum);
 *   <li>fixed allocation: {@code allocation:ID} on every asset's total but one (the budget fixes
 *       the last); rules that read only the totals are then checked at the fixed totals instead of
 *       compiled (they could only conflict), see {@link #totalsOnly}.
 * </ul>
 */
final class LocationModel {

  static final String BUDGET = "budget";
  static final String LONG_ONLY = "long-only";
  static final String BALANCE = "balance:";
  static final String ALLOCATION = "allocation:";
  static final String FIXED_ALLOCATION = "fixed-allocation";
  static final String KEEP = "keep:";

  final LocationProblem problem;
  final int n;
  final int m;
  /** Cell index of (i, a), or −1 when account a does not offer asset i. */
  final int[][] cell;
  final int[] cellAsset;
  final int[] cellAccount;
  final List<CandidateAsset> cellAssets;
  final double[] cellReturn;
  /** Σ ⊗ J over the cells: cell (i, a) has asset i's row of Σ (grouped, never expanded). */
  final GroupedMatrix cellCovariance;
  /**
   * The account whose balance rule is left out (it follows from the budget and the others): the
   * last account without a menu, else the last account, so that a restricted account's balance is
   * always named when it conflicts.
   */
  final int implied;
  /** Accounts that lost cells because a fixed allocation puts their asset at zero. */
  final boolean[] presolved;
  /** Cell-problem constraint name → household rule name. */
  final Map<String, String> origin = new HashMap<>();

  private LocationModel(LocationProblem problem) {
    this.problem = problem;
    this.n = problem.assetCount();
    this.m = problem.accountCount();
    this.cell = new int[n][m];
    List<Integer> assetOf = new ArrayList<>();
    List<Integer> accountOf = new ArrayList<>();
    this.presolved = new boolean[m];
    for (int i = 0; i < n; i++) {
      // With a fixed allocation an asset fixed at zero has no cells (they could only be zero).
      boolean none = problem.isFixedAllocation() && problem.fixedTotal(i) <= 0.0;
      for (int a = 0; a < m; a++) {
        presolved[a] |= none && problem.allows(i, a);
        if (problem.allows(i, a) && !none) {
          cell[i][a] = assetOf.size();
          assetOf.add(i);
          accountOf.add(a);
        } else {
          cell[i][a] = -1;
        }
      }
    }
    int open = -1;
    for (int a = 0; a < m; a++) {
      if (problem.accounts().get(a).menu().isEmpty()) {
        open = a;
      }
    }
    this.implied = open >= 0 ? open : m - 1;
    int size = assetOf.size();
    this.cellAsset = assetOf.stream().mapToInt(Integer::intValue).toArray();
    this.cellAccount = accountOf.stream().mapToInt(Integer::intValue).toArray();
    this.cellAssets = new ArrayList<>(size);
    this.cellReturn = new double[size];
    AllocationProblem household = problem.household();
    for (int k = 0; k < size; k++) {
      int i = cellAsset[k];
      int a = cellAccount[k];
      CandidateAsset asset = household.assets().get(i);
      IncomeProfile p = asset.income();
      IncomeProfile after = new IncomeProfile(p.yield(), 1.0 - problem.taxDrag(i, a), p.expectedCut(), p.yieldTrap(),
          p.incomeGrowth());
      cellAssets.add(new CandidateAsset(AssetId.of(problem.variableName(i, a)), asset.assetClass(), asset.sector(),
          asset.issuer(), after));
      cellReturn[k] = problem.afterTaxReturn(i, a);
    }
    double[] ones = new double[size];
    java.util.Arrays.fill(ones, 1.0);
    this.cellCovariance = household.covarianceMatrix().remapped(cellAsset, ones, null);
  }

  static LocationModel of(LocationProblem problem) {
    return new LocationModel(problem);
  }

  int size() {
    return cellAsset.length;
  }

  AssetId cellId(int k) {
    return cellAssets.get(k).id();
  }

  /**
   * The household rules a conflict of cell-problem constraints names: each one's origin, plus
   * {@code fixed-allocation} when an account of the conflict lost cells to it (its assets fixed at
   * zero are part of the conflict).
   */
  List<String> conflictOrigins(List<String> cellNames) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    boolean fixedInvolved = false;
    for (String name : cellNames) {
      names.add(origin(name));
      for (int a = 0; a < m; a++) {
        if (presolved[a] && (name.equals(BALANCE + problem.accounts().get(a).id()) || name.equals(BUDGET))) {
          fixedInvolved = true;
        }
      }
    }
    if (fixedInvolved) {
      names.add(FIXED_ALLOCATION);
    }
    return List.copyOf(names);
  }

  /** The household rule a cell-problem constraint comes from (itself when compiled unchanged). */
  String origin(String cellName) {
    return origin.getOrDefault(cellName, cellName);
  }

  /**
   * The cell problem: the household's objective (or, with a fixed allocation, maximum after-tax
   * income) over the compiled rules.
   */
  AllocationProblem compile() {
    if (problem.isFixedAllocation()) {
      double[] totals = new double[n];
      for (int i = 0; i < n; i++) {
        totals[i] = problem.fixedTotal(i);
      }
      return withTotals(totals, new Objective.MaxIncome(), problem.household().constraints(), FIXED_ALLOCATION);
    }
    AllocationProblem.Builder b = base(problem.household().objective());
    for (AllocationConstraint c : problem.household().constraints()) {
      add(b, c, false);
    }
    return b.build();
  }

  /**
   * The cell problem with every asset's total fixed at {@code totals} ({@code allocation:ID}),
   * maximising {@code objective} under the placement-dependent rules among {@code constraints}
   * (rules on totals only are left out: they hold or fail at the totals whatever the placement).
   * {@code fixedName} is the household name the allocation rows report.
   */
  AllocationProblem withTotals(double[] totals, Objective objective, List<AllocationConstraint> constraints, String fixedName) {
    AllocationProblem.Builder b = base(objective);
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (reach(i) > 0.0) {
        last = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (i == last && Math.abs(totals[i] - (1.0 - sumExcept(totals, i))) <= 1e-9) {
        continue;
      }
      String name = ALLOCATION + problem.assets().get(i).id();
      b.constraint(new Linear(name, cells(i), totals[i], totals[i], problem.assets().get(i).id() + " weight "
          + AllocationConstraint.number(totals[i]) + " of the household"));
      origin.put(name, fixedName);
    }
    for (AllocationConstraint c : constraints) {
      if (!totalsOnly(c)) {
        add(b, c, true);
      }
    }
    return b.build();
  }

  private static double sumExcept(double[] values, int skip) {
    double sum = 0.0;
    for (int i = 0; i < values.length; i++) {
      if (i != skip) {
        sum += values[i];
      }
    }
    return sum;
  }

  /** Whether a rule reads only the household totals w (so the placement cannot change it). */
  static boolean totalsOnly(AllocationConstraint c) {
    return c instanceof Budget || c instanceof WeightBounds || c instanceof AssetBounds || c instanceof GroupBounds
        || c instanceof MaxVolatility || c instanceof YieldTrapLimit || c instanceof Linear;
  }

  /** Budget, long-only cells and the account balances, with {@code objective}. */
  private AllocationProblem.Builder base(Objective objective) {
    AllocationProblem.Builder b = AllocationProblem.builder(cellAssets, cellReturn, cellCovariance)
        .riskFreeRate(problem.household().riskFreeRate())
        .objective(objective)
        .constraint(new Budget(BUDGET, 1.0))
        .removeConstraint("weight-bounds")
        .constraint(new WeightBounds(LONG_ONLY, 0.0, 1.0));
    if (problem.currentPlacement().isPresent()) {
      double[] current = new double[size()];
      for (int k = 0; k < current.length; k++) {
        current[k] = problem.current(cellAsset[k], cellAccount[k]);
      }
      b.currentWeights(current);
    }
    for (int k = 0; k < size(); k++) {
      double least = problem.minimum(cellAsset[k], cellAccount[k]);
      if (least > 0.0) {
        String name = KEEP + cellId(k);
        b.constraint(new Linear(name, Map.of(cellId(k), 1.0), least, Double.POSITIVE_INFINITY,
            cellId(k) + " keeps at least " + AllocationConstraint.number(round(least)) + " of the household"));
      }
    }
    for (int a = 0; a < m; a++) {
      if (a == implied) {
        continue;
      }
      LocationAccount account = problem.accounts().get(a);
      Map<AssetId, Double> coefficients = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        if (cell[i][a] >= 0) {
          coefficients.put(cellId(cell[i][a]), 1.0);
        }
      }
      String name = BALANCE + account.id();
      b.constraint(new Linear(name, coefficients, problem.share(a), problem.share(a), String.format(Locale.ROOT,
          "account %s holds %s of the household", account.id(), AllocationConstraint.number(round(problem.share(a))))));
    }
    return b;
  }

  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  /** The most asset i can weigh: the shares of the accounts that offer it. */
  double reach(int i) {
    double sum = 0.0;
    for (int a = 0; a < m; a++) {
      if (cell[i][a] >= 0) {
        sum += problem.share(a);
      }
    }
    return sum;
  }

  /** Coefficient 1 on every cell of asset i. */
  private Map<AssetId, Double> cells(int i) {
    Map<AssetId, Double> coefficients = new LinkedHashMap<>();
    for (int a = 0; a < m; a++) {
      if (cell[i][a] >= 0) {
        coefficients.put(cellId(cell[i][a]), 1.0);
      }
    }
    return coefficients;
  }

  /** Adds the cell form of household rule {@code c}. */
  private void add(AllocationProblem.Builder b, AllocationConstraint c, boolean fixed) {
    if (c instanceof Budget) {
      return;
    }
    if (c instanceof WeightBounds w) {
      for (int i = 0; i < n; i++) {
        double reach = reach(i);
        boolean upperCuts = w.upper() < reach - 1e-12;
        boolean lowerCuts = w.lower() > 0.0;
        if (upperCuts || lowerCuts) {
          AssetId id = problem.assets().get(i).id();
          String name = w.name() + ":" + id;
          b.constraint(new Linear(name, cells(i), lowerCuts ? w.lower() : Double.NEGATIVE_INFINITY,
              upperCuts ? w.upper() : Double.POSITIVE_INFINITY, id + " weight in [" + AllocationConstraint.number(w.lower())
              + ", " + AllocationConstraint.number(w.upper()) + "]"));
          origin.put(name, w.name());
        }
      }
      return;
    }
    if (c instanceof AssetBounds ab) {
      int i = problem.household().indexOf(ab.asset());
      b.constraint(new Linear(ab.name(), cells(i), ab.lower(), ab.upper(), ab.describe()));
      return;
    }
    if (c instanceof Linear l) {
      Map<AssetId, Double> coefficients = new LinkedHashMap<>();
      for (Map.Entry<AssetId, Double> entry : l.coefficients().entrySet()) {
        int i = problem.household().indexOf(entry.getKey());
        for (int a = 0; a < m; a++) {
          if (cell[i][a] >= 0) {
            coefficients.put(cellId(cell[i][a]), entry.getValue());
          }
        }
      }
      b.constraint(new Linear(l.name(), coefficients, l.lower(), l.upper(), l.describe()));
      return;
    }
    if (c instanceof GroupBounds || c instanceof MaxVolatility || c instanceof MinReturn || c instanceof RealReturnFloor
        || c instanceof IncomeGrowthFloor || c instanceof MinIncome || c instanceof YieldTrapLimit
        || c instanceof MinPosition || c instanceof MaxHoldings || c instanceof MaxTurnover) {
      b.constraint(c);
      return;
    }
    throw new InvalidInputException(c.name() + ": " + c.getClass().getSimpleName() + " is not available with asset location");
  }

  /** The household totals wᵢ = Σₐ x(i, a) of cell weights x. */
  double[] totals(double[] x) {
    double[] w = new double[n];
    for (int k = 0; k < x.length; k++) {
      w[cellAsset[k]] += x[k];
    }
    return w;
  }

  /** The cell weights of a placement by [asset][account]. */
  double[] cellsOf(double[][] placement) {
    double[] x = new double[size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = placement[cellAsset[k]][cellAccount[k]];
    }
    return x;
  }

  /** The placement [asset][account] of cell weights x. */
  double[][] placementOf(double[] x) {
    double[][] placement = new double[n][m];
    for (int k = 0; k < x.length; k++) {
      placement[cellAsset[k]][cellAccount[k]] = x[k];
    }
    return placement;
  }
}
