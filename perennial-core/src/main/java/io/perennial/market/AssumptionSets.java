package io.perennial.market;

import io.perennial.basics.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of built-in capital-market assumption sets, by name. The forward-looking set
 * {@link ForwardAssumptions#SET} ({@value #FORWARD}), built from building blocks, is the default:
 * a plan is advice about the years ahead, and today's yields and valuations say more about them
 * than a century's average does. The historical set {@link HistoricalAssumptions#SET}
 * ({@value #HISTORICAL}: long-run means, each with the volatility of its own window) stays,
 * selectable. Short aliases: {@code forward} and {@code historical}. The older historical set
 * {@link BuiltInAssumptions#SET} ({@value #BUILTIN_2026_1}, which paired 1928–2025 means with
 * 1985–2018 volatilities) answers to its full name, so that plans naming it give the same answers.
 */
public final class AssumptionSets {

  public static final String HISTORICAL = HistoricalAssumptions.NAME;
  public static final String BUILTIN_2026_1 = "perennial-builtin-2026.1";
  public static final String FORWARD = "perennial-forward-2026.1";

  private static final Map<String, CapitalMarketAssumptions> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = Map.of("forward", FORWARD, "historical", HISTORICAL);

  static {
    BY_NAME.put(FORWARD, ForwardAssumptions.SET);
    BY_NAME.put(HISTORICAL, HistoricalAssumptions.SET);
    BY_NAME.put(BUILTIN_2026_1, BuiltInAssumptions.SET);
  }

  private AssumptionSets() {}

  /** The names of every set, the default first. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The set used when none is named: the forward-looking set. */
  public static CapitalMarketAssumptions defaultSet() {
    return ForwardAssumptions.SET;
  }

  /** The set of that name or alias ({@code historical}, {@code forward}), if there is one. */
  public static Optional<CapitalMarketAssumptions> find(String name) {
    Checks.notNull(name, "assumptions name");
    String key = name.strip();
    return Optional.ofNullable(BY_NAME.get(ALIASES.getOrDefault(key, key)));
  }
}
