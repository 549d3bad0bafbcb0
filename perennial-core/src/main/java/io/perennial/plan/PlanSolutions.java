package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.optimize.AllocationOptimizer;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.AllocationResult;
import io.perennial.optimize.AllocationStatus;
import io.perennial.optimize.LocationOptimizer;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.LocationResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's ways to solve its location problem: jointly (location on), the household allocation
 * then the classic placement of it (location off), and the second solve that keeps taxable holdings
 * with gains when selling them would cost more than it earns. Stateless.
 */
final class PlanSolutions {

  private PlanSolutions() {}

  /**
   * An answer: the location result and the placement recommended (the optimum's or the
   * heuristic's; null when there is none), with the household allocation solved first when
   * location is off (null otherwise).
   */
  record Solved(LocationResult result, List<LocationResult.Placement> recommended, AllocationResult household) {
    boolean hasAnswer() {
      return result.hasAllocation() && recommended != null;
    }

    /** The recommended placement's market value by account and asset: what the trade planner aims at. */
    Map<String, Map<AssetId, Double>> targets() {
      Map<String, Map<AssetId, Double>> targets = new LinkedHashMap<>();
      for (LocationResult.Placement p : recommended) {
        targets.computeIfAbsent(p.account(), k -> new LinkedHashMap<>()).merge(p.asset(), p.marketValue().toDouble(), Double::sum);
      }
      return targets;
    }

    AllocationStatus status() {
      return household != null && !household.hasAllocation() ? household.status() : result.status();
    }

    List<String> conflicts() {
      return household != null && !household.hasAllocation() ? household.conflicts() : result.conflicts();
    }

    String message() {
      return household != null && !household.hasAllocation() ? household.message() : result.message();
    }
  }

  /** Location on: allocation and location solved together. */
  static Solved solveJoint(LocationProblem problem) {
    LocationResult result = new LocationOptimizer().optimize(problem);
    return new Solved(result, result.hasAllocation() ? result.placements() : null, null);
  }

  /** Location off: the household allocation on pre-tax figures, then the heuristic's placement of it. */
  static Solved solveHouseholdThenPlace(LocationProblem problem, AllocationProblem household) {
    AllocationResult allocation = new AllocationOptimizer().optimize(household);
    if (!allocation.hasAllocation()) {
      LocationResult none = new LocationOptimizer().optimize(problem.withFixedAllocation(evenly(household)));
      return new Solved(none, null, allocation);
    }
    Map<AssetId, Double> totals = new LinkedHashMap<>();
    double sum = 0.0;
    for (AssetId id : household.ids()) {
      sum += Math.max(0.0, allocation.weight(id));
    }
    for (AssetId id : household.ids()) {
      totals.put(id, Math.max(0.0, allocation.weight(id)) / sum);
    }
    LocationResult located = new LocationOptimizer().optimize(problem.withFixedAllocation(totals));
    if (!located.hasAllocation() || located.heuristic() == null) {
      return new Solved(located, located.hasAllocation() ? located.placements() : null, allocation);
    }
    return new Solved(located, located.heuristic().placements(), allocation);
  }

  /**
   * Prefers trades inside tax-advantaged accounts: when the optimum sells, in a taxable account,
   * holdings whose lots carry a gain, solve again keeping each such holding
   * (up to the asset's new total: {@code keep:ASSET@ACCOUNT}; the allocation may adjust) and take that answer when the
   * after-tax income it gives up is less than what the tax on the gains would cost a year (the
   * tax at the household's marginal long-term gain rate, no longer invested, times the optimum's
   * after-tax yield). Empty when nothing is to be kept or the first answer stays; what was weighed is
   * added to {@code notes}.
   */
  static Optional<Solved> keepTaxableGains(ResolvedPlan input, Set<AssetId> kept, LocationProblem problem, Solved first,
      List<String> notes) {
    double valued = problem.householdValue().toDouble();
    Map<AssetId, Double> left = new LinkedHashMap<>(first.result().totals());
    Map<String, Map<AssetId, Double>> keep = new LinkedHashMap<>();
    BigDecimal gainAvoided = BigDecimal.ZERO;
    for (Account account : input.accounts()) {
      if (account.type() != AccountType.TAXABLE) {
        continue;
      }
      for (Holding holding : account.holdings()) {
        AssetId id = holding.assetId();
        if (kept.contains(id) || !left.containsKey(id) || holding.lots().isEmpty() || holding.quantity().signum() == 0) {
          continue;
        }
        BigDecimal value = input.market().value(holding);
        BigDecimal gain = value.subtract(holding.costBasis().orElseThrow().amount());
        if (gain.signum() <= 0) {
          continue;
        }
        double current = value.doubleValue() / valued;
        double x = first.result().weight(id, account.id());
        double least = Math.min(current, left.get(id));
        if (least <= 1e-9 || x >= least - 1e-9) {
          left.merge(id, -Math.min(x, least), Double::sum);
          continue;
        }
        left.merge(id, -least, Double::sum);
        keep.computeIfAbsent(account.id(), k -> new LinkedHashMap<>()).put(id, least * (1 - 1e-12));
        double sold = Math.min(current, least) - x;
        gainAvoided = gainAvoided.add(gain.multiply(BigDecimal.valueOf(sold / current)));
      }
    }
    if (keep.isEmpty()) {
      return Optional.empty();
    }
    double ltRate = problem.taxRates().taxable().get(IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION);
    Money tax = Money.usd(gainAvoided.multiply(BigDecimal.valueOf(ltRate)));
    Money yearlyCost = tax.times(first.result().afterTaxIncome());
    LocationResult second = new LocationOptimizer().optimize(problem.withMinimumPlacement(keep));
    String gains = String.format(Locale.US, "selling taxable holdings as the optimum does would realize about $%,.0f of gains"
        + " (about $%,.0f of tax at the marginal long-term rate %s, costing about $%,.0f a year of income)", gainAvoided,
        tax.amount(), Rates.percent(ltRate, 2), yearlyCost.amount());
    if (!second.hasAllocation()) {
      notes.add(gains + "; keeping them cannot keep every rule (" + String.join(", ", second.conflicts())
          + "), so they are sold");
      return Optional.empty();
    }
    Money loss = first.result().afterTaxIncomeAmount().minus(second.afterTaxIncomeAmount());
    if (loss.compareTo(yearlyCost) > 0) {
      notes.add(gains + String.format(Locale.US, "; keeping them would cost $%,.2f a year of after-tax income, more,"
          + " so they are sold", loss.amount()));
      return Optional.empty();
    }
    notes.add(gains + String.format(Locale.US, "; they are kept (keep:ASSET@ACCOUNT) and the trades are made in the"
        + " other accounts, at a cost of $%,.2f a year of after-tax income against the optimum's placement", loss.amount()));
    return Optional.of(new Solved(second, second.placements(), null));
  }

  private static Map<AssetId, Double> evenly(AllocationProblem household) {
    Map<AssetId, Double> even = new LinkedHashMap<>();
    household.ids().forEach(id -> even.put(id, 1.0 / household.size()));
    return even;
  }
}
