package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

/**
 * The greedy rebalancer, in whole units (deterministic, explainable; the research notes' cash-flow
 * first order):
 * <ol>
 *   <li>withdrawals: an account whose cash does not cover its withdrawal sells what lies most above its
 *       target, cheapest tax first (in cash-flow mode nothing is sold: the rest is a shortfall);
 *   <li>cash: each account's spendable cash buys, in whole units, the target furthest below its
 *       target that the account can buy, as much as that target lacks, then the next;
 *   <li>(sell and hybrid) every target above its interval sells the excess, from a holding already
 *       being sold first (no trade added), then tax-deferred and tax-free accounts, then taxable
 *       holdings with the least tax per dollar, and the
 *       proceeds buy in that account (step 2); every target below its interval is bought where it can
 *       be (first in an account already buying it, then untaxed accounts), the whole units that reach
 *       its interval and only for it (a target inside its band is left
 *       alone), paid from cash the account may spend without taking cash below its interval and from
 *       selling, in that account, what lies most above its target (what is already being sold first:
 *       selling more of it adds no trade);
 *   <li>step 3 repeats until nothing changes.
 * </ol>
 * Trades are never moved between accounts: each account's purchases are paid from its own cash.
 */
final class Greedy {

  private static final int ROUNDS = 50;
  /** More steps than any household needs: each step trades at least one unit of a different need. */
  private static final int STEPS = 10_000;

  private final Book book;
  private final Goals goals;

  private Greedy(Book book, Goals goals) {
    this.book = book;
    this.goals = goals;
  }

  /** Runs the greedy method on {@code start} (left unchanged) and returns the book after its trades. */
  static Book run(Book start, Goals goals) {
    Greedy greedy = new Greedy(start.copy(), goals);
    greedy.fundWithdrawals();
    for (String account : greedy.book.accounts()) {
      greedy.spend(account);
    }
    if (start.request().mode() != RebalanceMode.CASH_FLOW) {
      for (int round = 0; round < ROUNDS && greedy.correct(); round++) {
        // repeat while a round changed something
      }
    }
    return greedy.book;
  }

  /** Step 1. */
  private void fundWithdrawals() {
    for (String account : book.accounts()) {
      if (book.cash(account).signum() < 0 && book.request().mode() != RebalanceMode.CASH_FLOW) {
        raise(account, book.cash(account).negate().doubleValue(), true);
      }
    }
  }

  /**
   * Sells, in {@code account}, what lies most above its target (cheapest tax first among equals) until
   * {@code amount} dollars are raised; with {@code belowTarget} it may also sell what is on target.
   */
  private void raise(String account, double amount, boolean belowTarget) {
    double raised = 0;
    for (int step = 0; raised < amount - 1e-9; step++) {
      Checks.check(step < STEPS, "the greedy rebalancer did not finish raising cash in " + account);
      AssetId best = null;
      double bestSurplus = belowTarget ? Double.NEGATIVE_INFINITY : 0;
      boolean bestSelling = false;
      for (AssetId asset : book.held(account)) {
        if (!tradeable(asset)) {
          continue;
        }
        int t = goals.of(account, asset, book.assetClass(asset));
        double surplus = goals.covered(book, t) - goals.center(t) - tax(account, asset) * book.value(account, asset) * 1e-6;
        // Selling more of what is already being sold adds no trade: it comes first.
        boolean selling = book.units(account, asset).compareTo(book.unitsBefore(account, asset)) < 0;
        boolean candidate = belowTarget || surplus > 0;
        if (candidate && (best == null ? surplus > bestSurplus || belowTarget
            : selling != bestSelling ? selling : surplus > bestSurplus)) {
          best = asset;
          bestSurplus = surplus;
          bestSelling = selling;
        }
      }
      if (best == null) {
        return;
      }
      double price = book.price(best);
      double need = amount - raised;
      double take = belowTarget ? need : Math.min(need, bestSurplus);
      BigDecimal units = BigDecimal.valueOf(Math.ceil(take / price - 1e-9)).max(BigDecimal.ONE).min(book.units(account, best));
      book.trade(account, best, units.negate());
      raised += units.doubleValue() * price;
    }
  }

  /** Step 2: spends {@code account}'s spendable cash on the targets furthest below their target. */
  private void spend(String account) {
    spend(account, -1);
  }

