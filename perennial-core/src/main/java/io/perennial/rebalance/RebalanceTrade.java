package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One trade of a rebalancing.
 *
 * @param account the account (purchases are paid from its cash, sales paid into it)
 * @param asset what is traded
 * @param action buy or sell
 * @param quantity units, more than zero
 * @param price today's price per unit
 * @param amount quantity × price, to the cent
 * @param realizedGain for a sale in a taxable account: the gain of the lots relieved (negative: a loss);
 *     zero in tax-deferred and tax-free accounts and for purchases; empty when the lots are unknown
 * @param term which lots a taxable sale relieves
 * @param estimatedTax the tax the sale is expected to cause (gain parts × the household's gain rates)
 */
public record RebalanceTrade(String account, AssetId asset, Action action, BigDecimal quantity, Money price, Money amount,
    Optional<Money> realizedGain, Term term, Money estimatedTax) {

  public RebalanceTrade {
    Checks.notBlank(account, "account");
    Checks.notNull(asset, "asset");
    Checks.notNull(action, "action");
    Checks.check(quantity.signum() > 0, "a trade's quantity is more than zero, got " + quantity.toPlainString());
    Checks.check(price.times(quantity).equals(amount), "a trade's amount is quantity × price");
    Checks.notNull(realizedGain, "realized gain");
    Checks.notNull(term, "term");
    Checks.notNull(estimatedTax, "estimated tax");
  }

  /** Buy or sell. */
  public enum Action { BUY, SELL }

  /** The holding period of the lots a sale relieves. */
  public enum Term {
    /** Only lots held more than a year. */
    LONG,
    /** Only lots held a year or less. */
    SHORT,
    /** Lots of both. */
    MIXED,
    /** A purchase, a sale in a tax-deferred or tax-free account, or lots unknown. */
    NONE
  }
}
