package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;

/**
 * A candidate asset of the plan: the asset, the figures it carries itself (the rest comes from its
 * class's assumptions) and the plan's own judgement of its dividend safety.
 *
 * @param asset the asset (its income mix is its own or its class's)
 * @param own its own yield, growth, return and volatility, each optional
 * @param yieldTrap whether the plan flags it as a possible yield trap (a yield that may not last);
 *     the optimizer excludes or haircuts flagged assets (the plan optimization's {@code yieldTraps} setting)
 * @param expectedCut the fraction of its distributions expected to be cut, in [0, 1]; the
 *     optimizer counts its income net of this cut (0: none expected)
 * @param tradeable whether trades may change it; false: held as it is (the optimizer fixes its
 *     weight at the current holding, the trade planner never trades it). By default false for
 *     rental real estate and royalties ({@link #tradeableByDefault}), true otherwise
 */
public record UniverseAsset(Asset asset, OwnEstimates own, boolean yieldTrap, double expectedCut, boolean tradeable) {

  public UniverseAsset {
    Checks.notNull(asset, "asset");
    own = own == null ? OwnEstimates.NONE : own;
    Checks.inRange(expectedCut, 0.0, 1.0, "expected cut of " + asset.id());
  }

  /** An asset tradeable or not as its class is by default. */
  public UniverseAsset(Asset asset, OwnEstimates own, boolean yieldTrap, double expectedCut) {
    this(asset, own, yieldTrap, expectedCut, tradeableByDefault(asset.assetClass()));
  }

  /** An asset without a yield-trap flag or an expected cut. */
  public UniverseAsset(Asset asset, OwnEstimates own) {
    this(asset, own, false, 0.0);
  }

  /** Whether an asset of the class is traded unless the plan says otherwise: not a property nor a royalty. */
  public static boolean tradeableByDefault(AssetClass assetClass) {
    return assetClass != AssetClass.RENTAL_REAL_ESTATE && assetClass != AssetClass.ROYALTIES;
  }
}
