package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Account;
import io.perennial.domain.Holding;
import io.perennial.domain.Household;
import io.perennial.domain.InvestorProfile;
import io.perennial.estimate.DividendSafety;
import io.perennial.io.PlanFileModel.Document;
import io.perennial.market.AssumptionSets;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.UniverseAsset;
import io.perennial.plan.OptimizationSettings;
import io.perennial.plan.PlanConstraint;
import io.perennial.plan.PlanSettings;
import io.perennial.plan.ProjectionSettings;
import io.perennial.plan.TaxAnalyzer;
import io.perennial.rebalance.TargetPolicy;
import io.perennial.tax.TaxRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a plan file (YAML, or JSON when the name ends in {@code .json}) into a {@link PlanDocument}.
 * The format is described field by field in {@code README.md (section "Plan file reference")}. Every error is an
 * {@link InputException} naming the file, the line and the field path
 * ({@code accounts[0].holdings[1].quantity}) and saying how to fix it; nothing else escapes.
 * {@link PlanDocumentReader} parses the file; one mapper per section ({@link ProfileSection},
 * {@link UniverseSection}, {@link PricesSection}, {@link AccountsSection}, {@link ConstraintsSection},
 * {@link OptimizationSection}, {@link ProjectionSection}) turns it into the domain.
 */
public final class PlanFile {

  /** Default years the income must last. */
  public static final int DEFAULT_HORIZON_YEARS = 30;
  /** Default inflation, a fraction per year. */
  public static final double DEFAULT_INFLATION = 0.025;
  /** The id of the cash asset that exists without being listed in the universe. */
  public static final String CASH_ID = "CASH";

  static final BigDecimal MAX_QUANTITY = new BigDecimal("1e12");

  private PlanFile() {
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
    return map(new FieldReader(file, parsed.index()), assumptions, parsed.document(), defaultDate).input();
  }

  /**
   * The capital-market assumptions {@code file} runs under: the set {@code option} names (the
   * command line's {@code --assumptions}; null when not given), else the set the file names
   * ({@code assumptions: forward}, {@code historical} or a set's full name), else the default,
   * the forward-looking set ({@link AssumptionSets#defaultSet()}).
   *
   * @throws InputException for a name that is no set, naming the option or the field and the choices
   */
  public static CapitalMarketAssumptions assumptions(Path file, String option) {
    String choices = "give one of forward, historical (or " + String.join(", ", AssumptionSets.names()) + ")";
    if (option != null) {
      return AssumptionSets.find(option).orElseThrow(() -> new InputException("--assumptions",
          "there is no assumptions set '" + option.strip() + "'", choices));
    }
    PlanDocumentReader.Parsed parsed = PlanDocumentReader.read(file);
    String named = parsed.document().assumptions();
    if (named == null) {
      return AssumptionSets.defaultSet();
    }
    return AssumptionSets.find(named).orElseThrow(() -> new FieldReader(file, parsed.index()).error("/assumptions",
        "there is no assumptions set '" + named.strip() + "'", choices + ", or remove the field for the default (forward)"));
  }

  /**
   * Reads {@code file} once for {@code check} and {@code rebalance}: the plan and its notes as
   * {@link #readWithNotes} gives them, the {@code targets:} policy (checked against the plan's universe
   * and accounts) and the dividend-safety scores of the assets with history files.
   *
   * @throws InputException for anything wrong with the file, its targets included, naming line, field and fix
   */
  public static MonitoredPlan readForMonitoring(Path file, CapitalMarketAssumptions assumptions, LocalDate defaultDate) {
    Objects.requireNonNull(assumptions, "assumptions");
    Objects.requireNonNull(defaultDate, "default date");
    PlanDocumentReader.Parsed parsed = PlanDocumentReader.read(file);
    FieldReader fields = new FieldReader(file, parsed.index());
    Mapped mapped = map(fields, assumptions, parsed.document(), defaultDate);
    PlanDocument plan = mapped.input().value();
    Set<AssetId> universe = new HashSet<>();
    plan.candidates().forEach(c -> universe.add(c.asset().id()));
    Optional<TargetPolicy> targets = new TargetsSection(fields).read(parsed.document().targets(), universe,
        plan.household().accounts());
    return new MonitoredPlan(plan, mapped.input().problems(), targets, mapped.safety());
  }

