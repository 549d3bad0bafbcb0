package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Holding;
import io.perennial.domain.Lot;
import java.math.BigDecimal;
import java.util.List;

/**
 * The shares of one asset held in one account, as tax lots.
 *
 * @param accountId the account
 * @param assetId the asset
 * @param lots the open lots, oldest first; not empty
 */
public record LedgerPosition(String accountId, AssetId assetId, List<Lot> lots) {

  public LedgerPosition {
    Checks.notBlank(accountId, "account id");
    Checks.notNull(assetId, "asset id");
    lots = List.copyOf(lots);
    Checks.check(!lots.isEmpty(), "a position of " + assetId + " in " + accountId + " needs at least one lot");
  }

  /** Shares held: the sum of the lots. */
  public BigDecimal quantity() {
    BigDecimal total = BigDecimal.ZERO;
    for (Lot lot : lots) {
      total = total.add(lot.quantity());
    }
    return total;
  }

  /** Total cost basis: the sum of the lots' costs. */
  public Money costBasis() {
    Money total = Money.zero(lots.get(0).cost().currency());
    for (Lot lot : lots) {
      total = total.plus(lot.cost());
    }
    return total;
  }

  /** The domain holding, lots included. */
  public Holding toHolding() {
    return Holding.ofLots(assetId, lots);
  }
}
