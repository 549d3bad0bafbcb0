package io.perennial.tax;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The wash-sale rule (IRC §1091; Treas. Reg. §1.1091-1): a loss on a sale is disallowed to the
 * extent that substantially identical securities are bought within 30 days before or after it —
 * in any account of the household. The disallowed loss is added to the basis of the replacement
 * shares, whose holding period then includes that of the shares sold; when the replacement is bought
 * in an IRA or a Roth, the loss is lost for good (Rev. Rul. 2008-5): no basis inside the account
 * carries it.
 *
 * <p>Matching (Reg. §1.1091-1(b), (c)): replacement shares are matched to the shares sold in the order
 * they were bought, each share once; when fewer are bought back than were sold, only that part of
 * the loss is disallowed (a partial wash). Sales are matched in date order, so a replacement that
 * washed an earlier sale cannot wash a later one.
 */
public final class WashSaleRule {

  /** Days before and after a sale within which a purchase washes it (both ends included). */
  public static final int WINDOW_DAYS = 30;

  private WashSaleRule() {}

  /**
   * A purchase anywhere in the household.
   *
   * @param account the account id
   * @param accountType how that account is taxed (a replacement in an IRA or Roth loses the loss for good)
   * @param asset what was bought
   * @param date the trade date
   * @param quantity shares, more than zero
   */
  public record Purchase(String account, AccountType accountType, AssetId asset, LocalDate date, BigDecimal quantity) {
    public Purchase {
      Checks.notBlank(account, "account");
      Checks.notNull(accountType, "account type");
      Checks.notNull(asset, "asset");
      Checks.notNull(date, "date");
      Checks.check(quantity.signum() > 0, "a purchase's quantity must be more than zero, got " + quantity.toPlainString());
    }
  }

  /**
   * A sale at a loss in a taxable account.
   *
   * @param asset what was sold
   * @param date the trade date
   * @param quantity shares sold, more than zero
   * @param loss the loss realized, more than zero (cost basis − proceeds)
   * @param acquired when the shares sold were bought (the start of their holding period)
   */
  public record LossSale(AssetId asset, LocalDate date, BigDecimal quantity, Money loss, LocalDate acquired) {
    public LossSale {
      Checks.notNull(asset, "asset");
      Checks.notNull(date, "date");
      Checks.notNull(acquired, "acquired");
      Checks.check(quantity.signum() > 0, "a sale's quantity must be more than zero, got " + quantity.toPlainString());
      Checks.check(loss.amount().signum() > 0, "a loss sale's loss must be more than zero, got " + loss);
    }

    /** The first day a purchase of the asset no longer washes this sale. */
    public LocalDate doNotBuyUntil() {
      return date.plusDays(WINDOW_DAYS + 1);
    }
  }

  /**
   * The loss of one replacement purchase's matched shares.
   *
   * @param replacement the purchase
   * @param quantity its shares matched to the sale
   * @param disallowedLoss the part of the loss they disallow
   * @param permanentlyLost true when the replacement sits in an IRA or a Roth: no basis carries the loss
   * @param holdingPeriodFrom the replacement shares' holding period now starts here (their purchase date
   *     moved back by the days the sold shares were held); the purchase date when permanently lost
   */
  public record Adjustment(Purchase replacement, BigDecimal quantity, Money disallowedLoss, boolean permanentlyLost,
      LocalDate holdingPeriodFrom) {

    /** The basis added to the replacement shares (zero when the loss is lost for good). */
    public Money addedBasis() {
      return permanentlyLost ? Money.zero(disallowedLoss.currency()) : disallowedLoss;
    }
  }

