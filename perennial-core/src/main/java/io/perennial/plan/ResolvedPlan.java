package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.linalg.PsdRepair;
import io.perennial.domain.Account;
import io.perennial.domain.Asset;
import io.perennial.domain.Holding;
import io.perennial.domain.Household;
import io.perennial.domain.InvestorProfile;
import io.perennial.market.AssetEstimate;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.MarketSnapshot;
import io.perennial.market.UniverseAsset;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's three inputs (household, market snapshot, settings) checked against each other, with
 * what every step derives from them computed once: the tax year and its rules, each candidate's
 * estimate, the candidates' covariance Σ (repaired once, with a note, when it is not positive
 * semi-definite), the value of each position and account, the total value (the basis of the
 * holdings' weights) and the cash asset. Every step of the {@link Planner} reads it; none derives
 * these again. Immutable.
 *
 * <p>Σ over the candidates: Σᵢⱼ = ρᵢⱼ σᵢ σⱼ, ρ = 1 on the diagonal,
 * {@link HoldingsAnalyzer#WITHIN_CLASS_CORRELATION} between two assets of one class and the
 * assumptions' class correlation otherwise, σ each candidate's volatility (its own, else its
 * class's). The mix of within-class and class correlations can, rarely, be indefinite; it is then
 * replaced by the nearest PSD matrix ({@link PsdRepair#spectral}) and {@link #notes()} says so.
 */
public final class ResolvedPlan {

  private final Household household;
  private final MarketSnapshot market;
  private final PlanSettings settings;
  private final TaxAnalyzer.TaxYearChoice taxYear;
  private final TaxYearRules taxRules;
  private final Map<AssetId, AssetEstimate> estimates;
  private final Map<AssetId, Integer> index;
  private final double[][] covariance;
  private final List<Problem> notes;
  private final Map<String, Map<AssetId, BigDecimal>> positionValues;
  private final Map<String, BigDecimal> accountValues;
  private final BigDecimal totalValue;

  private ResolvedPlan(Household household, MarketSnapshot market, PlanSettings settings) {
    this.household = household;
    this.market = market;
    this.settings = settings;
    this.taxYear = TaxAnalyzer.taxYear(market.valuationDate(), settings.taxYear());
    this.taxRules = TaxRules.forYear(taxYear.rulesYear());
    CapitalMarketAssumptions assumptions = market.assumptions();
    Map<AssetId, AssetEstimate> estimateMap = new LinkedHashMap<>();
    Map<AssetId, Integer> indexMap = new LinkedHashMap<>();
    for (UniverseAsset candidate : market.candidates()) {
      indexMap.put(candidate.asset().id(), indexMap.size());
      estimateMap.put(candidate.asset().id(), AssetEstimate.resolve(candidate.asset(), candidate.own(), assumptions));
    }
    this.estimates = Collections.unmodifiableMap(estimateMap);
    this.index = Collections.unmodifiableMap(indexMap);
    List<AssetEstimate> ordered = List.copyOf(estimateMap.values());
    int n = ordered.size();
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      AssetEstimate a = ordered.get(i);
      for (int j = 0; j < n; j++) {
        AssetEstimate b = ordered.get(j);
        double rho = i == j ? 1.0 : a.assetClass() == b.assetClass() ? HoldingsAnalyzer.WITHIN_CLASS_CORRELATION
            : assumptions.correlation(a.assetClass(), b.assetClass());
        sigma[i][j] = rho * a.volatility() * b.volatility();
      }
    }
    PsdRepair repair = PsdRepair.spectral(sigma);
    if (repair.repaired()) {
      this.notes = List.of(Problem.of("risk", "the covariance of the candidate assets was not positive semi-definite and "
          + "was repaired (" + repair.describe() + ")", ""));
      this.covariance = repair.matrix();
    } else {
      this.notes = List.of();
      this.covariance = sigma;
    }
    Map<String, Map<AssetId, BigDecimal>> positions = new LinkedHashMap<>();
    Map<String, BigDecimal> accounts = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Account account : household.accounts()) {
      Map<AssetId, BigDecimal> values = new LinkedHashMap<>();
      BigDecimal accountValue = BigDecimal.ZERO;
      for (Holding holding : account.holdings()) {
        BigDecimal value = market.value(holding);
        values.put(holding.assetId(), value);
        accountValue = accountValue.add(value);
      }
      positions.put(account.id(), Collections.unmodifiableMap(values));
      accounts.put(account.id(), accountValue);
      total = total.add(accountValue);
    }
    this.positionValues = Collections.unmodifiableMap(positions);
    this.accountValues = Collections.unmodifiableMap(accounts);
    this.totalValue = total;
  }

  /**
   * Resolves a plan: checks the three inputs against each other ({@link #check}), then derives
   * the tax year, estimates, Σ and values once.
   *
   * @throws IllegalArgumentException when the inputs do not fit together (the message names the
   *     account, asset or constraint), or the tax year has no tax data (see {@link TaxAnalyzer#taxYear})
   */
  public static ResolvedPlan of(Household household, MarketSnapshot market, PlanSettings settings) {
    Checks.notNull(household, "household");
    Checks.notNull(market, "market snapshot");
    Checks.notNull(settings, "plan settings");
    Set<AssetId> ids = new HashSet<>();
    market.candidates().forEach(c -> ids.add(c.asset().id()));
    check(household, ids, market.prices().keySet(), settings.constraints());
    return new ResolvedPlan(household, PropertyHoldings.market(market, settings.properties()), settings);
  }

  /**
   * Checks that a household, the candidate assets, the priced assets and the rules fit together:
   * every asset held is a candidate and has a price, every menu names candidates only, every rule
   * on an asset names a candidate. Needs no assumptions, so a file reader can check a plan before
   * they are chosen.
   *
   * @param candidates the ids of the candidate assets
   * @param priced the ids of the assets with a price
   * @throws IllegalArgumentException naming the first account, asset or rule at fault
   */
  public static void check(Household household, Collection<AssetId> candidates, Collection<AssetId> priced,
      List<PlanConstraint> constraints) {
    Checks.notNull(household, "household");
    Checks.notNull(candidates, "candidates");
    Checks.notNull(priced, "priced assets");
    Checks.notNull(constraints, "constraints");
    for (Account account : household.accounts()) {
      for (Holding holding : account.holdings()) {
        Checks.check(candidates.contains(holding.assetId()),
            "account " + account.id() + " holds " + holding.assetId() + ", which is not in the universe");
        Checks.check(priced.contains(holding.assetId()),
            "account " + account.id() + " holds " + holding.assetId() + ", which has no price");
      }
      for (AssetId id : account.menu()) {
        Checks.check(candidates.contains(id), "the menu of account " + account.id() + " offers " + id
            + ", which is not in the universe");
      }
    }
    for (PlanConstraint constraint : constraints) {
      if (constraint.kind().subject() == ConstraintKind.Subject.ASSET) {
        Checks.check(candidates.contains(AssetId.of(constraint.subject())),
            "constraint " + constraint.name() + " names asset " + constraint.subject() + ", which is not in the universe");
      }
    }
  }

  /**
   * This plan with the accounts {@code accounts} (e.g. after trades), resolved again: the same
   * profile, settings and market, with the cash asset among the candidates so that the settlement
   * cash the trades leave can be valued.
   */
  public ResolvedPlan withAccounts(List<Account> accounts) {
    return of(household.withAccounts(accounts), market.withCash(), settings);
  }

  /** This plan with the profile {@code profile} (the same accounts, market and settings), resolved again. */
  public ResolvedPlan withProfile(InvestorProfile profile) {
    return of(new Household(profile, household.accounts()), market, settings);
  }

  /** This plan with other settings (the same household and market), resolved again. */
  public ResolvedPlan withSettings(PlanSettings newSettings) {
    return of(household, market, newSettings);
  }

  /** The household: profile and accounts. */
  public Household household() {
    return household;
  }

  /** The market the plan is valued in (its property assets priced at the household's equity, {@link PropertyHoldings}). */
  public MarketSnapshot market() {
    return market;
  }

  /** How the plan is made. */
  public PlanSettings settings() {
    return settings;
  }

  /** The investor. */
  public InvestorProfile profile() {
    return household.profile();
  }

  /** The household's accounts, in the plan's order. */
  public List<Account> accounts() {
    return household.accounts();
  }

  /** The date the holdings and prices describe. */
  public LocalDate valuationDate() {
    return market.valuationDate();
  }

  /** The capital-market assumptions. */
  public CapitalMarketAssumptions assumptions() {
    return market.assumptions();
  }

  /** The candidate assets, in the plan's order. */
  public List<UniverseAsset> candidates() {
    return market.candidates();
  }

  /** The candidate asset {@code id}, if any. */
  public Optional<UniverseAsset> candidate(AssetId id) {
    return market.candidate(id);
  }

  /** The asset {@code id}; it must be a candidate. */
  public Asset asset(AssetId id) {
    return market.asset(id);
  }

  /** The price of {@code id} per unit; it must have one. */
  public Money price(AssetId id) {
    return market.price(id);
  }

  /** The cash asset (see {@link MarketSnapshot#cash()}). */
  public Asset cash() {
    return market.cash();
  }

  /** Which year's tax rules value the taxes. */
  public TaxAnalyzer.TaxYearChoice taxYear() {
    return taxYear;
  }

  /** The tax rules of {@link #taxYear()}'s rules year. */
  public TaxYearRules taxRules() {
    return taxRules;
  }

  /** The estimate of candidate {@code id}: its own figures, else its class's; it must be a candidate. */
  public AssetEstimate estimate(AssetId id) {
    AssetEstimate estimate = estimates.get(id);
    Checks.check(estimate != null, "asset " + id + " is not in the universe");
    return estimate;
  }

  /** The estimate of every candidate, in the plan's order. */
  public Map<AssetId, AssetEstimate> estimates() {
    return estimates;
  }

  /** Σ between candidates {@code a} and {@code b}: yearly covariance of returns, repaired if needed. */
  public double covariance(AssetId a, AssetId b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    Checks.check(i != null, "asset " + a + " is not in the universe");
    Checks.check(j != null, "asset " + b + " is not in the universe");
    return covariance[i][j];
  }

  /** What resolving found worth saying: the repair of Σ, if it needed one. */
  public List<Problem> notes() {
    return notes;
  }

  /** The value of {@code account}'s holding of {@code id} (quantity × price, exact); zero when it holds none. */
  public BigDecimal value(String account, AssetId id) {
    Map<AssetId, BigDecimal> values = positionValues.get(account);
    Checks.check(values != null, "no account " + account);
    return values.getOrDefault(id, BigDecimal.ZERO);
  }

  /** The value of {@code account}'s {@code holding}, as {@link MarketSnapshot#value} gives it. */
  public BigDecimal value(Account account, Holding holding) {
    return value(account.id(), holding.assetId());
  }

  /** The value of account {@code account}: the sum of its positions' values, exact. */
  public BigDecimal accountValue(String account) {
    BigDecimal value = accountValues.get(account);
    Checks.check(value != null, "no account " + account);
    return value;
  }

  /** The household's total value, exact: the basis of the holdings' weights. */
  public BigDecimal totalValue() {
    return totalValue;
  }

  /** The menu of account {@code id}: the assets it may hold; empty when it may hold any. */
  public List<AssetId> menu(String id) {
    return household.account(id).map(Account::menu).orElse(List.of());
  }

  /** The plan's rules. */
  public List<PlanConstraint> constraints() {
    return settings.constraints();
  }

  /** How the allocation is optimized. */
  public OptimizationSettings optimization() {
    return settings.optimization();
  }

  /** How the projection runs. */
  public ProjectionSettings projection() {
    return settings.projection();
  }
}
