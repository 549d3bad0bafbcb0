package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Lot;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import io.perennial.tax.LotRelief;
import io.perennial.tax.LotReliefMethod;
import io.perennial.tax.RealizedGain;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds holdings from transactions, in date order (transactions of one day in the order given):
 * buys, reinvestments and transfers of shares in open lots (cost = the amount); sales relieve lots
 * by the account's and asset's {@link LotReliefMethod} and realize gains; transfers out close lots
 * first in, first out without a gain; a split spreads the change in shares over the lots in
 * proportion to their shares (to 8 decimals, the last lot taking the rest; costs unchanged); a
 * return of capital lowers the lots' cost in proportion to shares. Cash is the sum of the cash
 * effects, started from a reported {@link CashBalance} when there is one (only later flows are
 * added). Stateless.
 *
 * <p>What cannot be applied is reported, never hidden: a sale or transfer of more shares than held
 * (the shares held are sold, the proceeds in proportion), a split of an asset not held, a return of
 * capital above the basis (the basis stops at zero).
 */
public final class LedgerReplay {

  /** Decimal places of split-adjusted lot quantities. */
  public static final int SPLIT_SCALE = 8;

  /** The relief method of an asset held in an account. */
  @FunctionalInterface
  public interface MethodChoice {
    LotReliefMethod methodFor(String accountId, AssetId assetId);

    /** First in, first out everywhere. */
    static MethodChoice fifo() {
      return (account, asset) -> LotReliefMethod.FIFO;
    }
  }

  private LedgerReplay() {}

  /** The holdings on {@code asOf} from {@code transactions}, first in, first out, cash from zero. */
  public static WithProblems<LedgerState> replay(List<Transaction> transactions, LocalDate asOf) {
    return replay(transactions, asOf, MethodChoice.fifo(), Map.of());
  }

  /**
   * The holdings on {@code asOf}.
   *
   * @param transactions the transactions of any number of accounts, in the order they happened
   *     within a day
   * @param asOf the last day counted
   * @param methods the relief method of each account and asset
   * @param openingCash reported cash per account: flows up to its date are replaced by it
   */
  public static WithProblems<LedgerState> replay(
      List<Transaction> transactions, LocalDate asOf, MethodChoice methods, Map<String, CashBalance> openingCash) {
    Checks.notNull(transactions, "transactions");
    Checks.notNull(asOf, "as-of date");
    Checks.notNull(methods, "methods");
    Checks.notNull(openingCash, "opening cash");
    List<Transaction> ordered = new ArrayList<>(transactions);
    ordered.sort(Comparator.comparing(Transaction::date)); // stable: a day keeps its order
    Map<String, Map<AssetId, List<Lot>>> lots = new TreeMap<>();
    Map<String, Money> cash = new TreeMap<>();
    Map<String, List<RealizedGain>> realized = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    openingCash.forEach((account, balance) -> {
      if (!balance.asOf().isAfter(asOf)) {
        cash.put(account, balance.amount());
      }
    });
    for (Transaction t : ordered) {
      if (t.date().isAfter(asOf)) {
        break;
      }
      CashBalance opening = openingCash.get(t.accountId());
      boolean cashCounted = opening == null || t.date().isAfter(opening.asOf());
      if (cashCounted && !t.cashEffect().isZero()) {
        cash.merge(t.accountId(), t.cashEffect(), Money::plus);
      } else if (cashCounted) {
        cash.putIfAbsent(t.accountId(), Money.zero(t.amount().currency()));
      }
      if (t.assetId().isEmpty()) {
        continue;
      }
      AssetId asset = t.assetId().get();
      Map<AssetId, List<Lot>> account = lots.computeIfAbsent(t.accountId(), k -> new LinkedHashMap<>());
      List<Lot> held = account.computeIfAbsent(asset, k -> new ArrayList<>());
      switch (t.type()) {
        case BUY:
        case REINVESTMENT:
        case TRANSFER_IN:
          if (t.quantity().signum() > 0) {
            held.add(new Lot(t.date(), t.quantity(), t.amount()));
          } else if (t.type() != TransactionType.TRANSFER_IN) {
            problems.add(problem(t, "a " + t.type().id() + " of no shares", "give the number of shares bought"));
          }
          break;
        case SELL:
          sell(t, asset, held, methods.methodFor(t.accountId(), asset), realized, problems);
          break;
        case TRANSFER_OUT:
          transferOut(t, asset, held, problems);
          break;
        case SPLIT:
          split(t, held, problems);
          break;
        case RETURN_OF_CAPITAL:
          returnOfCapital(t, held, problems);
          break;
        default:
          break;
      }
    }
    List<LedgerPosition> positions = new ArrayList<>();
    lots.forEach((account, byAsset) -> new TreeMap<>(byAsset).forEach((asset, open) -> {
      if (!open.isEmpty()) {
        positions.add(new LedgerPosition(account, asset, open));
      }
    }));
    return WithProblems.of(new LedgerState(asOf, positions, cash, realized), problems);
  }