  /**
   * Step 2 without buying for target {@code selling} (−1: none), whose excess is being sold: buying it
   * back would undo the sale (where one unit is wider than its interval, forever).
   */
  private void spend(String account, int selling) {
    List<Integer> exhausted = new ArrayList<>();
    if (selling >= 0) {
      exhausted.add(selling);
    }
    for (int step = 0; ; step++) {
      Checks.check(step < STEPS, "the greedy rebalancer did not finish spending the cash of " + account);
      double spendable = spendable(account);
      int best = -1;
      double bestDeficit = 0;
      AssetId bestAsset = null;
      for (int t = 0; t < goals.untargeted(); t++) {
        if (exhausted.contains(t)) {
          continue;
        }
        Optional<AssetId> asset = buyAsset(account, t);
        if (asset.isEmpty()) {
          continue;
        }
        double price = book.price(asset.get());
        double deficit = goals.center(t) - goals.covered(book, t);
        if (deficit >= price / 2 && price <= spendable + 1e-9 && deficit > bestDeficit) {
          best = t;
          bestDeficit = deficit;
          bestAsset = asset.get();
        }
      }
      if (best < 0) {
        return;
      }
      double price = book.price(bestAsset);
      long units = Math.min((long) Math.floor(spendable / price + 1e-9), Math.max(1, Math.round(bestDeficit / price)));
      if (units * price < book.request().minimumTrade().toDouble()) {
        exhausted.add(best);
        continue;
      }
      book.trade(account, bestAsset, BigDecimal.valueOf(units));
    }
  }

  /** Step 3, once; whether it traded. */
  private boolean correct() {
    int before = book.tradeCount();
    BigDecimal[] cashBefore = book.accounts().stream().map(book::cash).toArray(BigDecimal[]::new);
    boolean changed = false;
    // Above the interval: sell the excess, untaxed accounts first, then the least tax per dollar.
    for (int t = 0; t < goals.size(); t++) {
      double excess = goals.covered(book, t) - goals.upper(t);
      for (int step = 0; excess > 1e-6; step++) {
        Checks.check(step < STEPS, "the greedy rebalancer did not finish selling the excess of target " + t);
        Sale sale = cheapestSale(t, excess);
        if (sale == null) {
          break;
        }
        double price = book.price(sale.asset);
        BigDecimal units = BigDecimal.valueOf(Math.ceil(excess / price - 1e-9)).max(BigDecimal.ONE)
            .min(book.units(sale.account, sale.asset));
        book.trade(sale.account, sale.asset, units.negate());
        spend(sale.account, t);
        changed = true;
        excess = goals.covered(book, t) - goals.upper(t);
      }
    }
    // Below the interval: buy where it can be bought, funded in that account.
    for (int t = 0; t < goals.untargeted(); t++) {
      double deficit = goals.lower(t) - goals.covered(book, t);
      if (deficit <= 1e-6) {
        continue;
      }
      for (String account : accountsFor(t)) {
        if (coversCash(t, account)) {
          // Cash below its interval: sell what lies most above its target; the proceeds stay as cash.
          double held = book.cash(account).doubleValue();
          raise(account, deficit, false);
          changed |= book.cash(account).doubleValue() != held;
          deficit = goals.lower(t) - goals.covered(book, t);
          if (deficit <= 1e-6) {
            break;
          }
          continue;
        }
        Optional<AssetId> asset = buyAsset(account, t);
        if (asset.isEmpty()) {
          continue;
        }
        // The whole units that reach the interval, for this target only (not whatever lies furthest
        // below its center: a target inside its band is left alone), paid from the cash this account
        // may spend without taking the cash below its own interval, and from sales of what lies above
        // its target.
        double price = book.price(asset.get());
        long wanted = (long) Math.ceil(deficit / price - 1e-9);
        double need = wanted * price - spendable(account, goals::lower);
        if (need > 0) {
          raise(account, need, false);
        }
        long units = Math.min(wanted, (long) Math.floor(spendable(account, goals::lower) / price + 1e-9));
        if (units > 0) {
          book.trade(account, asset.get(), BigDecimal.valueOf(units));
        }
        spend(account);
        changed = true;
        deficit = goals.lower(t) - goals.covered(book, t);
        if (deficit <= 1e-6) {
          break;
        }
      }
    }
    boolean cashMoved = false;
    for (int a = 0; a < cashBefore.length; a++) {
      cashMoved |= cashBefore[a].compareTo(book.cash(book.accounts().get(a))) != 0;
    }
    return changed && (book.tradeCount() != before || cashMoved);
  }

