package io.perennial.tax;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Lot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Relieves the lots of one holding for a sale, by a {@link LotReliefMethod}: which lots (or parts
 * of lots) are sold, the cost basis relieved, the gain of each part and its term. Stateless.
 *
 * <p>Exact arithmetic: the proceeds are shared among the parts in proportion to their shares and
 * rounded to the cent, the last part taking what is left, so the parts add up to the proceeds to
 * the cent; a lot sold in part keeps its cost less the cost relieved (cost × shares sold ÷ shares of
 * the lot, to the cent), so costs add up too. Under {@link LotReliefMethod.AverageCost} the cost
 * relieved is the average basis (total cost × shares sold ÷ shares held) and the lots left are
 * re-costed at the average.
 */
public final class LotRelief {

  private LotRelief() {}

  /**
   * What a sale leaves and realizes.
   *
   * @param remaining the lots left, in their original order (lots sold in part keep their date)
   * @param gains the realized parts, in the order they were relieved
   */
  public record Relief(List<Lot> remaining, List<RealizedGain> gains) {
    public Relief {
      remaining = List.copyOf(remaining);
      gains = List.copyOf(gains);
    }

    /** The total cost basis relieved. */
    public Money costRelieved(Money zero) {
      Money total = zero;
      for (RealizedGain gain : gains) {
        total = total.plus(gain.cost());
      }
      return total;
    }

    /** The total gain (less than zero for a loss). */
    public Money totalGain(Money zero) {
      Money total = zero;
      for (RealizedGain gain : gains) {
        total = total.plus(gain.gain());
      }
      return total;
    }
  }

