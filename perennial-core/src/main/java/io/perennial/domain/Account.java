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
 */
public record Account(String id, String name, AccountType type, List<Holding> holdings) {

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
  }

  /** The holding of {@code assetId}, if any. */
  public Optional<Holding> holding(AssetId assetId) {
    return holdings.stream().filter(h -> h.assetId().equals(assetId)).findFirst();
  }
}
