package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeMix;
import io.perennial.market.UniverseAsset;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.AllocationStatus;
import io.perennial.optimize.LocationAccount;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.TaxRateFixedPoint;
import io.perennial.plan.OptimizationSettings.PlanObjective;
import io.perennial.plan.PlanOptimization.Rule;
import io.perennial.plan.PlanOptimization.Setup;
import io.perennial.project.RunOptions;
import io.perennial.rebalance.TradePlanner;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The plan's optimization: (resolved plan, the analysis of the current holdings) →
 * {@link PlanOptimization}. Stateless. The steps (docs/location.md, "For the plan integration"):
 *
 * <ol>
 *   <li><b>Household problem.</b> Each universe asset with its estimate (its own figures, else its
 *       class's), pre-tax income net of its expected cut, flagged if the plan flags it; μ the
 *       expected returns; Σᵢⱼ = ρᵢⱼσᵢσⱼ with the holdings analysis's correlations. Holdings of
 *       assets that are not tradeable ({@link UniverseAsset#tradeable()}: rental real estate and
 *       royalties by default, or {@code tradeable: false}) are kept as they are ({@code hold:ID}:
 *       their weight fixed, only their account may hold them, the trade planner never trades them);
 *       such assets not held are left out (they are not bought by a trade) ({@link PlanCandidates}).
 *   <li><b>Rules, each named.</b> The objective; the profile's volatility cap
 *       ({@code volatility<=σ}, every objective); every plan constraint under its own name
 *       (class/sector/issuer limits → group bounds, categories and {@code min-yield} → linear rules,
 *       {@code min-asset}/{@code max-asset} → asset bounds, {@code max-each-asset} → weight bounds,
 *       {@code min-income-growth} → an income-growth floor, {@code max-holdings} → positions); the
 *       pitfall guards {@code income-growth>=inflation} and {@code real-return>=0} (on unless the
 *       settings turn them off); default caps {@code default-max-each-asset:ID} and
 *       {@code default-max-class:CLASS} where the plan has no rule of its own; {@code exclude-yield-traps}
 *       when flagged assets are excluded; {@code turnover<=L} when a limit is set ({@link PlanRules}).
 *   <li><b>Accounts</b> with their balances (the current holdings' market value) and menus; tax
 *       rates: the household's marginal rates at its taxable other income plus what the taxable
 *       accounts pay now, recomputed at the answer's taxable income until they no longer change (at
 *       most {@value #RATE_ROUNDS} solves: {@link io.perennial.optimize.TaxRateFixedPoint}).
 *   <li><b>Solve.</b> Location on: allocation and location together. Location off: the allocation
 *       on pre-tax figures, then placed by the classic rule of thumb; taxable holdings with gains
 *       kept when selling them costs more than it earns ({@link PlanSolutions}).
 *   <li><b>Trades</b> from the current holdings to the answer's value per account and asset
 *       ({@link TradePlanner}), and the holdings analysis and taxes of the holdings after them
 *       ({@link OptimizationAnswer}).
 * </ol>
 */
public final class PlanOptimizer {

  /** The most solves spent making the taxable-account rates consistent with the answer. */
  public static final int RATE_ROUNDS = 3;

  private PlanOptimizer() {}

  /** The optimization of {@code input}, analysing its holdings first. */
  public static PlanOptimization optimize(ResolvedPlan input) {
    HoldingsAnalysis analysis = HoldingsAnalyzer.analyze(input);
    return optimize(input, analysis, TaxAnalyzer.analyze(input, analysis));
  }

  /** The optimization of {@code input}, whose current holdings {@code analysis} and {@code tax} describe. */
  public static PlanOptimization optimize(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax) {
    return optimize(input, analysis, tax, RunOptions.defaults());
  }

  /**
   * The optimization of {@code input}, whose current holdings {@code analysis} and {@code tax}
   * describe; the recommendation is projected with {@code options} (no progress reports).
   */
  public static PlanOptimization optimize(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, RunOptions options) {
    return optimize(input, analysis, tax, options, GoalSearch.DEFAULT_GRID, OptionalDouble.empty());
  }

  /**
   * The optimization, the goal objective scanning the frontier on {@code grid} (tests: a brute-force
   * grid); {@code currentSuccess}, when given, is the success rate of the holdings' own projection
   * (the same settings and seed), which the goal search then need not run again.
   */
  static PlanOptimization optimize(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, RunOptions options,
      GoalSearch.Grid grid, OptionalDouble currentSuccess) {
    Checks.notNull(input, "resolved plan");
    Checks.notNull(options, "run options");
    Checks.notNull(analysis, "holdings analysis");
    Checks.notNull(tax, "tax analysis");
    OptimizationSettings settings = input.optimization();
    TaxYearRules taxRules = input.taxRules();
    Money total = analysis.holdings().totalValue();
    if (total.isZero() || total.isNegative()) {
      return OptimizationAnswer.skipped(input, "nothing of value is held, so there is nothing to allocate", List.of());
    }
    PlanCandidates candidates = PlanCandidates.of(input);
    List<String> diagnostics = new ArrayList<>(candidates.notes());
    if (candidates.allKept()) {
      return OptimizationAnswer.skipped(input, "every asset is held as it is (not tradeable); there is nothing to trade",
          diagnostics);
    }

    // Tax rates at today's income.
    TaxFiler filer = TaxFiler.from(input.profile());
    HouseholdIncome other = OutsideIncome.taxableNow(input);
    AccountTaxRates rates = AccountTaxRates.at(other.plus(candidates.currentTaxableIncome(input)), filer, taxRules);
    if (settings.withdrawalRate().isPresent()) {
      rates = rates.withWithdrawalRate(settings.withdrawalRate().getAsDouble());
    }
    rates = rates.withDeferredValuation(settings.deferredValuation());

    List<LocationAccount> accounts = candidates.accounts(input);
    double valued = 0.0;
    for (LocationAccount account : accounts) {
      valued += account.balance().toDouble() * rates.valueFactor(account.type());
    }
    PlanRules rules = PlanRules.household(input, tax, candidates, rates, valued, analysis.income().incomeGrowth());
    diagnostics.addAll(rules.notes());
    AllocationProblem household = rules.problem();
    Map<AssetId, IncomeMix> mixes = new LinkedHashMap<>();
    candidates.candidates().forEach(c -> mixes.put(c.asset().id(), c.asset().incomeMix()));
    LocationProblem.Builder builder = LocationProblem.builder(settings.location() ? household
        : PlanRules.withoutTurnover(household), accounts, rates).incomeMixes(mixes);
    if (settings.location()) {
      builder.currentPlacement(candidates.currentPlacement(input, rates, valued));
    }
    LocationProblem problem = builder.build();

    // Solve, with the taxable rates made consistent with the answer.
    TaxRateFixedPoint.Outcome<PlanSolutions.Solved> rounds = TaxRateFixedPoint.solve(problem,
        p -> settings.location() ? PlanSolutions.solveJoint(p) : PlanSolutions.solveHouseholdThenPlace(p, household),
        PlanSolutions.Solved::result, PlanSolutions.Solved::hasAnswer, other, filer, taxRules, RATE_ROUNDS);
    switch (rounds.ending()) {
      case CONSISTENT -> diagnostics.add("taxable-account rates are the household's marginal rates at the recommendation's"
          + " income (round " + rounds.rounds() + ")");
      case ALTERNATING -> diagnostics.add(rounds.alternation().note());
      case STILL_MOVING -> diagnostics.add("taxable-account rates still moved after " + RATE_ROUNDS + " rounds (the answer"
          + " sits at a bracket or threshold edge); the last round's rates are used");
      case NO_ANSWER -> { }
      default -> throw new IllegalStateException("unhandled ending " + rounds.ending());
    }
    problem = rounds.problem();
    PlanSolutions.Solved solved = rounds.answer();
    List<Rule> allRules = new ArrayList<>(rules.rules());
    PlanOptimization.Goal goal = null;
    GoalSearch search = null;
    GoalSearch.Outcome outcome = null;
    if (settings.objective() == PlanObjective.GOAL && solved.hasAnswer()) {
      search = new GoalSearch(input, candidates.kept(), household, problem, options, grid, currentSuccess);
      Optional<GoalSearch.Outcome> found = search.search(solved, analysis, tax);
      if (found.isPresent()) {
        outcome = found.get();
        solved = outcome.chosen().solved();
        problem = outcome.chosen().problem();
        goal = GoalAnswers.of(outcome);
        allRules.add(new Rule(GoalSearch.CAP, GoalAnswers.capRule(outcome), "goal"));
        diagnostics.add(goal.message());
      } else {
        diagnostics.add("goal: the minimum-volatility portfolio cannot be solved, so the frontier cannot be searched; the "
            + "most after-tax return within the volatility cap is recommended");
      }
    }
    diagnostics.addAll(solved.result().diagnostics());
    List<String> binding = new ArrayList<>();
    if (solved.hasAnswer()) {
      solved.result().binding().stream().filter(n -> !n.equals("budget") && !n.startsWith("balance:")).forEach(binding::add);
    }
    if (settings.location() && solved.hasAnswer()) {
      Optional<PlanSolutions.Solved> keeping = PlanSolutions.keepTaxableGains(input, candidates.kept(), problem, solved,
          diagnostics);
      if (keeping.isPresent() && outcome != null && !search.stillMeets(keeping.get(), outcome)) {
        diagnostics.add("goal: keeping those taxable holdings would make the plan meet its goal in fewer futures than the "
            + "point chosen, so they are sold after all");
        keeping = Optional.empty();
      }
      if (keeping.isPresent()) {
        solved = keeping.get();
        solved.result().binding().stream().filter(n -> n.startsWith("keep:")).forEach(binding::add);
      }
    }
    Setup setup = OptimizationAnswer.setup(input, candidates.candidates(), problem);
    String status = solved.status().name().toLowerCase(Locale.ROOT);
    if (!solved.hasAnswer()) {
      List<Rule> conflicts = new ArrayList<>();
      for (String name : solved.conflicts()) {
        conflicts.add(rules.rule(name));
      }
      String message = solved.status() == AllocationStatus.INFEASIBLE ? PlanRules.infeasible(conflicts) : solved.message();
      return new PlanOptimization(status, message, setup, rules.rules(), List.of(), conflicts, null, null, null, null, null, null,
          null, null, diagnostics);
    }
    return new OptimizationAnswer(input, analysis, tax, candidates.kept(), options).answer(status, solved, problem, setup, allRules,
        binding, diagnostics, goal);
  }
}