  /** A mapped document: the plan with its notes, and the dividend-safety scores its history files gave. */
  private record Mapped(WithProblems<PlanDocument> input, Map<AssetId, DividendSafety> safety) {}

  /** The document's sections mapped into the domain, in the order their errors are reported. */
  private static Mapped map(FieldReader fields, CapitalMarketAssumptions assumptions, Document document,
      LocalDate defaultDate) {
    LocalDate valuationDate = document.valuationDate() == null ? defaultDate : fields.date("/valuationDate", document.valuationDate());
    OptionalInt taxYear = taxYear(fields, document, valuationDate);
    InvestorProfile profile = new ProfileSection(fields).read(document.profile(), valuationDate);
    UniverseSection universeSection = new UniverseSection(fields, assumptions);
    Map<AssetId, UniverseAsset> universe = universeSection.read(document.universe(), valuationDate);
    Map<AssetId, Money> prices = new PricesSection(fields).read(document.prices(), document.universe(), universe);
    AccountsSection accountsSection = new AccountsSection(fields, assumptions);
    List<Account> accounts = accountsSection.read(document.accounts(), universe, prices, valuationDate);
    wholeProperties(fields, accounts, universeSection.properties().keySet());
    List<PlanConstraint> constraints = new ConstraintsSection(fields).read(document.constraints(), universe);
    OptimizationSettings optimization = new OptimizationSection(fields).read(document.optimization(), universe);
    Map<String, List<AssetId>> menus = accountsSection.menus(document.accounts(), universe);
    ProjectionSettings projection = new ProjectionSection(fields).read(document.projection(), profile);
    PlanDocument input;
    try {
      input = new PlanDocument(
          new Household(profile, accounts.stream().map(a -> a.withMenu(menus.getOrDefault(a.id(), List.of()))).toList()),
          valuationDate, prices, new ArrayList<>(universe.values()),
          new PlanSettings(constraints, taxYear, optimization, projection).withProperties(universeSection.properties()));
    } catch (InvalidInputException e) {
      throw fields.error("", e.getMessage(), "correct the plan");
    }
    return new Mapped(WithProblems.of(input, universeSection.notes()), universeSection.safety());
  }

  /**
   * The plan's tax year, checked against the years with tax data: a {@code taxYear} without data,
   * or a valuation date before the first year with data (and no {@code taxYear}), is an error.
   */
  private static OptionalInt taxYear(FieldReader fields, Document document, LocalDate valuationDate) {
    OptionalInt taxYear = document.taxYear() == null ? OptionalInt.empty() : OptionalInt.of(document.taxYear());
    try {
      TaxAnalyzer.taxYear(valuationDate, taxYear);
      return taxYear;
    } catch (InvalidInputException e) {
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

  /** A property is held as one unit, the household's share of it ({@code ownershipShare}), in one account. */
  private static void wholeProperties(FieldReader fields, List<Account> accounts, Set<AssetId> properties) {
    Set<AssetId> held = new HashSet<>();
    for (int a = 0; a < accounts.size(); a++) {
      for (int h = 0; h < accounts.get(a).holdings().size(); h++) {
        Holding holding = accounts.get(a).holdings().get(h);
        if (!properties.contains(holding.assetId())) {
          continue;
        }
        if (holding.quantity().compareTo(BigDecimal.ONE) != 0) {
          throw fields.error("/accounts/" + a + "/holdings/" + h, "property " + holding.assetId() + " is held as "
              + holding.quantity().toPlainString() + " units", "hold it as quantity 1: the household's share is the "
              + "property's ownershipShare");
        }
        if (!held.add(holding.assetId())) {
          throw fields.error("/accounts/" + a + "/holdings/" + h, "property " + holding.assetId() + " is held in two accounts",
              "hold it in one account");
        }
      }
    }
  }

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

  /** A parser's message without the names of Java classes it may carry; see {@link JacksonErrors#plain}. */
  static String plain(String message) {
    return JacksonErrors.plain(message);
  }
}
