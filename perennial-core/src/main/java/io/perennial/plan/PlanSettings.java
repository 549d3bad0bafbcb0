package io.perennial.plan;

import io.perennial.basics.Checks;
import java.util.HashSet;
import java.util.List;
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
 */
public record PlanSettings(
    List<PlanConstraint> constraints, OptionalInt taxYear, OptimizationSettings optimization, ProjectionSettings projection) {

  /** No constraints, the valuation date's tax year, the default optimization and projection. */
  public static final PlanSettings DEFAULTS =
      new PlanSettings(List.of(), OptionalInt.empty(), OptimizationSettings.DEFAULT, ProjectionSettings.DEFAULTS);

  public PlanSettings {
    constraints = List.copyOf(Checks.notNull(constraints, "constraints"));
    taxYear = taxYear == null ? OptionalInt.empty() : taxYear;
    taxYear.ifPresent(year -> Checks.check(year >= 1900 && year <= 2200, "tax year must be a year such as 2026, got " + year));
    optimization = optimization == null ? OptimizationSettings.DEFAULT : optimization;
    projection = projection == null ? ProjectionSettings.DEFAULTS : projection;
    Set<String> names = new HashSet<>();
    for (PlanConstraint constraint : constraints) {
      Checks.check(names.add(constraint.name()), "two constraints are named " + constraint.name());
    }
  }

  /** These settings with the rules {@code newConstraints}. */
  public PlanSettings withConstraints(List<PlanConstraint> newConstraints) {
    return new PlanSettings(newConstraints, taxYear, optimization, projection);
  }

  /** These settings with the taxes valued under the rules of {@code year}. */
  public PlanSettings withTaxYear(int year) {
    return new PlanSettings(constraints, OptionalInt.of(year), optimization, projection);
  }

  /** These settings with the optimization {@code settings}. */
  public PlanSettings withOptimization(OptimizationSettings settings) {
    return new PlanSettings(constraints, taxYear, settings, projection);
  }

  /** These settings with the projection {@code settings}. */
  public PlanSettings withProjection(ProjectionSettings settings) {
    return new PlanSettings(constraints, taxYear, optimization, settings);
  }
}
