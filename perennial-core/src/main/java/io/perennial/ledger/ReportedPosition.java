package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A position as a broker's positions file states it.
 *
 * @param accountId the account
 * @param assetId the asset
 * @param quantity shares held, zero or more
 * @param costBasis the total cost basis when the file gives it
 */
public record ReportedPosition(String accountId, AssetId assetId, BigDecimal quantity, Optional<Money> costBasis) {

  public ReportedPosition {
    Checks.notBlank(accountId, "account id");
    Checks.notNull(assetId, "asset id");
    Checks.nonNegative(quantity, "quantity");
    Checks.notNull(costBasis, "cost basis");
  }
}