  /**
   * Sells {@code quantity} shares of {@code assetId} held in {@code lots} on {@code saleDate} for
   * {@code proceeds} (net of commission).
   *
   * @throws IllegalArgumentException when the lots hold fewer shares than sold, or specific lots
   *     name a lot that is not there or do not add up to the quantity sold
   */
  public static Relief relieve(
      AssetId assetId, List<Lot> lots, LocalDate saleDate, BigDecimal quantity, Money proceeds, LotReliefMethod method) {
    Checks.notNull(assetId, "asset id");
    Checks.notNull(lots, "lots");
    Checks.notNull(saleDate, "sale date");
    Checks.notNull(quantity, "quantity");
    Checks.check(quantity.signum() > 0, "a sale must sell more than zero shares of " + assetId);
    Checks.notNull(proceeds, "proceeds");
    Checks.notNull(method, "method");
    BigDecimal held = sum(lots);
    Checks.check(held.compareTo(quantity) >= 0, "cannot sell " + quantity.toPlainString() + " shares of " + assetId
        + " on " + saleDate + ": the lots hold " + held.toPlainString());
    List<Integer> order = order(lots, saleDate, quantity, proceeds, method);
    List<BigDecimal> taken = takeInOrder(lots, order, quantity, method, assetId);
    if (method instanceof LotReliefMethod.AverageCost) {
      return averageCost(assetId, lots, taken, saleDate, quantity, proceeds, held);
    }
    List<Lot> remaining = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < lots.size(); i++) {
      Lot lot = lots.get(i);
      BigDecimal sold = taken.get(i);
      if (sold.signum() == 0) {
        remaining.add(lot);
        continue;
      }
      int cmp = sold.compareTo(lot.quantity());
      Money cost = cmp == 0 ? lot.cost() : lot.cost().times(sold.divide(lot.quantity(), MathContext.DECIMAL128));
      parts.add(new Part(i, lot.acquired(), sold, cost));
      if (cmp < 0) {
        remaining.add(new Lot(lot.acquired(), lot.quantity().subtract(sold), lot.cost().minus(cost)));
      }
    }
    return new Relief(remaining, gains(assetId, parts, order, saleDate, quantity, proceeds));
  }

  private record Part(int lotIndex, LocalDate acquired, BigDecimal quantity, Money cost) {}

  /** The lot indexes in the order the method relieves them. */
  private static List<Integer> order(
      List<Lot> lots, LocalDate saleDate, BigDecimal quantity, Money proceeds, LotReliefMethod method) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lots.size(); i++) {
      order.add(i);
    }
    Comparator<Integer> byDate = Comparator.comparing(i -> lots.get(i).acquired());
    Comparator<Integer> byIndex = Comparator.naturalOrder();
    if (method instanceof LotReliefMethod.HighestCost) {
      order.sort(Comparator.<Integer, BigDecimal>comparing(i -> lots.get(i).costPerShare()).reversed()
          .thenComparing(byDate).thenComparing(byIndex));
    } else if (method instanceof LotReliefMethod.LowestCost) {
      order.sort(Comparator.<Integer, BigDecimal>comparing(i -> lots.get(i).costPerShare())
          .thenComparing(byDate).thenComparing(byIndex));
    } else if (method instanceof LotReliefMethod.MinimumTax rates) {
      double price = proceeds.amount().divide(quantity, MathContext.DECIMAL64).doubleValue();
      order.sort(Comparator.<Integer>comparingDouble(i -> taxShareOfProceeds(lots.get(i), saleDate, price, rates))
          .thenComparing(byDate).thenComparing(byIndex));
    } else {
      order.sort(byDate.thenComparing(byIndex));
    }
    return order;
  }

  /**
   * The estimated tax on selling one share of {@code lot} ÷ the proceeds of that share: (price − cost
   * per share) × the lot's rate ÷ price. Less than zero for a loss.
   */
  static double taxShareOfProceeds(Lot lot, LocalDate saleDate, double price, LotReliefMethod.MinimumTax rates) {
    double rate = lot.isLongTermOn(saleDate) ? rates.longTermRate() : rates.shortTermRate();
    double gainPerShare = price - lot.costPerShare().doubleValue();
    return price > 0 ? gainPerShare * rate / price : gainPerShare * rate;
  }

  /** The shares taken from each lot (by lot index). */
  private static List<BigDecimal> takeInOrder(
      List<Lot> lots, List<Integer> order, BigDecimal quantity, LotReliefMethod method, AssetId assetId) {
    List<BigDecimal> taken = new ArrayList<>();
    for (int i = 0; i < lots.size(); i++) {
      taken.add(BigDecimal.ZERO);
    }
    if (method instanceof LotReliefMethod.SpecificLots specific) {
      BigDecimal named = BigDecimal.ZERO;
      for (LotReliefMethod.LotPick pick : specific.picks()) {
        named = named.add(pick.quantity());
        BigDecimal left = pick.quantity();
        for (int i : order) {
          Lot lot = lots.get(i);
          if (!lot.acquired().equals(pick.acquired()) || left.signum() == 0) {
            continue;
          }
          BigDecimal take = lot.quantity().subtract(taken.get(i)).min(left);
          taken.set(i, taken.get(i).add(take));
          left = left.subtract(take);
        }
        Checks.check(left.signum() == 0, "no lot of " + assetId + " acquired on " + pick.acquired()
            + " has " + pick.quantity().toPlainString() + " shares left to sell");
      }
      Checks.check(named.compareTo(quantity) == 0, "the lots named for " + assetId + " add up to "
          + named.toPlainString() + " shares, but the sale is of " + quantity.toPlainString());
      return taken;
    }
    BigDecimal left = quantity;
    for (int i : order) {
      if (left.signum() == 0) {
        break;
      }
      BigDecimal take = lots.get(i).quantity().min(left);
      taken.set(i, take);
      left = left.subtract(take);
    }
    return taken;
  }

  private static Relief averageCost(AssetId assetId, List<Lot> lots, List<BigDecimal> taken, LocalDate saleDate,
      BigDecimal quantity, Money proceeds, BigDecimal held) {
    Money totalCost = Money.zero(proceeds.currency());
    for (Lot lot : lots) {
      totalCost = totalCost.plus(lot.cost());
    }
    boolean all = quantity.compareTo(held) == 0;
    Money relieved = all ? totalCost : totalCost.times(quantity.divide(held, MathContext.DECIMAL128));
    // The relieved basis is shared among the parts in proportion to shares, the last taking the rest.
    List<Part> parts = new ArrayList<>();
    List<Integer> fifo = new ArrayList<>();
    List<Lot> keptLots = new ArrayList<>();
    Money costLeft = relieved;
    BigDecimal sharesLeft = quantity;
    for (int i = 0; i < lots.size(); i++) {
      BigDecimal sold = taken.get(i);
      Lot lot = lots.get(i);
      if (sold.signum() > 0) {
        boolean last = sold.compareTo(sharesLeft) == 0;
        Money cost = last ? costLeft : relieved.times(sold.divide(quantity, MathContext.DECIMAL128));
        parts.add(new Part(i, lot.acquired(), sold, cost));
        fifo.add(i);
        costLeft = costLeft.minus(cost);
        sharesLeft = sharesLeft.subtract(sold);
      }
      BigDecimal kept = lot.quantity().subtract(sold);
      if (kept.signum() > 0) {
        keptLots.add(new Lot(lot.acquired(), kept, lot.cost()));
      }
    }
    // The lots left carry the average basis: the cost left shared by shares, the last taking the rest.
    Money remainingCost = totalCost.minus(relieved);
    BigDecimal remainingShares = held.subtract(quantity);
    List<Lot> remaining = new ArrayList<>();
    for (int k = 0; k < keptLots.size(); k++) {
      Lot lot = keptLots.get(k);
      Money cost = k == keptLots.size() - 1 ? remainingCost
          : totalCost.minus(relieved).times(lot.quantity().divide(remainingShares, MathContext.DECIMAL128));
      remaining.add(new Lot(lot.acquired(), lot.quantity(), cost));
      remainingCost = remainingCost.minus(cost);
    }
    return new Relief(remaining, gains(assetId, parts, fifo, saleDate, quantity, proceeds));
  }

  /** The realized parts in relief order, with the proceeds shared by shares (the last part takes the rest). */
  private static List<RealizedGain> gains(AssetId assetId, List<Part> parts, List<Integer> order, LocalDate saleDate,
      BigDecimal quantity, Money proceeds) {
    List<Part> ordered = new ArrayList<>();
    for (int i : order) {
      for (Part part : parts) {
        if (part.lotIndex() == i) {
          ordered.add(part);
        }
      }
    }
    List<RealizedGain> gains = new ArrayList<>();
    Money proceedsLeft = proceeds;
    for (int k = 0; k < ordered.size(); k++) {
      Part part = ordered.get(k);
      Money share = k == ordered.size() - 1 ? proceedsLeft
          : proceeds.times(part.quantity().divide(quantity, MathContext.DECIMAL128));
      proceedsLeft = proceedsLeft.minus(share);
      RealizedGain.Term term = saleDate.isAfter(part.acquired().plusYears(1)) ? RealizedGain.Term.LONG : RealizedGain.Term.SHORT;
      gains.add(new RealizedGain(assetId, part.acquired(), saleDate, part.quantity(), share, part.cost(), term));
    }
    return gains;
  }

  private static BigDecimal sum(List<Lot> lots) {
    BigDecimal total = BigDecimal.ZERO;
    for (Lot lot : lots) {
      total = total.add(lot.quantity());
    }
    return total;
  }
}
