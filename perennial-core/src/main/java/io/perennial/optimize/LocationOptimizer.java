package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.optimize.LocationResult.AccountLocation;
import io.perennial.optimize.LocationResult.HeuristicComparison;
import io.perennial.optimize.LocationResult.Placement;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Solves {@link LocationProblem}s: allocation and location together (or location alone for a fixed
 * allocation), and the comparison with the classic placement heuristic. Stateless and thread-safe.
 *
 * <p>Method: the problem is compiled to an allocation problem over its asset × account cells
 * ({@code LocationModel}) and solved by the {@link AllocationOptimizer} — the same active-set
 * solver, volatility-cap multiplier search, branch and bound and conflict finder. When the
 * objective does not see the placement (minimum volatility, efficient return: they read only the
 * household totals), a second solve keeps the totals and maximises after-tax income over the
 * placements, so the location is never left to chance. With a fixed allocation the objective is
 * maximum after-tax income, the totals are fixed rows, and the household rules on totals alone are
 * checked at the given totals (when one fails, the answer is INFEASIBLE naming it and
 * {@code fixed-allocation}).
 *
 * <p>Why the answer beats or equals the heuristic: every objective here is f(totals) + k·(after-tax
 * income) with k ≥ 0 (after-tax return = return − tax, and the tax is what the placement changes),
 * and the heuristic's placement has the same totals; so whenever the heuristic's placement keeps
 * the rules, the optimum's after-tax income is at least its own, up to the solver's tolerance.
 */
public final class LocationOptimizer {

  private final AllocationOptimizer optimizer;

  public LocationOptimizer() {
    this(new AllocationOptimizer());
  }

  /** A location optimizer that solves with {@code optimizer} (e.g. one with another node limit). */
  public LocationOptimizer(AllocationOptimizer optimizer) {
    this.optimizer = Checks.notNull(optimizer, "optimizer");
  }

