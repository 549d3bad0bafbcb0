package io.perennial.tax;

import io.perennial.basics.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Required minimum distributions from a traditional IRA or employer plan during the owner's life:
 * from the year the owner reaches the start age (72 born before 1951, 73 born 1951–1959, 75 born
 * 1960 or later; IRC 401(a)(9)(C)(v) as amended by SECURE 2.0), the balance at the end of the year
 * before ÷ the Uniform Lifetime Table's divisor for the age reached that year (26 CFR
 * 1.401(a)(9)-9(c), the 2022 table). The rules are data ({@code
 * required-minimum-distributions.properties}, each figure with its source), read once.
 *
 * <p>Not modelled: the Joint and Last Survivor Table (a spouse more than ten years younger who is
 * the sole beneficiary), inherited accounts, and the first year's option to wait until 1 April of
 * the next year (the amount is the first year's either way; waiting puts two in the next year).
 */
public final class RequiredMinimumDistributions {

  private static final String RESOURCE = "required-minimum-distributions.properties";
  private static final Rules RULES = load();

  private RequiredMinimumDistributions() {}

  /** The first distribution year of the Uniform Lifetime Table used (2022). */
  public static int firstTableYear() {
    return RULES.firstYear;
  }

  /** The sources, for people. */
  public static String source() {
    return RULES.source;
  }

  /** The age at which distributions start for someone born in {@code birthYear} (72, 73 or 75). */
  public static int startAge(int birthYear) {
    return RULES.startAges.floorEntry(birthYear).getValue();
  }

  /** The youngest age in the Uniform Lifetime Table (72). */
  public static int firstTableAge() {
    return RULES.divisors.firstKey();
  }

  /**
   * The Uniform Lifetime Table's distribution period for an owner who reaches {@code age} in the
   * year; the last row (120) holds for that age and over.
   *
   * @throws IllegalArgumentException below the table's first age, 72
   */
  public static BigDecimal divisor(int age) {
    Checks.check(age >= firstTableAge(), "the Uniform Lifetime Table starts at age " + firstTableAge() + ", got " + age);
    return RULES.divisors.floorEntry(age).getValue();
  }

  /**
   * The distribution required in {@code year} of the owner of one account.
   *
   * @param birthYear the owner's year of birth, before {@code year}
   * @param year the distribution year, {@link #firstTableYear()} or later
   * @param priorYearEndBalance the account's value on 31 December of the year before, dollars, zero
   *     or more
   * @throws IllegalArgumentException for a year before the table, a birth year not before the year,
   *     an age over 130, or a negative balance; the message says which
   */
  public static RequiredDistribution required(int birthYear, int year, BigDecimal priorYearEndBalance) {
    Checks.notNull(priorYearEndBalance, "prior year-end balance");
    Checks.check(year >= RULES.firstYear, "the Uniform Lifetime Table of " + RULES.firstYear
        + " applies to distribution years from " + RULES.firstYear + ", got " + year);
    Checks.check(birthYear < year, "the year of birth " + birthYear + " is not before the distribution year " + year);
    int age = year - birthYear;
    Checks.check(age <= 130, "an owner born in " + birthYear + " would be " + age + " in " + year);
    Checks.check(priorYearEndBalance.signum() >= 0,
        "the prior year-end balance must be zero or more, got " + priorYearEndBalance.toPlainString());
    int start = startAge(birthYear);
    if (age < start) {
      return new RequiredDistribution(year, birthYear, age, start, birthYear + start, Optional.empty(),
          priorYearEndBalance, BigDecimal.ZERO.setScale(2));
    }
    BigDecimal divisor = divisor(age);
    BigDecimal required = priorYearEndBalance.divide(divisor, 2, RoundingMode.CEILING);
    return new RequiredDistribution(year, birthYear, age, start, birthYear + start, Optional.of(divisor),
        priorYearEndBalance, required);
  }

  /**
   * One owner's required distribution for one year.
   *
   * @param year the distribution year
   * @param birthYear the owner's year of birth
   * @param age the age the owner reaches in {@code year} (year − birth year)
   * @param startAge the age distributions start at for that birth year
   * @param firstYear the first distribution year (birth year + start age)
   * @param divisor the Uniform Lifetime Table's distribution period used; empty before the start age
   * @param priorYearEndBalance the balance on 31 December of the year before, dollars
   * @param required balance ÷ divisor in dollars, rounded up to the cent (so that taking it meets the
   *     requirement); zero before the start age
   */
  public record RequiredDistribution(int year, int birthYear, int age, int startAge, int firstYear,
      Optional<BigDecimal> divisor, BigDecimal priorYearEndBalance, BigDecimal required) {}

  private record Rules(int firstYear, String source, TreeMap<Integer, Integer> startAges,
      TreeMap<Integer, BigDecimal> divisors) {}

  private static Rules load() {
    Properties p = new Properties();
    try (InputStream in = RequiredMinimumDistributions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("tax resource " + RESOURCE + " is missing from the engine's class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tax resource " + RESOURCE, e);
    }
    TreeMap<Integer, Integer> starts = new TreeMap<>();
    TreeMap<Integer, BigDecimal> divisors = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).strip();
      if (key.startsWith("startAge.")) {
        starts.put(Integer.parseInt(key.substring("startAge.".length())), Integer.parseInt(value));
      } else if (key.startsWith("uniform.")) {
        divisors.put(Integer.parseInt(key.substring("uniform.".length())), new BigDecimal(value));
      }
    }
    if (starts.isEmpty() || starts.firstKey() != 0 || divisors.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " lacks start ages from birth year 0 or the table");
    }
    int previous = divisors.firstKey() - 1;
    for (Map.Entry<Integer, BigDecimal> row : divisors.entrySet()) {
      if (row.getKey() != previous + 1 || row.getValue().signum() <= 0) {
        throw new IllegalStateException(RESOURCE + ": the table has a gap or a divisor not above 0 at age " + row.getKey());
      }
      previous = row.getKey();
    }
    return new Rules(Integer.parseInt(p.getProperty("table.firstYear").strip()), p.getProperty("table.source").strip(),
        starts, divisors);
  }

  /** The table as read, age → divisor, for documentation and tests. */
  public static Map<Integer, BigDecimal> uniformLifetimeTable() {
    return Collections.unmodifiableMap(RULES.divisors);
  }
}
