package io.perennial.market;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The market a plan is valued in: the valuation date, the price of each asset on it, the candidate
 * assets (what may be held, with the figures each carries itself) and the capital-market
 * assumptions that fill in the rest.
 *
 * @param valuationDate the date the prices (and the holdings valued with them) describe
 * @param prices price per unit of each asset on the valuation date, more than zero (cash: 1 per
 *     unit of currency)
 * @param candidates the candidate assets, ids unique, in the order the reports list them
 * @param assumptions the capital-market assumptions: class returns, volatilities, correlations,
 *     income mixes and inflation
 */
public record MarketSnapshot(
    LocalDate valuationDate, Map<AssetId, Money> prices, List<UniverseAsset> candidates, CapitalMarketAssumptions assumptions) {

  public MarketSnapshot {
    Checks.notNull(valuationDate, "valuation date");
    Checks.notNull(assumptions, "assumptions");
    candidates = List.copyOf(Checks.notNull(candidates, "candidates"));
    prices = check(prices, candidates);
  }

  /**
   * Checks what a snapshot requires of its prices and candidates, without the assumptions: every
   * price names an asset and is more than zero, no candidate appears twice. Returns the prices,
   * copied in their order.
   *
   * @throws IllegalArgumentException naming the price or the asset at fault
   */
  public static Map<AssetId, Money> check(Map<AssetId, Money> prices, Collection<UniverseAsset> candidates) {
    Checks.notNull(prices, "prices");
    Checks.notNull(candidates, "candidates");
    Set<AssetId> ids = new HashSet<>();
    for (UniverseAsset candidate : candidates) {
      Checks.notNull(candidate, "candidate");
      Checks.check(ids.add(candidate.asset().id()), "asset " + candidate.asset().id() + " appears twice in the universe");
    }
    Map<AssetId, Money> copy = new LinkedHashMap<>();
    for (Map.Entry<AssetId, Money> entry : prices.entrySet()) {
      Checks.notNull(entry.getKey(), "priced asset");
      Checks.notNull(entry.getValue(), "price of " + entry.getKey());
      Checks.check(entry.getValue().amount().signum() > 0,
          "price of " + entry.getKey() + " must be more than zero, got " + entry.getValue());
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The candidate asset {@code id}, if any. */
  public Optional<UniverseAsset> candidate(AssetId id) {
    return candidates.stream().filter(u -> u.asset().id().equals(id)).findFirst();
  }

  /** The asset {@code id}; it must be a candidate. */
  public Asset asset(AssetId id) {
    return candidate(id).orElseThrow(() -> new InvalidInputException("asset " + id + " is not in the universe")).asset();
  }

  /** Whether {@code id} has a price. */
  public boolean isPriced(AssetId id) {
    return prices.containsKey(id);
  }

  /** The price of {@code id} per unit; it must have one. */
  public Money price(AssetId id) {
    Money price = prices.get(id);
    Checks.check(price != null, "asset " + id + " has no price");
    return price;
  }

  /**
   * What {@code holding} is worth on the valuation date: quantity × price, exact (no rounding).
   * The cash asset ({@link AssetId#CASH}) without a price counts one per unit. The one place a
   * holding's value is computed.
   *
   * @throws IllegalArgumentException when any other asset held has no price
   */
  public BigDecimal value(Holding holding) {
    Checks.notNull(holding, "holding");
    Money price = prices.get(holding.assetId());
    if (price == null && holding.assetId().equals(AssetId.CASH)) {
      return holding.quantity();
    }
    return holding.quantity().multiply(price(holding.assetId()).amount());
  }

  /**
   * The cash asset: the candidate {@link AssetId#CASH} when there is one, else the cash asset of
   * the assumptions (class cash, its income mix).
   */
  public Asset cash() {
    return candidate(AssetId.CASH).map(UniverseAsset::asset)
        .orElseGet(() -> new Asset(AssetId.CASH, "Cash", AssetClass.CASH, "", "", assumptions.of(AssetClass.CASH).incomeMix()));
  }

  /**
   * This snapshot with the cash asset among the candidates and priced at 1 (when it is not yet),
   * so that accounts holding settlement cash after trades can be valued and analysed.
   */
  public MarketSnapshot withCash() {
    if (candidate(AssetId.CASH).isPresent()) {
      return this;
    }
    List<UniverseAsset> withCash = new ArrayList<>(candidates);
    withCash.add(new UniverseAsset(cash(), OwnEstimates.NONE));
    Map<AssetId, Money> pricesWithCash = new LinkedHashMap<>(prices);
    pricesWithCash.put(AssetId.CASH, Money.usd(BigDecimal.ONE));
    return new MarketSnapshot(valuationDate, pricesWithCash, withCash, assumptions);
  }

  /** This snapshot under other capital-market assumptions (the same date, prices and candidates). */
  public MarketSnapshot withAssumptions(CapitalMarketAssumptions other) {
    return new MarketSnapshot(valuationDate, prices, candidates, other);
  }
}
