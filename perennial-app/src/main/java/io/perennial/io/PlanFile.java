package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.Holding;
import io.perennial.domain.Identified;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeGoal;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.Lot;
import io.perennial.domain.RiskTolerance;
import io.perennial.io.PlanFileModel.AccountEntry;
import io.perennial.io.PlanFileModel.AssetEntry;
import io.perennial.io.PlanFileModel.Document;
import io.perennial.io.PlanFileModel.HoldingEntry;
import io.perennial.io.PlanFileModel.LotEntry;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.OwnEstimates;
import io.perennial.market.ReturnAverage;
import io.perennial.plan.OptimizationSettings;
import io.perennial.plan.PlanConstraint;
import io.perennial.domain.Household;
import io.perennial.plan.PlanSettings;
import io.perennial.plan.ProjectionSettings;
import io.perennial.plan.TaxAnalyzer;
import io.perennial.market.UniverseAsset;
import io.perennial.tax.TaxRules;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a plan file (YAML, or JSON when the name ends in {@code .json}) into a {@link PlanDocument}.
 * The format is described field by field in {@code README.md (section "Plan file reference")}. Every error is an
 * {@link InputException} naming the file, the line and the field path
 * ({@code accounts[0].holdings[1].quantity}) and saying how to fix it; nothing else escapes.
 */
public final class PlanFile {

  /** Default years the income must last. */
  public static final int DEFAULT_HORIZON_YEARS = 30;
  /** Default inflation, a fraction per year. */
  public static final double DEFAULT_INFLATION = 0.025;
  /** The id of the cash asset that exists without being listed in the universe. */
  public static final String CASH_ID = "CASH";

  static final BigDecimal MAX_QUANTITY = new BigDecimal("1e12");

  private final Path file;
  private final LocationIndex index;
  private final CapitalMarketAssumptions assumptions;
  private final List<Problem> notes = new ArrayList<>();
  private final FieldReader fields;

  private PlanFile(Path file, LocationIndex index, CapitalMarketAssumptions assumptions) {
    this.file = file;
    this.index = index;
    this.assumptions = assumptions;
    this.fields = new FieldReader(file, index);
  }

  /**
   * Reads {@code file}. Assets without an income mix of their own take their class's from
   * {@code assumptions}; a file without {@code valuationDate} is valued on {@code defaultDate}.
   *
   * @throws InputException for anything wrong with the file, naming line, field and fix
   */
  public static PlanDocument read(Path file, CapitalMarketAssumptions assumptions, LocalDate defaultDate) {
    return readWithNotes(file, assumptions, defaultDate).value();
  }

  /**
   * Reads {@code file} as {@link #read} does, with notes for the report: what was estimated from
   * history files, and their caveats (a short or stale history).
   */
  public static WithProblems<PlanDocument> readWithNotes(Path file, CapitalMarketAssumptions assumptions, LocalDate defaultDate) {
    Objects.requireNonNull(assumptions, "assumptions");
    Objects.requireNonNull(defaultDate, "default date");
    PlanDocumentReader.Parsed parsed = PlanDocumentReader.read(file);
    PlanFile reader = new PlanFile(file, parsed.index(), assumptions);
    PlanDocument input = reader.map(parsed.document(), defaultDate);
    return WithProblems.of(input, reader.notes);
  }

  // ---------------------------------------------------------------------------------------------
  // Mapping into the domain

  private PlanDocument map(Document document, LocalDate defaultDate) {
    LocalDate valuationDate = document.valuationDate() == null ? defaultDate : fields.date("/valuationDate", document.valuationDate());
    OptionalInt taxYear = taxYear(document, valuationDate);
    InvestorProfile profile = profile(document.profile());
    Map<AssetId, UniverseAsset> universe = universe(document.universe(), valuationDate);
    Map<AssetId, Money> prices = prices(document.prices(), document.universe(), universe);
    List<Account> accounts = accounts(document.accounts(), universe, prices, valuationDate);
    List<PlanConstraint> constraints = new ConstraintsSection(fields).read(document.constraints(), universe);
    OptimizationSettings optimization = new OptimizationSection(fields).read(document.optimization(), universe);
    Map<String, List<AssetId>> menus = menus(document.accounts(), universe);
    ProjectionSettings projection = new ProjectionSection(fields).read(document.projection(), profile);
    try {
      return new PlanDocument(
          new Household(profile, accounts.stream().map(a -> a.withMenu(menus.getOrDefault(a.id(), List.of()))).toList()),
          valuationDate, prices, new ArrayList<>(universe.values()),
          new PlanSettings(constraints, taxYear, optimization, projection));
    } catch (IllegalArgumentException e) {
      throw fields.error("", e.getMessage(), "correct the plan");
    }
  }

