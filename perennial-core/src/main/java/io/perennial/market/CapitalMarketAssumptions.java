package io.perennial.market;

import io.perennial.basics.Checks;
import io.perennial.domain.AssetClass;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A named set of capital-market assumptions: for every asset class its yield, income growth,
 * expected return, volatility and income mix, plus the correlations between classes. Nominal
 * figures assume the set's own {@code inflation}. The engine's built-in set is
 * {@link BuiltInAssumptions#SET}; {@link AssumptionSets} finds every built-in set by name.
 *
 * @param name a short name ({@code "perennial-2026.1"})
 * @param source where the figures come from, for people
 * @param asOf the date the forward-looking figures (yields) describe
 * @param inflation the yearly inflation behind the nominal figures, a fraction
 * @param classes the assumptions of every asset class
 * @param correlations correlations of yearly returns between the classes
 */
public record CapitalMarketAssumptions(
    String name,
    String source,
    LocalDate asOf,
    double inflation,
    Map<AssetClass, ClassAssumptions> classes,
    ClassCorrelations correlations) {

  public CapitalMarketAssumptions {
    Checks.notBlank(name, "assumptions name");
    source = source == null ? "" : source;
    Checks.notNull(asOf, "assumptions date");
    Checks.inRange(inflation, -0.05, 0.25, "assumed inflation");
    Checks.notNull(classes, "class assumptions");
    Checks.notNull(correlations, "class correlations");
    EnumMap<AssetClass, ClassAssumptions> copy = new EnumMap<>(AssetClass.class);
    for (AssetClass assetClass : AssetClass.values()) {
      ClassAssumptions assumptions = classes.get(assetClass);
      Checks.check(assumptions != null, "assumptions '" + name + "' have nothing for asset class " + assetClass.id());
      Checks.check(assumptions.assetClass() == assetClass,
          "the assumptions filed under " + assetClass.id() + " describe " + assumptions.assetClass().id());
      copy.put(assetClass, assumptions);
    }
    classes = Collections.unmodifiableMap(copy);
  }

  /** The assumptions of {@code assetClass}. */
  public ClassAssumptions of(AssetClass assetClass) {
    return classes.get(Checks.notNull(assetClass, "asset class"));
  }

  /** The correlation of yearly returns between two classes. */
  public double correlation(AssetClass a, AssetClass b) {
    return correlations.correlation(a, b);
  }

  /** The covariance of yearly returns between two classes: ρ(a, b) σ(a) σ(b). */
  public double covariance(AssetClass a, AssetClass b) {
    return correlation(a, b) * of(a).volatility() * of(b).volatility();
  }
}
