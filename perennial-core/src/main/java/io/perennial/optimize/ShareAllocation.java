package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole shares that approximate target weights for a given amount of money.
 *
 * @param method how the shares were chosen
 * @param shares whole shares per asset (assets with a target weight; zeros included)
 * @param leftover the money not spent: total − Σ shares × price, exact, ≥ 0
 * @param weights the weights the shares achieve, as fractions of the total (leftover cash is the rest)
 * @param trackingError the root mean square of (achieved − target) weights over the assets
 * @param notes what happened (e.g. a fallback to the greedy method)
 */
public record ShareAllocation(
    Method method,
    Map<AssetId, Long> shares,
    Money leftover,
    Map<AssetId, Double> weights,
    double trackingError,
    List<String> notes) {

  public ShareAllocation {
    Checks.notNull(method, "method");
    shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    Checks.notNull(leftover, "leftover");
    Checks.check(!leftover.isNegative(), "leftover must not be negative, got " + leftover);
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    notes = List.copyOf(notes);
  }

  /** How whole shares were chosen. */
  public enum Method {
    /**
     * PyPortfolioOpt's {@code greedy_portfolio}: buy the whole shares each weight affords (largest
     * weights first), then one share at a time of the asset furthest below its target that the
     * leftover can pay for, until none can be bought. Fast, near the optimum.
     */
    GREEDY,
    /**
     * PyPortfolioOpt's {@code lp_portfolio}: the integer program minimising Σ|wᵢ·total − sharesᵢ·priceᵢ|
     * + leftover, solved by branch and bound over the active-set LP solver, starting from the greedy
     * shares. Not proven optimal when the search hits its node limit (noted).
     */
    INTEGER
  }

  /** Shares of {@code id} (0 when absent). */
  public long shares(AssetId id) {
    return shares.getOrDefault(id, 0L);
  }
}