  private InvestorProfile profile(PlanFileModel.Profile profile) {
    String at = "/profile";
    if (profile == null) {
      throw fields.error(at, "the plan has no profile", "add a profile: section with at least annualSpending (see examples/retiree.yaml)");
    }
    Money spending = fields.amount(at + "/annualSpending", profile.annualSpending(), null);
    int horizon = fields.whole(at + "/horizonYears", profile.horizonYears(), DEFAULT_HORIZON_YEARS, 1, 100, "horizon in years");
    int untilIncome = fields.whole(at + "/yearsUntilIncome", profile.yearsUntilIncome(), 0, 0, 80, "years until income starts");
    int age = fields.whole(at + "/age", profile.age(), 0, 0, 120, "age");
    RiskTolerance risk;
    if (profile.riskTolerance() != null && profile.maxVolatility() != null) {
      throw fields.error(at + "/maxVolatility", "both riskTolerance and maxVolatility are given",
          "keep one: a named level (conservative, moderate, growth, aggressive) or maxVolatility as a fraction");
    } else if (profile.maxVolatility() != null) {
      double cap = fields.rate(at + "/maxVolatility", profile.maxVolatility(), 0.0, 0.0, 1.0, "maximum volatility");
      if (cap <= 0.0) {
        throw fields.error(at + "/maxVolatility", "the maximum volatility must be more than 0 (a cap of 0 allows no allocation at all)",
            "write a fraction above 0 and up to 1, such as 0.08 (conservative) or 0.12 (moderate)");
      }
      risk = RiskTolerance.ofMaxVolatility(cap);
    } else if (profile.riskTolerance() != null) {
      try {
        risk = RiskTolerance.named(profile.riskTolerance());
      } catch (IllegalArgumentException e) {
        throw fields.error(at + "/riskTolerance", "unknown risk tolerance '" + profile.riskTolerance() + "'",
            Suggestions.didYouMean(profile.riskTolerance(), List.of("conservative", "moderate", "growth", "aggressive"))
                + "use conservative, moderate, growth or aggressive, or give maxVolatility as a fraction");
      }
    } else {
      risk = RiskTolerance.MODERATE;
    }
    FilingStatus filing = profile.filingStatus() == null ? FilingStatus.SINGLE
        : fields.id(FilingStatus.class, at + "/filingStatus", profile.filingStatus(), "filing status");
    double stateTax = fields.rate(at + "/stateTaxRate", profile.stateTaxRate(), 0.0, 0.0, 0.2, "state tax rate");
    double inflation = fields.rate(at + "/inflation", profile.inflation(), DEFAULT_INFLATION, -0.05, 0.25, "inflation");
    Money other = fields.amount(at + "/otherIncome", profile.otherIncome(), BigDecimal.ZERO);
    Money contribution = fields.amount(at + "/annualContribution", profile.annualContribution(), BigDecimal.ZERO);
    int spouseAge = fields.whole(at + "/spouseAge", profile.spouseAge(), 0, 0, 120, "spouse's age");
    if (spouseAge > 0 && filing != FilingStatus.MARRIED_JOINT) {
      throw fields.error(at + "/spouseAge", "spouseAge is for a married-joint return; a " + filing.id() + " return has one person",
          "remove spouseAge, or set filingStatus: married-joint");
    }
    Money taxableOther = profile.taxableOtherIncome() == null ? other
        : fields.amount(at + "/taxableOtherIncome", profile.taxableOtherIncome(), null);
    if (taxableOther.compareTo(other) > 0) {
      String written = profile.otherIncome() == null ? "0" : profile.otherIncome().toPlainString();
      throw fields.error(at + "/taxableOtherIncome", "taxableOtherIncome " + profile.taxableOtherIncome().toPlainString()
              + " is more than otherIncome " + written,
          "give the part of otherIncome that is taxable, from 0 to " + written);
    }
    Money itemized = fields.amount(at + "/itemizedDeductions", profile.itemizedDeductions(), BigDecimal.ZERO);
    boolean muniInState = Boolean.TRUE.equals(profile.muniInState());
    try {
      return new InvestorProfile(profile.name(), new IncomeGoal(spending, horizon, untilIncome), risk, filing, stateTax,
          inflation, other, contribution, age, spouseAge, taxableOther, itemized, muniInState);
    } catch (IllegalArgumentException e) {
      throw fields.error(at, e.getMessage(), "correct the profile");
    }
  }


