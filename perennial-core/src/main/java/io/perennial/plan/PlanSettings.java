package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.realestate.RentalProperty;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How a plan is made, apart from whom it is for ({@link io.perennial.domain.Household}) and the
 * market it is valued in ({@link io.perennial.market.MarketSnapshot}): the rules the allocation
 * must keep, the tax year, and the settings of the optimization and of the projection.
 *
 * @param constraints named rules, names unique (their subjects are checked against the candidate
 *     assets when the plan is resolved, {@link ResolvedPlan#of})
 * @param taxYear the year whose tax rules value the taxes, 1900–2200; empty: the valuation date's
 *     year (see {@link TaxAnalyzer#taxYear})
 * @param optimization how the allocation is optimized
 * @param projection how the projection runs (paths, seed, spending rule...)
 * @param properties the rental properties behind candidate assets, by asset id: an asset listed
 *     here is valued at the household's equity in the property and pays its cash flow after debt
 *     service ({@link PropertyHoldings}); empty when the plan has none
 */
public record PlanSettings(
    List<PlanConstraint> constraints, OptionalInt taxYear, OptimizationSettings optimization, ProjectionSettings projection,
    Map<AssetId, RentalProperty> properties) {

  /** No constraints, the valuation date's tax year, the default optimization and projection. */
  public static final PlanSettings DEFAULTS =
      new PlanSettings(List.of(), OptionalInt.empty(), OptimizationSettings.DEFAULT, ProjectionSettings.DEFAULTS);

  /** Settings without rental properties. */
  public PlanSettings(List<PlanConstraint> constraints, OptionalInt taxYear, OptimizationSettings optimization,
      ProjectionSettings projection) {
    this(constraints, taxYear, optimization, projection, Map.of());
  }

  public PlanSettings {
    constraints = List.copyOf(Checks.notNull(constraints, "constraints"));
    taxYear = taxYear == null ? OptionalInt.empty() : taxYear;
    taxYear.ifPresent(year -> Checks.check(year >= 1900 && year <= 2200, "tax year must be a year such as 2026, got " + year));
    optimization = optimization == null ? OptimizationSettings.DEFAULT : optimization;
    projection = projection == null ? ProjectionSettings.DEFAULTS : projection;
    properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    Set<String> names = new HashSet<>();
    for (PlanConstraint constraint : constraints) {
      Checks.check(names.add(constraint.name()), "two constraints are named " + constraint.name());
    }
  }

  /** These settings with the rules {@code newConstraints}. */
  public PlanSettings withConstraints(List<PlanConstraint> newConstraints) {
    return new PlanSettings(newConstraints, taxYear, optimization, projection, properties);
  }

  /** These settings with the taxes valued under the rules of {@code year}. */
  public PlanSettings withTaxYear(int year) {
    return new PlanSettings(constraints, OptionalInt.of(year), optimization, projection, properties);
  }

  /** These settings with the optimization {@code settings}. */
  public PlanSettings withOptimization(OptimizationSettings settings) {
    return new PlanSettings(constraints, taxYear, settings, projection, properties);
  }

  /** These settings with the projection {@code settings}. */
  public PlanSettings withProjection(ProjectionSettings settings) {
    return new PlanSettings(constraints, taxYear, optimization, settings, properties);
  }

  /** These settings with the rental properties {@code byAsset} behind candidate assets. */
  public PlanSettings withProperties(Map<AssetId, RentalProperty> byAsset) {
    return new PlanSettings(constraints, taxYear, optimization, projection, byAsset);
  }
}
