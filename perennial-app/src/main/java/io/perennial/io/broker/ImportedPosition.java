package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A position as a broker's positions file reports it.
 *
 * @param line the line of the file
 * @param accountId the account
 * @param assetId the asset
 * @param asOf the date of the file
 * @param quantity shares held, zero or more
 * @param price the last price, when given
 * @param marketValue the market value, when given
 * @param costBasis the total cost basis, when given
 */
public record ImportedPosition(long line, String accountId, AssetId assetId, LocalDate asOf, BigDecimal quantity,
    Optional<BigDecimal> price, Optional<Money> marketValue, Optional<Money> costBasis) {

  public ImportedPosition {
    Checks.notBlank(accountId, "account id");
    Checks.notNull(assetId, "asset id");
    Checks.notNull(asOf, "as-of date");
    Checks.nonNegative(quantity, "quantity of " + assetId);
    Checks.notNull(price, "price");
    Checks.notNull(marketValue, "market value");
    Checks.notNull(costBasis, "cost basis");
  }
}