  /**
   * The plan's tax year, checked against the years with tax data: a {@code taxYear} without data,
   * or a valuation date before the first year with data (and no {@code taxYear}), is an error.
   */
  private OptionalInt taxYear(Document document, LocalDate valuationDate) {
    OptionalInt taxYear = document.taxYear() == null ? OptionalInt.empty() : OptionalInt.of(document.taxYear());
    try {
      TaxAnalyzer.taxYear(valuationDate, taxYear);
      return taxYear;
    } catch (IllegalArgumentException e) {
      List<Integer> years = TaxRules.years();
      String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
      if (taxYear.isPresent()) {
        throw fields.error("/taxYear", "no tax data for taxYear " + taxYear.getAsInt() + "; years with tax data: " + list,
            "use one of those years, or remove taxYear to follow the valuation date");
      }
      int first = years.get(0);
      throw fields.error(document.valuationDate() == null ? "" : "/valuationDate", "the valuation date " + valuationDate + " is in "
              + valuationDate.getYear() + ", before " + first + ", the first year with tax data (years with tax data: " + list + ")",
          "move valuationDate to " + first + " or later, or add taxYear: " + first + " to value the taxes under the "
              + first + " rules");
    }
  }

  private Map<AssetId, UniverseAsset> universe(List<AssetEntry> entries, LocalDate valuationDate) {
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
      } catch (IllegalArgumentException e) {
        throw fields.error(at, e.getMessage(), "correct the asset");
      }
      double cut = fields.rate(at + "/expectedCut", entry.expectedCut(), 0.0, 0.0, 1.0, "expected cut");
      boolean tradeable = entry.tradeable() == null ? UniverseAsset.tradeableByDefault(assetClass) : entry.tradeable();
      if (tradeable && assetClass == AssetClass.RENTAL_REAL_ESTATE) {
        throw fields.error(at + "/tradeable", "rental real estate " + id + " cannot be tradeable: a property is not bought or sold "
            + "by a rebalancing trade", "remove tradeable: true (a property is held as it is)");
      }
      universe.put(id, new UniverseAsset(asset, own, Boolean.TRUE.equals(entry.yieldTrap()), cut, tradeable));
    }
    return universe;
  }

  /** The accounts' menus, checked against the universe. */
  private Map<String, List<AssetId>> menus(List<AccountEntry> entries, Map<AssetId, UniverseAsset> universe) {
    Map<String, List<AssetId>> menus = new LinkedHashMap<>();
    for (int a = 0; a < entries.size(); a++) {
      AccountEntry entry = entries.get(a);
      if (entry.menu() == null) {
        continue;
      }
      String at = "/accounts/" + a + "/menu";
      if (entry.menu().isEmpty()) {
        throw fields.error(at, "the menu of account " + entry.id() + " is empty",
            "list the assets the account may hold, or remove menu: (then it may hold any asset)");
      }
      List<AssetId> menu = new ArrayList<>();
      for (int i = 0; i < entry.menu().size(); i++) {
        AssetId id = fields.assetId(at + "/" + i, entry.menu().get(i));
        if (!universe.containsKey(id)) {
          throw fields.error(at + "/" + i, "the menu names " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), ids(universe)) + "name an asset of the universe");
        }
        if (!menu.contains(id)) {
          menu.add(id);
        }
      }
      menus.put(entry.id().strip(), menu);
    }
    return menus;
  }


  /** The asset's own figures, completed by what its history files say (the figures written in the plan win). */
  private OwnEstimates withHistory(String at, AssetId id, AssetEntry entry, OwnEstimates own, LocalDate valuationDate) {
    Path priceFile = entry.priceHistory() == null ? null : historyPath(at + "/priceHistory", entry.priceHistory());
    Path dividendFile = entry.dividendHistory() == null ? null : historyPath(at + "/dividendHistory", entry.dividendHistory());
    AssetHistory.Figures figures = AssetHistory.read(id, priceFile, dividendFile, valuationDate,
        InputException.at(file, index.line(at), display(at)));
    notes.addAll(figures.notes());
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
    Path folder = file.toAbsolutePath().getParent();
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
      String field = at + "/" + escape(entry.getKey());
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
    } catch (IllegalArgumentException e) {
      throw fields.error(at, e.getMessage(), "write each share as a fraction from 0 to 1");
    }
  }

  private Map<AssetId, Money> prices(Map<String, BigDecimal> entries, List<AssetEntry> assetEntries, Map<AssetId, UniverseAsset> universe) {
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
        String at = "/prices/" + escape(entry.getKey());
        AssetId id = fields.assetId(at, entry.getKey());
        if (!universe.containsKey(id) && id.value().equalsIgnoreCase(CASH_ID)) {
          throw fields.error(at, "cash needs no price", "remove the line: cash counts at 1 per dollar");
        }
        if (!universe.containsKey(id)) {
          throw fields.error(at, "a price is given for " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), ids(universe)) + "add " + id + " to the universe, or remove its price");
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
          throw fields.error("/prices/" + escape(candidate.asset().id().value()),
              "cash asset " + candidate.asset().id() + " has a price of " + given.amount().toPlainString(),
              "cash is counted in dollars at a price of 1; give its quantity in dollars and remove the price");
        }
        prices.put(candidate.asset().id(), Money.usd(BigDecimal.ONE));
      }
    }
    return prices;
  }

  private List<Account> accounts(List<AccountEntry> entries, Map<AssetId, UniverseAsset> universe,
      Map<AssetId, Money> prices, LocalDate valuationDate) {
    if (entries == null || entries.isEmpty()) {
      throw fields.error("", "the plan has no accounts", "add an accounts: list with at least one account (id, type, holdings)");
    }
    List<Account> accounts = new ArrayList<>();
    Set<String> accountIds = new HashSet<>();
    for (int a = 0; a < entries.size(); a++) {
      String at = "/accounts/" + a;
      AccountEntry entry = entries.get(a);
      if (entry == null) {
        throw fields.error(at, "an empty item in accounts", "give each account id:, type: and holdings:, or remove the '-' line");
      }
      String id = fields.text(at + "/id", entry.id(), "account id");
      if (id.contains("@") || id.chars().anyMatch(Character::isWhitespace)) {
        String suggestion = id.replaceAll("[\\s@]+", "-");
        throw fields.error(at + "/id", "account id '" + id + "' contains " + (id.contains("@") ? "'@'" : "a space")
                + "; an account id is one word, without spaces or '@' (it names the account in the plan's rules, e.g. SCHD@ira)",
            "write it as one word, e.g. id: " + suggestion + ", and put the long form in name:");
      }
      if (!accountIds.add(id)) {
        throw fields.error(at + "/id", "account id '" + id + "' is used twice", "give each account its own id");
      }
      if (entry.type() == null) {
        throw fields.error(at, "account " + id + " has no type", "add type: with one of: " + Identified.ids(AccountType.class));
      }
      AccountType type = fields.id(AccountType.class, at + "/type", entry.type(), "account type");
      List<Holding> holdings = new ArrayList<>();
      Set<AssetId> held = new HashSet<>();
      List<HoldingEntry> holdingEntries = entry.holdings() == null ? List.of() : entry.holdings();
      for (int h = 0; h < holdingEntries.size(); h++) {
        String hat = at + "/holdings/" + h;
        Holding holding = holding(hat, holdingEntries.get(h), universe, prices, valuationDate);
        if (!held.add(holding.assetId())) {
          throw fields.error(hat + "/asset", holding.assetId() + " is held twice in account " + id,
              "merge the two into one holding (list each purchase under lots:)");
        }
        holdings.add(holding);
      }
      try {
        accounts.add(new Account(id, entry.name(), type, holdings));
      } catch (IllegalArgumentException e) {
        throw fields.error(at, e.getMessage(), "correct the account");
      }
    }
    return accounts;
  }

  private Holding holding(String at, HoldingEntry entry, Map<AssetId, UniverseAsset> universe,
      Map<AssetId, Money> prices, LocalDate valuationDate) {
    if (entry == null) {
      throw fields.error(at, "an empty holding", "give asset: and quantity: (or lots:), or remove the '-' line");
    }
    AssetId id = fields.assetId(at + "/asset", entry.asset());
    if (!universe.containsKey(id)) {
      if (id.value().equalsIgnoreCase(CASH_ID)) {
        AssetClass cash = AssetClass.CASH;
        universe.put(id, new UniverseAsset(new Asset(id, "Cash", cash, "", "", assumptions.of(cash).incomeMix()), OwnEstimates.NONE));
        prices.put(id, Money.usd(BigDecimal.ONE));
      } else {
        throw fields.error(at + "/asset", "holding of " + id + ", which is not in the universe",
            Suggestions.didYouMean(id.value(), ids(universe)) + "add " + id + " to universe: with its class, e.g. "
                + "'- {id: " + id + ", class: us-dividend-stocks}'");
      }
    }
    if (!prices.containsKey(id)) {
      throw fields.error(at + "/asset", "no price for " + id,
          "add '" + id + ": <price per share>' under prices:, or price: to " + id + " in the universe");
    }
    if (entry.quantity() == null && (entry.lots() == null || entry.lots().isEmpty())) {
      throw fields.error(at, "the holding of " + id + " has neither quantity nor lots", "add quantity: (units held) or lots:");
    }
    if (entry.quantity() != null && entry.quantity().signum() < 0) {
      throw fields.error(at + "/quantity", "negative quantity " + entry.quantity().toPlainString() + " of " + id,
          "write the number of units held (zero or more); short positions are not supported");
    }
    if (entry.quantity() != null) {
      fields.realisticQuantity(at + "/quantity", entry.quantity(), id);
    }
    if (entry.lots() == null || entry.lots().isEmpty()) {
      return Holding.of(id, entry.quantity());
    }
    List<Lot> lots = new ArrayList<>();
    for (int l = 0; l < entry.lots().size(); l++) {
      lots.add(lot(at + "/lots/" + l, entry.lots().get(l), id, valuationDate));
    }
    Holding holding = Holding.ofLots(id, lots);
    if (entry.quantity() != null && entry.quantity().compareTo(holding.quantity()) != 0) {
      throw fields.error(at + "/quantity", "quantity of " + id + " is " + entry.quantity().toPlainString()
          + " but its lots add up to " + holding.quantity().toPlainString(),
          "correct the quantity or the lots, or leave quantity out (it is the sum of the lots)");
    }
    return holding;
  }

  private Lot lot(String at, LotEntry entry, AssetId id, LocalDate valuationDate) {
    if (entry == null) {
      throw fields.error(at, "an empty lot", "give date:, quantity: and cost:, or remove the '-' line");
    }
    if (entry.date() == null) {
      throw fields.error(at, "a lot of " + id + " has no date", "add date: YYYY-MM-DD (the trade date)");
    }
    LocalDate date = fields.date(at + "/date", entry.date());
    if (date.isAfter(valuationDate)) {
      throw fields.error(at + "/date", "a lot of " + id + " is dated " + date + ", after the valuation date " + valuationDate,
          "correct the date, or move valuationDate later");
    }
    if (entry.quantity() == null) {
      throw fields.error(at, "a lot of " + id + " has no quantity", "add quantity: (units bought)");
    }
    if (entry.quantity().signum() <= 0) {
      throw fields.error(at + "/quantity", (entry.quantity().signum() < 0 ? "negative" : "zero") + " lot quantity "
          + entry.quantity().toPlainString() + " of " + id, "write the units bought, more than zero");
    }
    fields.realisticQuantity(at + "/quantity", entry.quantity(), id);
    if (entry.cost() != null && entry.costPerShare() != null) {
      throw fields.error(at + "/costPerShare", "both cost and costPerShare are given", "keep one: cost is the lot's total cost basis");
    }
    BigDecimal cost;
    if (entry.cost() != null) {
      cost = entry.cost();
    } else if (entry.costPerShare() != null) {
      cost = entry.costPerShare().multiply(entry.quantity());
    } else {
      throw fields.error(at, "a lot of " + id + " has no cost", "add cost: (the lot's total cost basis) or costPerShare:");
    }
    if (cost.compareTo(new BigDecimal("1e12")) > 0) {
      throw fields.error(at + (entry.cost() != null ? "/cost" : "/costPerShare"), "a cost of " + cost.toPlainString() + " is not realistic",
          "check the number");
    }
    if (cost.signum() < 0) {
      throw fields.error(at + (entry.cost() != null ? "/cost" : "/costPerShare"), "negative cost " + cost.toPlainString(),
          "write the cost basis, zero or more");
    }
    return new Lot(date, entry.quantity(), Money.usd(cost));
  }



  // ---------------------------------------------------------------------------------------------
  static Collection<String> ids(Map<AssetId, UniverseAsset> universe) {
    return universe.keySet().stream().map(AssetId::value).collect(Collectors.toList());
  }

  /** {@code /accounts/0/holdings/1/quantity} → {@code accounts[0].holdings[1].quantity}. */
  static String display(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        text.append('[').append(name).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }


  /** A parser's message without the names of Java classes it may carry; see {@link JacksonErrors#plain}. */
  static String plain(String message) {
    return JacksonErrors.plain(message);
  }
}
