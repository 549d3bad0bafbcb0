package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;

/**
 * An asset named in a broker file.
 *
 * @param id its ticker (or CUSIP when the broker gives no ticker)
 * @param name the broker's description
 * @param kind what kind of security it is
 */
public record ImportedAsset(AssetId id, String name, AssetKind kind) {

  public ImportedAsset {
    Checks.notNull(id, "asset id");
    name = name == null || name.isBlank() ? id.value() : name.strip();
    Checks.notNull(kind, "kind");
  }
}
