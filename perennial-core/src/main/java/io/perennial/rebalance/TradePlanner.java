package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.domain.Lot;
import io.perennial.market.MarketSnapshot;
import io.perennial.rebalance.Trades.AccountTrades;
import io.perennial.rebalance.Trades.Action;
import io.perennial.rebalance.Trades.LotSale;
import io.perennial.rebalance.Trades.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns target values per account and asset into trades from the current holdings, account by
 * account (money cannot move between accounts by trading). Stateless.
 *
 * <p>Per account, with B its value at today's prices (exact), tᵢ the target value of asset i,
 * pᵢ its price and qᵢ the units held:
 * <ol>
 *   <li>Units: whole shares (or 1/10,000 of a share when whole shares are off); assets of class
 *       cash other than the settlement cash ({@code CASH}) trade to the cent. Holdings kept as they
 *       are (a rental property) are never traded.
 *   <li>An asset within one unit of its target is not traded. Otherwise a purchase buys the whole
 *       units that fit below the target and a sale sells the whole units that bring it to or below
 *       its target; an asset whose target is below one unit is sold entirely (fractions included).
 *   <li>The settlement cash is what is left: B − Σ new units × price − the kept holdings. While it
 *       is below the cash target, one unit of the asset furthest above its target is taken back;
 *       then, while it can pay for one more unit above the cash target, one unit of the asset
 *       furthest below its target (by more than half a unit) is bought.
 *   <li>A sale from a taxable account takes the lots with the highest cost per share first (least
 *       gain realized; ties: the later lot first) and reports the gain, long- and short-term; a
 *       sale without lots has an unknown basis; sales in tax-deferred and tax-free accounts realize
 *       no tax and report none.
 * </ol>
 * Every amount is quantity × price rounded to the cent (exact for whole shares at prices in cents),
 * and cash after = cash before − purchases + sales exactly, never below zero; with whole shares
 * of holdings worth whole cents the account's value is unchanged to the cent (with fractional
 * shares a holding's value may differ from the amount paid by less than a cent).
 */
public final class TradePlanner {


  /** The unit of fractional shares when whole shares are off. */
  public static final BigDecimal FRACTIONAL_UNIT = new BigDecimal("0.0001");

  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final int MAX_STEPS = 100_000;

  private TradePlanner() {}

  /**
   * The trades and the holdings after them.
   *
   * @param trades the trades, by account
   * @param accounts the accounts after the trades, in the plan's order (lots kept where known: the
   *     lots left after sales, plus one lot per purchase dated the valuation date)
   */
  public record Result(Trades trades, List<Account> accounts) {}

  /**
   * Plans the trades from the holdings of {@code accounts} to {@code targets}.
   *
   * @param accounts the household's accounts and their holdings, in the plan's order
   * @param market the prices, the assets (which are cash) and the valuation date; every asset held or
   *     targeted must have a price
   * @param targets target market value by account id, then asset (assets absent: 0); the values of
   *     an account should add up to its value (the rest stays in cash)
   * @param kept assets that are never traded (held as they are)
   * @param wholeShares whole shares (true) or 1/10,000 of a share
   */
  public static Result plan(List<Account> accounts, MarketSnapshot market, Map<String, Map<AssetId, Double>> targets,
      Set<AssetId> kept, boolean wholeShares) {
    Checks.notNull(accounts, "accounts");
    Checks.notNull(market, "market snapshot");
    Checks.notNull(targets, "targets");
    Checks.notNull(kept, "kept assets");
    List<AccountTrades> trades = new ArrayList<>();
    List<Account> after = new ArrayList<>();
    Money purchases = Money.ZERO_USD;
    Money sales = Money.ZERO_USD;
    Money gains = Money.ZERO_USD;
    List<String> unknown = new ArrayList<>();
    for (Account account : accounts) {
      Map<AssetId, Double> target = targets.getOrDefault(account.id(), Map.of());
      AccountPlan plan = planAccount(market, account, target, kept, wholeShares, unknown);
      trades.add(plan.trades);
      after.add(plan.after);
      purchases = purchases.plus(plan.trades.purchases());
      sales = sales.plus(plan.trades.sales());
      gains = gains == null || plan.trades.realizedGain() == null ? null : gains.plus(plan.trades.realizedGain());
    }
    String method = wholeShares
        ? "whole shares (cash-like funds to the cent); an asset within one share of its target is not traded; "
            + "what is left stays in the account's cash"
        : "fractional shares to 1/10,000; an asset within 1/10,000 of a share of its target is not traded; "
            + "what is left stays in the account's cash";
    String lotMethod = "sales from taxable accounts take the lots with the highest cost per share first (least gain "
        + "realized); tax-deferred and tax-free accounts realize no tax";
    return new Result(new Trades(method, lotMethod, trades, purchases, sales, gains, unknown), after);
  }

