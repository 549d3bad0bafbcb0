package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.tax.RealizedGain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holdings of every account on a date, rebuilt from transactions: open lots per asset, cash,
 * and the gains realized by the sales up to that date.
 *
 * @param asOf the date (transactions after it are left out)
 * @param positions open positions, sorted by account then asset
 * @param cash cash per account (accounts without any cash flow are absent)
 * @param realized realized gains per account, in sale order
 */
public record LedgerState(
    LocalDate asOf, List<LedgerPosition> positions, Map<String, Money> cash, Map<String, List<RealizedGain>> realized) {

  public LedgerState {
    Checks.notNull(asOf, "as-of date");
    positions = List.copyOf(positions);
    cash = Collections.unmodifiableMap(new TreeMap<>(cash));
    TreeMap<String, List<RealizedGain>> copy = new TreeMap<>();
    realized.forEach((account, gains) -> copy.put(account, List.copyOf(gains)));
    realized = Collections.unmodifiableMap(copy);
  }

  /** The ids of all accounts with a position, cash or a realized gain, sorted. */
  public List<String> accountIds() {
    TreeSet<String> ids = new TreeSet<>(cash.keySet());
    ids.addAll(realized.keySet());
    positions.forEach(p -> ids.add(p.accountId()));
    return new ArrayList<>(ids);
  }

  /** The positions of one account, sorted by asset. */
  public List<LedgerPosition> positions(String accountId) {
    return positions.stream().filter(p -> p.accountId().equals(accountId)).toList();
  }

  /** The position in {@code assetId} of {@code accountId}, if any. */
  public Optional<LedgerPosition> position(String accountId, AssetId assetId) {
    return positions.stream().filter(p -> p.accountId().equals(accountId) && p.assetId().equals(assetId)).findFirst();
  }

  /** Cash of one account (zero when it had no cash flow). */
  public Money cash(String accountId) {
    return cash.getOrDefault(accountId, Money.ZERO_USD);
  }
}
