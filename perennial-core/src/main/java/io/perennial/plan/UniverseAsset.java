package io.perennial.plan;

import io.perennial.basics.Checks;
import io.perennial.domain.Asset;
import io.perennial.market.OwnEstimates;

/**
 * A candidate asset of the plan: the asset and the figures it carries itself (the rest comes
 * from its class's assumptions).
 *
 * @param asset the asset (its income mix is its own or its class's)
 * @param own its own yield, growth, return and volatility, each optional
 */
public record UniverseAsset(Asset asset, OwnEstimates own) {

  public UniverseAsset {
    Checks.notNull(asset, "asset");
    own = own == null ? OwnEstimates.NONE : own;
  }
}