  private record AccountPlan(AccountTrades trades, Account after) {}

  private static AccountPlan planAccount(MarketSnapshot market, Account account, Map<AssetId, Double> target, Set<AssetId> kept,
      boolean wholeShares, List<String> unknown) {
    // Current units and value.
    Map<AssetId, BigDecimal> held = new LinkedHashMap<>();
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal keptValue = BigDecimal.ZERO;
    for (Holding holding : account.holdings()) {
      held.put(holding.assetId(), holding.quantity());
      BigDecimal v = market.value(holding);
      value = value.add(v);
      if (kept.contains(holding.assetId())) {
        keptValue = keptValue.add(v);
      }
    }
    // Settlement cash is money: counted to the cent (a quantity such as 12000.005 is 12000.00 to trade with).
    BigDecimal cashBefore = Money.usd(held.getOrDefault(AssetId.CASH, BigDecimal.ZERO)).amount();
    // The traded assets: held or targeted, not kept, not the settlement cash.
    Set<AssetId> ids = new LinkedHashSet<>(held.keySet());
    target.forEach((id, t) -> {
      if (t > 0) {
        ids.add(id);
      }
    });
    ids.remove(AssetId.CASH);
    ids.removeAll(kept);
    List<Line> lines = new ArrayList<>();
    for (AssetId id : ids) {
      BigDecimal price = market.price(id).amount();
      BigDecimal unit = market.asset(id).isCash() ? CENT.divide(price, MathContext.DECIMAL64).max(CENT)
          : wholeShares ? BigDecimal.ONE : FRACTIONAL_UNIT;
      lines.add(new Line(id, price, unit, held.getOrDefault(id, BigDecimal.ZERO), Math.max(0.0, target.getOrDefault(id, 0.0))));
    }
    BigDecimal budget = value.subtract(keptValue);
    BigDecimal cashFloor = BigDecimal.valueOf(Math.max(0.0, target.getOrDefault(AssetId.CASH, 0.0))).setScale(2, RoundingMode.DOWN)
        .min(budget.max(BigDecimal.ZERO)).min(budget.max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN));
    for (Line line : lines) {
      line.initial();
    }
    // Take back units while the cash is below its target (kept lines last).
    int steps = 0;
    while (cash(cashBefore, lines).compareTo(cashFloor) < 0 && steps++ < MAX_STEPS) {
      Line worst = null;
      for (Line line : lines) {
        if (line.units.signum() > 0 && (worst == null || line.priority() > worst.priority())) {
          worst = line;
        }
      }
      if (worst == null) {
        break;
      }
      worst.units = worst.units.compareTo(worst.unit) >= 0 ? worst.units.subtract(worst.unit) : BigDecimal.ZERO;
      worst.untouched = false;
    }
    // Buy units while the cash above its target pays for them and an asset is short by half a unit.
    steps = 0;
    while (steps++ < MAX_STEPS) {
      BigDecimal spare = cash(cashBefore, lines).subtract(cashFloor);
      Line best = null;
      double bestDeficit = 0.0;
      for (Line line : lines) {
        BigDecimal cost = line.unit.multiply(line.price);
        double deficit = line.target - line.units.multiply(line.price).doubleValue();
        boolean closed = line.units.signum() == 0 && line.held.remainder(line.unit).signum() != 0; // a fraction sold: not bought back
        if (!line.untouched && !closed && cost.compareTo(spare) <= 0 && deficit >= cost.doubleValue() / 2
            && deficit > bestDeficit) {
          best = line;
          bestDeficit = deficit;
        }
      }
      if (best == null) {
        break;
      }
      best.units = best.units.add(best.unit);
    }
    BigDecimal cashAfter = cash(cashBefore, lines);
    Checks.check(cashAfter.signum() >= 0, "account " + account.id() + ": trades would overdraw the cash");

