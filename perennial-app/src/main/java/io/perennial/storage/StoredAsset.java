package io.perennial.storage;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.io.broker.AssetKind;
import io.perennial.tax.LotReliefMethod;
import java.util.Optional;

/**
 * An asset as the store keeps it.
 *
 * @param id the ticker (or CUSIP)
 * @param name the broker's description
 * @param kind stock, ETF, mutual fund, ...
 * @param lotMethod its own relief method, when set; otherwise mutual funds use average cost (the
 *     brokers' default for them) and everything else the account's method
 */
public record StoredAsset(AssetId id, String name, AssetKind kind, Optional<LotReliefMethod> lotMethod) {

  public StoredAsset {
    Checks.notNull(id, "asset id");
    Checks.notNull(name, "name");
    Checks.notNull(kind, "kind");
    Checks.notNull(lotMethod, "lot method");
  }

  /** The method this asset's sales are relieved by in an account whose own method is {@code accountMethod}. */
  public LotReliefMethod methodIn(LotReliefMethod accountMethod) {
    return lotMethod.orElse(kind == AssetKind.MUTUAL_FUND ? LotReliefMethod.AVERAGE_COST : accountMethod);
  }
}
