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
import java.util.Optional;

/**
 * Rebalancing: the trades, in whole units, that place the cash flows and bring the household's
 * targets back into their bands ({@link RebalanceMode}), chosen by the mixed-integer model when it is
 * small enough and finds fewer trades (solved twice: on the intervals, and on intervals narrowed to
 * leave room for whole units; the better answer is kept), else by the greedy method ({@link Greedy}). No money moves
 * between accounts, untradeable assets are never traded, cash-flow mode never sells.
 */
public final class Rebalancer {

  private Rebalancer() {}

  /** The trades for {@code request}. */
  public static RebalanceResult rebalance(RebalanceRequest request) {
    Checks.notNull(request, "request");
    Book start = new Book(request);
    Goals goals = new Goals(start);
    Book greedy = Greedy.run(start, goals);
    if (request.mode() != RebalanceMode.CASH_FLOW) {
      Optional<Book> model = TradeCountModel.solve(start, goals, greedy).map(book -> repaired(book, goals, request));
      Optional<Book> roomy = TradeCountModel.solveWithRoomForUnits(start, goals, greedy)
          .map(book -> repaired(book, goals, request));
      if (roomy.isPresent() && (model.isEmpty() || better(roomy.get(), model.get(), request))) {
        model = roomy;
      }
      if (model.isPresent() && better(model.get(), greedy, request)) {
        return result(request, start, model.get(), Method.MIXED_INTEGER);
      }
    }
    return result(request, start, greedy, Method.GREEDY);
  }

  /**
   * The model's whole-unit answer, or that answer corrected by the greedy method when this is better:
   * rounding to whole units may leave a target just outside its interval, but the greedy pass also
   * spends cash left over, which adds trades an answer already inside its bands does not need.
   */
  private static Book repaired(Book model, Goals goals, RebalanceRequest request) {
    Book corrected = Greedy.run(model, goals);
    return better(corrected, model, request) ? corrected : model;
  }

  /**
   * Whether {@code a} is a better answer than {@code b}: fewer targets outside their bands, then fewer
   * trades, then less estimated tax.
   */
  private static boolean better(Book a, Book b, RebalanceRequest request) {
    long outsideA = Drift.of(request.policy(), a.positions()).targets().stream().filter(Drift.TargetDrift::outside).count();
    long outsideB = Drift.of(request.policy(), b.positions()).targets().stream().filter(Drift.TargetDrift::outside).count();
    if (outsideA != outsideB) {
      return outsideA < outsideB;
    }
    if (a.tradeCount() != b.tradeCount()) {
      return a.tradeCount() < b.tradeCount();
    }
    return tax(a, request).compareTo(tax(b, request)) < 0;
  }

  /** The estimated tax of {@code book}'s sales. */
  private static Money tax(Book book, RebalanceRequest request) {
    Money tax = Money.ZERO_USD;
    for (Map.Entry<String, Map<AssetId, BigDecimal>> account : book.changes().entrySet()) {
      Account original = account(request, account.getKey());
      for (Map.Entry<AssetId, BigDecimal> change : account.getValue().entrySet()) {
        if (change.getValue().signum() < 0) {
          tax = tax.plus(SaleTaxes.of(original, change.getKey(), change.getValue().negate(),
              request.prices().get(change.getKey()), request.date(), request.gainRates()).tax());
        }
      }
    }
    return tax;
  }

  private static Account account(RebalanceRequest request, String id) {
    return request.accounts().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static RebalanceResult result(RebalanceRequest request, Book start, Book after, Method method) {
    List<RebalanceTrade> sells = new ArrayList<>();
    List<RebalanceTrade> buys = new ArrayList<>();
    Money tax = Money.ZERO_USD;
    for (Map.Entry<String, Map<AssetId, BigDecimal>> account : after.changes().entrySet()) {
      Account original = account(request, account.getKey());
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
              Optional.of(Money.ZERO_USD), RebalanceTrade.Term.NONE, Money.ZERO_USD));
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