    // Trades, sales first.
    boolean taxable = account.type() == AccountType.TAXABLE;
    List<Trade> sells = new ArrayList<>();
    List<Trade> buys = new ArrayList<>();
    Map<AssetId, Holding> newHoldings = new LinkedHashMap<>();
    Money sold = Money.ZERO_USD;
    Money bought = Money.ZERO_USD;
    Money gain = Money.ZERO_USD;
    boolean basisUnknown = false;
    for (Line line : lines) {
      Holding current = account.holding(line.id).orElse(null);
      BigDecimal change = line.units.subtract(line.held);
      Money price = market.price(line.id);
      if (change.signum() < 0) {
        BigDecimal quantity = change.negate();
        Money amount = price.times(quantity);
        Sale sale = taxable && current != null && !current.lots().isEmpty()
            ? sell(current.lots(), quantity, price, market.valuationDate()) : null;
        if (taxable && sale == null) {
          unknown.add(account.id() + ":" + line.id);
          basisUnknown = true;
        }
        sells.add(new Trade(account.id(), line.id, Action.SELL, quantity, price, amount,
            sale == null ? null : sale.cost, sale == null ? null : amount.minus(sale.cost),
            sale == null ? null : sale.longTerm, sale == null ? null : sale.shortTerm, sale == null ? List.of() : sale.lots));
        sold = sold.plus(amount);
        if (sale != null) {
          gain = gain.plus(amount.minus(sale.cost));
        }
        if (line.units.signum() > 0) {
          newHoldings.put(line.id, sale != null ? new Holding(line.id, line.units, sale.remaining)
              : Holding.of(line.id, line.units));
        }
      } else if (change.signum() > 0) {
        Money amount = price.times(change);
        buys.add(new Trade(account.id(), line.id, Action.BUY, change, price, amount, null, null, null, null, List.of()));
        bought = bought.plus(amount);
        List<Lot> lots = new ArrayList<>();
        if (current == null || !current.lots().isEmpty()) {
          if (current != null) {
            lots.addAll(current.lots());
          }
          lots.add(new Lot(market.valuationDate(), change, amount));
        }
        newHoldings.put(line.id, new Holding(line.id, line.units, lots));
      } else if (current != null) {
        newHoldings.put(line.id, current);
      }
    }
    sells.sort(Comparator.comparing(t -> t.asset().value()));
    buys.sort(Comparator.comparing(t -> t.asset().value()));
    List<Trade> trades = new ArrayList<>(sells);
    trades.addAll(buys);

