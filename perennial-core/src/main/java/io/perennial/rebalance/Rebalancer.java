package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.rebalance.RebalanceResult.Method;
import io.perennial.rebalance.RebalanceTrade.Action;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebalancing: the trades, in whole units, that place the cash flows and bring the household's
 * targets back into their bands ({@link RebalanceMode}), chosen by the mixed-integer model when it is
 * small enough and finds fewer trades, else by the greedy method ({@link Greedy}). No money moves
 * between accounts, untradeable assets are never traded, cash-flow mode never sells.
 */
public final class Rebalancer {

  private Rebalancer() {}

  /** The trades for {@code request}. */
  public static RebalanceResult rebalance(RebalanceRequest request) {
    Checks.notNull(request, "request");
    Book start = new Book(request);
    Goals goals = new Goals(start);
    Book chosen = Greedy.run(start, goals);
    return result(request, start, chosen, Method.GREEDY);
  }

  private static RebalanceResult result(RebalanceRequest request, Book start, Book after, Method method) {
    List<RebalanceTrade> sells = new ArrayList<>();
    List<RebalanceTrade> buys = new ArrayList<>();
    Money tax = Money.ZERO_USD;
    for (Map.Entry<String, Map<AssetId, BigDecimal>> account : after.changes().entrySet()) {
      Account original = request.accounts().stream().filter(a -> a.id().equals(account.getKey())).findFirst().orElseThrow();
      for (Map.Entry<AssetId, BigDecimal> change : account.getValue().entrySet()) {
        Money price = request.prices().get(change.getKey());
        BigDecimal quantity = change.getValue().abs();
        if (change.getValue().signum() < 0) {
          SaleTaxes.Realized realized = SaleTaxes.of(original, change.getKey(), quantity, price, request.date(), request.gainRates());
          sells.add(new RebalanceTrade(account.getKey(), change.getKey(), Action.SELL, quantity, price, price.times(quantity),
              realized.gain(), realized.term(), realized.tax()));
          tax = tax.plus(realized.tax());
        } else {
          buys.add(new RebalanceTrade(account.getKey(), change.getKey(), Action.BUY, quantity, price, price.times(quantity),
              java.util.Optional.of(Money.ZERO_USD), RebalanceTrade.Term.NONE, Money.ZERO_USD));
        }
      }
    }
    List<RebalanceTrade> trades = new ArrayList<>(sells);
    trades.addAll(buys);
    Map<String, Money> cashLeft = new LinkedHashMap<>();
    Map<String, Money> shortfalls = new LinkedHashMap<>();
    for (String account : after.accounts()) {
      BigDecimal cash = after.cash(account);
      cashLeft.put(account, Money.usd(cash.max(BigDecimal.ZERO)));
      if (cash.signum() < 0) {
        shortfalls.put(account, Money.usd(cash.negate()));
      }
    }
    return new RebalanceResult(request.mode(), method, trades, Drift.of(request.policy(), start.positions()),
        Drift.of(request.policy(), after.positions()), cashLeft, shortfalls, tax);
  }
}
