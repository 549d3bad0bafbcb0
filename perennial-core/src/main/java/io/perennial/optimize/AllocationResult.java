package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an {@link AllocationProblem}. Rates are fractions per year; NaN where a figure does
 * not exist (no allocation, or a Sharpe ratio at zero volatility).
 *
 * @param status how it ended
 * @param weights the weight of every candidate asset, in the problem's order (empty without an allocation)
 * @param objectiveValue the value of the objective as its {@link Objective} documents it
 * @param expectedReturn μᵀw
 * @param volatility √(wᵀΣw)
 * @param sharpeRatio (μᵀw − rf) / √(wᵀΣw)
 * @param afterTaxIncome incᵀw: expected after-tax income as a yield on the portfolio
 * @param incomeGrowth income-weighted income growth Σwᵢincᵢgᵢ / Σwᵢincᵢ (NaN without income)
 * @param binding the names of the constraints that hold with equality and move the optimum (non-zero multiplier)
 * @param conflicts for INFEASIBLE: the smallest set of constraint names that cannot hold together
 * @param message one line for people: what was found, or why not
 * @param diagnostics how it was solved and what was repaired or assumed
 */
public record AllocationResult(
    AllocationStatus status,
    Map<AssetId, Double> weights,
    double objectiveValue,
    double expectedReturn,
    double volatility,
    double sharpeRatio,
    double afterTaxIncome,
    double incomeGrowth,
    List<String> binding,
    List<String> conflicts,
    String message,
    List<String> diagnostics) {

  public AllocationResult {
    Checks.notNull(status, "status");
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(weights, "weights")));
    binding = List.copyOf(binding);
    conflicts = List.copyOf(conflicts);
    message = message == null ? "" : message;
    diagnostics = List.copyOf(diagnostics);
  }

  /** A result without an allocation (INFEASIBLE, UNBOUNDED or FAILED). */
  static AllocationResult without(AllocationStatus status, List<String> conflicts, String message, List<String> diagnostics) {
    return new AllocationResult(status, Map.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, List.of(), conflicts, message, diagnostics);
  }

  /** The weight of {@code id} (0 when absent). */
  public double weight(AssetId id) {
    return weights.getOrDefault(id, 0.0);
  }

  /** The weight of the asset named {@code id} (0 when absent). */
  public double weight(String id) {
    return weight(AssetId.of(id));
  }

  public boolean hasAllocation() {
    return status.hasAllocation();
  }
}