  private static void sell(Transaction t, AssetId asset, List<Lot> held, LotReliefMethod method,
      Map<String, List<RealizedGain>> realized, List<Problem> problems) {
    BigDecimal have = sum(held);
    if (t.quantity().signum() == 0) {
      problems.add(problem(t, "a sale of no shares", "give the number of shares sold"));
      return;
    }
    if (have.signum() == 0) {
      problems.add(problem(t, "sells " + t.quantity().toPlainString() + " shares of " + asset + " but none are held",
          "import the file that holds the purchase, or a positions file as the starting point"));
      return;
    }
    BigDecimal quantity = t.quantity();
    Money proceeds = t.amount();
    if (have.compareTo(quantity) < 0) {
      problems.add(problem(t, "sells " + quantity.toPlainString() + " shares of " + asset + " but only "
          + have.toPlainString() + " are held; the shares held are sold",
          "import the earlier purchases of " + asset));
      proceeds = proceeds.times(have.divide(quantity, MathContext.DECIMAL128));
      quantity = have;
    }
    LotRelief.Relief relief;
    try {
      relief = LotRelief.relieve(asset, held, t.date(), quantity, proceeds, method);
    } catch (InvalidInputException e) {
      problems.add(problem(t, e.getMessage() + "; sold first in, first out instead", "name lots that are held"));
      relief = LotRelief.relieve(asset, held, t.date(), quantity, proceeds, LotReliefMethod.FIFO);
    }
    held.clear();
    held.addAll(relief.remaining());
    realized.computeIfAbsent(t.accountId(), k -> new ArrayList<>()).addAll(relief.gains());
  }

  private static void transferOut(Transaction t, AssetId asset, List<Lot> held, List<Problem> problems) {
    BigDecimal left = t.quantity();
    BigDecimal have = sum(held);
    if (have.compareTo(left) < 0) {
      problems.add(problem(t, "moves out " + left.toPlainString() + " shares of " + asset + " but only "
          + have.toPlainString() + " are held", "import the earlier purchases of " + asset));
      left = have;
    }
    List<Lot> remaining = new ArrayList<>();
    for (Lot lot : held) {
      if (left.signum() == 0) {
        remaining.add(lot);
      } else if (lot.quantity().compareTo(left) <= 0) {
        left = left.subtract(lot.quantity());
      } else {
        BigDecimal kept = lot.quantity().subtract(left);
        Money cost = lot.cost().times(kept.divide(lot.quantity(), MathContext.DECIMAL128));
        remaining.add(new Lot(lot.acquired(), kept, cost));
        left = BigDecimal.ZERO;
      }
    }
    held.clear();
    held.addAll(remaining);
  }

  private static void split(Transaction t, List<Lot> held, List<Problem> problems) {
    BigDecimal have = sum(held);
    BigDecimal after = have.add(t.quantity());
    if (have.signum() == 0 || after.signum() <= 0) {
      problems.add(problem(t, "a split of " + t.assetId().get() + " changing " + have.toPlainString()
          + " shares by " + t.quantity().toPlainString(), "import the purchases before the split"));
      return;
    }
    List<Lot> adjusted = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < held.size(); i++) {
      Lot lot = held.get(i);
      BigDecimal quantity = i == held.size() - 1 ? after.subtract(given)
          : lot.quantity().multiply(after).divide(have, SPLIT_SCALE, RoundingMode.HALF_EVEN);
      given = given.add(quantity);
      if (quantity.signum() > 0) {
        adjusted.add(new Lot(lot.acquired(), quantity.stripTrailingZeros(), lot.cost()));
      }
    }
    held.clear();
    held.addAll(adjusted);
  }

  private static void returnOfCapital(Transaction t, List<Lot> held, List<Problem> problems) {
    BigDecimal have = sum(held);
    if (have.signum() == 0) {
      problems.add(problem(t, "a return of capital on " + t.assetId().get() + " which is not held",
          "import the purchases before it"));
      return;
    }
    Money basis = Money.zero(t.amount().currency());
    for (Lot lot : held) {
      basis = basis.plus(lot.cost());
    }
    Money cut = t.amount();
    if (cut.compareTo(basis) > 0) {
      problems.add(problem(t, "returns " + cut + " of capital but the basis is " + basis
          + "; the basis stops at zero and the rest is a capital gain", "report the excess as a gain"));
      cut = basis;
    }
    List<Lot> adjusted = new ArrayList<>();
    Money left = cut;
    for (int i = 0; i < held.size(); i++) {
      Lot lot = held.get(i);
      Money share = i == held.size() - 1 ? left : cut.times(lot.quantity().divide(have, MathContext.DECIMAL128));
      if (share.compareTo(lot.cost()) > 0) {
        share = lot.cost();
      }
      left = left.minus(share);
      adjusted.add(new Lot(lot.acquired(), lot.quantity(), lot.cost().minus(share)));
    }
    held.clear();
    held.addAll(adjusted);
  }

  private static Problem problem(Transaction t, String message, String fix) {
    String where = "account " + t.accountId() + ", " + t.type().id()
        + t.assetId().map(a -> " of " + a).orElse("") + " on " + t.date();
    return Problem.of(where, message, fix);
  }

  private static BigDecimal sum(List<Lot> lots) {
    BigDecimal total = BigDecimal.ZERO;
    for (Lot lot : lots) {
      total = total.add(lot.quantity());
    }
    return total;
  }

  /** Shares of each asset held in each account on each day a holding changed (for income eligibility). */
  static Map<String, Map<AssetId, TreeMap<LocalDate, BigDecimal>>> shareHistory(List<Transaction> transactions) {
    List<Transaction> ordered = new ArrayList<>(transactions);
    ordered.sort(Comparator.comparing(Transaction::date));
    Map<String, Map<AssetId, TreeMap<LocalDate, BigDecimal>>> history = new HashMap<>();
    for (Transaction t : ordered) {
      if (!t.movesShares()) {
        continue;
      }
      TreeMap<LocalDate, BigDecimal> series = history.computeIfAbsent(t.accountId(), k -> new HashMap<>())
          .computeIfAbsent(t.assetId().get(), k -> new TreeMap<>());
      BigDecimal before = series.isEmpty() ? BigDecimal.ZERO : series.lastEntry().getValue();
      series.put(t.date(), before.add(t.shareChange()).max(BigDecimal.ZERO));
    }
    return history;
  }
}
