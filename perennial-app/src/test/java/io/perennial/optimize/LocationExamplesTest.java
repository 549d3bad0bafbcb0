package io.perennial.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetCategory;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.io.PlanFile;
import io.perennial.market.AssetEstimate;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.optimize.LocationResult.Placement;
import io.perennial.plan.HoldingsAnalyzer;
import io.perennial.plan.PlanConstraint;
import io.perennial.plan.ResolvedPlan;
import io.perennial.market.UniverseAsset;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.DeferredValuation;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import io.perennial.testing.SharedData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Asset location on the shipped examples, read by the plan reader: for each example and each
 * plan objective (after-tax income at the profile's volatility, the income/growth blend, minimum
 * volatility with an income floor) and both deferred-account conventions, the optimized location
 * earns at least the classic heuristic's after-tax income on the same totals; the location of the
 * <em>current</em> allocation keeps its totals to 1e-9 and earns at least both the heuristic's and
 * the current placement's. The problem is built from the plan the way the plan integration is
 * meant to (see docs/location.md): estimates from the built-in assumptions, Σ = ρσσ with the
 * holdings analysis's correlations, the plan's named rules, balances from the holdings, marginal
 * rates from the household tax calculator at the current income.
 */
class LocationExamplesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final CapitalMarketAssumptions ASSUMPTIONS = BuiltInAssumptions.SET;
  private static final LocationOptimizer OPTIMIZER = new LocationOptimizer();
  /** Tolerance on weights and yields (fractions of the household). */
  private static final double TOLERANCE = 1e-9;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String example : List.of("retiree.yaml", "accumulator.yaml", "accumulator.yaml+wages")) {
      for (String objective : List.of("max-income", "income-and-growth", "min-volatility")) {
        for (DeferredValuation valuation : DeferredValuation.values()) {
          cases.add(Arguments.of(example, objective, valuation));
        }
      }
    }
    return cases.stream();
  }

  /**
   * Wages added to the accumulator's other income in the {@code +wages} case: the example gives
   * none (so its marginal rates are those of a household with almost no income, and location
   * changes little), a saver of 42 usually has some.
   */
  private static final BigDecimal WAGES = new BigDecimal("150000");

  /** The plan, as the integration would read it. */
  private static ResolvedPlan read(String example) {
    Path file = SharedData.repositoryRoot().resolve("examples").resolve(example.replace("+wages", ""));
    return resolved(PlanFile.read(file, ASSUMPTIONS, TODAY), ASSUMPTIONS);
  }

  private static BigDecimal wages(String example) {
    return example.endsWith("+wages") ? WAGES : BigDecimal.ZERO;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void optimizedLocationBeatsOrEqualsTheHeuristicOnItsOwnTotals(String example, String objectiveId, DeferredValuation valuation) {
    ResolvedPlan plan = read(example);
    LocationProblem problem = problem(plan, objectiveId, valuation, true, wages(example));

    LocationResult result = OPTIMIZER.optimize(problem);

    // The duplex counts at its equity (value − mortgage, 29 % of the household; 33 % at after-tax
    // value with wages, the 401(k) at 1 − 24 %), so the plan's 50 % limit on rental real estate holds
    // in every case (owned outright at 290,000 it was more than half at after-tax value).
    assertThat(result.status()).as(result.message()).isEqualTo(AllocationStatus.OPTIMAL);
    assertBalancesAndMenus(problem, result);
    assertThat(result.heuristic()).isNotNull();
    assertThat(result.heuristic().broken()).as("rules the heuristic breaks").isEmpty();
    assertThat(result.afterTaxIncome()).isGreaterThanOrEqualTo(result.heuristic().afterTaxIncome() - TOLERANCE);
    // in money, each placement's amount rounded to the cent: at an equal rate a cent can be lost
    assertThat(result.heuristic().gainAmount().toDouble()).isGreaterThanOrEqualTo(-0.01);
    // and no other placement of the same totals does better: location alone at them agrees
    // (without the income-growth floor: it bears on the totals only, which are fixed here, and where
    // it binds at the optimum, as in the accumulator with its mortgaged duplex, it fails by rounding
    // at the normalised totals)
    LocationResult alone = OPTIMIZER.optimize(problem(plan, objectiveId, valuation,
        rule -> rule.kind() != io.perennial.plan.ConstraintKind.MIN_INCOME_GROWTH, wages(example))
        .withFixedAllocation(normalised(result.totals())));
    assertThat(alone.status()).isEqualTo(AllocationStatus.OPTIMAL);
    boolean unpolished = objectiveId.equals("min-volatility")
        && result.diagnostics().stream().noneMatch(d -> d.contains("second solve"));
    if (unpolished) {
      // Known gap (issue 14 notes): for minimum volatility the optimizer's second solve, which
      // places the totals for the most after-tax income, keeps the household's rules; where the
      // income-growth floor binds at those totals (the accumulator with wages, its mortgaged duplex
      // counted at equity) it fails by rounding and the first placement is kept, so location alone
      // does better. Never worse:
      assertThat(result.afterTaxIncome()).isLessThanOrEqualTo(alone.afterTaxIncome() + TOLERANCE);
    } else {
      assertThat(result.afterTaxIncome()).isCloseTo(alone.afterTaxIncome(), within(TOLERANCE));
    }
    report(example + " " + objectiveId + " " + valuation.id(), problem, result);
  }

  @ParameterizedTest(name = "{0} current allocation {2}")
  @MethodSource("cases")
  void locationOfTheCurrentAllocationKeepsItAndBeatsHeuristicAndCurrentPlacement(String example, String objectiveId,
      DeferredValuation valuation) {
    if (!objectiveId.equals("max-income")) {
      return; // the objective does not matter once the allocation is fixed
    }
    ResolvedPlan plan = read(example);
    LocationProblem joint = problem(plan, objectiveId, valuation, false, wages(example));
    double[][] current = currentPlacement(plan, joint);
    Map<AssetId, Double> totals = new LinkedHashMap<>();
    for (int i = 0; i < joint.assetCount(); i++) {
      double t = 0.0;
      for (int a = 0; a < joint.accountCount(); a++) {
        t += current[i][a];
      }
      totals.put(joint.assets().get(i).id(), t);
    }
    LocationProblem problem = joint.withFixedAllocation(totals);

    LocationResult result = OPTIMIZER.optimize(problem);

    assertThat(result.status()).as(result.message()).isEqualTo(AllocationStatus.OPTIMAL);
    assertBalancesAndMenus(problem, result);
    for (Map.Entry<AssetId, Double> given : totals.entrySet()) {
      assertThat(result.total(given.getKey())).as(given.getKey().value()).isCloseTo(given.getValue(), within(1e-9));
    }
    assertThat(result.afterTaxIncome()).isGreaterThanOrEqualTo(result.heuristic().afterTaxIncome() - TOLERANCE);
    double currentIncome = 0.0;
    for (int i = 0; i < problem.assetCount(); i++) {
      for (int a = 0; a < problem.accountCount(); a++) {
        currentIncome += current[i][a] * problem.afterTaxIncome(i, a);
      }
    }
    assertThat(result.afterTaxIncome()).isGreaterThanOrEqualTo(currentIncome - TOLERANCE);
    report(String.format(Locale.ROOT, "%s current allocation %s (current placement %.4f %%)", example, valuation.id(),
        100 * currentIncome), problem, result);
  }

  // ----- building the problem from a plan (what the plan integration does) -----------------------

  /**
   * The location problem of a plan. Objectives: {@code max-income} (after-tax income at the
   * profile's volatility), {@code income-and-growth} (emphasis 0.5, the profile's inflation, at
   * that volatility), {@code min-volatility} (with an after-tax income floor of 80 % of the
   * current after-tax yield). With {@code withPlanRules} the plan's named constraints apply.
   */
  static LocationProblem problem(ResolvedPlan plan, String objectiveId, DeferredValuation valuation, boolean withPlanRules,
      BigDecimal wages) {
    return problem(plan, objectiveId, valuation, rule -> withPlanRules, wages);
  }

  /** The location problem of a plan with those of its named rules that {@code planRules} accepts. */
  static LocationProblem problem(ResolvedPlan plan, String objectiveId, DeferredValuation valuation,
      java.util.function.Predicate<PlanConstraint> planRules, BigDecimal wages) {
    List<CandidateAsset> assets = new ArrayList<>();
    Map<AssetId, IncomeMix> mixes = new LinkedHashMap<>();
    List<AssetEstimate> estimates = new ArrayList<>();
    for (UniverseAsset candidate : plan.candidates()) {
      AssetEstimate e = AssetEstimate.resolve(candidate.asset(), candidate.own(), ASSUMPTIONS);
      estimates.add(e);
      assets.add(new CandidateAsset(e.asset(), e.assetClass().id(), candidate.asset().sector(), candidate.asset().issuer(),
          new IncomeProfile(e.yield(), 1.0, 0.0, false, e.incomeGrowth())));
      mixes.put(e.asset(), e.incomeMix());
    }
    int n = assets.size();
    double[] mu = new double[n];
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      mu[i] = estimates.get(i).expectedReturn();
      for (int j = 0; j < n; j++) {
        double rho = i == j ? 1.0 : estimates.get(i).assetClass() == estimates.get(j).assetClass()
            ? HoldingsAnalyzer.WITHIN_CLASS_CORRELATION
            : ASSUMPTIONS.correlation(estimates.get(i).assetClass(), estimates.get(j).assetClass());
        sigma[i][j] = rho * estimates.get(i).volatility() * estimates.get(j).volatility();
      }
    }
    double cap = plan.profile().riskTolerance().maxVolatility();
    AllocationProblem.Builder household = AllocationProblem.builder(assets, mu, sigma);
    switch (objectiveId) {
      case "max-income" -> household.objective(new Objective.MaxIncome()).constraint(AllocationConstraint.maxVolatility(cap));
      case "income-and-growth" -> household.objective(new Objective.IncomeAndGrowth(0.5, plan.profile().inflation()))
          .constraint(AllocationConstraint.maxVolatility(cap));
      case "min-volatility" -> household.objective(new Objective.MinVolatility());
      default -> throw new IllegalArgumentException(objectiveId);
    }
    List<LocationAccount> accounts = accounts(plan);
    AccountTaxRates rates = rates(plan, mixes, estimates, wages).withDeferredValuation(valuation);
    // Indivisible or untradeable holdings (a rental property) stay where they are: only their
    // account may hold them, and that account holds only them, at today's weight (in the
    // valuation basis: after-tax value counts tax-deferred dollars at 1 − withdrawal rate).
    double total = 0.0;
    for (LocationAccount account : accounts) {
      total += account.balance().toDouble() * rates.valueFactor(account.type());
    }
    for (Account account : plan.accounts()) {
      for (Holding holding : account.holdings()) {
        if (plan.asset(holding.assetId()).assetClass().category() == AssetCategory.REAL_ESTATE
            && plan.asset(holding.assetId()).assetClass().id().startsWith("rental")) {
          double weight = value(plan, holding).toDouble() * rates.valueFactor(account.type()) / total;
          household.constraint(new AllocationConstraint.AssetBounds("hold:" + holding.assetId(), holding.assetId(), weight,
              weight));
        }
      }
    }
    for (PlanConstraint rule : plan.constraints()) {
      if (planRules.test(rule)) {
        household.constraint(allocationRule(rule, assets, plan));
      }
    }
    AllocationProblem built = household.build();
    LocationProblem problem = LocationProblem.builder(built, accounts, rates).incomeMixes(mixes).build();
    if (objectiveId.equals("min-volatility")) {
      double[][] current = currentPlacement(plan, problem);
      double income = 0.0;
      for (int i = 0; i < problem.assetCount(); i++) {
        for (int a = 0; a < problem.accountCount(); a++) {
          income += current[i][a] * problem.afterTaxIncome(i, a);
        }
      }
      problem = LocationProblem.builder(built.withConstraint(AllocationConstraint.minIncome(0.8 * income)), accounts, rates)
          .incomeMixes(mixes).build();
    }
    return problem;
  }

  /**
   * The accounts and balances of the plan. The accumulator's 401(k) offers a few funds (a menu);
   * an account that holds a rental property holds only it.
   */
  static List<LocationAccount> accounts(ResolvedPlan plan) {
    List<LocationAccount> accounts = new ArrayList<>();
    for (Account account : plan.accounts()) {
      Money balance = Money.zero(Money.USD);
      boolean property = false;
      for (Holding holding : account.holdings()) {
        balance = balance.plus(value(plan, holding));
        property |= plan.asset(holding.assetId()).assetClass().id().startsWith("rental");
      }
      LocationAccount located = new LocationAccount(account.id(), account.name(), account.type(), balance, Set.of());
      if (property) {
        located = located.withMenu(account.holdings().stream().map(Holding::assetId).toList());
      } else if (account.id().equals("401k")) {
        located = located.withMenu(List.of(AssetId.of("VTI"), AssetId.of("BND"), AssetId.of("VYMI"), AssetId.of("VTIP")));
      }
      accounts.add(located);
    }
    return accounts;
  }

  private static Money value(ResolvedPlan plan, Holding holding) {
    return plan.price(holding.assetId()).times(holding.quantity());
  }

  /** The plan's rule as a household constraint of the same name. */
  static AllocationConstraint allocationRule(PlanConstraint rule, List<CandidateAsset> assets, ResolvedPlan plan) {
    String name = rule.name();
    double limit = rule.limit();
    return switch (rule.kind()) {
      case MAX_CLASS -> new AllocationConstraint.GroupBounds(name, GroupKind.ASSET_CLASS, rule.subject(), Double.NEGATIVE_INFINITY, limit);
      case MIN_CLASS -> new AllocationConstraint.GroupBounds(name, GroupKind.ASSET_CLASS, rule.subject(), limit, Double.POSITIVE_INFINITY);
      case MAX_SECTOR -> new AllocationConstraint.GroupBounds(name, GroupKind.SECTOR, rule.subject(), Double.NEGATIVE_INFINITY, limit);
      case MAX_ISSUER -> new AllocationConstraint.GroupBounds(name, GroupKind.ISSUER, rule.subject(), Double.NEGATIVE_INFINITY, limit);
      case MAX_CATEGORY, MIN_CATEGORY -> {
        Map<AssetId, Double> members = new LinkedHashMap<>();
        for (CandidateAsset asset : assets) {
          if (plan.asset(asset.id()).assetClass().category().id().equals(rule.subject())) {
            members.put(asset.id(), 1.0);
          }
        }
        boolean max = rule.kind() == io.perennial.plan.ConstraintKind.MAX_CATEGORY;
        yield new AllocationConstraint.Linear(name, members, max ? Double.NEGATIVE_INFINITY : limit,
            max ? limit : Double.POSITIVE_INFINITY, "category " + rule.subject() + (max ? " ≤ " : " ≥ ") + limit);
      }
      case MIN_ASSET -> new AllocationConstraint.AssetBounds(name, AssetId.of(rule.subject()), limit, Double.POSITIVE_INFINITY);
      case MAX_ASSET -> new AllocationConstraint.AssetBounds(name, AssetId.of(rule.subject()), Double.NEGATIVE_INFINITY, limit);
      case MAX_EACH_ASSET -> new AllocationConstraint.WeightBounds(name, 0.0, limit);
      case MIN_YIELD -> {
        // the plan's yield floor is on distributions before tax: a rule on the totals
        Map<AssetId, Double> yields = new LinkedHashMap<>();
        for (CandidateAsset asset : assets) {
          yields.put(asset.id(), asset.income().yield());
        }
        yield new AllocationConstraint.Linear(name, yields, limit, Double.POSITIVE_INFINITY, "yield ≥ " + limit);
      }
      case MIN_INCOME_GROWTH -> new AllocationConstraint.IncomeGrowthFloor(name, limit, 0.0);
      case MAX_HOLDINGS -> new AllocationConstraint.MaxHoldings(name, (int) limit);
    };
  }

  /**
   * The household's marginal rates at its current income: the taxable part of its other income
   * (ordinary) plus what the taxable accounts pay now, by kind; the profile's filer (ages, state,
   * in-state munis, itemized deductions); 2026 rules.
   */
  static AccountTaxRates rates(ResolvedPlan plan, Map<AssetId, IncomeMix> mixes, List<AssetEstimate> estimates,
      BigDecimal wages) {
    Map<IncomeKind, BigDecimal> amounts = new EnumMap<>(IncomeKind.class);
    amounts.put(IncomeKind.ORDINARY, plan.profile().taxableOtherIncome().amount().add(wages));
    for (Account account : plan.accounts()) {
      if (account.type() != AccountType.TAXABLE) {
        continue;
      }
      for (Holding holding : account.holdings()) {
        double yield = estimates.stream().filter(e -> e.asset().equals(holding.assetId())).findFirst().orElseThrow().yield();
        BigDecimal income = value(plan, holding).amount().multiply(BigDecimal.valueOf(yield));
        for (Map.Entry<IncomeCharacter, Double> share : mixes.get(holding.assetId()).shares().entrySet()) {
          Optional<IncomeKind> kind = IncomeKind.of(share.getKey());
          kind.ifPresent(k -> amounts.merge(k, income.multiply(BigDecimal.valueOf(share.getValue())), BigDecimal::add));
        }
      }
    }
    TaxYearRules rules = TaxRules.forYear(2026);
    return AccountTaxRates.at(HouseholdIncome.of(amounts), TaxFiler.from(plan.profile()), rules);
  }

  /** Today's holdings as weights [asset][account] of the problem's household value. */
  static double[][] currentPlacement(ResolvedPlan plan, LocationProblem problem) {
    double[][] x = new double[problem.assetCount()][problem.accountCount()];
    double total = problem.householdValue().toDouble();
    for (int a = 0; a < problem.accountCount(); a++) {
      Account account = plan.accounts().get(a);
      double factor = problem.taxRates().valueFactor(account.type());
      for (Holding holding : account.holdings()) {
        x[problem.household().indexOf(holding.assetId())][a] += value(plan, holding).toDouble() * factor / total;
      }
    }
    return x;
  }

  private static Map<AssetId, Double> normalised(Map<AssetId, Double> totals) {
    double sum = totals.values().stream().mapToDouble(v -> Math.max(0.0, v)).sum();
    Map<AssetId, Double> map = new LinkedHashMap<>();
    totals.forEach((id, v) -> map.put(id, Math.max(0.0, v) / sum));
    return map;
  }

  private static void assertBalancesAndMenus(LocationProblem problem, LocationResult result) {
    for (int a = 0; a < problem.accountCount(); a++) {
      String id = problem.accounts().get(a).id();
      double sum = result.placements().stream().filter(p -> p.account().equals(id)).mapToDouble(Placement::weight).sum();
      assertThat(sum).as("balance of " + id).isCloseTo(problem.share(a), within(TOLERANCE));
    }
    for (Placement p : result.placements()) {
      assertThat(p.weight()).isGreaterThanOrEqualTo(0.0);
      assertThat(problem.accounts().get(problem.accountIndex(p.account())).allows(p.asset())).isTrue();
    }
  }

  /** One line for people, in the test output: what location gains on the example. */
  private static void report(String what, LocationProblem problem, LocationResult result) {
    System.out.printf(Locale.ROOT, "location %-58s [ordinary %.3f qualified %.3f withdrawal %.3f] after-tax %.4f %% (%s/yr)"
        + " heuristic %.4f %% gain %s/yr (%s)%n", what,
        problem.taxRates().taxable().get(IncomeCharacter.TAXABLE_INTEREST),
        problem.taxRates().taxable().get(IncomeCharacter.QUALIFIED_DIVIDEND), problem.taxRates().withdrawal(),
        100 * result.afterTaxIncome(), result.afterTaxIncomeAmount().amount(), 100 * result.heuristic().afterTaxIncome(),
        result.heuristic().gainAmount().amount(),
        Double.isNaN(result.heuristic().relativeGain()) ? "n/a"
            : String.format(Locale.ROOT, "%+.2f %%", 100 * result.heuristic().relativeGain()));
  }

  /** The plan of {@code document} under {@code assumptions}, resolved as the planner resolves it. */
  private static ResolvedPlan resolved(io.perennial.io.PlanDocument document, io.perennial.market.CapitalMarketAssumptions assumptions) {
    return ResolvedPlan.of(document.household(), document.market(assumptions), document.settings());
  }
}
