package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.io.PlanFileModel.AssetEntry;
import io.perennial.market.UniverseAsset;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices of a plan file: those written on the universe's assets and those under {@code prices:},
 * checked to agree, every candidate priced and cash at 1 per dollar.
 */
final class PricesSection {

  private final FieldReader fields;

  /** Reads the section through {@code fields}, whose errors name the file's lines. */
  PricesSection(FieldReader fields) {
    this.fields = fields;
  }

  /** The price per unit of each asset, in dollars: the assets' own prices first, then those under {@code prices:}, then cash. */
  Map<AssetId, Money> read(Map<String, BigDecimal> entries, List<AssetEntry> assetEntries, Map<AssetId, UniverseAsset> universe) {
    Map<AssetId, Money> prices = new LinkedHashMap<>();
    // Prices written on the assets.
    if (assetEntries != null) {
      for (int i = 0; i < assetEntries.size(); i++) {
        AssetEntry entry = assetEntries.get(i);
        if (entry.price() != null) {
          prices.put(AssetId.of(entry.id().strip()), Money.usd(entry.price()));
        }
      }
    }
    if (entries != null) {
      for (Map.Entry<String, BigDecimal> entry : entries.entrySet()) {
        String at = "/prices/" + FieldReader.escape(entry.getKey());
        AssetId id = fields.assetId(at, entry.getKey());
        if (!universe.containsKey(id) && id.value().equalsIgnoreCase(PlanFile.CASH_ID)) {
          throw fields.error(at, "cash needs no price", "remove the line: cash counts at 1 per dollar");
        }
        if (!universe.containsKey(id)) {
          throw fields.error(at, "a price is given for " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), PlanFile.ids(universe)) + "add " + id + " to the universe, or remove its price");
        }
        if (entry.getValue() == null) {
          throw fields.error(at, "no price given for " + id, "write the price per share, e.g. " + id + ": 27.45");
        }
        fields.positive(at, entry.getValue(), "price of " + id);
        Money price = Money.usd(entry.getValue());
        Money onAsset = prices.get(id);
        if (onAsset != null && onAsset.compareTo(price) != 0) {
          throw fields.error(at, id + " has two prices: " + onAsset.amount().toPlainString() + " on the asset and "
              + price.amount().toPlainString() + " here", "keep one of them");
        }
        prices.put(id, price);
      }
    }
    // Every candidate needs a price: the optimization may buy it, and its trades are whole units.
    if (assetEntries != null) {
      for (int i = 0; i < assetEntries.size(); i++) {
        AssetId id = AssetId.of(assetEntries.get(i).id().strip());
        UniverseAsset candidate = universe.get(id);
        if (candidate != null && !candidate.asset().isCash() && !prices.containsKey(id)) {
          throw fields.error("/universe/" + i + "/id", "no price for " + id,
              "add price: to " + id + " in the universe, or '" + id + ": <price per unit>' under prices:");
        }
      }
    }
    // Cash is worth one unit of currency per unit.
    for (UniverseAsset candidate : universe.values()) {
      if (candidate.asset().isCash()) {
        Money given = prices.get(candidate.asset().id());
        if (given != null && given.compareTo(Money.usd(BigDecimal.ONE)) != 0) {
          throw fields.error("/prices/" + FieldReader.escape(candidate.asset().id().value()),
              "cash asset " + candidate.asset().id() + " has a price of " + given.amount().toPlainString(),
              "cash is counted in dollars at a price of 1; give its quantity in dollars and remove the price");
        }
        prices.put(candidate.asset().id(), Money.usd(BigDecimal.ONE));
      }
    }
    return prices;
  }
}
