package io.perennial.domain;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;

/**
 * Something that can be held: a stock, a fund, a bond, a property, a royalty stream or cash.
 *
 * @param id the asset's identifier (a ticker, or a name for a property)
 * @param name a name for people
 * @param assetClass the class whose assumptions it inherits unless it carries its own
 * @param sector the sector for concentration limits (may be empty)
 * @param issuer the issuer or fund family for concentration limits (may be empty)
 * @param incomeMix how its distributions are taxed
 */
public record Asset(
    AssetId id, String name, AssetClass assetClass, String sector, String issuer, IncomeMix incomeMix) {

  public Asset {
    Checks.notNull(id, "id");
    name = name == null || name.isBlank() ? id.value() : name;
    Checks.notNull(assetClass, "asset class of " + id);
    sector = sector == null ? "" : sector.strip();
    issuer = issuer == null ? "" : issuer.strip();
    Checks.notNull(incomeMix, "income mix of " + id);
  }

  /** True for the cash asset (price 1 per unit of currency). */
  public boolean isCash() {
    return assetClass == AssetClass.CASH;
  }

  public Asset withIncomeMix(IncomeMix mix) {
    return new Asset(id, name, assetClass, sector, issuer, mix);
  }
}
