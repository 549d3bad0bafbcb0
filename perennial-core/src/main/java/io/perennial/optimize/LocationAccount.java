package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An account of the household as asset location sees it: its tax type, its balance (fixed: the
 * location decides what it holds, not how much) and its menu.
 *
 * @param id short identifier, used in variable names ({@code SCHD@roth}); no spaces, no '@'
 * @param name a name for people (the id when blank)
 * @param type how it is taxed
 * @param balance its market value, zero or more
 * @param menu the assets it may hold (a 401(k) offers a few funds); <em>empty means any</em>
 *     candidate asset
 */
public record LocationAccount(String id, String name, AccountType type, Money balance, Set<AssetId> menu) {

  public LocationAccount {
    Checks.notBlank(id, "account id");
    Checks.check(!id.contains("@") && id.chars().noneMatch(Character::isWhitespace),
        "account id '" + id + "' must not contain spaces or '@' (it is part of variable names such as SCHD@" + id + ")");
    name = name == null || name.isBlank() ? id : name;
    Checks.notNull(type, "type of account " + id);
    Checks.notNull(balance, "balance of account " + id);
    Checks.check(!balance.isNegative(), "balance of account " + id + " must be zero or more, got " + balance);
    Checks.notNull(menu, "menu of account " + id);
    Set<AssetId> copy = new LinkedHashSet<>();
    for (AssetId asset : menu) {
      copy.add(Checks.notNull(asset, "asset on the menu of account " + id));
    }
    menu = Collections.unmodifiableSet(copy);
  }

  /** An account that may hold any candidate asset. */
  public static LocationAccount of(String id, AccountType type, Money balance) {
    return new LocationAccount(id, id, type, balance, Set.of());
  }

  /** This account restricted to {@code assets} (a 401(k)'s fund list). */
  public LocationAccount withMenu(Collection<AssetId> assets) {
    Checks.notNull(assets, "menu");
    Checks.check(!assets.isEmpty(), "the menu of account " + id + " is empty; give the assets it offers");
    return new LocationAccount(id, name, type, balance, new LinkedHashSet<>(assets));
  }

  /** This account with a name for people. */
  public LocationAccount withName(String newName) {
    return new LocationAccount(id, newName, type, balance, menu);
  }

  /** Whether the account may hold {@code asset}. */
  public boolean allows(AssetId asset) {
    return menu.isEmpty() || menu.contains(asset);
  }
}
