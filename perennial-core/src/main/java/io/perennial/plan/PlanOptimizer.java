package io.perennial.plan;

import io.perennial.market.UniverseAsset;
import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.AssetEstimate;
import io.perennial.optimize.AllocationConstraint;
import io.perennial.optimize.AllocationOptimizer;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.AllocationResult;
import io.perennial.optimize.AllocationStatus;
import io.perennial.optimize.CandidateAsset;
import io.perennial.optimize.GroupKind;
import io.perennial.optimize.IncomeProfile;
import io.perennial.optimize.LocationAccount;
import io.perennial.optimize.LocationOptimizer;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.LocationResult;
import io.perennial.optimize.Objective;
import io.perennial.plan.OptimizationSettings.PlanObjective;
import io.perennial.plan.OptimizationSettings.YieldTrapHandling;
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
import io.perennial.rebalance.TradePlanner;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 *       such assets not held are left out (they are not bought by a trade).
 *   <li><b>Rules, each named.</b> The objective; the profile's volatility cap
 *       ({@code volatility<=σ}, every objective); every plan constraint under its own name
 *       (class/sector/issuer limits → group bounds, categories and {@code min-yield} → linear rules,
 *       {@code min-asset}/{@code max-asset} → asset bounds, {@code max-each-asset} → weight bounds,
 *       {@code min-income-growth} → an income-growth floor, {@code max-holdings} → positions); the
 *       pitfall guards {@code income-growth>=inflation} and {@code real-return>=0} (on unless the
 *       settings turn them off); default caps {@code default-max-each-asset:ID} and
 *       {@code default-max-class:CLASS} where the plan has no rule of its own; {@code exclude-yield-traps}
 *       when flagged assets are excluded; {@code turnover<=L} when a limit is set.
 *   <li><b>Accounts</b> with their balances (the current holdings' market value) and menus; tax
 *       rates: the household's marginal rates at its taxable other income plus what the taxable
 *       accounts pay now, recomputed at the answer's taxable income until they no longer change (at
 *       most {@value #RATE_ROUNDS} solves).
 *   <li><b>Solve.</b> Location on: allocation and location together. Location off: the allocation
 *       on pre-tax figures, then placed by the classic rule of thumb.
 *   <li><b>Trades</b> from the current holdings to the answer's value per account and asset
 *       ({@link TradePlanner}), and the holdings analysis and taxes of the holdings after them.
 * </ol>
 */
public final class PlanOptimizer {

  /** The most solves spent making the taxable-account rates consistent with the answer. */
  public static final int RATE_ROUNDS = 3;

  private static final MathContext RATIO = MathContext.DECIMAL64;

  private PlanOptimizer() {}

  /** The optimization of {@code input}, analysing its holdings first. */
  public static PlanOptimization optimize(ResolvedPlan input) {
    HoldingsAnalysis analysis = HoldingsAnalyzer.analyze(input);
    return optimize(input, analysis, TaxAnalyzer.analyze(input, analysis));
  }

  /** The optimization of {@code input}, whose current holdings {@code analysis} and {@code tax} describe. */
  public static PlanOptimization optimize(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax) {
    Checks.notNull(input, "resolved plan");
    Checks.notNull(analysis, "holdings analysis");
    Checks.notNull(tax, "tax analysis");
    return new Run(input, analysis, tax).run();
  }

  /** One optimization: the state built up along the steps. */
  private static final class Run {
    final ResolvedPlan input;
    final HoldingsAnalysis analysis;
    final TaxAnalysis tax;
    final OptimizationSettings settings;
    final List<String> diagnostics = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final Map<String, Rule> ruleByName = new LinkedHashMap<>();
    /** Candidate assets in problem order. */
    final List<UniverseAsset> candidates = new ArrayList<>();
    final Map<AssetId, AssetEstimate> estimates = new LinkedHashMap<>();
    /** Assets held as they are. */
    final Set<AssetId> kept = new LinkedHashSet<>();
    final Money total;

    Run(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax) {
      this.input = input;
      this.analysis = analysis;
      this.tax = tax;
      this.settings = input.optimization();
      this.total = analysis.holdings().totalValue();
    }

    PlanOptimization run() {
      TaxYearRules taxRules = input.taxRules();
      if (total.isZero() || total.isNegative()) {
        return skipped("nothing of value is held, so there is nothing to allocate", taxRules);
      }
      Set<AssetId> held = new HashSet<>();
      input.accounts().forEach(a -> a.holdings().forEach(h -> {
        if (h.quantity().signum() > 0) {
          held.add(h.assetId());
        }
      }));
      for (UniverseAsset candidate : input.candidates()) {
        Asset asset = candidate.asset();
        if (!candidate.tradeable()) {
          if (!held.contains(asset.id())) {
            diagnostics.add(asset.id() + " (not tradeable) is not held and is left out: it is not bought by a trade");
            continue;
          }
          kept.add(asset.id());
        }
        candidates.add(candidate);
        estimates.put(asset.id(), input.estimate(asset.id()));
      }
      if (kept.size() == candidates.size()) {
        return skipped("every asset is held as it is (not tradeable); there is nothing to trade", taxRules);
      }

      // Tax rates at today's income.
      TaxFiler filer = TaxFiler.from(input.profile());
      HouseholdIncome other = HouseholdIncome.of(IncomeKind.ORDINARY, input.profile().taxableOtherIncome().amount());
      AccountTaxRates rates = AccountTaxRates.at(other.plus(currentTaxableIncome()), filer, taxRules);
      if (settings.withdrawalRate().isPresent()) {
        rates = rates.withWithdrawalRate(settings.withdrawalRate().getAsDouble());
      }
      rates = rates.withDeferredValuation(settings.deferredValuation());

      List<LocationAccount> accounts = accounts();
      double valued = 0.0;
      for (LocationAccount account : accounts) {
        valued += account.balance().toDouble() * rates.valueFactor(account.type());
      }
      AllocationProblem household = household(rates, valued);
      Map<AssetId, IncomeMix> mixes = new LinkedHashMap<>();
      candidates.forEach(c -> mixes.put(c.asset().id(), c.asset().incomeMix()));
      LocationProblem.Builder builder = LocationProblem.builder(settings.location() ? household : withoutTurnover(household),
          accounts, rates).incomeMixes(mixes);
      if (settings.location()) {
        builder.currentPlacement(currentPlacement(rates, valued));
      }
      LocationProblem problem = builder.build();

      // Solve, with the taxable rates made consistent with the answer.
      Solved solved = null;
      LocationProblem previousProblem = null;
      Solved previous = null;
      for (int round = 1; round <= RATE_ROUNDS; round++) {
        solved = settings.location() ? solveJoint(problem) : solveHouseholdThenPlace(problem, household);
        if (!solved.hasAnswer()) {
          break;
        }
        AccountTaxRates next = AccountTaxRates.at(other.plus(LocationOptimizer.taxableIncome(problem, solved.result)), filer,
            taxRules).withWithdrawalRate(problem.taxRates().withdrawal()).withDeferredValuation(settings.deferredValuation());
        if (sameRates(next, problem.taxRates())) {
          diagnostics.add("taxable-account rates are the household's marginal rates at the recommendation's income (round "
              + round + ")");
          break;
        }
        if (previous != null && sameRates(next, previousProblem.taxRates())) {
          LocationOptimizer.Alternation choice = LocationOptimizer.Alternation.of(problem, solved.result, next,
              previousProblem, previous.result);
          diagnostics.add(choice.note());
          if (choice.keepPrevious()) {
            problem = previousProblem;
            solved = previous;
          }
          break;
        }
        if (round == RATE_ROUNDS) {
          diagnostics.add("taxable-account rates still moved after " + RATE_ROUNDS + " rounds (the answer sits at a bracket"
              + " or threshold edge); the last round's rates are used");
          break;
        }
        previousProblem = problem;
        previous = solved;
        problem = problem.withTaxRates(next);
      }
      diagnostics.addAll(solved.result.diagnostics());
      List<String> binding = new ArrayList<>();
      if (solved.hasAnswer()) {
        solved.result.binding().stream().filter(n -> !n.equals("budget") && !n.startsWith("balance:")).forEach(binding::add);
      }
      if (settings.location() && solved.hasAnswer()) {
        Solved keeping = keepTaxableGains(problem, solved);
        if (keeping != null) {
          solved = keeping;
          keeping.result.binding().stream().filter(n -> n.startsWith("keep:")).forEach(binding::add);
        }
      }
      Setup setup = setup(problem, taxRules);
      String status = solved.status().name().toLowerCase(Locale.ROOT);
      if (!solved.hasAnswer()) {
        List<Rule> conflicts = new ArrayList<>();
        for (String name : solved.conflicts()) {
          conflicts.add(ruleByName.getOrDefault(name, modelRule(name)));
        }
        String message = solved.status() == AllocationStatus.INFEASIBLE
            ? "no allocation keeps every rule: " + describe(conflicts) + " cannot all hold together" + relaxations(conflicts)
            : solved.message();
        return new PlanOptimization(status, message, setup, rules, List.of(), conflicts, null, null, null, null, null, null,
            diagnostics);
      }
      return answer(status, solved, problem, setup, binding);
    }

    // ----- building the problem ------------------------------------------------------------------

    /** The taxable accounts' current distributions by kind. */
    HouseholdIncome currentTaxableIncome() {
      Map<IncomeKind, BigDecimal> amounts = new EnumMap<>(IncomeKind.class);
      for (Account account : input.accounts()) {
        if (account.type() != AccountType.TAXABLE) {
          continue;
        }
        for (Holding holding : account.holdings()) {
          AssetEstimate e = estimates.get(holding.assetId());
          if (e == null) {
            continue;
          }
          BigDecimal income = value(holding).multiply(BigDecimal.valueOf(e.yield()));
          for (Map.Entry<IncomeCharacter, Double> share : e.incomeMix().shares().entrySet()) {
            IncomeKind.of(share.getKey()).ifPresent(k -> amounts.merge(k, income.multiply(BigDecimal.valueOf(share.getValue())),
                BigDecimal::add));
          }
        }
      }
      return HouseholdIncome.of(amounts);
    }

    /** The accounts with their balances and menus. */
    List<LocationAccount> accounts() {
      List<AssetId> ids = candidates.stream().map(c -> c.asset().id()).toList();
      List<LocationAccount> accounts = new ArrayList<>();
      for (Account account : input.accounts()) {
        BigDecimal balance = BigDecimal.ZERO;
        Set<AssetId> keptHere = new LinkedHashSet<>();
        boolean onlyKept = !account.holdings().isEmpty();
        for (Holding holding : account.holdings()) {
          balance = balance.add(value(holding));
          if (kept.contains(holding.assetId())) {
            keptHere.add(holding.assetId());
          } else if (holding.quantity().signum() > 0) {
            onlyKept = false;
          }
        }
        Set<AssetId> menu = new LinkedHashSet<>();
        List<AssetId> given = input.menu(account.id());
        if (onlyKept && !keptHere.isEmpty()) {
          menu.addAll(keptHere);
        } else {
          for (AssetId id : ids) {
            if ((!kept.contains(id) && (given.isEmpty() || given.contains(id))) || keptHere.contains(id)) {
              menu.add(id);
            }
          }
        }
        Checks.check(!menu.isEmpty(), "account " + account.id() + " may hold none of the assets the optimizer may hold;"
            + " give its menu assets of the universe");
        if (menu.size() == ids.size()) {
          menu.clear(); // any asset
        }
        accounts.add(new LocationAccount(account.id(), account.name(), account.type(), Money.usd(balance), menu));
      }
      return accounts;
    }

    /** The household problem: candidates, μ, Σ, objective and every named rule. */
    AllocationProblem household(AccountTaxRates rates, double valued) {
      int n = candidates.size();
      List<CandidateAsset> assets = new ArrayList<>();
      double[] mu = new double[n];
      double[][] sigma = new double[n][n];
      List<AssetId> flagged = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        UniverseAsset candidate = candidates.get(i);
        AssetEstimate e = estimates.get(candidate.asset().id());
        assets.add(new CandidateAsset(e.asset(), e.assetClass().id(), candidate.asset().sector(), candidate.asset().issuer(),
            new IncomeProfile(e.yield(), 1.0, candidate.expectedCut(), candidate.yieldTrap(), e.incomeGrowth())));
        if (candidate.yieldTrap()) {
          flagged.add(e.asset());
        }
        mu[i] = e.expectedReturn();
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          sigma[i][j] = input.covariance(assets.get(i).id(), assets.get(j).id());
        }
      }
      AllocationProblem.Builder b = AllocationProblem.builder(assets, mu, sigma).riskFreeRate(settings.riskFreeRate());
      double cap = input.profile().riskTolerance().maxVolatility();
      double inflation = input.profile().inflation();
      switch (settings.objective()) {
        case MAX_INCOME -> b.objective(new Objective.MaxIncome());
        case INCOME_AND_GROWTH -> b.objective(new Objective.IncomeAndGrowth(settings.incomeEmphasis(), inflation));
        case MIN_VOLATILITY -> b.objective(new Objective.MinVolatility());
        case MAX_SHARPE -> b.objective(new Objective.MaxSharpe());
        default -> throw new IllegalStateException("unhandled objective " + settings.objective());
      }
      rule(b, AllocationConstraint.maxVolatility(cap), "profile", "volatility ≤ " + Rates.percent(cap, 2)
          + " (risk tolerance " + input.profile().riskTolerance().label() + ")");
      if (settings.objective() == PlanObjective.MIN_VOLATILITY) {
        Money floor = settings.minIncome().orElse(tax.coverage().spendingFromPortfolio());
        if (floor.isZero()) {
          diagnostics.add("min-volatility without an income floor: the portfolio need provide no income after tax");
        } else {
          double yield = floor.toDouble() / valued;
          rule(b, new AllocationConstraint.MinIncome("min-income", yield), "settings", String.format(Locale.US,
              "after-tax income ≥ $%,.2f a year (%s of the household)%s", floor.amount(), Rates.percent(yield, 2),
              settings.minIncome().isPresent() ? "" : ", the spending the portfolio must provide after tax"));
        }
      }
      // Holdings kept as they are: their weight in the optimizer's basis.
      Map<AssetId, Double> keptWeights = new LinkedHashMap<>();
      Map<AssetId, List<String>> keptIn = new LinkedHashMap<>();
      for (Account account : input.accounts()) {
        for (Holding holding : account.holdings()) {
          if (kept.contains(holding.assetId())) {
            keptWeights.merge(holding.assetId(), value(holding).doubleValue() * rates.valueFactor(account.type()) / valued,
                Double::sum);
            keptIn.computeIfAbsent(holding.assetId(), k -> new ArrayList<>()).add(account.id());
          }
        }
      }
      keptWeights.forEach((id, w) -> rule(b, new AllocationConstraint.AssetBounds("hold:" + id, id, w, w), "holding",
          id + " kept as it is (" + Rates.percent(w, 2) + " of the household, in " + String.join(", ", keptIn.get(id))
          + "): not tradeable (royalty/rental/tradeable: false)"));
      // The plan's rules, by their names.
      Set<String> classRules = new HashSet<>();
      Set<AssetId> assetRules = new HashSet<>();
      boolean eachAsset = false;
      for (PlanConstraint rule : input.constraints()) {
        AllocationConstraint c = allocationRule(rule, assets);
        if (c == null) {
          diagnostics.add(rule.name() + " names nothing the optimizer may hold and is left out");
          continue;
        }
        rule(b, c, "plan", c.describe());
        switch (rule.kind()) {
          case MAX_CLASS, MIN_CLASS -> classRules.add(rule.subject());
          case MAX_ASSET, MIN_ASSET -> assetRules.add(AssetId.of(rule.subject()));
          case MAX_EACH_ASSET -> eachAsset = true;
          default -> { }
        }
      }
      // The pitfall guards.
      if (settings.incomeGrowthFloor()) {
        AllocationConstraint.IncomeGrowthFloor floor = AllocationConstraint.incomeGrowthFloor(inflation, settings.incomeGrowthMargin());
        rule(b, floor, "guard", "income growth ≥ inflation " + Rates.percent(inflation, 2)
            + (settings.incomeGrowthMargin() == 0 ? "" : " + " + Rates.percent(settings.incomeGrowthMargin(), 2))
            + " (income-weighted, after tax)");
      }
      if (settings.realReturnFloor()) {
        AllocationConstraint.RealReturnFloor floor = AllocationConstraint.realReturnFloor(inflation, settings.realReturnMargin());
        rule(b, floor, "guard", "expected return after the tax on income ≥ inflation " + Rates.percent(inflation, 2)
            + (settings.realReturnMargin() == 0 ? "" : " + " + Rates.percent(settings.realReturnMargin(), 2)));
      }
      // Default caps where the plan has none.
      List<CandidateAsset> tradeable = assets.stream().filter(a -> !kept.contains(a.id())).toList();
      double keptShare = 0.0;
      for (Account account : input.accounts()) {
        for (Holding holding : account.holdings()) {
          if (kept.contains(holding.assetId())) {
            keptShare += value(holding).doubleValue() * rates.valueFactor(account.type()) / valued;
          }
        }
      }
      double free = Math.max(0.0, 1.0 - keptShare);
      if (!eachAsset && settings.defaultMaxEachAsset() < 1.0) {
        List<CandidateAsset> capped = tradeable.stream().filter(a -> !assetRules.contains(a.id())).toList();
        double cap1 = settings.defaultMaxEachAsset();
        if (!capped.isEmpty() && cap1 * tradeable.size() < free) {
          cap1 = Math.min(1.0, Math.ceil(free / tradeable.size() * 1000) / 1000);
          diagnostics.add("default cap on each asset raised to " + Rates.percent(cap1, 1) + ": " + tradeable.size()
              + " tradeable assets could not otherwise fill the portfolio");
        }
        if (cap1 < 1.0) {
          for (CandidateAsset asset : capped) {
            rule(b, new AllocationConstraint.AssetBounds("default-max-each-asset:" + asset.id(), asset.id(), Double.NEGATIVE_INFINITY,
                cap1), "default", asset.id() + " ≤ " + Rates.percent(cap1, 2) + " (default cap on each asset)");
          }
        }
      }
      if (settings.defaultMaxEachClass() < 1.0) {
        Set<String> keptClasses = new HashSet<>();
        assets.stream().filter(a -> kept.contains(a.id())).forEach(a -> keptClasses.add(a.assetClass()));
        Set<String> classes = new LinkedHashSet<>();
        tradeable.forEach(a -> classes.add(a.assetClass()));
        double capClass = settings.defaultMaxEachClass();
        if (capClass * classes.size() < free) {
          capClass = Math.min(1.0, Math.ceil(free / classes.size() * 1000) / 1000);
          diagnostics.add("default cap on each class raised to " + Rates.percent(capClass, 1) + ": " + classes.size()
              + " classes could not otherwise fill the portfolio");
        }
        if (capClass < 1.0) {
          for (String assetClass : classes) {
            if (!classRules.contains(assetClass) && !keptClasses.contains(assetClass)) {
              rule(b, new AllocationConstraint.GroupBounds("default-max-class:" + assetClass, GroupKind.ASSET_CLASS, assetClass,
                  Double.NEGATIVE_INFINITY, capClass), "default", "class " + assetClass + " ≤ " + Rates.percent(capClass, 2)
                  + " (default cap on each class)");
            }
          }
        }
      }
      if (!flagged.isEmpty() && settings.yieldTraps() == YieldTrapHandling.EXCLUDE) {
        rule(b, AllocationConstraint.excludeYieldTraps(), "settings", "no asset flagged as a possible yield trap ("
            + String.join(", ", flagged.stream().map(AssetId::value).toList()) + ")");
      }
      if (settings.maxTurnover().isPresent()) {
        double limit = settings.maxTurnover().getAsDouble();
        rule(b, AllocationConstraint.maxTurnover(limit), "settings", "turnover ≤ " + Rates.percent(limit, 2)
            + " of the household (buys plus sells" + (settings.location() ? ", over assets and accounts)" : ")"));
        Map<AssetId, Double> current = new LinkedHashMap<>();
        for (Account account : input.accounts()) {
          for (Holding holding : account.holdings()) {
            if (estimates.containsKey(holding.assetId())) {
              current.merge(holding.assetId(), value(holding).doubleValue() * rates.valueFactor(account.type()) / valued,
                  Double::sum);
            }
          }
        }
        b.currentWeights(current);
      }
      return b.build();
    }

    /** The household problem without its turnover limit (location off: the limit applies to the allocation). */
    AllocationProblem withoutTurnover(AllocationProblem household) {
      AllocationProblem without = household;
      for (AllocationConstraint c : household.constraints()) {
        if (c instanceof AllocationConstraint.MaxTurnover) {
          without = without.withoutConstraint(c.name());
        }
      }
      return without;
    }

    private void rule(AllocationProblem.Builder b, AllocationConstraint c, String source, String description) {
      b.constraint(c);
      Rule rule = new Rule(c.name(), description, source);
      ruleByName.put(c.name(), rule);
      rules.removeIf(r -> r.name().equals(c.name()));
      rules.add(rule);
    }

    /** The plan's rule as a constraint of the same name; null when it names nothing that can be held. */
    AllocationConstraint allocationRule(PlanConstraint rule, List<CandidateAsset> assets) {
      String name = rule.name();
      double limit = rule.limit();
      double inf = Double.POSITIVE_INFINITY;
      return switch (rule.kind()) {
        case MAX_CLASS -> new AllocationConstraint.GroupBounds(name, GroupKind.ASSET_CLASS, rule.subject(), -inf, limit);
        case MIN_CLASS -> new AllocationConstraint.GroupBounds(name, GroupKind.ASSET_CLASS, rule.subject(), limit, inf);
        case MAX_SECTOR -> new AllocationConstraint.GroupBounds(name, GroupKind.SECTOR, sector(rule.subject(), assets, true), -inf, limit);
        case MAX_ISSUER -> new AllocationConstraint.GroupBounds(name, GroupKind.ISSUER, sector(rule.subject(), assets, false), -inf, limit);
        case MAX_CATEGORY, MIN_CATEGORY -> {
          Map<AssetId, Double> members = new LinkedHashMap<>();
          for (CandidateAsset asset : assets) {
            if (input.asset(asset.id()).assetClass().category().id().equals(rule.subject())) {
              members.put(asset.id(), 1.0);
            }
          }
          boolean max = rule.kind() == ConstraintKind.MAX_CATEGORY;
          yield new AllocationConstraint.Linear(name, members, max ? -inf : limit, max ? limit : inf,
              "category " + rule.subject() + (max ? " ≤ " : " ≥ ") + Rates.percent(limit, 2));
        }
        case MIN_ASSET, MAX_ASSET -> {
          AssetId id = AssetId.of(rule.subject());
          if (!estimates.containsKey(id)) {
            yield null;
          }
          boolean max = rule.kind() == ConstraintKind.MAX_ASSET;
          yield new AllocationConstraint.AssetBounds(name, id, max ? -inf : limit, max ? limit : inf);
        }
        case MAX_EACH_ASSET -> new AllocationConstraint.WeightBounds(name, 0.0, limit);
        case MIN_YIELD -> {
          Map<AssetId, Double> yields = new LinkedHashMap<>();
          for (CandidateAsset asset : assets) {
            yields.put(asset.id(), asset.income().yield());
          }
          yield new AllocationConstraint.Linear(name, yields, limit, inf, "yield before tax ≥ " + Rates.percent(limit, 2));
        }
        case MIN_INCOME_GROWTH -> new AllocationConstraint.IncomeGrowthFloor(name, limit, 0.0);
        case MAX_HOLDINGS -> new AllocationConstraint.MaxHoldings(name, (int) limit);
      };
    }

    /** The tag as the assets write it (plan rules match sectors and issuers case-insensitively). */
    private static String sector(String subject, List<CandidateAsset> assets, boolean sector) {
      for (CandidateAsset asset : assets) {
        String tag = sector ? asset.sector() : asset.issuer();
        if (tag.equalsIgnoreCase(subject)) {
          return tag;
        }
      }
      return subject;
    }

    /** The current placement: each holding's weight of the household in the optimizer's basis. */
    Map<String, Map<AssetId, Double>> currentPlacement(AccountTaxRates rates, double valued) {
      Map<String, Map<AssetId, Double>> placement = new LinkedHashMap<>();
      for (Account account : input.accounts()) {
        Map<AssetId, Double> weights = new LinkedHashMap<>();
        for (Holding holding : account.holdings()) {
          if (estimates.containsKey(holding.assetId())) {
            weights.merge(holding.assetId(), value(holding).doubleValue() * rates.valueFactor(account.type()) / valued,
                Double::sum);
          }
        }
        placement.put(account.id(), weights);
      }
      return placement;
    }

    // ----- solving --------------------------------------------------------------------------------

    /** An answer: the location result and the placement recommended (the optimum's or the heuristic's). */
    private record Solved(LocationResult result, List<LocationResult.Placement> recommended, AllocationResult household) {
      boolean hasAnswer() {
        return result.hasAllocation() && recommended != null;
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

    Solved solveJoint(LocationProblem problem) {
      LocationResult result = new LocationOptimizer().optimize(problem);
      return new Solved(result, result.hasAllocation() ? result.placements() : null, null);
    }

    /** Location off: the household allocation on pre-tax figures, then the heuristic's placement of it. */
    Solved solveHouseholdThenPlace(LocationProblem problem, AllocationProblem household) {
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
     * after-tax yield). Null when nothing is to be kept or the first answer stays.
     */
    Solved keepTaxableGains(LocationProblem problem, Solved first) {
      double valued = problem.householdValue().toDouble();
      Map<AssetId, Double> left = new LinkedHashMap<>(first.result.totals());
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
          BigDecimal value = value(holding);
          BigDecimal gain = value.subtract(holding.costBasis().orElseThrow().amount());
          if (gain.signum() <= 0) {
            continue;
          }
          double current = value.doubleValue() / valued;
          double x = first.result.weight(id, account.id());
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
        return null;
      }
      double ltRate = problem.taxRates().taxable().get(IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION);
      Money tax = Money.usd(gainAvoided.multiply(BigDecimal.valueOf(ltRate)));
      Money yearlyCost = tax.times(first.result.afterTaxIncome());
      LocationResult second = new LocationOptimizer().optimize(problem.withMinimumPlacement(keep));
      String gains = String.format(Locale.US, "selling taxable holdings as the optimum does would realize about $%,.0f of gains"
          + " (about $%,.0f of tax at the marginal long-term rate %s, costing about $%,.0f a year of income)", gainAvoided,
          tax.amount(), Rates.percent(ltRate, 2), yearlyCost.amount());
      if (!second.hasAllocation()) {
        diagnostics.add(gains + "; keeping them cannot keep every rule (" + String.join(", ", second.conflicts())
            + "), so they are sold");
        return null;
      }
      Money loss = first.result.afterTaxIncomeAmount().minus(second.afterTaxIncomeAmount());
      if (loss.compareTo(yearlyCost) > 0) {
        diagnostics.add(gains + String.format(Locale.US, "; keeping them would cost $%,.2f a year of after-tax income, more,"
            + " so they are sold", loss.amount()));
        return null;
      }
      diagnostics.add(gains + String.format(Locale.US, "; they are kept (keep:ASSET@ACCOUNT) and the trades are made in the"
          + " other accounts, at a cost of $%,.2f a year of after-tax income against the optimum's placement", loss.amount()));
      return new Solved(second, second.placements(), null);
    }

    private static Map<AssetId, Double> evenly(AllocationProblem household) {
      Map<AssetId, Double> even = new LinkedHashMap<>();
      household.ids().forEach(id -> even.put(id, 1.0 / household.size()));
      return even;
    }

    private static boolean sameRates(AccountTaxRates a, AccountTaxRates b) {
      for (IncomeCharacter c : IncomeCharacter.values()) {
        if (Math.abs(a.taxable().get(c) - b.taxable().get(c)) > 1e-12) {
          return false;
        }
      }
      return true;
    }

    // ----- the answer -----------------------------------------------------------------------------

    PlanOptimization answer(String status, Solved solved, LocationProblem problem, Setup setup, List<String> binding) {
      LocationResult result = solved.result;
      // Targets by account: the recommended placement's market values.
      Map<String, Map<AssetId, Double>> targets = new LinkedHashMap<>();
      Map<String, Map<AssetId, Double>> targetWeights = new LinkedHashMap<>();
      Map<AssetId, Double> targetTotals = new LinkedHashMap<>();
      for (LocationResult.Placement p : solved.recommended) {
        targets.computeIfAbsent(p.account(), k -> new LinkedHashMap<>()).merge(p.asset(), p.marketValue().toDouble(), Double::sum);
        targetWeights.computeIfAbsent(p.account(), k -> new LinkedHashMap<>()).merge(p.asset(), p.weight(), Double::sum);
        targetTotals.merge(p.asset(), p.weight(), Double::sum);
      }
      TradePlanner.Result trades = TradePlanner.plan(input.accounts(), input.market(), targets, kept, settings.wholeShares());
      ResolvedPlan after = input.withAccounts(trades.accounts());
      HoldingsAnalysis afterAnalysis = HoldingsAnalyzer.analyze(after);
      TaxAnalysis afterTax = TaxAnalyzer.analyze(after, afterAnalysis);

      // After-tax income at the model's rates: current and recommended holdings.
      Map<String, Money> currentByAccount = new LinkedHashMap<>();
      Map<String, Money> recommendedByAccount = new LinkedHashMap<>();
      Map<String, Money> recommendedByCell = new LinkedHashMap<>();
      Money current = afterTaxIncome(problem, input.accounts(), currentByAccount, new LinkedHashMap<>());
      Money recommended = afterTaxIncome(problem, trades.accounts(), recommendedByAccount, recommendedByCell);
      Money optimum = Money.ZERO_USD;
      for (LocationResult.Placement p : solved.recommended) {
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
          coverage, trades.trades(), diagnostics);
    }

    /**
     * The after-tax income a year of {@code accounts}' holdings at the problem's figures: a holding
     * of value v in account a pays v·f_a·inc(i, a) (f_a the account's value factor).
     */
    Money afterTaxIncome(LocationProblem problem, List<Account> accounts, Map<String, Money> byAccount,
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

    Allocation allocation(List<Account> after, Map<AssetId, Double> targetTotals) {
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

    PlanOptimization.Location location(List<Account> after, Map<String, Map<AssetId, Double>> targetWeights,
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

    Setup setup(LocationProblem problem, TaxYearRules taxRules) {
      Map<String, Double> taxable = new LinkedHashMap<>();
      problem.taxRates().taxable().forEach((c, r) -> taxable.put(c.id(), r));
      List<AssetId> flagged = candidates.stream().filter(UniverseAsset::yieldTrap).map(c -> c.asset().id()).toList();
      return new Setup(settings.objective().id(), describeObjective(), input.profile().riskTolerance().maxVolatility(),
          settings.location(), settings.deferredValuation().id(), problem.taxRates().withdrawal(), settings.yieldTraps().id(),
          flagged, settings.wholeShares(), taxRules.year(), taxable, problem.householdValue());
    }

    String describeObjective() {
      String cap = Rates.percent(input.profile().riskTolerance().maxVolatility(), 2);
      return switch (settings.objective()) {
        case MAX_INCOME -> "the most after-tax income (net of expected cuts) at a volatility of at most " + cap;
        case INCOME_AND_GROWTH -> String.format(Locale.ROOT, "%.2f × after-tax income + %.2f × (after-tax return − inflation %s),"
                + " at a volatility of at most %s", settings.incomeEmphasis(), 1 - settings.incomeEmphasis(),
            Rates.percent(input.profile().inflation(), 2), cap);
        case MIN_VOLATILITY -> "the least volatility with the after-tax income floor min-income (and at most " + cap + ")";
        case MAX_SHARPE -> "the best Sharpe ratio of the after-tax expected return (risk-free rate "
            + Rates.percent(settings.riskFreeRate(), 2) + "), at a volatility of at most " + cap;
      };
    }

    PlanOptimization skipped(String why, TaxYearRules taxRules) {
      Setup setup = new Setup(settings.objective().id(), describeObjective(), input.profile().riskTolerance().maxVolatility(),
          settings.location(), settings.deferredValuation().id(), Double.NaN, settings.yieldTraps().id(), List.of(),
          settings.wholeShares(), taxRules.year(), Map.of(), Money.ZERO_USD);
      return new PlanOptimization("skipped", why, setup, List.of(), List.of(), List.of(), null, null, null, null, null, null,
          diagnostics);
    }

    Rule modelRule(String name) {
      if (name.equals("budget")) {
        return new Rule(name, "the accounts hold the whole household (weights sum to 1)", "model");
      }
      if (name.equals("long-only")) {
        return new Rule(name, "no account holds a short position", "model");
      }
      if (name.startsWith("balance:")) {
        return new Rule(name, "account " + name.substring(8) + " keeps its value (trades do not move money between accounts)",
            "model");
      }
      if (name.equals("fixed-allocation")) {
        return new Rule(name, "the allocation chosen before placing it", "model");
      }
      if (name.equals("weight-bounds")) {
        return new Rule(name, "each weight between 0 and 1 (long only)", "model");
      }
      return new Rule(name, name, "model");
    }

    /**
     * How to relax the conflicting rules the plan did not write (default caps and guards): the plan
     * field, its default value and the setting that turns it off; empty when every rule is the plan's.
     */
    private static String relaxations(List<Rule> conflicts) {
      Set<String> fixes = new LinkedHashSet<>();
      for (Rule r : conflicts) {
        if (r.name().startsWith("default-max-class:")) {
          fixes.add("raise optimization.defaultMaxEachClass (default " + OptimizationSettings.DEFAULT_MAX_EACH_CLASS
              + "; 1 turns the default cap on each class off)");
        } else if (r.name().startsWith("default-max-each-asset:")) {
          fixes.add("raise optimization.defaultMaxEachAsset (default " + OptimizationSettings.DEFAULT_MAX_EACH_ASSET
              + "; 1 turns the default cap on each asset off)");
        } else if (r.name().equals("income-growth>=inflation")) {
          fixes.add("set optimization.incomeGrowthFloor: false (a default guard, on unless turned off)");
        } else if (r.name().equals("real-return>=0")) {
          fixes.add("set optimization.realReturnFloor: false (a default guard, on unless turned off)");
        }
      }
      return fixes.isEmpty() ? "" : "; rules the plan did not write can be relaxed: " + String.join(", or ", fixes);
    }

    private static String describe(List<Rule> conflicts) {
      List<String> parts = new ArrayList<>();
      conflicts.forEach(r -> parts.add(r.name() + " (" + r.description() + ")"));
      return String.join(" and ", parts);
    }

    private Asset asset(AssetId id) {
      return input.candidate(id).map(UniverseAsset::asset).orElseGet(input::cash);
    }

    private BigDecimal value(Holding holding) {
      return input.market().value(holding);
    }
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
