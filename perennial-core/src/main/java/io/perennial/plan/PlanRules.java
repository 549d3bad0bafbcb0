package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.Rates;
import io.perennial.domain.Account;
import io.perennial.domain.Holding;
import io.perennial.market.AssetEstimate;
import io.perennial.market.UniverseAsset;
import io.perennial.optimize.AllocationConstraint;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.CandidateAsset;
import io.perennial.optimize.GroupKind;
import io.perennial.optimize.IncomeProfile;
import io.perennial.optimize.Objective;
import io.perennial.plan.OptimizationSettings.PlanObjective;
import io.perennial.plan.OptimizationSettings.YieldTrapHandling;
import io.perennial.plan.PlanOptimization.Rule;
import io.perennial.tax.AccountTaxRates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plan's rule book and the household problem it makes: the candidates with μ and Σ, the
 * objective, and every rule as a named {@link AllocationConstraint} with its description for
 * people and its source ({@code profile}, {@code settings}, {@code holding}, {@code plan},
 * {@code guard}, {@code default}; {@code model} for the rules the optimizer writes itself). The
 * rules, in order: the profile's volatility cap; the income floor of min-volatility; the holdings
 * kept as they are ({@code hold:ID}); the plan's constraints under their own names; the pitfall
 * guards; the default caps where the plan has no rule of its own (raised, with a note, when they
 * could not fill the portfolio); {@code exclude-yield-traps}; {@code turnover<=L}. A later rule of
 * the same name replaces an earlier one. Built once, then read only.
 */
final class PlanRules {

  private final ResolvedPlan input;
  private final OptimizationSettings settings;
  private final List<UniverseAsset> candidates;
  private final Map<AssetId, AssetEstimate> estimates;
  private final Set<AssetId> kept;
  /** How far below the current holdings' income growth the relaxed guard sits (0.01 points). */
  static final double GROWTH_TOLERANCE = 1e-4;

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Rule> byName = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final AllocationProblem household;
  private final double currentIncomeGrowth;

  private PlanRules(ResolvedPlan input, TaxAnalysis tax, PlanCandidates candidates, AccountTaxRates rates, double valued,
      double currentIncomeGrowth) {
    this.currentIncomeGrowth = currentIncomeGrowth;
    this.input = input;
    this.settings = input.optimization();
    this.candidates = candidates.candidates();
    this.estimates = candidates.estimates();
    this.kept = candidates.kept();
    this.household = build(tax, rates, valued);
  }

  /**
   * The household problem of {@code input} over {@code candidates}, with its rules.
   *
   * @param tax the taxes of the current holdings (the spending the portfolio must provide)
   * @param rates the accounts' tax rates (their value factors weigh the holdings)
   * @param valued the household's value in the optimizer's basis: Σ balance × value factor
   * @param currentIncomeGrowth the current holdings' income growth (NaN when they have no income):
   *     under the goal objective the income-growth guard asks no more than they give, when that is
   *     less than inflation
   */
  static PlanRules household(ResolvedPlan input, TaxAnalysis tax, PlanCandidates candidates, AccountTaxRates rates,
      double valued, double currentIncomeGrowth) {
    return new PlanRules(input, tax, candidates, rates, valued, currentIncomeGrowth);
  }

  /** The household allocation problem with every rule. */
  AllocationProblem problem() {
    return household;
  }

  /** Every rule, in the order it was written. */
  List<Rule> rules() {
    return Collections.unmodifiableList(rules);
  }

  /** What writing the rules found worth saying (rules left out, default caps raised), in order. */
  List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /** The rule named {@code name}: the problem's, else one the model writes itself. */
  Rule rule(String name) {
    return byName.getOrDefault(name, modelRule(name));
  }

  /** The message of an infeasible problem: the conflicting rules, and how to relax those the plan did not write. */
  static String infeasible(List<Rule> conflicts) {
    return "no allocation keeps every rule: " + describe(conflicts) + " cannot all hold together" + relaxations(conflicts);
  }

  /** The household problem: candidates, μ, Σ, objective and every named rule. */
  private AllocationProblem build(TaxAnalysis tax, AccountTaxRates rates, double valued) {
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
      case GOAL -> b.objective(new Objective.MaxReturn());
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
        notes.add("min-volatility without an income floor: the portfolio need provide no income after tax");
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
          keptWeights.merge(holding.assetId(), input.market().value(holding).doubleValue() * rates.valueFactor(account.type()) / valued,
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
        notes.add(rule.name() + " names nothing the optimizer may hold and is left out");
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
      double margin = settings.incomeGrowthMargin();
      // First, do no harm: the goal objective judges every point by the projection in real terms,
      // and asks the income to grow no faster than the holdings' own does now, when that is slower
      // than inflation (less a hair, so that the current mix itself keeps the rule).
      boolean relaxed = settings.objective() == PlanObjective.GOAL && Double.isFinite(currentIncomeGrowth)
          && currentIncomeGrowth - GROWTH_TOLERANCE < inflation + margin;
      if (relaxed) {
        margin = currentIncomeGrowth - GROWTH_TOLERANCE - inflation;
      }
      AllocationConstraint.IncomeGrowthFloor floor = AllocationConstraint.incomeGrowthFloor(inflation, margin);
      rule(b, floor, "guard", relaxed
          ? "income growth ≥ " + Rates.percent(inflation + margin, 2) + ", the current holdings' own (below inflation "
              + Rates.percent(inflation, 2) + "): the goal objective asks no more of the income than what is held"
              + " (income-weighted, after tax)"
          : "income growth ≥ inflation " + Rates.percent(inflation, 2)
              + (margin == 0 ? "" : " + " + Rates.percent(margin, 2)) + " (income-weighted, after tax)");
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
          keptShare += input.market().value(holding).doubleValue() * rates.valueFactor(account.type()) / valued;
        }
      }
    }
    double free = Math.max(0.0, 1.0 - keptShare);
    if (!eachAsset && settings.defaultMaxEachAsset() < 1.0) {
      List<CandidateAsset> capped = tradeable.stream().filter(a -> !assetRules.contains(a.id())).toList();
      double cap1 = settings.defaultMaxEachAsset();
      if (!capped.isEmpty() && cap1 * tradeable.size() < free) {
        cap1 = Math.min(1.0, Math.ceil(free / tradeable.size() * 1000) / 1000);
        notes.add("default cap on each asset raised to " + Rates.percent(cap1, 1) + ": " + tradeable.size()
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
        notes.add("default cap on each class raised to " + Rates.percent(capClass, 1) + ": " + classes.size()
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
            current.merge(holding.assetId(), input.market().value(holding).doubleValue() * rates.valueFactor(account.type()) / valued,
                Double::sum);
          }
        }
      }
      b.currentWeights(current);
    }
    return b.build();
  }

  /** The household problem without its turnover limit (location off: the limit applies to the allocation). */
  static AllocationProblem withoutTurnover(AllocationProblem household) {
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
    byName.put(c.name(), rule);
    rules.removeIf(r -> r.name().equals(c.name()));
    rules.add(rule);
  }

  /** The plan's rule as a constraint of the same name; null when it names nothing that can be held. */
  private AllocationConstraint allocationRule(PlanConstraint rule, List<CandidateAsset> assets) {
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
  /** A rule the model writes itself (budget, long-only, balances, ...), for people. */
  static Rule modelRule(String name) {
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
}
