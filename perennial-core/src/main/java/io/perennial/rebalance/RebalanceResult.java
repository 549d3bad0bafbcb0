package io.perennial.rebalance;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.List;
import java.util.Map;

/**
 * The trades that bring the household back toward its policy.
 *
 * @param mode how far it went
 * @param method which search chose the trades
 * @param trades sales first, then purchases, each by account and asset
 * @param before the drift before (after the cash flows, before any trade)
 * @param after the drift after the trades
 * @param cashLeft each account's cash after the trades
 * @param shortfalls accounts whose withdrawal the trades could not fund (cash-flow mode sells nothing), and by how much
 * @param estimatedTax the tax the sales are expected to cause, in all
 */
public record RebalanceResult(RebalanceMode mode, Method method, List<RebalanceTrade> trades, Drift before, Drift after,
    Map<String, Money> cashLeft, Map<String, Money> shortfalls, Money estimatedTax) {

  public RebalanceResult {
    Checks.notNull(mode, "mode");
    Checks.notNull(method, "method");
    trades = List.copyOf(trades);
    Checks.notNull(before, "before");
    Checks.notNull(after, "after");
    cashLeft = Map.copyOf(cashLeft);
    shortfalls = Map.copyOf(shortfalls);
    Checks.notNull(estimatedTax, "estimated tax");
  }

  /** How the trades were chosen. */
  public enum Method {
    /** The mixed-integer model: the fewest trades that meet the goals, then the least tax. */
    MIXED_INTEGER,
    /** The greedy method (the model was larger than its limit, or found nothing better). */
    GREEDY
  }
}
