package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.market.AssetEstimate;
import io.perennial.market.UniverseAsset;
import io.perennial.optimize.LocationAccount;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the optimizer may hold: the universe's candidates in problem order with their estimates,
 * and the assets held as they are (not tradeable: their holdings kept, never traded). A candidate
 * that is not tradeable and not held is left out (a trade never buys it). Also what the candidates
 * make of the current holdings: the accounts with their balances and menus, the taxable accounts'
 * distributions today, and today's placement. Immutable.
 *
 * @param candidates the candidate assets, in problem order
 * @param estimates each candidate's estimate, in problem order
 * @param kept the candidates held as they are
 * @param notes what choosing them found worth saying (candidates left out)
 */
record PlanCandidates(List<UniverseAsset> candidates, Map<AssetId, AssetEstimate> estimates, Set<AssetId> kept,
    List<String> notes) {

  PlanCandidates {
    candidates = List.copyOf(candidates);
    estimates = Collections.unmodifiableMap(new LinkedHashMap<>(estimates));
    kept = Collections.unmodifiableSet(new LinkedHashSet<>(kept));
    notes = List.copyOf(notes);
  }

  /** The candidates of {@code input}'s universe, the assets not tradeable but held kept as they are. */
  static PlanCandidates of(ResolvedPlan input) {
    Set<AssetId> held = new HashSet<>();
    input.accounts().forEach(a -> a.holdings().forEach(h -> {
      if (h.quantity().signum() > 0) {
        held.add(h.assetId());
      }
    }));
    List<UniverseAsset> candidates = new ArrayList<>();
    Map<AssetId, AssetEstimate> estimates = new LinkedHashMap<>();
    Set<AssetId> kept = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    for (UniverseAsset candidate : input.candidates()) {
      Asset asset = candidate.asset();
      if (!candidate.tradeable()) {
        if (!held.contains(asset.id())) {
          notes.add(asset.id() + " (not tradeable) is not held and is left out: it is not bought by a trade");
          continue;
        }
        kept.add(asset.id());
      }
      candidates.add(candidate);
      estimates.put(asset.id(), input.estimate(asset.id()));
    }
    return new PlanCandidates(candidates, estimates, kept, notes);
  }

  /** Whether every candidate is held as it is: nothing to trade. */
  boolean allKept() {
    return kept.size() == candidates.size();
  }

  /** The taxable accounts' current distributions by kind. */
  HouseholdIncome currentTaxableIncome(ResolvedPlan input) {
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
        BigDecimal income = input.market().value(holding).multiply(BigDecimal.valueOf(e.yield()));
        for (Map.Entry<IncomeCharacter, Double> share : e.incomeMix().shares().entrySet()) {
          IncomeKind.of(share.getKey()).ifPresent(k -> amounts.merge(k, income.multiply(BigDecimal.valueOf(share.getValue())),
              BigDecimal::add));
        }
      }
    }
    return HouseholdIncome.of(amounts);
  }

  /** The accounts with their balances and menus. */
  List<LocationAccount> accounts(ResolvedPlan input) {
    List<AssetId> ids = candidates.stream().map(c -> c.asset().id()).toList();
    List<LocationAccount> accounts = new ArrayList<>();
    for (Account account : input.accounts()) {
      BigDecimal balance = BigDecimal.ZERO;
      Set<AssetId> keptHere = new LinkedHashSet<>();
      boolean onlyKept = !account.holdings().isEmpty();
      for (Holding holding : account.holdings()) {
        balance = balance.add(input.market().value(holding));
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

  /** The current placement: each holding's weight of the household in the optimizer's basis. */
  Map<String, Map<AssetId, Double>> currentPlacement(ResolvedPlan input, AccountTaxRates rates, double valued) {
    Map<String, Map<AssetId, Double>> placement = new LinkedHashMap<>();
    for (Account account : input.accounts()) {
      Map<AssetId, Double> weights = new LinkedHashMap<>();
      for (Holding holding : account.holdings()) {
        if (estimates.containsKey(holding.assetId())) {
          weights.merge(holding.assetId(), input.market().value(holding).doubleValue() * rates.valueFactor(account.type()) / valued,
              Double::sum);
        }
      }
      placement.put(account.id(), weights);
    }
    return placement;
  }
}
