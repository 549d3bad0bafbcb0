package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rebalancing needs: the household's accounts as they are, today's prices, the policy, the cash
 * flows to place and how far to go.
 *
 * @param date the trade date (it decides which lots are long-term)
 * @param accounts the accounts and their holdings (cash as holdings of {@code cash})
 * @param prices price per unit of every asset held or bought
 * @param classes the class of every asset held or bought
 * @param cash the cash asset (price 1, held in dollars)
 * @param policy the target allocation
 * @param cashFlows money into (+) or out of (−) each account before any trade: contributions and
 *     income received in, withdrawals and required distributions out; absent accounts: none
 * @param mode how far to go after the cash flows
 * @param menus the assets each account may buy (an account absent from the map may buy any asset
 *     that has a price and a class); a target's purchases in an account go to the asset of the
 *     target's class the account holds most of, else to the first one of its menu
 * @param untradeable assets never bought or sold (rental property, a royalty held as it is)
 * @param gainRates the marginal tax rates on realized gains in taxable accounts
 * @param minimumTrade trades below this amount are not made (unless a withdrawal needs them)
 */
public record RebalanceRequest(
    LocalDate date,
    List<Account> accounts,
    Map<AssetId, Money> prices,
    Map<AssetId, AssetClass> classes,
    AssetId cash,
    TargetPolicy policy,
    Map<String, Money> cashFlows,
    RebalanceMode mode,
    Map<String, List<AssetId>> menus,
    Set<AssetId> untradeable,
    GainRates gainRates,
    Money minimumTrade) {

  public RebalanceRequest {
    Checks.notNull(date, "date");
    accounts = List.copyOf(accounts);
    prices = Map.copyOf(prices);
    classes = Map.copyOf(classes);
    Checks.notNull(cash, "cash asset");
    Checks.notNull(policy, "policy");
    cashFlows = Map.copyOf(cashFlows);
    Checks.notNull(mode, "mode");
    menus = Map.copyOf(menus);
    untradeable = Set.copyOf(untradeable);
    Checks.notNull(gainRates, "gain rates");
    Checks.check(!minimumTrade.isNegative(), "the minimum trade is zero or more, got " + minimumTrade);
    for (Account account : accounts) {
      for (Holding holding : account.holdings()) {
        Checks.check(prices.containsKey(holding.assetId()), "no price for " + holding.assetId() + " held in " + account.id());
        Checks.check(classes.containsKey(holding.assetId()), "no class for " + holding.assetId() + " held in " + account.id());
      }
    }
    Checks.check(classes.get(cash) == AssetClass.CASH, "the cash asset " + cash + " must have the class cash");
    for (String id : cashFlows.keySet()) {
      Checks.check(accounts.stream().anyMatch(a -> a.id().equals(id)), "a cash flow names account " + id + ", which is not in the household");
    }
  }

  /**
   * Marginal tax rates on gains realized in taxable accounts, fractions.
   *
   * @param longTerm on gains of lots held more than a year
   * @param shortTerm on the others
   */
  public record GainRates(double longTerm, double shortTerm) {
    public GainRates {
      Checks.check(longTerm >= 0 && longTerm < 1, "a long-term gain rate lies in 0–1, got " + longTerm);
      Checks.check(shortTerm >= 0 && shortTerm < 1, "a short-term gain rate lies in 0–1, got " + shortTerm);
    }
  }

  /** The same request with another mode. */
  public RebalanceRequest withMode(RebalanceMode other) {
    return new RebalanceRequest(date, accounts, prices, classes, cash, policy, cashFlows, other, menus, untradeable, gainRates,
        minimumTrade);
  }

  /** The same request with other cash flows. */
  public RebalanceRequest withCashFlows(Map<String, Money> flows) {
    return new RebalanceRequest(date, accounts, prices, classes, cash, policy, flows, mode, menus, untradeable, gainRates,
        minimumTrade);
  }
}