  /** Solves {@code problem} at its tax rates; never throws for an infeasible problem (see the status). */
  public LocationResult optimize(LocationProblem problem) {
    Checks.notNull(problem, "location problem");
    LocationModel model = LocationModel.of(problem);
    Checks.check(model.size() > 0, "no account may hold any candidate asset: check the menus");
    List<String> diagnostics = new ArrayList<>();
    diagnostics.add(String.format(Locale.ROOT, "%d assets × %d accounts: %d asset@account variables (the menus allow)",
        problem.assetCount(), problem.accountCount(), model.size()));
    AllocationProblem household = problem.household();
    double[] fixed = null;
    if (problem.isFixedAllocation()) {
      fixed = new double[problem.assetCount()];
      for (int i = 0; i < fixed.length; i++) {
        fixed[i] = problem.fixedTotal(i);
      }
      List<AllocationConstraint> totalsOnly = household.constraints().stream().filter(LocationModel::totalsOnly).toList();
      List<String> broken = ConstraintCheck.broken(household, totalsOnly, fixed);
      if (!broken.isEmpty()) {
        List<String> conflicts = new ArrayList<>(broken);
        conflicts.add(LocationModel.FIXED_ALLOCATION);
        List<String> parts = new ArrayList<>();
        for (String name : broken) {
          household.constraint(name).ifPresent(c -> parts.add(c.name() + " (" + c.describe() + ")"));
        }
        return without(problem, AllocationStatus.INFEASIBLE, conflicts,
            "the fixed allocation breaks " + String.join(" and ", parts), diagnostics);
      }
    }
    AllocationProblem cells = model.compile();
    // A fixed allocation starts from the heuristic's placement: it keeps every balance and total,
    // so the solver skips its phase one.
    PlacementHeuristic.Placed start = fixed == null ? null : PlacementHeuristic.place(problem, fixed);
    AllocationResult first = start == null || start.placement() == null ? optimizer.optimize(cells)
        : optimizer.optimize(cells, model.cellsOf(start.placement()));
    diagnostics.addAll(first.diagnostics());
    if (!first.hasAllocation()) {
      List<String> conflicts = model.conflictOrigins(first.conflicts());
      String message = first.message();
      if (conflicts.contains(LocationModel.FIXED_ALLOCATION) && !first.conflicts().contains(LocationModel.FIXED_ALLOCATION)) {
        message += ", given the fixed allocation (which puts the assets those accounts may hold at zero)";
      }
      return without(problem, first.status(), conflicts, message, diagnostics);
    }
    double[] x = weights(model, first);
    List<AllocationConstraint> rules = LinearModel.allConstraints(cells);
    Objective objective = household.objective();
    if (fixed == null && (objective instanceof Objective.MinVolatility || objective instanceof Objective.EfficientReturn)) {
      AllocationProblem polish = model.withTotals(model.totals(x), new Objective.MaxIncome(),
          LinearModel.allConstraints(household), "polish");
      AllocationResult second = optimizer.optimize(polish, x);
      if (second.hasAllocation() && second.afterTaxIncome() >= first.afterTaxIncome() - 1e-12) {
        diagnostics.add(String.format(Locale.ROOT, "%s reads only the totals: placement chosen by a second solve"
            + " at the same totals for the most after-tax income (%s → %s)", objective.id(),
            Rates.percent(first.afterTaxIncome(), 4), Rates.percent(second.afterTaxIncome(), 4)));
        x = weights(model, second);
      }
    }
    double[] totals = model.totals(x);
    Figures optimum = figures(model, x);

    HeuristicComparison comparison = null;
    PlacementHeuristic.Placed placed = start != null ? start : PlacementHeuristic.place(problem, totals);
    if (placed.placement() == null) {
      diagnostics.add("no placement of these totals fits the menus and balances, so the heuristic has none");
    } else {
      double[] h = model.cellsOf(placed.placement());
      Figures heuristic = figures(model, h);
      Set<String> broken = new LinkedHashSet<>();
      for (String name : ConstraintCheck.broken(cells, rules, h)) {
        broken.add(model.origin(name));
      }
      double gain = optimum.afterTaxIncome - heuristic.afterTaxIncome;
      Money gainAmount = optimum.afterTaxAmount.minus(heuristic.afterTaxAmount);
      comparison = new HeuristicComparison(heuristic.placements, heuristic.afterTaxIncome, heuristic.afterTaxAmount,
          gain, gainAmount, heuristic.afterTaxIncome > 0 ? gain / heuristic.afterTaxIncome : Double.NaN,
          placed.repaired(), List.copyOf(broken));
    }

    Set<String> binding = new LinkedHashSet<>();
    for (String name : first.binding()) {
      String origin = model.origin(name);
      if (!origin.equals(LocationModel.LONG_ONLY)) {
        binding.add(origin);
      }
    }
    Map<AssetId, Double> totalMap = new LinkedHashMap<>();
    for (int i = 0; i < totals.length; i++) {
      totalMap.put(problem.assets().get(i).id(), totals[i]);
    }
    String what = fixed != null ? "location of the fixed allocation" : "allocation and location, " + objective.id();
    String message = String.format(Locale.ROOT, "%s %s: after-tax income %s (%s a year)%s",
        first.status() == AllocationStatus.OPTIMAL ? "optimal" : "feasible (optimality not proven)", what,
        Rates.percent(optimum.afterTaxIncome, 2), optimum.afterTaxAmount,
        comparison == null ? "" : String.format(Locale.ROOT, ", %s a year (%s) more than the placement heuristic",
            comparison.gainAmount(), Double.isNaN(comparison.relativeGain()) ? "n/a" : Rates.percent(comparison.relativeGain(), 2)));
    return new LocationResult(first.status(), optimum.placements, totalMap, optimum.accounts, first.objectiveValue(),
        optimum.expectedReturn, PortfolioMath.volatility(household, totals), optimum.preTaxIncome, optimum.afterTaxIncome,
        optimum.incomeGrowth, problem.householdValue(), optimum.afterTaxAmount, optimum.preTaxAmount.minus(optimum.afterTaxAmount),
        comparison, List.copyOf(binding), List.of(), message, diagnostics);
  }