    // The account after the trades: its holdings in their order, then new ones, cash last.
    List<Holding> holdings = new ArrayList<>();
    for (Holding holding : account.holdings()) {
      if (holding.assetId().equals(AssetId.CASH)) {
        continue;
      }
      if (kept.contains(holding.assetId())) {
        holdings.add(holding);
      } else if (newHoldings.containsKey(holding.assetId())) {
        holdings.add(newHoldings.remove(holding.assetId()));
      }
    }
    holdings.addAll(newHoldings.values());
    Money cashBeforeMoney = Money.usd(cashBefore);
    Money cashAfterMoney = cashBeforeMoney.minus(bought).plus(sold);
    Checks.check(cashAfterMoney.amount().compareTo(cashAfter) == 0,
        "account " + account.id() + ": cash after the trades does not reconcile");
    if (cashAfterMoney.amount().signum() > 0 || held.containsKey(AssetId.CASH)) {
      holdings.add(Holding.of(AssetId.CASH, cashAfterMoney.amount()));
    }
    AccountTrades accountTrades = new AccountTrades(account.id(), account.name(), account.type(), Money.usd(value),
        cashBeforeMoney, sold, bought, cashAfterMoney, basisUnknown ? null : gain, trades);
    return new AccountPlan(accountTrades, account.withHoldings(holdings));
  }

  /**
   * The settlement cash after trading every line to its new units: cash before − Σ purchases +
   * Σ sales, each amount (units traded × price) rounded to the cent as it is paid.
   */
  private static BigDecimal cash(BigDecimal cashBefore, List<Line> lines) {
    BigDecimal cash = cashBefore;
    for (Line line : lines) {
      cash = cash.add(Money.usd(line.held.subtract(line.units).multiply(line.price)).amount());
    }
    return cash;
  }

  /** One traded asset of an account: its price, unit, current units, target value and new units. */
  private static final class Line {
    final AssetId id;
    final BigDecimal price;
    final BigDecimal unit;
    final BigDecimal held;
    final double target;
    BigDecimal units;
    /** Within one unit of its target: not traded unless the cash needs it. */
    boolean untouched;

    Line(AssetId id, BigDecimal price, BigDecimal unit, BigDecimal held, double target) {
      this.id = id;
      this.price = price;
      this.unit = unit;
      this.held = held;
      this.target = target;
    }

    void initial() {
      double unitValue = unit.multiply(price).doubleValue();
      double diff = target - held.multiply(price).doubleValue();
      if (Math.abs(diff) < unitValue) {
        units = held;
        untouched = true;
      } else if (target < unitValue) {
        units = BigDecimal.ZERO;
      } else if (diff > 0) {
        units = held.add(unit.multiply(BigDecimal.valueOf((long) Math.floor(diff / unitValue))));
      } else {
        // whole units; a fraction of a unit held stays unless everything is sold
        BigDecimal sell = unit.multiply(BigDecimal.valueOf((long) Math.ceil(-diff / unitValue)));
        units = held.subtract(sell);
        if (units.signum() < 0) {
          units = held.remainder(unit);
        }
      }
    }

    /** Which line gives back a unit first: the furthest above target, untouched lines last. */
    double priority() {
      double excess = units.multiply(price).doubleValue() - target;
      return untouched ? excess - 1e15 : excess;
    }
  }

  /** What a sale takes from the lots. */
  private record Sale(Money cost, Money longTerm, Money shortTerm, List<LotSale> lots, List<Lot> remaining) {}

  /** Sells {@code quantity} from {@code lots}, highest cost per share first (ties: the later lot). */
  private static Sale sell(List<Lot> lots, BigDecimal quantity, Money price, LocalDate saleDate) {
    // Lots by position, not by value: two identical lots (same day, units and cost) are two lots.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lots.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> lots.get(i).costPerShare()).reversed()
        .thenComparing(i -> lots.get(i).acquired(), Comparator.reverseOrder()));
    BigDecimal left = quantity;
    Money cost = Money.ZERO_USD;
    Money longTerm = Money.ZERO_USD;
    Money shortTerm = Money.ZERO_USD;
    List<LotSale> taken = new ArrayList<>();
    List<Lot> after = new ArrayList<>(lots);
    for (int i : order) {
      if (left.signum() == 0) {
        break;
      }
      Lot lot = lots.get(i);
      BigDecimal take = lot.quantity().min(left);
      Money lotCost = take.compareTo(lot.quantity()) == 0 ? lot.cost()
          : new Money(lot.cost().amount().multiply(take).divide(lot.quantity(), MathContext.DECIMAL64), lot.cost().currency());
      Money proceeds = price.times(take);
      Money lotGain = proceeds.minus(lotCost);
      boolean longHeld = lot.isLongTermOn(saleDate);
      taken.add(new LotSale(lot.acquired(), take, lotCost, proceeds, lotGain, longHeld));
      cost = cost.plus(lotCost);
      if (longHeld) {
        longTerm = longTerm.plus(lotGain);
      } else {
        shortTerm = shortTerm.plus(lotGain);
      }
      after.set(i, take.compareTo(lot.quantity()) == 0 ? null
          : new Lot(lot.acquired(), lot.quantity().subtract(take), lot.cost().minus(lotCost)));
      left = left.subtract(take);
    }
    Checks.check(left.signum() == 0, "the lots hold fewer units than the sale");
    // Proceeds of the parts add up to the amount only when each is exact; they are (units × cents).
    List<Lot> remaining = new ArrayList<>();
    for (Lot lot : after) {
      if (lot != null) {
        remaining.add(lot);
      }
    }
    return new Sale(cost, longTerm, shortTerm, taken, remaining);
  }
}
