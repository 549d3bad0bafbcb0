package io.perennial.optimize;

import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.optimize.solver.ActiveSetSolver;
import io.perennial.optimize.solver.GroupedMatrix;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QpStatus;
import io.perennial.optimize.solver.QuadraticProgram;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The classic asset-placement rule of thumb, the yardstick the optimized location is compared
 * with: given the household's weight of every asset, fill tax-advantaged space first with the least
 * tax-efficient assets. The exact rule (docs/location.md):
 *
 * <ol>
 *   <li><b>Tiers.</b> An asset is <em>tax-inefficient</em> (tier 1: taxable bonds, REITs, rental,
 *       royalties, non-qualified dividends) when at least half of its distributions are taxed at
 *       ordinary rates in a taxable account (taxable interest, Treasury interest, non-qualified
 *       dividends, REIT dividends, rental income, royalties); a <em>muni</em> (tier 3) when at least
 *       half is municipal interest; otherwise tier 2 (qualified-dividend stocks, assets paying
 *       nothing). Its <em>tax cost</em> is the tax a dollar of it would pay in a taxable account
 *       each year: yᵢ(1 − cᵢ)·dᵢ(taxable).
 *   <li><b>Tax-deferred accounts first</b>, each taking, in order, tier 1 by tax cost (highest
 *       first), then tier 2 by tax cost, then tier 3, as much of each as remains and fits.
 *   <li><b>Then tax-free accounts</b>, taking what remains by expected return (highest growth
 *       first), munis last.
 *   <li><b>Then taxable accounts</b>, taking what remains, munis first, then by tax cost (lowest
 *       first): qualified-dividend stocks and munis end up here.
 * </ol>
 * Within an account type, accounts with a menu go before open ones (smaller menus first), then in
 * the order given; an account takes only what its menu offers; ties break by asset id. If menus
 * leave something unplaced, the placement used is the one nearest (least squares) to the greedy fill
 * that respects every menu and balance ({@link Placed#repaired()}).
 */
final class PlacementHeuristic {

  /** Income characters taxed at ordinary rates in a taxable account. */
  static final Set<IncomeCharacter> ORDINARY = EnumSet.of(IncomeCharacter.TAXABLE_INTEREST,
      IncomeCharacter.TREASURY_INTEREST, IncomeCharacter.ORDINARY_DIVIDEND, IncomeCharacter.REIT_DIVIDEND,
      IncomeCharacter.RENTAL_NET_INCOME, IncomeCharacter.ROYALTY);

  private PlacementHeuristic() {}

  /**
   * The heuristic's placement [asset][account] (fractions of the household).
   *
   * @param placement the weights, null when no placement fits the menus and balances
   * @param repaired whether the greedy fill had to be repaired to fit the menus
   */
  record Placed(double[][] placement, boolean repaired) {}

  /** The tier of asset i: 1 tax-inefficient, 2 other, 3 muni. */
  static int tier(IncomeMix mix) {
    double ordinary = 0.0;
    for (IncomeCharacter c : ORDINARY) {
      ordinary += mix.share(c);
    }
    if (ordinary >= 0.5) {
      return 1;
    }
    return mix.share(IncomeCharacter.MUNI_INTEREST) >= 0.5 ? 3 : 2;
  }

  /** The yearly tax a unit of asset i would pay in a taxable account: yᵢ(1 − cᵢ)·dᵢ(taxable). */
  static double taxCost(LocationProblem problem, int i) {
    return problem.preTaxIncome(i) * problem.taxRates().drag(problem.incomeMix(i), AccountType.TAXABLE);
  }

  /** Places {@code totals} (household weight by asset, in the problem's order) by the rule. */
  static Placed place(LocationProblem problem, double[] totals) {
    int n = problem.assetCount();
    int m = problem.accountCount();
    double[] remaining = new double[n];
    for (int i = 0; i < n; i++) {
      remaining[i] = Math.max(0.0, totals[i]);
    }
    int[] tier = new int[n];
    double[] cost = new double[n];
    for (int i = 0; i < n; i++) {
      tier[i] = tier(problem.incomeMix(i));
      cost[i] = taxCost(problem, i);
    }
    Comparator<Integer> byId = Comparator.comparing(i -> problem.assets().get(i).id());
    Comparator<Integer> deferredOrder = Comparator.<Integer>comparingInt(i -> tier[i])
        .thenComparing(Comparator.<Integer>comparingDouble(i -> cost[i]).reversed()).thenComparing(byId);
    Comparator<Integer> freeOrder = Comparator.<Integer>comparingInt(i -> tier[i] == 3 ? 1 : 0)
        .thenComparing(Comparator.<Integer>comparingDouble(i -> problem.household().expectedReturn(i)).reversed())
        .thenComparing(byId);
    Comparator<Integer> taxableOrder = Comparator.<Integer>comparingInt(i -> tier[i] == 3 ? 0 : 1)
        .thenComparingDouble(i -> cost[i]).thenComparing(byId);

    List<Integer> accounts = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      accounts.add(a);
    }
    accounts.sort(Comparator.<Integer>comparingInt(a -> typeOrder(problem.accounts().get(a).type()))
        .thenComparingInt(a -> problem.accounts().get(a).menu().isEmpty() ? Integer.MAX_VALUE : problem.accounts().get(a).menu().size())
        .thenComparingInt(a -> a));

    double[][] placement = new double[n][m];
    for (int a : accounts) {
      double room = problem.share(a);
      AccountType type = problem.accounts().get(a).type();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      order.sort(type == AccountType.TAX_DEFERRED ? deferredOrder : type == AccountType.TAX_FREE ? freeOrder : taxableOrder);
      for (int i : order) {
        if (room <= 0.0) {
          break;
        }
        if (!problem.allows(i, a) || remaining[i] <= 0.0) {
          continue;
        }
        double q = Math.min(remaining[i], room);
        placement[i][a] += q;
        remaining[i] -= q;
        room -= q;
      }
    }
    double left = 0.0;
    for (double r : remaining) {
      left += r;
    }
    if (left <= 1e-12) {
      return new Placed(placement, false);
    }
    return new Placed(repair(problem, totals, placement), true);
  }

  private static int typeOrder(AccountType type) {
    return switch (type) {
      case TAX_DEFERRED -> 0;
      case TAX_FREE -> 1;
      case TAXABLE -> 2;
    };
  }

  /**
   * The placement nearest to {@code greedy} (least squares over the allowed cells) with every
   * asset's total and every account's balance met, or null when none exists.
   */
  private static double[][] repair(LocationProblem problem, double[] totals, double[][] greedy) {
    LocationModel model = LocationModel.of(problem);
    int size = model.size();
    int n = problem.assetCount();
    int m = problem.accountCount();
    QuadraticProgram.Builder b = QuadraticProgram.builder(size);
    double[] h = new double[size];
    double[] c = new double[size];
    for (int k = 0; k < size; k++) {
      h[k] = 2.0;
      c[k] = -2.0 * greedy[model.cellAsset[k]][model.cellAccount[k]];
      b.bounds(k, 0.0, Double.POSITIVE_INFINITY);
    }
    b.hessian(GroupedMatrix.diagonal(h));
    b.linear(c);
    for (int i = 0; i < n; i++) {
      double[] row = new double[size];
      boolean any = false;
      for (int a = 0; a < m; a++) {
        if (model.cell[i][a] >= 0) {
          row[model.cell[i][a]] = 1.0;
          any = true;
        }
      }
      if (!any) {
        if (totals[i] > 1e-12) {
          return null;
        }
        continue;
      }
      b.row(row, totals[i], totals[i]);
    }
    for (int a = 0; a < m; a++) {
      if (a == model.implied) {
        continue;
      }
      double[] row = new double[size];
      for (int i = 0; i < n; i++) {
        if (model.cell[i][a] >= 0) {
          row[model.cell[i][a]] = 1.0;
        }
      }
      b.row(row, problem.share(a), problem.share(a));
    }
    QpSolution solution = new ActiveSetSolver().solve(b.build());
    if (solution.status() != QpStatus.OPTIMAL) {
      return null;
    }
    return model.placementOf(solution.x());
  }
}