  /**
   * Solves {@code problem} with the taxable accounts' marginal rates made consistent with the
   * answer: solve at the problem's rates, recompute the household's marginal rates at the income
   * the answer puts in taxable accounts (plus {@code otherIncome}), and solve again, until the rates
   * no longer change (at most {@code maxRounds} solves). The withdrawal rate and the deferred
   * valuation stay as the problem gives them. Where the answer sits at a bracket edge the rates can
   * alternate between two answers; then the one with more after-tax income at the rates its own
   * income implies is returned, with a note ({@link Alternation}). The rounds are
   * {@link TaxRateFixedPoint}'s.
   */
  public LocationResult optimize(LocationProblem problem, HouseholdIncome otherIncome, TaxFiler filer, TaxYearRules rules,
      int maxRounds) {
    TaxRateFixedPoint.Outcome<LocationResult> outcome = TaxRateFixedPoint.solve(problem, this::optimize, r -> r,
        LocationResult::hasAllocation, otherIncome, filer, rules, maxRounds);
    return switch (outcome.ending()) {
      case NO_ANSWER -> outcome.answer();
      case CONSISTENT -> withNote(outcome.answer(), "taxable-account rates are the household's marginal rates at this"
          + " answer's income (round " + outcome.rounds() + ")");
      case ALTERNATING -> withNote(outcome.answer(), outcome.alternation().note());
      case STILL_MOVING -> withNote(outcome.answer(), "taxable-account rates still moved after " + maxRounds
          + " rounds (the answer sits at a bracket or threshold edge); this answer uses the rates of the last round");
    };
  }

  /**
   * Two answers whose taxable-account rates alternate at a bracket edge: {@code last}, solved at
   * {@code lastProblem}'s rates, has income whose marginal rates are {@code lastImplied} (those of
   * {@code previousProblem}), and {@code previous}, solved there, has income whose rates are
   * {@code lastProblem}'s. Neither is consistent; the one with more after-tax income, each valued at
   * the rates its own income implies, is kept.
   *
   * @param keepPrevious whether {@code previous} is the better answer
   * @param note the sentence that says what happened, with both figures
   */
  public record Alternation(boolean keepPrevious, String note) {

    public static Alternation of(LocationProblem lastProblem, LocationResult last, AccountTaxRates lastImplied,
        LocationProblem previousProblem, LocationResult previous) {
      double here = afterTaxIncomeAt(lastProblem, last, lastImplied);
      double there = afterTaxIncomeAt(previousProblem, previous, lastProblem.taxRates());
      String note = String.format(Locale.US, "taxable-account rates alternate between two answers at a bracket edge"
          + " (taxable interest taxed at %s in one, %s in the other); the answer kept is the one with more after-tax"
          + " income at its own marginal rates ($%,.0f a year against $%,.0f)",
          Rates.percent(lastProblem.taxRates().taxable().get(IncomeCharacter.TAXABLE_INTEREST), 2),
          Rates.percent(lastImplied.taxable().get(IncomeCharacter.TAXABLE_INTEREST), 2),
          Math.max(here, there), Math.min(here, there));
      return new Alternation(there > here, note);
    }
  }

  /** The after-tax income a year, in dollars, of {@code result}'s placement at {@code rates}. */
  public static double afterTaxIncomeAt(LocationProblem problem, LocationResult result, AccountTaxRates rates) {
    LocationProblem at = problem.withTaxRates(rates);
    double sum = 0.0;
    for (Placement p : result.placements()) {
      sum += p.weight() * at.afterTaxIncome(at.household().indexOf(p.asset()), at.accountIndex(p.account()));
    }
    return sum * problem.householdValue().toDouble();
  }

  /**
   * The distributions the answer puts in taxable accounts, by kind, in dollars a year (return of
   * capital left out): what is added to the household's other income to find its marginal rates
   * and its exact tax.
   */
  public static HouseholdIncome taxableIncome(LocationProblem problem, LocationResult result) {
    Map<IncomeKind, BigDecimal> amounts = new LinkedHashMap<>();
    for (Placement p : result.placements()) {
      if (p.accountType() != AccountType.TAXABLE || p.preTaxIncome().isZero()) {
        continue;
      }
      int i = problem.household().indexOf(p.asset());
      for (Map.Entry<IncomeCharacter, Double> share : problem.incomeMix(i).shares().entrySet()) {
        Optional<IncomeKind> kind = IncomeKind.of(share.getKey());
        if (kind.isPresent()) {
          BigDecimal amount = p.preTaxIncome().amount().multiply(BigDecimal.valueOf(share.getValue()));
          amounts.merge(kind.get(), amount, BigDecimal::add);
        }
      }
    }
    return HouseholdIncome.of(amounts);
  }

