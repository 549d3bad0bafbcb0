package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.Identified;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The trades that take the current holdings to the recommended ones, account by account, with the
 * cash each account keeps. Quantities are exact (whole shares, or hundredths for cash-like funds);
 * money is exact to the cent. In every account: cash after = cash before − purchases + sales, and
 * the account's value at today's prices is unchanged (money neither appears nor vanishes).
 *
 * @param method how quantities were rounded, for people
 * @param lotMethod which tax lots a sale takes, for people
 * @param accounts one entry per account, in the plan's order
 * @param purchases the total bought
 * @param sales the total sold
 * @param realizedGain the gains realized by sales in taxable accounts (losses negative); null, unknown,
 *     when any of those sales has no lots: they are listed in {@code unknownBasis}
 * @param unknownBasis the sales in taxable accounts whose cost basis the plan does not give
 *     ({@code account:ASSET})
 */
public record Trades(
    String method,
    String lotMethod,
    List<AccountTrades> accounts,
    Money purchases,
    Money sales,
    Money realizedGain,
    List<String> unknownBasis) {

  public Trades {
    Checks.notBlank(method, "method");
    Checks.notBlank(lotMethod, "lot method");
    accounts = List.copyOf(accounts);
    Checks.notNull(purchases, "purchases");
    Checks.notNull(sales, "sales");
    unknownBasis = List.copyOf(unknownBasis);
    Checks.check((realizedGain == null) == !unknownBasis.isEmpty(),
        "realized gain must be null exactly when some sale has an unknown basis");
  }

  /** The number of trades over all accounts. */
  public int count() {
    return accounts.stream().mapToInt(a -> a.trades().size()).sum();
  }

  /** A purchase or a sale. */
  public enum Action implements Identified {
    BUY("buy"), SELL("sell");

    private final String id;

    Action(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  /**
   * One account's trades.
   *
   * @param account the account id
   * @param name its name for people
   * @param type how it is taxed
   * @param value its market value at today's prices, before and after the trades (the same)
   * @param cashBefore the cash it holds now (its {@code CASH} holding)
   * @param sales the proceeds of its sales
   * @param purchases the cost of its purchases
   * @param cashAfter cashBefore − purchases + sales, zero or more: the cash left over
   * @param realizedGain gains realized by its sales when taxable (zero in tax-advantaged accounts,
   *     which realize no tax); null, unknown, when a taxable sale has no lots
   * @param trades its trades, sales first, then purchases, each by asset id
   */
  public record AccountTrades(
      String account,
      String name,
      AccountType type,
      Money value,
      Money cashBefore,
      Money sales,
      Money purchases,
      Money cashAfter,
      Money realizedGain,
      List<Trade> trades) {

    public AccountTrades {
      Checks.notBlank(account, "account");
      Checks.notNull(type, "account type");
      Checks.check(cashBefore.minus(purchases).plus(sales).equals(cashAfter),
          "account " + account + ": cash after must be cash before − purchases + sales");
      Checks.check(!cashAfter.isNegative(), "account " + account + " would be left with negative cash " + cashAfter);
      trades = List.copyOf(trades);
    }
  }

  /**
   * One trade.
   *
   * @param account the account id
   * @param asset the asset
   * @param action buy or sell
   * @param quantity units traded, more than zero
   * @param price price per unit today
   * @param amount quantity × price, exact
   * @param costBasis for a sale from a taxable account whose lots are known: the cost of the units
   *     sold (null otherwise)
   * @param realizedGain amount − costBasis (null when costBasis is)
   * @param longTermGain the part of realizedGain from lots held more than a year (null when unknown)
   * @param shortTermGain the rest (null when unknown)
   * @param lots the lots a sale takes, highest cost per share first (empty for purchases and
   *     unknown lots)
   */
  public record Trade(
      String account,
      AssetId asset,
      Action action,
      BigDecimal quantity,
      Money price,
      Money amount,
      Money costBasis,
      Money realizedGain,
      Money longTermGain,
      Money shortTermGain,
      List<LotSale> lots) {

    public Trade {
      Checks.notNull(asset, "asset");
      Checks.notNull(action, "action");
      Checks.check(quantity.signum() > 0, "a trade's quantity must be more than zero, got " + quantity.toPlainString());
      Checks.check(price.times(quantity).equals(amount), "a trade's amount must be quantity × price");
      lots = List.copyOf(lots);
    }
  }

  /**
   * The part of one lot a sale takes.
   *
   * @param acquired the lot's trade date
   * @param quantity units taken from it
   * @param cost their cost basis (the lot's cost × quantity ÷ the lot's quantity)
   * @param proceeds quantity × today's price
   * @param gain proceeds − cost
   * @param longTerm whether the lot was held more than a year on the valuation date
   */
  public record LotSale(LocalDate acquired, BigDecimal quantity, Money cost, Money proceeds, Money gain, boolean longTerm) {}
}
