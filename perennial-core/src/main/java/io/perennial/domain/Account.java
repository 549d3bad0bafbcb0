package io.perennial.domain;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An account of the household: a brokerage account, an IRA, a Roth.
 *
 * @param id short identifier used in variable names and files ({@code roth})
 * @param name a name for people
 * @param type how it is taxed
 * @param holdings positions, at most one per asset (cash is held as the cash asset)
 * @param menu the assets the account may hold (a 401(k)'s fund list), ids unique; empty: it may
 *     hold any asset the plan considers
 */
public record Account(String id, String name, AccountType type, List<Holding> holdings, List<AssetId> menu) {

  public Account {
    Checks.notBlank(id, "account id");
    name = name == null || name.isBlank() ? id : name;
    Checks.notNull(type, "type of account " + id);
    holdings = List.copyOf(holdings);
    Set<AssetId> seen = new HashSet<>();
    for (Holding holding : holdings) {
      Checks.check(seen.add(holding.assetId()),
          "account " + id + " holds " + holding.assetId() + " twice; merge the two into one holding with lots");
    }
    menu = List.copyOf(menu == null ? List.of() : menu);
    Checks.check(new HashSet<>(menu).size() == menu.size(), "the menu of account " + id + " names an asset twice");
  }

  /** An account that may hold any asset (no menu). */
  public Account(String id, String name, AccountType type, List<Holding> holdings) {
    this(id, name, type, holdings, List.of());
  }

  /** This account with other holdings (the same id, name, type and menu), e.g. after trades. */
  public Account withHoldings(List<Holding> newHoldings) {
    return new Account(id, name, type, newHoldings, menu);
  }

  /** This account with the menu {@code assets} (empty: any asset). */
  public Account withMenu(List<AssetId> assets) {
    return new Account(id, name, type, holdings, assets);
  }

  /** Whether the account may hold {@code assetId}: its menu names it, or it has no menu. */
  public boolean offers(AssetId assetId) {
    return menu.isEmpty() || menu.contains(assetId);
  }

  /** The holding of {@code assetId}, if any. */
  public Optional<Holding> holding(AssetId assetId) {
    return holdings.stream().filter(h -> h.assetId().equals(assetId)).findFirst();
  }
}
