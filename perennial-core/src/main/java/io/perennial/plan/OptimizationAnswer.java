package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.domain.Account;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.market.UniverseAsset;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.LocationResult;
import io.perennial.plan.PlanOptimization.AccountLocation;
import io.perennial.plan.PlanOptimization.Allocation;
import io.perennial.plan.PlanOptimization.AssetAllocation;
import io.perennial.plan.PlanOptimization.ClassAllocation;
import io.perennial.plan.PlanOptimization.CoverageComparison;
import io.perennial.plan.PlanOptimization.IncomeComparison;
import io.perennial.plan.PlanOptimization.Placement;
import io.perennial.plan.PlanOptimization.RiskComparison;
import io.perennial.plan.PlanOptimization.Rule;
import io.perennial.plan.PlanOptimization.Setup;
import io.perennial.project.RunOptions;
import io.perennial.rebalance.TradePlanner;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@link PlanOptimization} a solved plan gives: the trades from the current holdings to the
 * recommended placement ({@link TradePlanner}), the holdings analysis and taxes of the holdings
 * after them, and the figures before and after (allocation by asset and class, location by account
 * and asset, after-tax income at the model's rates, risk, coverage). Also the answers without a
 * recommendation: {@link #skipped} and the {@link #setup} of the problem for people. Its fields are
 * the run's fixed inputs; it holds no state between calls.
 */
final class OptimizationAnswer {

  private static final MathContext RATIO = MathContext.DECIMAL64;

  private final ResolvedPlan input;
  private final RunOptions options;
  private final HoldingsAnalysis analysis;
  private final TaxAnalysis tax;
  private final OptimizationSettings settings;
  private final Set<AssetId> kept;
  private final Money total;

  /**
   * @param input the resolved plan
   * @param analysis the analysis of its current holdings
   * @param tax the taxes of its current holdings
   * @param kept the assets held as they are (never traded)
   */
  OptimizationAnswer(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, Set<AssetId> kept, RunOptions options) {
    this.input = input;
    this.options = options.withProgress(io.perennial.project.ProgressListener.NONE);
    this.analysis = analysis;
    this.tax = tax;
    this.settings = input.optimization();
    this.kept = Collections.unmodifiableSet(new LinkedHashSet<>(kept));
    this.total = analysis.holdings().totalValue();
  }

  /**
   * The answer to the plan: the trades from the current holdings to {@code solved}'s recommended
   * placement, and the allocation, location, income, risk and coverage before and after them.
   *
   * @param status the solver's status, for people ({@code optimal}, {@code feasible})
   * @param solved an answer ({@link PlanSolutions.Solved#hasAnswer()})
   * @param problem the location problem at the rates the answer was solved at
   * @param setup the problem's settings, for people
   * @param rules every named rule of the problem
   * @param binding the rules that bind at the answer
   * @param notesSoFar what the optimization has noted so far, in order
   */
  PlanOptimization answer(String status, PlanSolutions.Solved solved, LocationProblem problem, Setup setup, List<Rule> rules,
      List<String> binding, List<String> notesSoFar, PlanOptimization.Goal goal) {
    List<String> diagnostics = new ArrayList<>(notesSoFar);
    LocationResult result = solved.result();
    // Targets by account: the recommended placement's market values.
    Map<String, Map<AssetId, Double>> targets = solved.targets();
    Map<String, Map<AssetId, Double>> targetWeights = new LinkedHashMap<>();
    Map<AssetId, Double> targetTotals = new LinkedHashMap<>();
    for (LocationResult.Placement p : solved.recommended()) {
      targetWeights.computeIfAbsent(p.account(), k -> new LinkedHashMap<>()).merge(p.asset(), p.weight(), Double::sum);
      targetTotals.merge(p.asset(), p.weight(), Double::sum);
    }
    TradePlanner.Result trades = TradePlanner.plan(input.accounts(), input.market(), targets, kept, settings.wholeShares());
    ResolvedPlan after = input.withAccounts(trades.accounts());
    HoldingsAnalysis afterAnalysis = HoldingsAnalyzer.analyze(after);
    TaxAnalysis afterTax = TaxAnalyzer.analyze(after, afterAnalysis);
    // The recommendation projected as the holdings are: the same settings and seed, so the two runs
    // share their random numbers and differ only by the portfolio.
    PlanProjection projected = PlanProjector.project(after, afterAnalysis, afterTax, options).projection();

    // After-tax income at the model's rates: current and recommended holdings.
    Map<String, Money> currentByAccount = new LinkedHashMap<>();
    Map<String, Money> recommendedByAccount = new LinkedHashMap<>();
    Map<String, Money> recommendedByCell = new LinkedHashMap<>();
    Money current = afterTaxIncome(problem, input.accounts(), currentByAccount, new LinkedHashMap<>());
    Money recommended = afterTaxIncome(problem, trades.accounts(), recommendedByAccount, recommendedByCell);
    Money optimum = Money.ZERO_USD;
    for (LocationResult.Placement p : solved.recommended()) {
      optimum = optimum.plus(p.afterTaxIncome());
    }
    Money heuristic = result.heuristic() == null ? optimum : result.heuristic().afterTaxIncomeAmount();
    List<String> breaks = result.heuristic() == null ? List.of() : result.heuristic().broken();
    Money locationWouldAdd = null;
    if (!settings.location()) {
      locationWouldAdd = result.afterTaxIncomeAmount().minus(heuristic);
      heuristic = optimum;
      breaks = List.of();
    }
    Money gainOverCurrent = recommended.minus(current);
    Money gainOverHeuristic = optimum.minus(heuristic);
    IncomeComparison income = new IncomeComparison(current, recommended, optimum, heuristic, gainOverCurrent,
        relative(gainOverCurrent, current), gainOverHeuristic, relative(gainOverHeuristic, heuristic), breaks, locationWouldAdd,
        "a year, at the household's marginal rates (" + setup.taxRulesYear() + " rules): each asset's distributions, net of "
            + "its expected cut, taxed by the account that holds them (taxable: by character; tax-deferred: at the "
            + "withdrawal rate " + Rates.percent(problem.taxRates().withdrawal(), 2)
            + (settings.deferredValuation() == io.perennial.tax.DeferredValuation.AFTER_TAX_VALUE
                ? ", taken out of the account's value" : "")
            + "; tax-free: none)");

    Allocation allocation = allocation(trades.accounts(), targetTotals);
    PlanOptimization.Location location = location(trades.accounts(), targetWeights, currentByAccount, recommendedByAccount,
        recommendedByCell);
    RiskComparison risk = new RiskComparison(analysis.risk().expectedReturn(), afterAnalysis.risk().expectedReturn(),
        analysis.risk().volatility(), afterAnalysis.risk().volatility(), analysis.income().portfolioYield(),
        afterAnalysis.income().portfolioYield(), analysis.income().incomeGrowth(), afterAnalysis.income().incomeGrowth(),
        analysis.concentration().largestWeight(), afterAnalysis.concentration().largestWeight());
    CoverageComparison coverage = new CoverageComparison(tax.coverage(), afterTax.coverage());
    if (trades.trades().count() == 0) {
      diagnostics.add("the current holdings are already the recommendation (within one share of every target)");
    }
    String message = String.format(Locale.US, "%s: after-tax income $%,.0f a year against $%,.0f now (%s)%s; %d trade%s",
        settings.objective().id(), recommended.amount(), current.amount(), signedMoney(gainOverCurrent),
        settings.location() ? ", " + signedMoney(gainOverHeuristic) + " against the classic placement rule" : "", trades.trades().count(), trades.trades().count() == 1 ? "" : "s");
    return new PlanOptimization(status, message, setup, rules, binding, List.of(), allocation, location, income, risk,
        coverage, trades.trades(), projected, goal, diagnostics);
  }

  /**
   * The after-tax income a year of {@code accounts}' holdings at the problem's figures: a holding
   * of value v in account a pays v·f_a·inc(i, a) (f_a the account's value factor).
   */
  private Money afterTaxIncome(LocationProblem problem, List<Account> accounts, Map<String, Money> byAccount,
      Map<String, Money> byCell) {
    BigDecimal total = BigDecimal.ZERO;
    for (Account account : accounts) {
      int a = problem.accountIndex(account.id());
      double factor = problem.taxRates().valueFactor(account.type());
      BigDecimal sum = BigDecimal.ZERO;
      for (Holding holding : account.holdings()) {
        int i = problem.household().indexOf(holding.assetId());
        if (i < 0) {
          continue;
        }
        double perUnit = problem.preTaxIncome(i) * (1.0 - problem.taxRates().drag(problem.incomeMix(i), account.type()));
        BigDecimal income = value(holding).multiply(BigDecimal.valueOf(factor * perUnit));
        sum = sum.add(income);
        byCell.put(account.id() + "|" + holding.assetId().value(), Money.usd(income));
      }
      if (a >= 0) {
        byAccount.put(account.id(), Money.usd(sum));
      }
      total = total.add(sum);
    }
    return Money.usd(total);
  }

  private Allocation allocation(List<Account> after, Map<AssetId, Double> targetTotals) {
    Map<AssetId, BigDecimal[]> byAsset = new LinkedHashMap<>(); // {current, recommended}
    for (Account account : input.accounts()) {
      for (Holding holding : account.holdings()) {
        byAsset.computeIfAbsent(holding.assetId(), k -> zeros())[0] = byAsset.get(holding.assetId())[0].add(value(holding));
      }
    }
    for (Account account : after) {
      for (Holding holding : account.holdings()) {
        BigDecimal[] v = byAsset.computeIfAbsent(holding.assetId(), k -> zeros());
        v[1] = v[1].add(value(holding));
      }
    }
    targetTotals.forEach((id, w) -> {
      if (w > 1e-9) {
        byAsset.computeIfAbsent(id, k -> zeros());
      }
    });
    BigDecimal whole = total.amount();
    List<AssetAllocation> assets = new ArrayList<>();
    Map<AssetClass, BigDecimal[]> byClass = new EnumMap<>(AssetClass.class);
    byAsset.forEach((id, v) -> {
      Asset asset = asset(id);
      assets.add(new AssetAllocation(id, asset.name(), asset.assetClass(), Money.usd(v[0]), ratio(v[0], whole), Money.usd(v[1]),
          ratio(v[1], whole), targetTotals.getOrDefault(id, 0.0)));
      BigDecimal[] c = byClass.computeIfAbsent(asset.assetClass(), k -> zeros());
      c[0] = c[0].add(v[0]);
      c[1] = c[1].add(v[1]);
    });
    assets.sort(Comparator.comparing(AssetAllocation::recommendedValue).reversed()
        .thenComparing(AssetAllocation::currentValue, Comparator.reverseOrder()).thenComparing(AssetAllocation::asset));
    List<ClassAllocation> classes = new ArrayList<>();
    byClass.forEach((c, v) -> classes.add(new ClassAllocation(c, Money.usd(v[0]), ratio(v[0], whole), Money.usd(v[1]),
        ratio(v[1], whole))));
    classes.sort(Comparator.comparing(ClassAllocation::recommendedValue).reversed()
        .thenComparing(ClassAllocation::currentValue, Comparator.reverseOrder()).thenComparing(ClassAllocation::assetClass));
    return new Allocation(total, assets, classes);
  }

  private PlanOptimization.Location location(List<Account> after, Map<String, Map<AssetId, Double>> targetWeights,
      Map<String, Money> currentByAccount, Map<String, Money> recommendedByAccount, Map<String, Money> recommendedByCell) {
    BigDecimal whole = total.amount();
    List<AccountLocation> accounts = new ArrayList<>();
    List<Placement> placements = new ArrayList<>();
    for (int a = 0; a < input.accounts().size(); a++) {
      Account before = input.accounts().get(a);
      Account now = after.get(a);
      Map<AssetId, BigDecimal[]> cells = new LinkedHashMap<>(); // {current value, recommended value, current units, recommended units}
      BigDecimal accountValue = BigDecimal.ZERO;
      for (Holding h : before.holdings()) {
        BigDecimal[] cell = cells.computeIfAbsent(h.assetId(), k -> zeros4());
        cell[0] = value(h);
        cell[2] = h.quantity();
        accountValue = accountValue.add(value(h));
      }
      for (Holding h : now.holdings()) {
        BigDecimal[] cell = cells.computeIfAbsent(h.assetId(), k -> zeros4());
        cell[1] = value(h);
        cell[3] = h.quantity();
      }
      Map<AssetId, Double> weights = targetWeights.getOrDefault(before.id(), Map.of());
      weights.forEach((id, w) -> {
        if (w > 1e-9) {
          cells.computeIfAbsent(id, k -> zeros4());
        }
      });
      accounts.add(new AccountLocation(before.id(), before.name(), before.type(), Money.usd(accountValue),
          ratio(accountValue, whole), currentByAccount.getOrDefault(before.id(), Money.ZERO_USD),
          recommendedByAccount.getOrDefault(before.id(), Money.ZERO_USD)));
      cells.forEach((id, v) -> placements.add(new Placement(before.id(), id, v[2], v[3], Money.usd(v[0]), ratio(v[0], whole), Money.usd(v[1]),
          ratio(v[1], whole), weights.getOrDefault(id, 0.0),
          recommendedByCell.getOrDefault(before.id() + "|" + id.value(), Money.ZERO_USD))));
    }
    return new PlanOptimization.Location(accounts, placements);
  }

  /** The problem's settings for people: objective, caps, location, rates and the flagged assets among {@code candidates}. */
  static Setup setup(ResolvedPlan input, List<UniverseAsset> candidates, LocationProblem problem) {
    OptimizationSettings settings = input.optimization();
    TaxYearRules taxRules = input.taxRules();
    Map<String, Double> taxable = new LinkedHashMap<>();
    problem.taxRates().taxable().forEach((c, r) -> taxable.put(c.id(), r));
    List<AssetId> flagged = candidates.stream().filter(UniverseAsset::yieldTrap).map(c -> c.asset().id()).toList();
    return new Setup(settings.objective().id(), describeObjective(input), input.profile().riskTolerance().maxVolatility(),
        settings.location(), settings.deferredValuation().id(), problem.taxRates().withdrawal(), settings.yieldTraps().id(),
        flagged, settings.wholeShares(), taxRules.year(), taxable, problem.householdValue());
  }

  /** The objective in words, with the profile's volatility cap. */
  static String describeObjective(ResolvedPlan input) {
    OptimizationSettings settings = input.optimization();
    String cap = Rates.percent(input.profile().riskTolerance().maxVolatility(), 2);
    return switch (settings.objective()) {
      case GOAL -> input.profile().goal().yearsUntilStart() > 0
          ? String.format(Locale.ROOT, "the most after-tax expected return at a volatility of at most %s whose projected "
              + "spending is met in at least %s of the futures, and in no fewer than the current holdings meet it", cap,
              Rates.percent(settings.targetSuccess(), 0))
          : String.format(Locale.ROOT, "the least volatility (at most %s) whose projected spending is met in at least %s of "
              + "the futures, and in no fewer than the current holdings meet it", cap, Rates.percent(settings.targetSuccess(), 0));
      case MAX_INCOME -> "the most after-tax income (net of expected cuts) at a volatility of at most " + cap;
      case INCOME_AND_GROWTH -> String.format(Locale.ROOT, "%.2f × after-tax income + %.2f × (after-tax return − inflation %s),"
              + " at a volatility of at most %s", settings.incomeEmphasis(), 1 - settings.incomeEmphasis(),
          Rates.percent(input.profile().inflation(), 2), cap);
      case MIN_VOLATILITY -> "the least volatility with the after-tax income floor min-income (and at most " + cap + ")";
      case MAX_SHARPE -> "the best Sharpe ratio of the after-tax expected return (risk-free rate "
          + Rates.percent(settings.riskFreeRate(), 2) + "), at a volatility of at most " + cap;
    };
  }

  /** No optimization, and {@code why}: nothing of value held, or nothing to trade. */
  static PlanOptimization skipped(ResolvedPlan input, String why, List<String> diagnostics) {
    OptimizationSettings settings = input.optimization();
    TaxYearRules taxRules = input.taxRules();
    Setup setup = new Setup(settings.objective().id(), describeObjective(input), input.profile().riskTolerance().maxVolatility(),
        settings.location(), settings.deferredValuation().id(), Double.NaN, settings.yieldTraps().id(), List.of(),
        settings.wholeShares(), taxRules.year(), Map.of(), Money.ZERO_USD);
    return new PlanOptimization("skipped", why, setup, List.of(), List.of(), List.of(), null, null, null, null, null, null, null,
        null, diagnostics);
  }
  private Asset asset(AssetId id) {
    return input.candidate(id).map(UniverseAsset::asset).orElseGet(input::cash);
  }

  private BigDecimal value(Holding holding) {
    return input.market().value(holding);
  }

  private static BigDecimal[] zeros4() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static double ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? 0.0 : part.divide(whole, RATIO).doubleValue();
  }

  private static Double relative(Money gain, Money base) {
    return base.isZero() ? null : gain.amount().divide(base.amount(), RATIO).doubleValue();
  }

  private static String signedMoney(Money money) {
    return String.format(Locale.US, "%s$%,.0f", money.isNegative() ? "-" : "+", money.amount().abs());
  }
}
