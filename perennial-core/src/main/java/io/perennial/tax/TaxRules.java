package io.perennial.tax;

import io.perennial.basics.InvalidInputException;
import io.perennial.domain.FilingStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The tax rules Perennial ships, one resource file per year on the engine's own class path
 * ({@code io/perennial/tax/us-federal-YYYY.properties}, listed in {@code years.properties}). The
 * files cite the source of every figure; docs/tax.md describes the format. Loaded once per year and
 * cached; thread-safe.
 */
public final class TaxRules {

  private static final String INDEX = "years.properties";
  private static final Map<Integer, TaxYearRules> CACHE = new ConcurrentHashMap<>();

  private TaxRules() {}

  /** The years with tax data, ascending. */
  public static List<Integer> years() {
    Properties index = load(INDEX);
    List<Integer> years = new ArrayList<>();
    for (String part : index.getProperty("years", "").split(",")) {
      if (!part.isBlank()) {
        years.add(Integer.parseInt(part.strip()));
      }
    }
    Collections.sort(years);
    return List.copyOf(years);
  }

  /**
   * The rules of {@code year}.
   *
   * @throws IllegalArgumentException when Perennial has no data for that year; the message lists
   *     the years it has
   */
  public static TaxYearRules forYear(int year) {
    List<Integer> years = years();
    if (!years.contains(year)) {
      throw new InvalidInputException("no tax data for year " + year + "; years with tax data: "
          + years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    return CACHE.computeIfAbsent(year, TaxRules::read);
  }

  private static TaxYearRules read(int year) {
    String name = "us-federal-" + year + ".properties";
    Properties p = load(name);
    Reader r = new Reader(p, name);
    int fileYear = r.integer("year");
    if (fileYear != year) {
      throw new IllegalStateException(name + " says year=" + fileYear);
    }
    Map<FilingStatus, FilingStatusRules> byStatus = new EnumMap<>(FilingStatus.class);
    for (FilingStatus status : FilingStatus.values()) {
      String s = status.id();
      boolean married = status == FilingStatus.MARRIED_JOINT || status == FilingStatus.MARRIED_SEPARATE;
      byStatus.put(status, new FilingStatusRules(
          r.schedule("brackets." + s),
          r.amount("standardDeduction." + s),
          r.amount("additionalStandardDeduction." + (married ? "married" : "unmarried")),
          r.amount("capitalGains.zeroRateMax." + s),
          r.amount("capitalGains.fifteenRateMax." + s),
          r.amount("niit.threshold." + s),
          r.amountOrZero("seniorDeduction.phaseOutStart." + s),
          !"false".equals(p.getProperty("seniorDeduction.allowed." + s, "true").strip()),
          r.amountOr("capitalLoss.limit." + s, "capitalLoss.limit"),
          r.amountOr("passiveRental.allowance." + s, "passiveRental.allowance"),
          r.amountOr("passiveRental.phaseOutStart." + s, "passiveRental.phaseOutStart"),
          r.amount("socialSecurity.baseAmount." + s),
          r.amount("socialSecurity.adjustedBaseAmount." + s)));
    }
    FilingStatusRules livedTogether = byStatus.get(FilingStatus.MARRIED_SEPARATE).withLivedTogether(
        r.amount("livedWithSpouse.socialSecurity.baseAmount"),
        r.amount("livedWithSpouse.socialSecurity.adjustedBaseAmount"),
        r.amount("livedWithSpouse.passiveRental.allowance"));
    TreeMap<Integer, String> caveats = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("caveat.")) {
        caveats.put(Integer.parseInt(key.substring("caveat.".length())), p.getProperty(key).strip());
      }
    }
    return new TaxYearRules(
        year,
        r.text("sources"),
        byStatus,
        livedTogether,
        r.integer("additionalStandardDeduction.age"),
        r.amountOrZero("seniorDeduction.amount"),
        p.containsKey("seniorDeduction.age") ? r.integer("seniorDeduction.age") : 65,
        p.containsKey("seniorDeduction.lastYear") ? r.integer("seniorDeduction.lastYear") : 0,
        r.amountOrZero("seniorDeduction.phaseOutRate"),
        r.amount("capitalGains.rate1"),
        r.amount("capitalGains.rate2"),
        r.amount("capitalLoss.limit"),
        r.amount("niit.rate"),
        r.amount("qbi.reitDividendRate"),
        r.amount("passiveRental.allowance"),
        r.amount("passiveRental.phaseOutStart"),
        r.amount("passiveRental.phaseOutRate"),
        r.amount("socialSecurity.rate1"),
        r.amount("socialSecurity.rate2"),
        new ArrayList<>(caveats.values()));
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = TaxRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("tax resource " + name + " is missing from the engine's class path");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tax resource " + name, e);
    }
    return properties;
  }

  /** Typed reads of one file; a missing or malformed key is a defect of the shipped file. */
  private static final class Reader {
    private final Properties properties;
    private final String file;

    Reader(Properties properties, String file) {
      this.properties = properties;
      this.file = file;
    }

    String text(String key) {
      String value = properties.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(file + " lacks " + key);
      }
      return value.strip();
    }

    int integer(String key) {
      try {
        return Integer.parseInt(text(key));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(file + ": " + key + " is not a whole number", e);
      }
    }

    BigDecimal amount(String key) {
      try {
        return new BigDecimal(text(key));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(file + ": " + key + " is not a number", e);
      }
    }

    /** {@code key}, or the general {@code fallback} key when the file has no figure of its own for it. */
    BigDecimal amountOr(String key, String fallback) {
      return properties.containsKey(key) ? amount(key) : amount(fallback);
    }

    BigDecimal amountOrZero(String key) {
      return properties.containsKey(key) ? amount(key) : BigDecimal.ZERO;
    }

    TaxSchedule schedule(String key) {
      List<TaxBracket> brackets = new ArrayList<>();
      for (String pair : text(key).split("\\s+")) {
        String[] parts = pair.split(":");
        if (parts.length != 2) {
          throw new IllegalStateException(file + ": " + key + " has '" + pair + "', expected floor:rate");
        }
        brackets.add(new TaxBracket(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
      }
      return new TaxSchedule(brackets);
    }
  }
}
