package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Problem;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Identified;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.estimate.DividendSafety;
import io.perennial.io.PlanFileModel.AssetEntry;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.OwnEstimates;
import io.perennial.market.ReturnAverage;
import io.perennial.market.UniverseAsset;
import io.perennial.realestate.RentalProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code universe:} section of a plan file as {@link UniverseAsset}s: each asset's class, income mix
 * (its class's from the capital-market assumptions when none is written) and own figures, completed
 * by its price and dividend history files, whose notes it keeps for the report.
 */
final class UniverseSection {

  private final FieldReader fields;
  private final CapitalMarketAssumptions assumptions;
  private final List<Problem> notes = new ArrayList<>();
  private final Map<AssetId, DividendSafety> safety = new LinkedHashMap<>();
  private final Map<AssetId, RentalProperty> properties = new LinkedHashMap<>();

  /**
   * Reads the section through {@code fields}, whose errors name the file's lines; an asset without
   * an income mix of its own takes its class's from {@code assumptions}.
   */
  UniverseSection(FieldReader fields, CapitalMarketAssumptions assumptions) {
    this.fields = fields;
    this.assumptions = assumptions;
  }

  /** The {@code universe:} section: the candidate assets by id, in the file's order, their own figures completed from their history files. */
  Map<AssetId, UniverseAsset> read(List<AssetEntry> entries, LocalDate valuationDate) {
    Map<AssetId, UniverseAsset> universe = new LinkedHashMap<>();
    if (entries == null) {
      return universe;
    }
    for (int i = 0; i < entries.size(); i++) {
      String at = "/universe/" + i;
      AssetEntry entry = entries.get(i);
      if (entry == null) {
        throw fields.error(at, "an empty item in the universe", "give each asset id: and class:, or remove the '-' line");
      }
      AssetId id = fields.assetId(at + "/id", entry.id());
      if (universe.containsKey(id)) {
        throw fields.error(at + "/id", "asset " + id + " is listed twice in the universe", "keep one entry per asset");
      }
      if (entry.assetClass() == null) {
        throw fields.error(at, "asset " + id + " has no class",
            "add class: with one of: " + Identified.ids(AssetClass.class));
      }
      AssetClass assetClass = fields.id(AssetClass.class, at + "/class", entry.assetClass(), "asset class");
      if (entry.price() != null) {
        fields.positive(at + "/price", entry.price(), "price");
      }
      OwnEstimates own = own(at, entry);
      if (entry.priceHistory() != null || entry.dividendHistory() != null) {
        own = withHistory(at, id, entry, own, valuationDate);
      }
      IncomeMix mix = entry.incomeMix() == null ? assumptions.of(assetClass).incomeMix() : mix(at + "/incomeMix", entry.incomeMix());
      Asset asset;
      try {
        asset = new Asset(id, entry.name(), assetClass, entry.sector(), entry.issuer(), mix);
      } catch (InvalidInputException e) {
        throw fields.error(at, e.getMessage(), "correct the asset");
      }
      double cut = fields.rate(at + "/expectedCut", entry.expectedCut(), 0.0, 0.0, 1.0, "expected cut");
      boolean tradeable = entry.tradeable() == null ? UniverseAsset.tradeableByDefault(assetClass) : entry.tradeable();
      if (tradeable && assetClass == AssetClass.RENTAL_REAL_ESTATE) {
        throw fields.error(at + "/tradeable", "rental real estate " + id + " cannot be tradeable: a property is not bought or sold "
            + "by a rebalancing trade", "remove tradeable: true (a property is held as it is)");
      }
      if (entry.property() != null) {
        if (assetClass != AssetClass.RENTAL_REAL_ESTATE) {
          throw fields.error(at + "/property", "asset " + id + " of class " + assetClass.id() + " has a property: block",
              "use class: " + AssetClass.RENTAL_REAL_ESTATE.id() + ", or remove property:");
        }
        properties.put(id, new PropertySection(fields).read(at, id, entry, valuationDate, assumptions.inflation()));
      }
      universe.put(id, new UniverseAsset(asset, own, Boolean.TRUE.equals(entry.yieldTrap()), cut, tradeable));
    }
    return universe;
  }

  /** The rental properties behind assets ({@code property:} blocks), by asset id, in the file's order. */
  Map<AssetId, RentalProperty> properties() {
    return Collections.unmodifiableMap(properties);
  }

  /** What was estimated from history files, and their caveats, in the order the assets were read. */
  List<Problem> notes() {
    return List.copyOf(notes);
  }

  /** The dividend-safety scores of the assets whose history files hold distributions. */
  Map<AssetId, DividendSafety> safety() {
    return Map.copyOf(safety);
  }

  /** The asset's own figures, completed by what its history files say (the figures written in the plan win). */
  private OwnEstimates withHistory(String at, AssetId id, AssetEntry entry, OwnEstimates own, LocalDate valuationDate) {
    Path priceFile = entry.priceHistory() == null ? null : historyPath(at + "/priceHistory", entry.priceHistory());
    Path dividendFile = entry.dividendHistory() == null ? null : historyPath(at + "/dividendHistory", entry.dividendHistory());
    AssetHistory.Figures figures = AssetHistory.read(id, priceFile, dividendFile, valuationDate,
        fields.where(at));
    notes.addAll(figures.notes());
    figures.safety().ifPresent(score -> safety.put(id, score));
    return new OwnEstimates(
        own.yield().isPresent() ? own.yield() : figures.yield(),
        own.incomeGrowth().isPresent() ? own.incomeGrowth() : figures.incomeGrowth(),
        own.expectedReturn().isPresent() ? own.expectedReturn() : figures.expectedReturn(),
        own.expectedReturn().isPresent() ? own.average() : ReturnAverage.ARITHMETIC,
        own.volatility().isPresent() ? own.volatility() : figures.volatility());
  }

  /** A history file's path: relative paths start from the plan file's folder. */
  private Path historyPath(String at, String text) {
    if (text.isBlank()) {
      throw fields.error(at, "no file named", "give the path of the history file, relative to the plan file");
    }
    Path path;
    try {
      path = Path.of(text.strip());
    } catch (java.nio.file.InvalidPathException e) {
      throw fields.error(at, "'" + text + "' is not a valid path", "give the path of the history file, relative to the plan file");
    }
    Path folder = fields.file().toAbsolutePath().getParent();
    Path resolved = path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
    if (!Files.isRegularFile(resolved)) {
      throw fields.error(at, "history file " + resolved + " not found", "give the path relative to the plan file's folder, or an absolute path");
    }
    return resolved;
  }

  private OwnEstimates own(String at, AssetEntry entry) {
    OwnEstimates own = new OwnEstimates(
        fields.optionalRate(at + "/yield", entry.yield(), 0.0, 1.0, "yield"),
        fields.optionalRate(at + "/incomeGrowth", entry.incomeGrowth(), -1.0, 1.0, "income growth"),
        fields.optionalRate(at + "/expectedReturn", entry.expectedReturn(), -0.99, 1.0, "expected return"),
        entry.expectedReturnAverage() == null ? ReturnAverage.ARITHMETIC
            : fields.id(ReturnAverage.class, at + "/expectedReturnAverage", entry.expectedReturnAverage(), "return average"),
        fields.optionalRate(at + "/volatility", entry.volatility(), 0.0, 2.0, "volatility"));
    if (entry.expectedReturnAverage() != null && entry.expectedReturn() == null) {
      throw fields.error(at + "/expectedReturnAverage", "expectedReturnAverage is given without expectedReturn",
          "add the asset's expectedReturn, or remove expectedReturnAverage");
    }
    return own;
  }

  private IncomeMix mix(String at, Map<String, Double> shares) {
    if (shares.isEmpty()) {
      throw fields.error(at, "the income mix is empty", "give the share of each income character, e.g. qualified-dividend: 1.0");
    }
    Map<IncomeCharacter, Double> parsed = new EnumMap<>(IncomeCharacter.class);
    double sum = 0;
    for (Map.Entry<String, Double> entry : shares.entrySet()) {
      String field = at + "/" + FieldReader.escape(entry.getKey());
      IncomeCharacter character = fields.id(IncomeCharacter.class, field, entry.getKey(), "income character");
      if (entry.getValue() == null) {
        throw fields.error(field, "no share given for " + character.id(), "write a fraction such as 0.25, or remove the line");
      }
      double share = entry.getValue();
      if (!Double.isFinite(share) || share < 0) {
        throw fields.error(field, "the share of " + character.id() + " must be a fraction from 0 to 1, got " + share,
            "write a fraction such as 0.25");
      }
      parsed.put(character, share);
      sum += share;
    }
    if (Math.abs(sum - 1.0) > IncomeMix.SUM_TOLERANCE) {
      boolean percent = Math.abs(sum - 100.0) < 1e-4;
      throw fields.error(at, "the income mix adds up to " + FieldReader.trim(sum) + ", not 1",
          percent ? "write fractions (0.95), not percentages (95)" : "make the shares of all characters add up to 1");
    }
    try {
      return new IncomeMix(parsed);
    } catch (InvalidInputException e) {
      throw fields.error(at, e.getMessage(), "write each share as a fraction from 0 to 1");
    }
  }
}
