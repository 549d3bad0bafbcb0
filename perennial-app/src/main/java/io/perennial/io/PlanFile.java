package io.perennial.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetCategory;
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
import io.perennial.io.PlanFileModel.ConstraintEntry;
import io.perennial.io.PlanFileModel.Document;
import io.perennial.io.PlanFileModel.HoldingEntry;
import io.perennial.io.PlanFileModel.LotEntry;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.OwnEstimates;
import io.perennial.market.ReturnAverage;
import io.perennial.project.ReturnDistribution;
import io.perennial.plan.ConstraintKind;
import io.perennial.plan.OptimizationSettings;
import io.perennial.plan.OptimizationSettings.PlanObjective;
import io.perennial.plan.OptimizationSettings.YieldTrapHandling;
import io.perennial.plan.PlanConstraint;
import io.perennial.domain.Household;
import io.perennial.plan.PlanSettings;
import io.perennial.plan.ProjectionSettings;
import io.perennial.plan.TaxAnalyzer;
import io.perennial.market.UniverseAsset;
import io.perennial.tax.DeferredValuation;
import io.perennial.tax.TaxRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

  private static final BigDecimal MAX_QUANTITY = new BigDecimal("1e12");

  /** The mappers, each built on first use (building one costs a noticeable part of a short run). */
  private static final class Yaml {
    static final ObjectMapper MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
        .build());
  }

  private static final class Json {
    static final ObjectMapper MAPPER = configure(JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build());
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .registerModule(PlanNumbers.module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  private final Path file;
  private final LocationIndex index;
  private final CapitalMarketAssumptions assumptions;
  private final List<Problem> notes = new ArrayList<>();

  private PlanFile(Path file, LocationIndex index, CapitalMarketAssumptions assumptions) {
    this.file = file;
    this.index = index;
    this.assumptions = assumptions;
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
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "file not found",
          "check the path (relative paths start from " + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "is a directory, not a plan file", "name a .yaml or .json plan file");
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), "check that the file is readable");
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? Json.MAPPER : Yaml.MAPPER;
    checkText(file, content, mapper.getFactory());
    if (new String(content, java.nio.charset.StandardCharsets.UTF_8).strip().isEmpty()) {
      throw new InputException(file.toString(), "the file is empty", "start from examples/retiree.yaml");
    }
    LocationIndex index = null;
    Document document;
    try {
      index = LocationIndex.of(mapper.getFactory(), content);
      document = mapper.readValue(content, Document.class);
    } catch (JsonProcessingException e) {
      throw translate(file, index, e, json);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), "check that the file is readable");
    } catch (LocationIndex.UnsupportedYaml e) {
      throw new InputException(InputException.at(file, e.line, display(e.pointer)), e.getMessage(),
          "write the value out in full: plan files do not use anchors (&name) or aliases (*name)");
    } catch (RuntimeException e) {
      // The YAML library reports a few structural problems (bad aliases, limits) unchecked.
      throw new InputException(file.toString(), "cannot be read as " + (json ? "JSON" : "YAML") + ": " + plain(firstLine(e.getMessage())),
          json ? "check brackets, commas and quotes" : "check the indentation and the ':' after each field name");
    }
    if (document == null) {
      throw new InputException(file.toString(), "the file holds no plan (only comments?)", "start from examples/retiree.yaml");
    }
    PlanFile reader = new PlanFile(file, index, assumptions);
    PlanDocument input = reader.map(document, defaultDate);
    return WithProblems.of(input, reader.notes);
  }

  // ---------------------------------------------------------------------------------------------
  // Text encoding

  /**
   * Refuses content that is not UTF-8 text, at the line, column and field of the first bad byte:
   * a file saved as UTF-16 (a byte-order mark or NUL bytes), or as Latin-1/Windows-1252 (an accented
   * letter as one byte). The parser would report these as a low-level character error at line 1.
   */
  private static void checkText(Path file, byte[] content, JsonFactory factory) {
    if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
      throw new InputException(InputException.at(file, 1, null), "the file is saved as UTF-16 text; plan files are UTF-8",
          "save it again with the encoding UTF-8 (in most editors: Save As, Encoding: UTF-8)");
    }
    int bad = -1;
    for (int i = 0; i < content.length && bad < 0; i++) {
      if (content[i] == 0) {
        bad = i;
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(content.length), true);
    if (result.isError() && (bad < 0 || in.position() < bad)) {
      bad = in.position();
    }
    if (bad < 0) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (content[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(content, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    String field = "";
    try {
      // The field on that line, from the text with the bad bytes replaced.
      byte[] repaired = new String(content, StandardCharsets.UTF_8).replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
      field = display(LocationIndex.of(factory, repaired).pointerOn(line));
    } catch (IOException | RuntimeException e) {
      // The rest of the file has other problems; the line and column still say where.
    }
    String where = InputException.at(file, line, field);
    if (content[bad] == 0) {
      throw new InputException(where, "column " + column + " holds a NUL character: the file is binary, or saved as UTF-16",
          "save the plan as UTF-8 text (in most editors: Save As, Encoding: UTF-8)");
    }
    throw new InputException(where, String.format(Locale.ROOT,
            "column %d holds the byte 0x%02X, which is not UTF-8 text (was the file saved as Latin-1 or Windows-1252?)",
            column, content[bad] & 0xFF),
        "save the file with the encoding UTF-8 (in most editors: Save As, Encoding: UTF-8), or retype the character");
  }

  // ---------------------------------------------------------------------------------------------
  // Jackson's errors

  /**
   * Jackson's exception as an InputException. The line is that of the field when the streaming
   * pass indexed it ({@code index} is null when that pass itself failed), else Jackson's location.
   */
  private static InputException translate(Path file, LocationIndex index, JsonProcessingException e, boolean json) {
    JsonLocation location = e.getLocation();
    long line = location == null ? 0 : location.getLineNr();
    String pointer = "";
    if (e instanceof JsonMappingException mapping) {
      pointer = pointer(mapping.getPath());
      int indexed = index == null || pointer.isEmpty() ? 0 : index.line(pointer);
      if (indexed > 0) {
        line = indexed;
      }
    } else if (e instanceof StreamReadException read && read.getProcessor() != null
        && read.getProcessor().getParsingContext() != null) {
      pointer = read.getProcessor().getParsingContext().pathAsPointer().toString();
    }
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      // A YAML syntax error: the problem mark is where the parser gave up, the path is not known.
      String problem = yaml.getProblem() == null ? firstLine(yaml.getMessage()) : yaml.getProblem();
      String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
      return new InputException(InputException.at(file, yaml.getProblemMark().getLine() + 1, null),
          "not valid YAML: " + problem + context,
          "check the indentation (spaces, not tabs) and the ':' after each field name on this line and the one before");
    }
    String where = InputException.at(file, line, display(pointer));
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
          : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String name = unknown.getPropertyName();
      return new InputException(where, "unknown field '" + name + "'",
          Suggestions.didYouMean(name, known) + "the fields allowed here are: " + String.join(", ", known));
    }
    if (e instanceof InvalidFormatException format && format.getOriginalMessage() != null
        && format.getOriginalMessage().startsWith(PlanNumbers.REFUSED)) {
      String problem = format.getOriginalMessage().substring(PlanNumbers.REFUSED.length());
      return new InputException(where, problem, problem.contains("' is not a")
          ? fixFor(format.getTargetType()) : "write a plain decimal number of realistic size, e.g. 70000 or 0.035");
    }
    if (e instanceof InvalidFormatException format) {
      Object value = format.getValue();
      String given = value instanceof String || value instanceof Number || value instanceof Boolean
          ? "'" + NumberText.quote(String.valueOf(value)) + "'"
          : value instanceof byte[] ? "binary data (a !!binary value)" : "this value";
      return new InputException(where, given + " is not " + describe(format.getTargetType()), fixFor(format.getTargetType()));
    }
    if (e instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
        && trailing.getOriginalMessage().startsWith("Trailing token")) {
      return new InputException(InputException.at(file, line, null), json
              ? "there is more after the plan's closing '}'" : "a second document starts here (after a '---' line)",
          json ? "keep one plan per file: remove what follows the closing '}'"
              : "keep one plan per file: remove the second '---' line and what follows it, or move it to a file of its own");
    }
    if (e instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      return new InputException(where, "expected " + describe(target) + " here", fixFor(target));
    }
    String message = firstLine(e.getOriginalMessage()).replaceAll("\\s*\\(for [A-Za-z]+ starting at .*$", "")
        .replaceAll("\\s*at \\[Source: .*$", "");
    if (message.startsWith("Duplicate field")) {
      return new InputException(where, message.replace("Duplicate field", "the field") + " appears twice",
          "keep one of the two");
    }
    if (message.contains("out of range")) {
      return new InputException(where, "a number is too large: " + plain(message), "write a realistic number");
    }
    if (message.startsWith("Expected a field name")) {
      return new InputException(InputException.at(file, line, null), "a field name here is a list or a mapping, not a plain name",
          "write 'name: value' with a plain name before the ':' (a '?' line starts such a key in YAML)");
    }
    message = plain(message);
    return new InputException(where, "not valid " + (json ? "JSON" : "YAML") + ": " + message,
        json ? "check brackets, commas and quotes near that line"
            : "check the indentation (spaces, not tabs) and the ':' after each field name near that line");
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a single value (text or a number)";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == Document.class) {
      return "a plan (fields such as profile:, accounts:, universe:)";
    }
    return "a set of 'field: value' lines";
  }

  private static String fixFor(Class<?> type) {
    if (type == null) {
      return "see the plan file reference in README.md for the field's form";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "write a whole number such as 30";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "write true or false";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "write a plain number such as 1250.5 or 0.035 (no %, $ or thousands separators)";
    }
    if (type == String.class) {
      return "write one value on the line, not a list or nested fields";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "write a list, one item per line starting with '- '";
    }
    return "write the fields indented below the name, one 'field: value' per line (see the plan file reference in README.md)";
  }

  // ---------------------------------------------------------------------------------------------
  // Mapping into the domain

  private PlanDocument map(Document document, LocalDate defaultDate) {
    LocalDate valuationDate = document.valuationDate() == null ? defaultDate : date("/valuationDate", document.valuationDate());
    OptionalInt taxYear = taxYear(document, valuationDate);
    InvestorProfile profile = profile(document.profile());
    Map<AssetId, UniverseAsset> universe = universe(document.universe(), valuationDate);
    Map<AssetId, Money> prices = prices(document.prices(), document.universe(), universe);
    List<Account> accounts = accounts(document.accounts(), universe, prices, valuationDate);
    List<PlanConstraint> constraints = constraints(document.constraints(), universe);
    OptimizationSettings optimization = optimization(document.optimization(), universe);
    Map<String, List<AssetId>> menus = menus(document.accounts(), universe);
    ProjectionSettings projection = projection(document.projection(), profile);
    try {
      return new PlanDocument(
          new Household(profile, accounts.stream().map(a -> a.withMenu(menus.getOrDefault(a.id(), List.of()))).toList()),
          valuationDate, prices, new ArrayList<>(universe.values()),
          new PlanSettings(constraints, taxYear, optimization, projection));
    } catch (IllegalArgumentException e) {
      throw error("", e.getMessage(), "correct the plan");
    }
  }

  private InvestorProfile profile(PlanFileModel.Profile profile) {
    String at = "/profile";
    if (profile == null) {
      throw error(at, "the plan has no profile", "add a profile: section with at least annualSpending (see examples/retiree.yaml)");
    }
    Money spending = amount(at + "/annualSpending", profile.annualSpending(), null);
    int horizon = whole(at + "/horizonYears", profile.horizonYears(), DEFAULT_HORIZON_YEARS, 1, 100, "horizon in years");
    int untilIncome = whole(at + "/yearsUntilIncome", profile.yearsUntilIncome(), 0, 0, 80, "years until income starts");
    int age = whole(at + "/age", profile.age(), 0, 0, 120, "age");
    RiskTolerance risk;
    if (profile.riskTolerance() != null && profile.maxVolatility() != null) {
      throw error(at + "/maxVolatility", "both riskTolerance and maxVolatility are given",
          "keep one: a named level (conservative, moderate, growth, aggressive) or maxVolatility as a fraction");
    } else if (profile.maxVolatility() != null) {
      double cap = rate(at + "/maxVolatility", profile.maxVolatility(), 0.0, 0.0, 1.0, "maximum volatility");
      if (cap <= 0.0) {
        throw error(at + "/maxVolatility", "the maximum volatility must be more than 0 (a cap of 0 allows no allocation at all)",
            "write a fraction above 0 and up to 1, such as 0.08 (conservative) or 0.12 (moderate)");
      }
      risk = RiskTolerance.ofMaxVolatility(cap);
    } else if (profile.riskTolerance() != null) {
      try {
        risk = RiskTolerance.named(profile.riskTolerance());
      } catch (IllegalArgumentException e) {
        throw error(at + "/riskTolerance", "unknown risk tolerance '" + profile.riskTolerance() + "'",
            Suggestions.didYouMean(profile.riskTolerance(), List.of("conservative", "moderate", "growth", "aggressive"))
                + "use conservative, moderate, growth or aggressive, or give maxVolatility as a fraction");
      }
    } else {
      risk = RiskTolerance.MODERATE;
    }
    FilingStatus filing = profile.filingStatus() == null ? FilingStatus.SINGLE
        : id(FilingStatus.class, at + "/filingStatus", profile.filingStatus(), "filing status");
    double stateTax = rate(at + "/stateTaxRate", profile.stateTaxRate(), 0.0, 0.0, 0.2, "state tax rate");
    double inflation = rate(at + "/inflation", profile.inflation(), DEFAULT_INFLATION, -0.05, 0.25, "inflation");
    Money other = amount(at + "/otherIncome", profile.otherIncome(), BigDecimal.ZERO);
    Money contribution = amount(at + "/annualContribution", profile.annualContribution(), BigDecimal.ZERO);
    int spouseAge = whole(at + "/spouseAge", profile.spouseAge(), 0, 0, 120, "spouse's age");
    if (spouseAge > 0 && filing != FilingStatus.MARRIED_JOINT) {
      throw error(at + "/spouseAge", "spouseAge is for a married-joint return; a " + filing.id() + " return has one person",
          "remove spouseAge, or set filingStatus: married-joint");
    }
    Money taxableOther = profile.taxableOtherIncome() == null ? other
        : amount(at + "/taxableOtherIncome", profile.taxableOtherIncome(), null);
    if (taxableOther.compareTo(other) > 0) {
      String written = profile.otherIncome() == null ? "0" : profile.otherIncome().toPlainString();
      throw error(at + "/taxableOtherIncome", "taxableOtherIncome " + profile.taxableOtherIncome().toPlainString()
              + " is more than otherIncome " + written,
          "give the part of otherIncome that is taxable, from 0 to " + written);
    }
    Money itemized = amount(at + "/itemizedDeductions", profile.itemizedDeductions(), BigDecimal.ZERO);
    boolean muniInState = Boolean.TRUE.equals(profile.muniInState());
    try {
      return new InvestorProfile(profile.name(), new IncomeGoal(spending, horizon, untilIncome), risk, filing, stateTax,
          inflation, other, contribution, age, spouseAge, taxableOther, itemized, muniInState);
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage(), "correct the profile");
    }
  }

  /** The {@code projection:} section: every field optional, each checked with the fix named. */
  private ProjectionSettings projection(PlanFileModel.Projection entry, InvestorProfile profile) {
    ProjectionSettings defaults = ProjectionSettings.DEFAULTS;
    if (entry == null) {
      return defaults;
    }
    String at = "/projection";
    int paths = whole(at + "/paths", entry.paths(), defaults.paths(), ProjectionSettings.MIN_PATHS,
        ProjectionSettings.MAX_PATHS, "number of paths");
    long seed = entry.seed() == null ? defaults.seed() : entry.seed();
    ReturnDistribution distribution = defaults.distribution();
    if (entry.distribution() != null) {
      try {
        distribution = ReturnDistribution.parse(entry.distribution());
      } catch (IllegalArgumentException e) {
        throw error(at + "/distribution", "unknown distribution '" + entry.distribution() + "'",
            entry.distribution().strip().equalsIgnoreCase("normal")
                ? "use lognormal (normally distributed log returns, so prices never fall below zero) or student-t (fat tails)"
                : Suggestions.didYouMean(entry.distribution(), List.of("lognormal", "student-t")) + "use lognormal or student-t");
      }
    }
    double dof = defaults.degreesOfFreedom();
    if (entry.degreesOfFreedom() != null) {
      if (distribution != ReturnDistribution.STUDENT_T) {
        throw error(at + "/degreesOfFreedom", "degreesOfFreedom is for the Student-t distribution",
            "add distribution: student-t, or remove degreesOfFreedom");
      }
      dof = entry.degreesOfFreedom();
      if (!Double.isFinite(dof) || dof <= 2.0 || dof > 1000.0) {
        throw error(at + "/degreesOfFreedom", "degrees of freedom must lie above 2 and at most 1000, got " + trim(dof),
            "write a number such as 5 (fat tails) or 30 (close to lognormal)");
      }
    }
    ProjectionSettings.Rule rule = entry.spendingRule() == null ? defaults.spendingRule()
        : id(ProjectionSettings.Rule.class, at + "/spendingRule", entry.spendingRule(), "spending rule");
    boolean rated = rule == ProjectionSettings.Rule.PERCENTAGE || rule == ProjectionSettings.Rule.GUARDRAILS;
    OptionalDouble withdrawalRate = OptionalDouble.empty();
    if (entry.withdrawalRate() != null) {
      if (!rated) {
        throw error(at + "/withdrawalRate", "withdrawalRate is for the percentage and guardrails spending rules, not "
            + rule.id(), "remove withdrawalRate, or add spendingRule: percentage (or guardrails)");
      }
      double rate = rate(at + "/withdrawalRate", entry.withdrawalRate(), 0.0, 0.0, 1.0, "withdrawal rate");
      if (rate <= 0.0 || rate >= 1.0) {
        throw error(at + "/withdrawalRate", "the withdrawal rate must lie above 0 and below 1, got " + trim(rate),
            "write a yearly fraction of the portfolio such as 0.04");
      }
      withdrawalRate = OptionalDouble.of(rate);
    } else if (rated && profile.goal().yearsUntilStart() > 0) {
      throw error(at + "/spendingRule", "the " + rule.id() + " rule needs a withdrawal rate when the spending starts later "
          + "(yearsUntilIncome is " + profile.goal().yearsUntilStart() + ")", "add withdrawalRate: under projection, e.g. 0.04");
    }
    double indexation = rate(at + "/otherIncomeIndexation", entry.otherIncomeIndexation(), defaults.otherIncomeIndexation(),
        0.0, 1.0, "other income's indexation");
    OptionalInt startsIn = entry.otherIncomeStartsIn() == null ? OptionalInt.empty()
        : OptionalInt.of(whole(at + "/otherIncomeStartsIn", entry.otherIncomeStartsIn(), 0, 0, 100,
            "years until the other income starts"));
    double inflationVolatility = rate(at + "/inflationVolatility", entry.inflationVolatility(),
        defaults.inflationVolatility(), 0.0, 0.2, "inflation volatility");
    double inflationPersistence = rate(at + "/inflationPersistence", entry.inflationPersistence(),
        defaults.inflationPersistence(), 0.0, 0.99, "inflation persistence");
    int rebalance = whole(at + "/rebalanceEveryYears", entry.rebalanceEveryYears(), defaults.rebalanceEveryYears(), 0, 100,
        "years between rebalancings");
    double target = rate(at + "/targetSuccess", entry.targetSuccess(), defaults.targetSuccess(), 0.0, 1.0, "target success");
    if (target <= 0.0) {
      throw error(at + "/targetSuccess", "the target success must be more than 0", "write a share of futures such as 0.95");
    }
    try {
      return new ProjectionSettings(paths, seed, distribution, dof, rule, withdrawalRate, indexation, startsIn,
          inflationVolatility, inflationPersistence, rebalance, target);
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage(), "correct the projection section");
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
        throw error("/taxYear", "no tax data for taxYear " + taxYear.getAsInt() + "; years with tax data: " + list,
            "use one of those years, or remove taxYear to follow the valuation date");
      }
      int first = years.get(0);
      throw error(document.valuationDate() == null ? "" : "/valuationDate", "the valuation date " + valuationDate + " is in "
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
        throw error(at, "an empty item in the universe", "give each asset id: and class:, or remove the '-' line");
      }
      AssetId id = assetId(at + "/id", entry.id());
      if (universe.containsKey(id)) {
        throw error(at + "/id", "asset " + id + " is listed twice in the universe", "keep one entry per asset");
      }
      if (entry.assetClass() == null) {
        throw error(at, "asset " + id + " has no class",
            "add class: with one of: " + Identified.ids(AssetClass.class));
      }
      AssetClass assetClass = id(AssetClass.class, at + "/class", entry.assetClass(), "asset class");
      if (entry.price() != null) {
        positive(at + "/price", entry.price(), "price");
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
        throw error(at, e.getMessage(), "correct the asset");
      }
      double cut = rate(at + "/expectedCut", entry.expectedCut(), 0.0, 0.0, 1.0, "expected cut");
      boolean tradeable = entry.tradeable() == null ? UniverseAsset.tradeableByDefault(assetClass) : entry.tradeable();
      if (tradeable && assetClass == AssetClass.RENTAL_REAL_ESTATE) {
        throw error(at + "/tradeable", "rental real estate " + id + " cannot be tradeable: a property is not bought or sold "
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
        throw error(at, "the menu of account " + entry.id() + " is empty",
            "list the assets the account may hold, or remove menu: (then it may hold any asset)");
      }
      List<AssetId> menu = new ArrayList<>();
      for (int i = 0; i < entry.menu().size(); i++) {
        AssetId id = assetId(at + "/" + i, entry.menu().get(i));
        if (!universe.containsKey(id)) {
          throw error(at + "/" + i, "the menu names " + id + ", which is not in the universe",
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

  /** The optimization section; every field optional. */
  private OptimizationSettings optimization(PlanFileModel.Optimization entry, Map<AssetId, UniverseAsset> universe) {
    OptimizationSettings d = OptimizationSettings.DEFAULT;
    if (entry == null) {
      return d;
    }
    String at = "/optimization";
    PlanObjective objective = entry.objective() == null ? d.objective()
        : id(PlanObjective.class, at + "/objective", entry.objective(), "objective");
    if (entry.incomeEmphasis() != null && objective != PlanObjective.INCOME_AND_GROWTH) {
      throw error(at + "/incomeEmphasis", "incomeEmphasis is the parameter of income-and-growth, not of " + objective.id(),
          "remove incomeEmphasis, or set objective: income-and-growth");
    }
    if (entry.minIncome() != null && objective != PlanObjective.MIN_VOLATILITY) {
      throw error(at + "/minIncome", "minIncome is the income floor of min-volatility, not of " + objective.id(),
          "remove minIncome, or set objective: min-volatility");
    }
    if (entry.riskFreeRate() != null && objective != PlanObjective.MAX_SHARPE) {
      throw error(at + "/riskFreeRate", "riskFreeRate is the parameter of max-sharpe, not of " + objective.id(),
          "remove riskFreeRate, or set objective: max-sharpe");
    }
    double emphasis = rate(at + "/incomeEmphasis", entry.incomeEmphasis(), d.incomeEmphasis(), 0.0, 1.0, "income emphasis");
    java.util.Optional<Money> minIncome = entry.minIncome() == null ? java.util.Optional.empty()
        : java.util.Optional.of(amount(at + "/minIncome", entry.minIncome(), null));
    double riskFree = rate(at + "/riskFreeRate", entry.riskFreeRate(), d.riskFreeRate(), -0.05, 0.25, "risk-free rate");
    DeferredValuation valuation = entry.deferredValuation() == null ? d.deferredValuation()
        : id(DeferredValuation.class, at + "/deferredValuation", entry.deferredValuation(), "deferred valuation");
    OptionalDouble withdrawal = optionalRate(at + "/withdrawalRate", entry.withdrawalRate(), 0.0, 0.9, "withdrawal rate");
    YieldTrapHandling traps = entry.yieldTraps() == null ? d.yieldTraps()
        : id(YieldTrapHandling.class, at + "/yieldTraps", entry.yieldTraps(), "yield-trap handling");
    if (traps == YieldTrapHandling.HAIRCUT) {
      for (UniverseAsset candidate : universe.values()) {
        if (candidate.yieldTrap() && candidate.expectedCut() == 0.0) {
          throw error(at + "/yieldTraps", "yieldTraps: haircut, but " + candidate.asset().id()
                  + " is flagged as a possible yield trap without an expectedCut",
              "give " + candidate.asset().id() + " an expectedCut (the share of its income expected to be cut, e.g. 0.3),"
                  + " or use yieldTraps: exclude");
        }
      }
    }
    double growthMargin = rate(at + "/incomeGrowthMargin", entry.incomeGrowthMargin(), 0.0, -0.2, 0.2, "income growth margin");
    double returnMargin = rate(at + "/realReturnMargin", entry.realReturnMargin(), 0.0, -0.2, 0.2, "real return margin");
    double eachAsset = rate(at + "/defaultMaxEachAsset", entry.defaultMaxEachAsset(), d.defaultMaxEachAsset(), 0.0, 1.0,
        "default cap on each asset");
    double eachClass = rate(at + "/defaultMaxEachClass", entry.defaultMaxEachClass(), d.defaultMaxEachClass(), 0.0, 1.0,
        "default cap on each class");
    if (eachAsset == 0.0) {
      throw error(at + "/defaultMaxEachAsset", "a cap of 0 would allow no asset", "give a fraction above 0 (1 turns the cap off)");
    }
    if (eachClass == 0.0) {
      throw error(at + "/defaultMaxEachClass", "a cap of 0 would allow no class", "give a fraction above 0 (1 turns the cap off)");
    }
    OptionalDouble turnover = optionalRate(at + "/maxTurnover", entry.maxTurnover(), 0.0, 2.0, "turnover limit");
    try {
      return new OptimizationSettings(entry.enabled() == null || entry.enabled(), objective, emphasis, minIncome, riskFree,
          entry.location() == null ? d.location() : entry.location(), valuation, withdrawal, traps,
          entry.incomeGrowthFloor() == null ? d.incomeGrowthFloor() : entry.incomeGrowthFloor(), growthMargin,
          entry.realReturnFloor() == null ? d.realReturnFloor() : entry.realReturnFloor(), returnMargin, eachAsset, eachClass,
          entry.wholeShares() == null ? d.wholeShares() : entry.wholeShares(), turnover);
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage(), "correct the optimization section");
    }
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
      throw error(at, "no file named", "give the path of the history file, relative to the plan file");
    }
    Path path;
    try {
      path = Path.of(text.strip());
    } catch (java.nio.file.InvalidPathException e) {
      throw error(at, "'" + text + "' is not a valid path", "give the path of the history file, relative to the plan file");
    }
    Path folder = file.toAbsolutePath().getParent();
    Path resolved = path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
    if (!Files.isRegularFile(resolved)) {
      throw error(at, "history file " + resolved + " not found", "give the path relative to the plan file's folder, or an absolute path");
    }
    return resolved;
  }

  private OwnEstimates own(String at, AssetEntry entry) {
    OwnEstimates own = new OwnEstimates(
        optionalRate(at + "/yield", entry.yield(), 0.0, 1.0, "yield"),
        optionalRate(at + "/incomeGrowth", entry.incomeGrowth(), -1.0, 1.0, "income growth"),
        optionalRate(at + "/expectedReturn", entry.expectedReturn(), -0.99, 1.0, "expected return"),
        entry.expectedReturnAverage() == null ? ReturnAverage.ARITHMETIC
            : id(ReturnAverage.class, at + "/expectedReturnAverage", entry.expectedReturnAverage(), "return average"),
        optionalRate(at + "/volatility", entry.volatility(), 0.0, 2.0, "volatility"));
    if (entry.expectedReturnAverage() != null && entry.expectedReturn() == null) {
      throw error(at + "/expectedReturnAverage", "expectedReturnAverage is given without expectedReturn",
          "add the asset's expectedReturn, or remove expectedReturnAverage");
    }
    return own;
  }

  private IncomeMix mix(String at, Map<String, Double> shares) {
    if (shares.isEmpty()) {
      throw error(at, "the income mix is empty", "give the share of each income character, e.g. qualified-dividend: 1.0");
    }
    Map<IncomeCharacter, Double> parsed = new EnumMap<>(IncomeCharacter.class);
    double sum = 0;
    for (Map.Entry<String, Double> entry : shares.entrySet()) {
      String field = at + "/" + escape(entry.getKey());
      IncomeCharacter character = id(IncomeCharacter.class, field, entry.getKey(), "income character");
      if (entry.getValue() == null) {
        throw error(field, "no share given for " + character.id(), "write a fraction such as 0.25, or remove the line");
      }
      double share = entry.getValue();
      if (!Double.isFinite(share) || share < 0) {
        throw error(field, "the share of " + character.id() + " must be a fraction from 0 to 1, got " + share,
            "write a fraction such as 0.25");
      }
      parsed.put(character, share);
      sum += share;
    }
    if (Math.abs(sum - 1.0) > IncomeMix.SUM_TOLERANCE) {
      boolean percent = Math.abs(sum - 100.0) < 1e-4;
      throw error(at, "the income mix adds up to " + trim(sum) + ", not 1",
          percent ? "write fractions (0.95), not percentages (95)" : "make the shares of all characters add up to 1");
    }
    try {
      return new IncomeMix(parsed);
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage(), "write each share as a fraction from 0 to 1");
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
        AssetId id = assetId(at, entry.getKey());
        if (!universe.containsKey(id) && id.value().equalsIgnoreCase(CASH_ID)) {
          throw error(at, "cash needs no price", "remove the line: cash counts at 1 per dollar");
        }
        if (!universe.containsKey(id)) {
          throw error(at, "a price is given for " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), ids(universe)) + "add " + id + " to the universe, or remove its price");
        }
        if (entry.getValue() == null) {
          throw error(at, "no price given for " + id, "write the price per share, e.g. " + id + ": 27.45");
        }
        positive(at, entry.getValue(), "price of " + id);
        Money price = Money.usd(entry.getValue());
        Money onAsset = prices.get(id);
        if (onAsset != null && onAsset.compareTo(price) != 0) {
          throw error(at, id + " has two prices: " + onAsset.amount().toPlainString() + " on the asset and "
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
          throw error("/universe/" + i + "/id", "no price for " + id,
              "add price: to " + id + " in the universe, or '" + id + ": <price per unit>' under prices:");
        }
      }
    }
    // Cash is worth one unit of currency per unit.
    for (UniverseAsset candidate : universe.values()) {
      if (candidate.asset().isCash()) {
        Money given = prices.get(candidate.asset().id());
        if (given != null && given.compareTo(Money.usd(BigDecimal.ONE)) != 0) {
          throw error("/prices/" + escape(candidate.asset().id().value()),
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
      throw error("", "the plan has no accounts", "add an accounts: list with at least one account (id, type, holdings)");
    }
    List<Account> accounts = new ArrayList<>();
    Set<String> accountIds = new HashSet<>();
    for (int a = 0; a < entries.size(); a++) {
      String at = "/accounts/" + a;
      AccountEntry entry = entries.get(a);
      if (entry == null) {
        throw error(at, "an empty item in accounts", "give each account id:, type: and holdings:, or remove the '-' line");
      }
      String id = text(at + "/id", entry.id(), "account id");
      if (id.contains("@") || id.chars().anyMatch(Character::isWhitespace)) {
        String suggestion = id.replaceAll("[\\s@]+", "-");
        throw error(at + "/id", "account id '" + id + "' contains " + (id.contains("@") ? "'@'" : "a space")
                + "; an account id is one word, without spaces or '@' (it names the account in the plan's rules, e.g. SCHD@ira)",
            "write it as one word, e.g. id: " + suggestion + ", and put the long form in name:");
      }
      if (!accountIds.add(id)) {
        throw error(at + "/id", "account id '" + id + "' is used twice", "give each account its own id");
      }
      if (entry.type() == null) {
        throw error(at, "account " + id + " has no type", "add type: with one of: " + Identified.ids(AccountType.class));
      }
      AccountType type = id(AccountType.class, at + "/type", entry.type(), "account type");
      List<Holding> holdings = new ArrayList<>();
      Set<AssetId> held = new HashSet<>();
      List<HoldingEntry> holdingEntries = entry.holdings() == null ? List.of() : entry.holdings();
      for (int h = 0; h < holdingEntries.size(); h++) {
        String hat = at + "/holdings/" + h;
        Holding holding = holding(hat, holdingEntries.get(h), universe, prices, valuationDate);
        if (!held.add(holding.assetId())) {
          throw error(hat + "/asset", holding.assetId() + " is held twice in account " + id,
              "merge the two into one holding (list each purchase under lots:)");
        }
        holdings.add(holding);
      }
      try {
        accounts.add(new Account(id, entry.name(), type, holdings));
      } catch (IllegalArgumentException e) {
        throw error(at, e.getMessage(), "correct the account");
      }
    }
    return accounts;
  }

  private Holding holding(String at, HoldingEntry entry, Map<AssetId, UniverseAsset> universe,
      Map<AssetId, Money> prices, LocalDate valuationDate) {
    if (entry == null) {
      throw error(at, "an empty holding", "give asset: and quantity: (or lots:), or remove the '-' line");
    }
    AssetId id = assetId(at + "/asset", entry.asset());
    if (!universe.containsKey(id)) {
      if (id.value().equalsIgnoreCase(CASH_ID)) {
        AssetClass cash = AssetClass.CASH;
        universe.put(id, new UniverseAsset(new Asset(id, "Cash", cash, "", "", assumptions.of(cash).incomeMix()), OwnEstimates.NONE));
        prices.put(id, Money.usd(BigDecimal.ONE));
      } else {
        throw error(at + "/asset", "holding of " + id + ", which is not in the universe",
            Suggestions.didYouMean(id.value(), ids(universe)) + "add " + id + " to universe: with its class, e.g. "
                + "'- {id: " + id + ", class: us-dividend-stocks}'");
      }
    }
    if (!prices.containsKey(id)) {
      throw error(at + "/asset", "no price for " + id,
          "add '" + id + ": <price per share>' under prices:, or price: to " + id + " in the universe");
    }
    if (entry.quantity() == null && (entry.lots() == null || entry.lots().isEmpty())) {
      throw error(at, "the holding of " + id + " has neither quantity nor lots", "add quantity: (units held) or lots:");
    }
    if (entry.quantity() != null && entry.quantity().signum() < 0) {
      throw error(at + "/quantity", "negative quantity " + entry.quantity().toPlainString() + " of " + id,
          "write the number of units held (zero or more); short positions are not supported");
    }
    if (entry.quantity() != null) {
      realisticQuantity(at + "/quantity", entry.quantity(), id);
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
      throw error(at + "/quantity", "quantity of " + id + " is " + entry.quantity().toPlainString()
          + " but its lots add up to " + holding.quantity().toPlainString(),
          "correct the quantity or the lots, or leave quantity out (it is the sum of the lots)");
    }
    return holding;
  }

  private Lot lot(String at, LotEntry entry, AssetId id, LocalDate valuationDate) {
    if (entry == null) {
      throw error(at, "an empty lot", "give date:, quantity: and cost:, or remove the '-' line");
    }
    if (entry.date() == null) {
      throw error(at, "a lot of " + id + " has no date", "add date: YYYY-MM-DD (the trade date)");
    }
    LocalDate date = date(at + "/date", entry.date());
    if (date.isAfter(valuationDate)) {
      throw error(at + "/date", "a lot of " + id + " is dated " + date + ", after the valuation date " + valuationDate,
          "correct the date, or move valuationDate later");
    }
    if (entry.quantity() == null) {
      throw error(at, "a lot of " + id + " has no quantity", "add quantity: (units bought)");
    }
    if (entry.quantity().signum() <= 0) {
      throw error(at + "/quantity", (entry.quantity().signum() < 0 ? "negative" : "zero") + " lot quantity "
          + entry.quantity().toPlainString() + " of " + id, "write the units bought, more than zero");
    }
    realisticQuantity(at + "/quantity", entry.quantity(), id);
    if (entry.cost() != null && entry.costPerShare() != null) {
      throw error(at + "/costPerShare", "both cost and costPerShare are given", "keep one: cost is the lot's total cost basis");
    }
    BigDecimal cost;
    if (entry.cost() != null) {
      cost = entry.cost();
    } else if (entry.costPerShare() != null) {
      cost = entry.costPerShare().multiply(entry.quantity());
    } else {
      throw error(at, "a lot of " + id + " has no cost", "add cost: (the lot's total cost basis) or costPerShare:");
    }
    if (cost.compareTo(new BigDecimal("1e12")) > 0) {
      throw error(at + (entry.cost() != null ? "/cost" : "/costPerShare"), "a cost of " + cost.toPlainString() + " is not realistic",
          "check the number");
    }
    if (cost.signum() < 0) {
      throw error(at + (entry.cost() != null ? "/cost" : "/costPerShare"), "negative cost " + cost.toPlainString(),
          "write the cost basis, zero or more");
    }
    return new Lot(date, entry.quantity(), Money.usd(cost));
  }

  private List<PlanConstraint> constraints(List<ConstraintEntry> entries, Map<AssetId, UniverseAsset> universe) {
    List<PlanConstraint> constraints = new ArrayList<>();
    if (entries == null) {
      return constraints;
    }
    Set<String> names = new HashSet<>();
    Map<String, Double> minimumSums = new HashMap<>();
    Map<String, Double> minimums = new HashMap<>();
    Map<String, Integer> minimumEntries = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = "/constraints/" + i;
      ConstraintEntry entry = entries.get(i);
      if (entry == null) {
        throw error(at, "an empty constraint", "give type: and limit:, or remove the '-' line");
      }
      if (entry.type() == null) {
        throw error(at, "a constraint without type", "add type: with one of: " + Identified.ids(ConstraintKind.class));
      }
      ConstraintKind kind = id(ConstraintKind.class, at + "/type", entry.type(), "constraint type");
      Map<String, String> subjects = new LinkedHashMap<>();
      subjects.put("class", entry.assetClass());
      subjects.put("category", entry.category());
      subjects.put("sector", entry.sector());
      subjects.put("issuer", entry.issuer());
      subjects.put("asset", entry.asset());
      String field = kind.subject().field();
      for (Map.Entry<String, String> subject : subjects.entrySet()) {
        if (subject.getValue() != null && !subject.getKey().equals(field)) {
          throw error(at + "/" + subject.getKey(), "a " + kind.id() + " constraint takes no " + subject.getKey(),
              field.isEmpty() ? "remove " + subject.getKey() + ": (the rule applies to the whole portfolio)"
                  : "name its " + field + " with " + field + ": and remove " + subject.getKey() + ":");
        }
      }
      String subject = "";
      if (!field.isEmpty()) {
        String given = subjects.get(field);
        if (given == null || given.isBlank()) {
          throw error(at, "a " + kind.id() + " constraint needs " + field + ":", "add " + field + ": naming the " + field);
        }
        subject = subject(at + "/" + field, kind.subject(), given.strip(), universe);
      }
      if (entry.limit() == null) {
        throw error(at, "constraint " + PlanConstraint.defaultName(kind, subject) + " has no limit",
            "add limit: " + switch (kind.limit()) {
              case WEIGHT -> "as a fraction of the portfolio, e.g. 0.15";
              case RATE -> "as a yearly rate, e.g. 0.03";
              case COUNT -> "as a whole number, e.g. 12";
            });
      }
      double limit = entry.limit();
      String limitAt = at + "/limit";
      switch (kind.limit()) {
        case WEIGHT -> rate(limitAt, limit, 0, 0.0, 1.0, "limit (a weight)");
        case RATE -> rate(limitAt, limit, 0, -1.0, 1.0, "limit (a yearly rate)");
        case COUNT -> {
          if (!Double.isFinite(limit) || limit < 1 || limit != Math.rint(limit)) {
            throw error(limitAt, "the limit of " + kind.id() + " must be a whole number of at least 1, got " + trim(limit),
                "write a count such as 12");
          }
        }
        default -> throw new IllegalStateException("unhandled limit " + kind.limit());
      }
      PlanConstraint constraint;
      try {
        constraint = new PlanConstraint(entry.name(), kind, subject, limit);
      } catch (IllegalArgumentException e) {
        throw error(at, e.getMessage(), "correct the constraint");
      }
      if (!names.add(constraint.name())) {
        throw error(entry.name() != null ? at + "/name" : at, "two constraints are named " + constraint.name(),
            entry.name() != null ? "give each constraint its own name" : "remove the repeated constraint, or give each a name:");
      }
      // A minimum and a maximum on the same subject must leave room.
      String key = kind.subject() + ":" + subject;
      if (kind.limit() == ConstraintKind.Limit.WEIGHT && kind.subject() != ConstraintKind.Subject.NONE) {
        if (kind.isMinimum()) {
          minimums.put(key, limit);
          minimumEntries.put(key, i);
          minimumSums.merge(kind.subject().field(), limit, Double::sum);
          if (minimumSums.get(kind.subject().field()) > 1.0 + 1e-9) {
            throw error(limitAt, "the minimum weights by " + kind.subject().field() + " add up to "
                    + trim(minimumSums.get(kind.subject().field())) + ", more than the whole portfolio",
                "lower the minimums so that they add up to 1 or less");
          }
        }
      }
      constraints.add(constraint);
    }
    for (int i = 0; i < entries.size(); i++) {
      PlanConstraint constraint = constraints.get(i);
      if (!constraint.kind().isMinimum() && constraint.kind().limit() == ConstraintKind.Limit.WEIGHT
          && constraint.kind().subject() != ConstraintKind.Subject.NONE) {
        String key = constraint.kind().subject() + ":" + constraint.subject();
        Double minimum = minimums.get(key);
        if (minimum != null && minimum > constraint.limit() + 1e-12) {
          throw error("/constraints/" + i + "/limit", constraint.name() + " allows at most " + trim(constraint.limit())
                  + " but constraints[" + minimumEntries.get(key) + "] asks for at least " + trim(minimum),
              "raise the maximum or lower the minimum");
        }
      }
    }
    return constraints;
  }

  private String subject(String at, ConstraintKind.Subject kind, String given, Map<AssetId, UniverseAsset> universe) {
    switch (kind) {
      case CLASS:
        return id(AssetClass.class, at, given, "asset class").id();
      case CATEGORY:
        return id(AssetCategory.class, at, given, "asset category").id();
      case ASSET: {
        AssetId id = assetId(at, given);
        if (!universe.containsKey(id)) {
          throw error(at, "the constraint names " + id + ", which is not in the universe",
              Suggestions.didYouMean(id.value(), ids(universe)) + "name an asset of the universe");
        }
        return id.value();
      }
      case SECTOR:
      case ISSUER: {
        boolean sector = kind == ConstraintKind.Subject.SECTOR;
        Set<String> used = new TreeSet<>();
        for (UniverseAsset candidate : universe.values()) {
          String value = sector ? candidate.asset().sector() : candidate.asset().issuer();
          if (!value.isEmpty()) {
            used.add(value);
          }
        }
        for (String value : used) {
          if (value.equalsIgnoreCase(given)) {
            return value;
          }
        }
        throw error(at, "no asset in the universe has " + kind.field() + " '" + given + "'",
            used.isEmpty() ? "give the assets a " + kind.field() + ": first"
                : Suggestions.didYouMean(given, used) + "the " + kind.field() + "s in the universe are: " + String.join(", ", used));
      }
      default:
        throw new IllegalStateException("no subject expected for " + kind);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Field helpers

  private InputException error(String pointer, String problem, String fix) {
    return new InputException(InputException.at(file, index.line(pointer), display(pointer)), problem, fix);
  }

  private <E extends Enum<E> & Identified> E id(Class<E> type, String at, String text, String what) {
    try {
      return Identified.parse(type, text, what);
    } catch (IllegalArgumentException e) {
      List<String> ids = Arrays.stream(type.getEnumConstants()).map(Identified::id).toList();
      throw error(at, "unknown " + what + " '" + text + "'",
          Suggestions.didYouMean(text, ids) + "use one of: " + String.join(", ", ids));
    }
  }

  private AssetId assetId(String at, String text) {
    if (text == null || text.isBlank()) {
      throw error(at, "no asset id given", "write the asset's id (its ticker, or a name for a property)");
    }
    return AssetId.of(text.strip());
  }

  private String text(String at, String text, String what) {
    if (text == null || text.isBlank()) {
      throw error(at, "no " + what + " given", "add it");
    }
    return text.strip();
  }

  private LocalDate date(String at, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw error(at, "'" + text + "' is not a date", "write dates as YYYY-MM-DD, e.g. 2026-01-02");
    }
  }

  private Money amount(String at, BigDecimal value, BigDecimal fallback) {
    if (value == null) {
      if (fallback == null) {
        String field = at.substring(at.lastIndexOf('/') + 1);
        throw error(at.substring(0, at.lastIndexOf('/')), "no " + field + " given", "add " + field + ": as a yearly amount in dollars, e.g. 70000");
      }
      return Money.usd(fallback);
    }
    if (value.signum() < 0) {
      throw error(at, "a negative amount " + value.toPlainString(), "write an amount of zero or more");
    }
    if (value.compareTo(new BigDecimal("1e12")) > 0) {
      throw error(at, "an amount of " + value.toPlainString() + " is beyond any household", "check the number");
    }
    return Money.usd(value);
  }

  private void positive(String at, BigDecimal value, String what) {
    if (value.signum() <= 0) {
      throw error(at, what + " must be more than zero, got " + value.toPlainString(), "write the price per unit, e.g. 27.45");
    }
    if (value.compareTo(new BigDecimal("1e12")) > 0) {
      throw error(at, what + " of " + value.toPlainString() + " is not realistic", "check the number");
    }
    if (value.compareTo(new BigDecimal("0.01")) < 0) {
      throw error(at, what + " of " + value.toPlainString() + " is less than a cent", "prices are kept to the cent; check the number");
    }
  }

  private void realisticQuantity(String at, BigDecimal quantity, AssetId id) {
    if (quantity.compareTo(MAX_QUANTITY) > 0) {
      throw error(at, "a quantity of " + quantity.toPlainString() + " units of " + id + " is not realistic", "check the number");
    }
  }

  private int whole(String at, Integer value, int fallback, int low, int high, String what) {
    if (value == null) {
      return fallback;
    }
    if (value < low || value > high) {
      throw error(at, what + " must lie between " + low + " and " + high + ", got " + value, "write a whole number in that range");
    }
    return value;
  }

  private double rate(String at, Double value, double fallback, double low, double high, String what) {
    if (value == null) {
      return fallback;
    }
    double v = value;
    if (!Double.isFinite(v)) {
      throw error(at, what + " must be a finite number, got " + value, "write a fraction such as 0.035");
    }
    if (v < low || v > high) {
      boolean percent = v > high && v >= 1.0 && v / 100.0 <= Math.max(high, 1.0) && v / 100.0 >= low;
      throw error(at, what + " must lie between " + trim(low) + " and " + trim(high) + ", got " + trim(v)
              + (percent ? " (" + trim(v) + " looks like a percentage)" : ""),
          percent ? "write rates as fractions: " + trim(v / 100.0) + " for " + trim(v) + " %" : "write a fraction in that range");
    }
    return v;
  }

  private OptionalDouble optionalRate(String at, Double value, double low, double high, String what) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(rate(at, value, 0, low, high, what));
  }

  private static Collection<String> ids(Map<AssetId, UniverseAsset> universe) {
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

  private static String trim(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /**
   * A parser's message without the names of Java classes it may carry
   * ({@code java.io.CharConversionException: }, {@code <org.yaml.snakeyaml.events.SequenceStartEvent(...)>}).
   */
  static String plain(String message) {
    return message
        .replaceAll("<(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:\\([^)]*\\))?>", "another kind of value")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?", "")
        .replaceAll("\\b(?:java|javax|org|com)\\.(?:[a-z][a-z0-9_]*\\.)*([A-Z][A-Za-z0-9_]*)", "$1")
        .replaceAll("\\s*\\((?:at char #|for [A-Za-z]+ starting at)[^)]*\\)", "");
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
