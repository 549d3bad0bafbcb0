package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Account;
import io.perennial.domain.Household;
import io.perennial.domain.InvestorProfile;
import io.perennial.io.PlanFileModel.Document;
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
    return map(new FieldReader(file, parsed.index()), assumptions, parsed.document(), defaultDate);
  }

  /**
   * The target policy of {@code file}'s {@code targets:} section (empty when it has none), checked
   * against {@code plan}, the document read from the same file: assets of its universe, accounts of
   * its household.
   *
   * @throws InputException for a target that is wrong, naming line, field and fix
   */
  public static Optional<TargetPolicy> targets(Path file, PlanDocument plan) {
    PlanDocumentReader.Parsed parsed = PlanDocumentReader.read(file);
    Set<AssetId> universe = new HashSet<>();
    plan.candidates().forEach(c -> universe.add(c.asset().id()));
    return new TargetsSection(new FieldReader(file, parsed.index())).read(parsed.document().targets(), universe,
        plan.household().accounts());
  }

  /** The document's sections mapped into the domain, in the order their errors are reported. */
  private static WithProblems<PlanDocument> map(FieldReader fields, CapitalMarketAssumptions assumptions, Document document,
      LocalDate defaultDate) {
    LocalDate valuationDate = document.valuationDate() == null ? defaultDate : fields.date("/valuationDate", document.valuationDate());
    OptionalInt taxYear = taxYear(fields, document, valuationDate);
    InvestorProfile profile = new ProfileSection(fields).read(document.profile(), valuationDate);
    UniverseSection universeSection = new UniverseSection(fields, assumptions);
    Map<AssetId, UniverseAsset> universe = universeSection.read(document.universe(), valuationDate);
    Map<AssetId, Money> prices = new PricesSection(fields).read(document.prices(), document.universe(), universe);
    AccountsSection accountsSection = new AccountsSection(fields, assumptions);
    List<Account> accounts = accountsSection.read(document.accounts(), universe, prices, valuationDate);
    List<PlanConstraint> constraints = new ConstraintsSection(fields).read(document.constraints(), universe);
    OptimizationSettings optimization = new OptimizationSection(fields).read(document.optimization(), universe);
    Map<String, List<AssetId>> menus = accountsSection.menus(document.accounts(), universe);
    ProjectionSettings projection = new ProjectionSection(fields).read(document.projection(), profile);
    PlanDocument input;
    try {
      input = new PlanDocument(
          new Household(profile, accounts.stream().map(a -> a.withMenu(menus.getOrDefault(a.id(), List.of()))).toList()),
          valuationDate, prices, new ArrayList<>(universe.values()),
          new PlanSettings(constraints, taxYear, optimization, projection));
    } catch (InvalidInputException e) {
      throw fields.error("", e.getMessage(), "correct the plan");
    }
    return WithProblems.of(input, universeSection.notes());
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
