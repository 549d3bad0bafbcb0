package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.domain.AssetClass;
import java.util.Optional;

/**
 * One target of a policy: the weight the household (or one of its accounts) should hold of an asset
 * class or of one asset.
 *
 * @param assetClass the class targeted, or null when {@code asset} is
 * @param asset the asset targeted, or null when {@code assetClass} is
 * @param account the account whose holding is targeted, or empty for the whole household
 * @param weight the target, a fraction of the household's value (not of the account's), 0–1
 * @param band the tolerance band; empty for the 5/25 rule
 */
public record Target(AssetClass assetClass, AssetId asset, Optional<String> account, double weight, Optional<Band> band) {

  public Target {
    Checks.check((assetClass == null) != (asset == null), "a target names either an asset class or an asset");
    Checks.notNull(account, "account");
    Checks.notNull(band, "band");
    Checks.check(Double.isFinite(weight) && weight >= 0 && weight <= 1, "a target weight lies in 0–1, got " + weight);
  }

  /** {@code weight} of class {@code assetClass} across the household, with the 5/25 band. */
  public static Target ofClass(AssetClass assetClass, double weight) {
    return new Target(Checks.notNull(assetClass, "asset class"), null, Optional.empty(), weight, Optional.empty());
  }

  /** {@code weight} of {@code asset} across the household, with the 5/25 band. */
  public static Target ofAsset(AssetId asset, double weight) {
    return new Target(null, Checks.notNull(asset, "asset"), Optional.empty(), weight, Optional.empty());
  }

  /** The same target held in {@code accountId} only. */
  public Target in(String accountId) {
    return new Target(assetClass, asset, Optional.of(Checks.notBlank(accountId, "account")), weight, band);
  }

  /** The same target with its own band. */
  public Target withBand(Band own) {
    return new Target(assetClass, asset, account, weight, Optional.of(Checks.notNull(own, "band")));
  }

  /** The band in force: its own, else the 5/25 rule's. */
  public Band effectiveBand() {
    return band.orElseGet(() -> Band.fiveTwentyFive(weight));
  }

  /** Whether a position of {@code positionAsset} (of class {@code positionClass}) in {@code positionAccount} counts toward this target. */
  public boolean covers(String positionAccount, AssetId positionAsset, AssetClass positionClass) {
    return account.map(positionAccount::equals).orElse(true)
        && (asset != null ? asset.equals(positionAsset) : assetClass == positionClass);
  }

  /** A short label for people and JSON keys: {@code us-dividend-stocks}, {@code VYM}, {@code VYM@ira}. */
  public String label() {
    String what = asset != null ? asset.value() : assetClass.id();
    return account.map(a -> what + "@" + a).orElse(what);
  }
}
