package io.perennial.domain;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A position in one asset inside one account. When lots are known the quantity is their sum;
 * without lots the cost basis is unknown.
 *
 * @param assetId the asset held
 * @param quantity shares or units held (for cash: the amount of currency), zero or more, exact
 * @param lots the tax lots (may be empty)
 */
public record Holding(AssetId assetId, BigDecimal quantity, List<Lot> lots) {

  public Holding {
    Checks.notNull(assetId, "asset id");
    Checks.notNull(quantity, "quantity of " + assetId);
    Checks.check(quantity.signum() >= 0,
        "quantity of " + assetId + " must be zero or more, got " + quantity.toPlainString());
    lots = List.copyOf(lots);
    if (!lots.isEmpty()) {
      BigDecimal sum = lots.stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
      Checks.check(sum.compareTo(quantity) == 0,
          "quantity of " + assetId + " is " + quantity.toPlainString()
              + " but its lots add up to " + sum.toPlainString());
    }
  }

  /** A holding without lots. */
  public static Holding of(AssetId assetId, BigDecimal quantity) {
    return new Holding(assetId, quantity, List.of());
  }

  /** A holding made of lots; the quantity is their sum. */
  public static Holding ofLots(AssetId assetId, List<Lot> lots) {
    Checks.check(!lots.isEmpty(), "a holding of " + assetId + " made of lots needs at least one lot");
    BigDecimal sum = lots.stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Holding(assetId, sum, lots);
  }

  /** Total cost basis, when lots are known. */
  public Optional<Money> costBasis() {
    if (lots.isEmpty()) {
      return Optional.empty();
    }
    Money total = Money.zero(lots.get(0).cost().currency());
    for (Lot lot : lots) {
      total = total.plus(lot.cost());
    }
    return Optional.of(total);
  }

  public Holding withQuantity(BigDecimal newQuantity) {
    return new Holding(assetId, newQuantity, List.of());
  }
}