  private record Sale(String account, AssetId asset) {}

  /**
   * The holding covered by target {@code t} that is cheapest to sell: one already being sold first
   * (selling more of it adds no trade, and a trade outweighs any tax), then untaxed accounts, then the
   * least tax per dollar, then one that covers the {@code excess} alone (a small holding sold out
   * leaves the rest to another trade), then the plan's order.
   */
  private Sale cheapestSale(int t, double excess) {
    Sale best = null;
    double bestTax = Double.POSITIVE_INFINITY;
    boolean bestSelling = false;
    boolean bestCovers = false;
    for (String account : book.accounts()) {
      for (AssetId asset : book.held(account)) {
        if (!tradeable(asset) || goals.of(account, asset, book.assetClass(asset)) != t) {
          continue;
        }
        double tax = tax(account, asset);
        boolean selling = book.units(account, asset).compareTo(book.unitsBefore(account, asset)) < 0;
        boolean covers = book.value(account, asset) >= excess;
        if (best == null || (selling != bestSelling ? selling
            : Math.abs(tax - bestTax) > 1e-12 ? tax < bestTax : covers && !bestCovers)) {
          best = new Sale(account, asset);
          bestTax = tax;
          bestSelling = selling;
          bestCovers = covers;
        }
      }
    }
    return best;
  }

  /**
   * The accounts in the order they buy for target {@code t}: those already buying for it first (buying
   * more adds no trade), then tax-deferred and tax-free ones, then the others, each in the plan's order.
   */
  private List<String> accountsFor(int t) {
    List<String> order = accountsUntaxedFirst();
    order.sort(Comparator.comparing(account -> !buyingFor(account, t)));
    return order;
  }

  /** Whether {@code account} is buying, so far, what it buys for target {@code t}. */
  private boolean buyingFor(String account, int t) {
    return buyAsset(account, t).filter(asset -> book.units(account, asset).compareTo(book.unitsBefore(account, asset)) > 0)
        .isPresent();
  }

  /** The accounts, tax-deferred and tax-free ones first. */
  private List<String> accountsUntaxedFirst() {
    List<String> order = new ArrayList<>(book.accounts());
    order.sort(Comparator.comparing(a -> book.type(a) == AccountType.TAXABLE));
    return order;
  }

  /** The estimated tax per dollar of selling {@code account}'s whole holding of {@code asset} (0 in untaxed accounts). */
  private double tax(String account, AssetId asset) {
    if (book.type(account) != AccountType.TAXABLE) {
      return 0;
    }
    Account original = book.request().accounts().stream().filter(a -> a.id().equals(account)).findFirst().orElseThrow();
    BigDecimal units = book.units(account, asset);
    double value = book.value(account, asset);
    if (value <= 0) {
      return 0;
    }
    return SaleTaxes.of(original, asset, units, book.request().prices().get(asset), book.request().date(),
        book.request().gainRates()).tax().toDouble() / value;
  }

  /** The cash {@code account} may spend: all of it, or, when a target covers cash, what keeps that target at or above its target. */
  private double spendable(String account) {
    return spendable(account, goals::center);
  }

  /**
   * The cash {@code account} may spend while the target covering cash stays at or above {@code floor}
   * of it (its center to place cash flows, its interval's lower edge to correct a drifted target).
   */
  private double spendable(String account, IntToDoubleFunction floor) {
    double cash = book.cash(account).doubleValue();
    int t = goals.of(account, book.request().cash(), book.assetClass(book.request().cash()));
    double above = goals.covered(book, t) - floor.applyAsDouble(t);
    return Math.max(0, Math.min(cash, above));
  }

  /** Whether target {@code t} covers {@code account}'s cash. */
  private boolean coversCash(int t, String account) {
    AssetId cash = book.request().cash();
    return goals.of(account, cash, book.assetClass(cash)) == t;
  }

  /** What {@code account} buys for target {@code t}, if it can buy anything for it. */
  private Optional<AssetId> buyAsset(String account, int t) {
    return Purchases.assetFor(book, goals.target(t), account);
  }

  private boolean tradeable(AssetId asset) {
    return !book.request().untradeable().contains(asset);
  }
}