  /**
   * What the rule does to one sale.
   *
   * @param sale the sale
   * @param washedQuantity the shares of the sale matched by replacements (at most its quantity)
   * @param disallowedLoss the loss disallowed (loss × washed ÷ sold)
   * @param allowedLoss the rest, deductible now
   * @param adjustments the replacements matched, in the order bought
   */
  public record Outcome(LossSale sale, BigDecimal washedQuantity, Money disallowedLoss, Money allowedLoss,
      List<Adjustment> adjustments) {
    public Outcome {
      adjustments = List.copyOf(adjustments);
    }

    /** Whether any of the loss is disallowed. */
    public boolean washSale() {
      return washedQuantity.signum() > 0;
    }
  }

  /**
   * Applies the rule to {@code sales} against {@code purchases} (all accounts of the household;
   * leave out the purchases of the very shares sold).
   *
   * @param identical which assets are substantially identical to which: {@code identical.test(a, b)};
   *     an asset is always identical to itself
   * @return one outcome per sale, in the order given
   */
  public static List<Outcome> apply(List<LossSale> sales, List<Purchase> purchases, SubstantiallyIdentical identical) {
    Checks.notNull(sales, "sales");
    Checks.notNull(purchases, "purchases");
    Checks.notNull(identical, "identical");
    List<Purchase> byDate = new ArrayList<>(purchases);
    byDate.sort(Comparator.comparing(Purchase::date));
    BigDecimal[] left = byDate.stream().map(Purchase::quantity).toArray(BigDecimal[]::new);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sales.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> sales.get(i).date()));
    Outcome[] outcomes = new Outcome[sales.size()];
    for (int s : order) {
      LossSale sale = sales.get(s);
      BigDecimal toMatch = sale.quantity();
      List<Adjustment> adjustments = new ArrayList<>();
      Money disallowed = Money.zero(sale.loss().currency());
      for (int p = 0; p < byDate.size() && toMatch.signum() > 0; p++) {
        Purchase purchase = byDate.get(p);
        long days = Math.abs(ChronoUnit.DAYS.between(sale.date(), purchase.date()));
        if (days > WINDOW_DAYS || left[p].signum() == 0 || !identical.test(sale.asset(), purchase.asset())) {
          continue;
        }
        BigDecimal matched = left[p].min(toMatch);
        left[p] = left[p].subtract(matched);
        toMatch = toMatch.subtract(matched);
        Money part = toMatch.signum() == 0
            ? sale.loss().minus(disallowed) // the last match takes the rounding remainder
            : new Money(sale.loss().amount().multiply(matched).divide(sale.quantity(), MathContext.DECIMAL64), sale.loss().currency());
        disallowed = disallowed.plus(part);
        boolean lost = purchase.accountType() != AccountType.TAXABLE;
        long held = ChronoUnit.DAYS.between(sale.acquired(), sale.date());
        adjustments.add(new Adjustment(purchase, matched, part, lost, lost ? purchase.date() : purchase.date().minusDays(held)));
      }
      BigDecimal washed = sale.quantity().subtract(toMatch);
      outcomes[s] = new Outcome(sale, washed, disallowed, sale.loss().minus(disallowed), adjustments);
    }
    return List.of(outcomes);
  }

  /** Which assets count as substantially identical to which. */
  @FunctionalInterface
  public interface SubstantiallyIdentical {
    /** Whether buying {@code bought} after selling {@code sold} is buying the same security again. */
    boolean identical(AssetId sold, AssetId bought);

    /** {@link #identical}, and always true for the same asset. */
    default boolean test(AssetId sold, AssetId bought) {
      return sold.equals(bought) || identical(sold, bought);
    }

    /** Only the same asset is identical (different funds, even of one index, are not). */
    static SubstantiallyIdentical sameAssetOnly() {
      return (sold, bought) -> false;
    }

    /** The same asset, or any two in one of {@code groups} (e.g. a fund's ETF and mutual-fund share classes). */
    static SubstantiallyIdentical groups(List<Set<AssetId>> groups) {
      List<Set<AssetId>> copy = groups.stream().map(Set::copyOf).toList();
      return (sold, bought) -> copy.stream().anyMatch(g -> g.contains(sold) && g.contains(bought));
    }
  }
}
