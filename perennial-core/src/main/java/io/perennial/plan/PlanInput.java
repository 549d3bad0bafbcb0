package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.Asset;
import io.perennial.domain.Holding;
import io.perennial.domain.InvestorProfile;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything a plan starts from: who it is for, what is held where, what may be held, the prices
 * on the valuation date and the rules the allocation must keep.
 *
 * @param valuationDate the date the holdings and prices describe
 * @param profile the investor
 * @param accounts the household's accounts and their holdings, ids unique
 * @param universe the candidate assets, ids unique; every held asset is one of them
 * @param prices price per unit of each asset on the valuation date, more than zero; every held
 *     asset has one (cash: 1 per unit of currency)
 * @param constraints named rules, names unique; asset subjects name universe assets
 * @param taxYear the year whose tax rules value the taxes; empty: the valuation date's year (see
 *     {@link TaxAnalyzer#taxYear})
 * @param menus the assets an account may hold, by account id (a 401(k)'s fund list); an account
 *     without one may hold any asset of the universe
 * @param optimization how the allocation is optimized
 * @param projection how the projection runs (paths, seed, spending rule...)
 */
public record PlanInput(
    LocalDate valuationDate,
    InvestorProfile profile,
    List<Account> accounts,
    List<UniverseAsset> universe,
    Map<AssetId, Money> prices,
    List<PlanConstraint> constraints,
    OptionalInt taxYear,
    Map<String, List<AssetId>> menus,
    OptimizationSettings optimization,
    ProjectionSettings projection) {

  public PlanInput {
    projection = projection == null ? ProjectionSettings.DEFAULTS : projection;
    Checks.notNull(valuationDate, "valuation date");
    Checks.notNull(profile, "profile");
    accounts = List.copyOf(Checks.notNull(accounts, "accounts"));
    universe = List.copyOf(Checks.notNull(universe, "universe"));
    constraints = List.copyOf(Checks.notNull(constraints, "constraints"));
    taxYear = taxYear == null ? OptionalInt.empty() : taxYear;
    taxYear.ifPresent(year -> Checks.check(year >= 1900 && year <= 2200, "tax year must be a year such as 2026, got " + year));
    optimization = optimization == null ? OptimizationSettings.DEFAULT : optimization;
    Map<String, List<AssetId>> menuCopy = new LinkedHashMap<>();
    if (menus != null) {
      menus.forEach((account, assets) -> menuCopy.put(account, List.copyOf(assets)));
    }
    menus = Collections.unmodifiableMap(menuCopy);
    Checks.notNull(prices, "prices");
    Set<AssetId> ids = new HashSet<>();
    for (UniverseAsset candidate : universe) {
      Checks.check(ids.add(candidate.asset().id()), "asset " + candidate.asset().id() + " appears twice in the universe");
    }
    Map<AssetId, Money> priceCopy = new LinkedHashMap<>();
    for (Map.Entry<AssetId, Money> entry : prices.entrySet()) {
      Checks.notNull(entry.getKey(), "priced asset");
      Checks.notNull(entry.getValue(), "price of " + entry.getKey());
      Checks.check(entry.getValue().amount().signum() > 0,
          "price of " + entry.getKey() + " must be more than zero, got " + entry.getValue());
      priceCopy.put(entry.getKey(), entry.getValue());
    }
    prices = Collections.unmodifiableMap(priceCopy);
    Set<String> accountIds = new HashSet<>();
    for (Account account : accounts) {
      Checks.check(accountIds.add(account.id()), "account id " + account.id() + " is used twice");
      for (Holding holding : account.holdings()) {
        Checks.check(ids.contains(holding.assetId()),
            "account " + account.id() + " holds " + holding.assetId() + ", which is not in the universe");
        Checks.check(prices.containsKey(holding.assetId()),
            "account " + account.id() + " holds " + holding.assetId() + ", which has no price");
      }
    }
    for (Map.Entry<String, List<AssetId>> menu : menus.entrySet()) {
      Checks.check(accountIds.contains(menu.getKey()), "a menu is given for account " + menu.getKey() + ", which is not an account");
      Checks.check(!menu.getValue().isEmpty(), "the menu of account " + menu.getKey() + " is empty");
      for (AssetId id : menu.getValue()) {
        Checks.check(ids.contains(id), "the menu of account " + menu.getKey() + " offers " + id + ", which is not in the universe");
      }
    }
    Set<String> names = new HashSet<>();
    for (PlanConstraint constraint : constraints) {
      Checks.check(names.add(constraint.name()), "two constraints are named " + constraint.name());
      if (constraint.kind().subject() == ConstraintKind.Subject.ASSET) {
        Checks.check(ids.contains(AssetId.of(constraint.subject())),
            "constraint " + constraint.name() + " names asset " + constraint.subject() + ", which is not in the universe");
      }
    }
  }

  /** A plan whose taxes follow the valuation date's year, without menus, optimized and projected with the defaults. */
  public PlanInput(LocalDate valuationDate, InvestorProfile profile, List<Account> accounts, List<UniverseAsset> universe,
      Map<AssetId, Money> prices, List<PlanConstraint> constraints) {
    this(valuationDate, profile, accounts, universe, prices, constraints, OptionalInt.empty(), ProjectionSettings.DEFAULTS);
  }

  /** A plan without menus, optimized and projected with the defaults. */
  public PlanInput(LocalDate valuationDate, InvestorProfile profile, List<Account> accounts, List<UniverseAsset> universe,
      Map<AssetId, Money> prices, List<PlanConstraint> constraints, OptionalInt taxYear) {
    this(valuationDate, profile, accounts, universe, prices, constraints, taxYear, ProjectionSettings.DEFAULTS);
  }

  /** A plan without menus, optimized with the defaults. */
  public PlanInput(LocalDate valuationDate, InvestorProfile profile, List<Account> accounts, List<UniverseAsset> universe,
      Map<AssetId, Money> prices, List<PlanConstraint> constraints, OptionalInt taxYear, ProjectionSettings projection) {
    this(valuationDate, profile, accounts, universe, prices, constraints, taxYear, Map.of(), OptimizationSettings.DEFAULT,
        projection);
  }

  /** This plan with its taxes valued under the rules of {@code year}. */
  public PlanInput withTaxYear(int year) {
    return new PlanInput(valuationDate, profile, accounts, universe, prices, constraints, OptionalInt.of(year), menus,
        optimization, projection);
  }

  /** This plan optimized with {@code settings}. */
  public PlanInput withOptimization(OptimizationSettings settings) {
    return new PlanInput(valuationDate, profile, accounts, universe, prices, constraints, taxYear, menus, settings, projection);
  }

  /** This plan with other accounts (the same universe, prices and rules), e.g. the holdings after trades. */
  public PlanInput withAccounts(List<Account> newAccounts) {
    return new PlanInput(valuationDate, profile, newAccounts, universe, prices, constraints, taxYear, menus, optimization, projection);
  }

  /** This plan with another universe and prices (they must cover the holdings). */
  public PlanInput withUniverse(List<UniverseAsset> newUniverse, Map<AssetId, Money> newPrices) {
    return new PlanInput(valuationDate, profile, accounts, newUniverse, newPrices, constraints, taxYear, menus, optimization, projection);
  }

  /** The menu of account {@code id}: the assets it may hold; empty when it may hold any. */
  public List<AssetId> menu(String id) {
    return menus.getOrDefault(id, List.of());
  }

  /** This plan projected with {@code settings}. */
  public PlanInput withProjection(ProjectionSettings settings) {
    return new PlanInput(valuationDate, profile, accounts, universe, prices, constraints, taxYear, menus, optimization, settings);
  }

  /** The candidate asset {@code id}, if any. */
  public Optional<UniverseAsset> candidate(AssetId id) {
    return universe.stream().filter(u -> u.asset().id().equals(id)).findFirst();
  }

  /** The asset {@code id}; it must be in the universe. */
  public Asset asset(AssetId id) {
    return candidate(id).orElseThrow(() -> new IllegalArgumentException("asset " + id + " is not in the universe")).asset();
  }

  /** The price of {@code id}; it must have one. */
  public Money price(AssetId id) {
    Money price = prices.get(id);
    Checks.check(price != null, "asset " + id + " has no price");
    return price;
  }
}
