package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AssetClass;

/**
 * One holding valued today, as rebalancing sees it.
 *
 * @param account the account id
 * @param asset the asset (cash is the cash asset)
 * @param assetClass its class
 * @param value its market value, zero or more
 */
public record Position(String account, AssetId asset, AssetClass assetClass, Money value) {
  public Position {
    Checks.notBlank(account, "account");
    Checks.notNull(asset, "asset");
    Checks.notNull(assetClass, "asset class");
    Checks.check(!value.isNegative(), "a position's value is zero or more, got " + value);
  }
}