  // ---------------------------------------------------------------------------------------------

  private static LocationResult withNote(LocationResult r, String note) {
    List<String> diagnostics = new ArrayList<>(r.diagnostics());
    diagnostics.add(note);
    return new LocationResult(r.status(), r.placements(), r.totals(), r.accounts(), r.objectiveValue(), r.expectedReturn(),
        r.volatility(), r.preTaxIncome(), r.afterTaxIncome(), r.incomeGrowth(), r.householdValue(), r.afterTaxIncomeAmount(),
        r.incomeTaxAmount(), r.heuristic(), r.binding(), r.conflicts(), r.message(), diagnostics);
  }

  private static double[] weights(LocationModel model, AllocationResult result) {
    double[] x = new double[model.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = Math.max(0.0, result.weight(model.cellId(k)));
    }
    return x;
  }

  private static LocationResult without(LocationProblem problem, AllocationStatus status, List<String> conflicts,
      String message, List<String> diagnostics) {
    Money zero = Money.zero(problem.householdValue().currency());
    return new LocationResult(status, List.of(), Map.of(), List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, problem.householdValue(), zero, zero, null, List.of(), conflicts, message, diagnostics);
  }

  /** The figures of cell weights x. */
  private record Figures(List<Placement> placements, List<AccountLocation> accounts, double expectedReturn,
      double preTaxIncome, double afterTaxIncome, double incomeGrowth, Money preTaxAmount, Money afterTaxAmount) {}

  private static Figures figures(LocationModel model, double[] x) {
    LocationProblem problem = model.problem;
    Money value = problem.householdValue();
    Money zero = Money.zero(value.currency());
    int m = problem.accountCount();
    Money[][] byAccount = new Money[m][3];
    for (int a = 0; a < m; a++) {
      byAccount[a] = new Money[] {zero, zero, zero};
    }
    List<Placement> placements = new ArrayList<>();
    double expectedReturn = 0.0;
    double preTax = 0.0;
    double afterTax = 0.0;
    double growth = 0.0;
    Money preTaxAmount = zero;
    Money afterTaxAmount = zero;
    for (int k = 0; k < x.length; k++) {
      int i = model.cellAsset[k];
      int a = model.cellAccount[k];
      LocationAccount account = problem.accounts().get(a);
      double factor = problem.taxRates().valueFactor(account.type());
      double w = x[k];
      double income = problem.afterTaxIncome(i, a);
      expectedReturn += w * problem.afterTaxReturn(i, a);
      preTax += w * problem.preTaxIncome(i);
      afterTax += w * income;
      growth += w * income * problem.assets().get(i).income().incomeGrowth();
      Money market = value.times(w / factor);
      Money pre = value.times(w * problem.preTaxIncome(i) / factor);
      Money after = value.times(w * income);
      placements.add(new Placement(problem.assets().get(i).id(), account.id(), account.type(), model.cellId(k).value(),
          w, market, pre, pre.minus(after), after));
      byAccount[a][0] = byAccount[a][0].plus(market);
      byAccount[a][1] = byAccount[a][1].plus(pre);
      byAccount[a][2] = byAccount[a][2].plus(after);
      preTaxAmount = preTaxAmount.plus(pre);
      afterTaxAmount = afterTaxAmount.plus(after);
    }
    List<AccountLocation> accounts = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      LocationAccount account = problem.accounts().get(a);
      accounts.add(new AccountLocation(account.id(), account.name(), account.type(), problem.share(a), byAccount[a][0],
          byAccount[a][1], byAccount[a][1].minus(byAccount[a][2]), byAccount[a][2]));
    }
    return new Figures(placements, accounts, expectedReturn, preTax, afterTax, afterTax > 0 ? growth / afterTax : Double.NaN,
        preTaxAmount, afterTaxAmount);
  }
}
