package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.domain.Lot;
import io.perennial.rebalance.RebalanceRequest.GainRates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tax a sale realizes: nothing in tax-deferred and tax-free accounts; in a taxable account the
 * gain of the lots relieved by minimum tax — the lots of lowest estimated tax ÷ proceeds first, the
 * tax being the gain times the long- or short-term rate (losses first, then the smallest taxes), so
 * a fresh lot with a small short-term gain is not sold before an old one with a large gain only
 * because of its term. Without lots the gain is unknown.
 */
final class SaleTaxes {

  private SaleTaxes() {}

  /**
   * The gain a sale realizes.
   *
   * @param gain the realized gain (negative: a loss), empty when the lots are unknown
   * @param longTerm the part from lots held more than a year (zero when unknown)
   * @param shortTerm the rest (zero when unknown)
   * @param tax the estimated tax: gain parts × their rates (losses count as zero tax); for unknown lots the
   *     whole proceeds at the long-term rate, the worst case
   */
  record Realized(Optional<Money> gain, Money longTerm, Money shortTerm, Money tax, RebalanceTrade.Term term) {
    static final Realized NONE = new Realized(Optional.of(Money.ZERO_USD), Money.ZERO_USD, Money.ZERO_USD, Money.ZERO_USD,
        RebalanceTrade.Term.NONE);
  }

  /** What selling {@code units} of {@code asset} from {@code account} at {@code price} realizes. */
  static Realized of(Account account, AssetId asset, BigDecimal units, Money price, LocalDate date, GainRates rates) {
    if (account.type() != AccountType.TAXABLE || units.signum() <= 0) {
      return Realized.NONE;
    }
    Optional<Holding> holding = account.holding(asset);
    if (holding.isEmpty() || holding.get().lots().isEmpty()) {
      return new Realized(Optional.empty(), Money.ZERO_USD, Money.ZERO_USD, price.times(units).times(rates.longTerm()),
          RebalanceTrade.Term.NONE);
    }
    List<Lot> lots = new ArrayList<>(holding.get().lots());
    double p = price.toDouble();
    lots.sort(Comparator.comparingDouble((Lot lot) -> taxPerDollar(lot, p, date, rates)).thenComparing(Lot::acquired));
    BigDecimal left = units;
    Money longTerm = Money.ZERO_USD;
    Money shortTerm = Money.ZERO_USD;
    boolean anyLong = false;
    boolean anyShort = false;
    for (Lot lot : lots) {
      if (left.signum() == 0) {
        break;
      }
      BigDecimal take = lot.quantity().min(left);
      Money cost = take.compareTo(lot.quantity()) == 0 ? lot.cost()
          : new Money(lot.cost().amount().multiply(take).divide(lot.quantity(), MathContext.DECIMAL64), lot.cost().currency());
      Money gain = price.times(take).minus(cost);
      if (lot.isLongTermOn(date)) {
        longTerm = longTerm.plus(gain);
        anyLong = true;
      } else {
        shortTerm = shortTerm.plus(gain);
        anyShort = true;
      }
      left = left.subtract(take);
    }
    Money tax = positive(longTerm).times(rates.longTerm()).plus(positive(shortTerm).times(rates.shortTerm()));
    RebalanceTrade.Term term = anyLong && anyShort ? RebalanceTrade.Term.MIXED
        : anyLong ? RebalanceTrade.Term.LONG : RebalanceTrade.Term.SHORT;
    return new Realized(Optional.of(longTerm.plus(shortTerm)), longTerm, shortTerm, tax, term);
  }

  /** The estimated tax of selling one dollar of {@code lot} at {@code price} (negative for a loss). */
  static double taxPerDollar(Lot lot, double price, LocalDate date, GainRates rates) {
    double gainPerDollar = 1 - lot.costPerShare().doubleValue() / price;
    return gainPerDollar * (lot.isLongTermOn(date) ? rates.longTerm() : rates.shortTerm());
  }

  private static Money positive(Money money) {
    return money.isNegative() ? Money.ZERO_USD : money;
  }
}
