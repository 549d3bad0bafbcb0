package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The household's units and cash while trades are being chosen: a working copy of the request's
 * accounts after the cash flows, with the trades made so far (units now − units before). Cash is
 * exact (units × price at the cent); weights for decisions are doubles.
 */
final class Book {

  private final RebalanceRequest request;
  private final List<String> accounts = new ArrayList<>();
  private final Map<String, AccountType> types = new LinkedHashMap<>();
  private final Map<String, Map<AssetId, BigDecimal>> before = new LinkedHashMap<>();
  private final Map<String, Map<AssetId, BigDecimal>> units = new LinkedHashMap<>();
  private final Map<String, BigDecimal> cash = new LinkedHashMap<>();

  Book(RebalanceRequest request) {
    this.request = request;
    for (Account account : request.accounts()) {
      accounts.add(account.id());
      types.put(account.id(), account.type());
      Map<AssetId, BigDecimal> held = new LinkedHashMap<>();
      BigDecimal money = BigDecimal.ZERO;
      for (Holding holding : account.holdings()) {
        if (holding.assetId().equals(request.cash())) {
          money = money.add(Money.usd(holding.quantity()).amount());
        } else {
          held.put(holding.assetId(), holding.quantity());
        }
      }
      Money flow = request.cashFlows().get(account.id());
      cash.put(account.id(), flow == null ? money : money.add(flow.amount()));
      before.put(account.id(), new LinkedHashMap<>(held));
      units.put(account.id(), held);
    }
  }

  /** A copy with the same state, for trying trades. */
  Book copy() {
    Book copy = new Book(request);
    for (String account : accounts) {
      copy.units.put(account, new LinkedHashMap<>(units.get(account)));
      copy.cash.put(account, cash.get(account));
    }
    return copy;
  }

  RebalanceRequest request() {
    return request;
  }

  List<String> accounts() {
    return accounts;
  }

  AccountType type(String account) {
    return types.get(account);
  }

  /** The assets held in {@code account} now (not cash), in the order first held. */
  List<AssetId> held(String account) {
    List<AssetId> held = new ArrayList<>();
    units.get(account).forEach((asset, q) -> {
      if (q.signum() > 0) {
        held.add(asset);
      }
    });
    return held;
  }

  BigDecimal units(String account, AssetId asset) {
    return units.get(account).getOrDefault(asset, BigDecimal.ZERO);
  }

  BigDecimal unitsBefore(String account, AssetId asset) {
    return before.get(account).getOrDefault(asset, BigDecimal.ZERO);
  }

  /** The account's cash now (negative while a withdrawal is not yet funded). */
  BigDecimal cash(String account) {
    return cash.get(account);
  }

  double price(AssetId asset) {
    return request.prices().get(asset).toDouble();
  }

  AssetClass assetClass(AssetId asset) {
    return request.classes().get(asset);
  }

  /** The value of {@code account}'s holding of {@code asset}, in dollars. */
  double value(String account, AssetId asset) {
    return units(account, asset).doubleValue() * price(asset);
  }

  /** The household's value (constant through trades, which swap cash and units at today's prices). */
  double total() {
    double total = 0;
    for (String account : accounts) {
      total += cash.get(account).doubleValue();
      for (AssetId asset : held(account)) {
        total += value(account, asset);
      }
    }
    return total;
  }

  /** The value {@code target} covers now, cash included when it covers cash. */
  double covered(Target target) {
    double sum = 0;
    for (String account : accounts) {
      if (target.covers(account, request.cash(), assetClass(request.cash()))) {
        sum += cash.get(account).doubleValue();
      }
      for (AssetId asset : held(account)) {
        if (target.covers(account, asset, assetClass(asset))) {
          sum += value(account, asset);
        }
      }
    }
    return sum;
  }

  /** Buys (units &gt; 0) or sells (units &lt; 0) {@code asset} in {@code account} at today's price, paid in cash to the cent. */
  void trade(String account, AssetId asset, BigDecimal change) {
    BigDecimal amount = request.prices().get(asset).times(change.abs()).amount();
    units.get(account).merge(asset, change, BigDecimal::add);
    cash.merge(account, change.signum() > 0 ? amount.negate() : amount, BigDecimal::add);
  }

  /** The units traded so far: (account, asset) → units now − units before, non-zero only. */
  Map<String, Map<AssetId, BigDecimal>> changes() {
    Map<String, Map<AssetId, BigDecimal>> changes = new LinkedHashMap<>();
    for (String account : accounts) {
      Map<AssetId, BigDecimal> changed = new LinkedHashMap<>();
      List<AssetId> assets = new ArrayList<>(before.get(account).keySet());
      units.get(account).keySet().stream().filter(a -> !assets.contains(a)).forEach(assets::add);
      for (AssetId asset : assets) {
        BigDecimal change = units(account, asset).subtract(unitsBefore(account, asset));
        if (change.signum() != 0) {
          changed.put(asset, change);
        }
      }
      changes.put(account, changed);
    }
    return changes;
  }

  /** The number of trades so far (one per account and asset whose units changed). */
  int tradeCount() {
    return changes().values().stream().mapToInt(Map::size).sum();
  }

  /** The positions now, cash included, for {@link Drift}. */
  List<Position> positions() {
    List<Position> positions = new ArrayList<>();
    for (String account : accounts) {
      for (AssetId asset : held(account)) {
        positions.add(new Position(account, asset, assetClass(asset), request.prices().get(asset).times(units(account, asset))));
      }
      BigDecimal money = cash.get(account);
      if (money.signum() > 0) {
        positions.add(new Position(account, request.cash(), assetClass(request.cash()), Money.usd(money)));
      }
    }
    return positions;
  }
}
