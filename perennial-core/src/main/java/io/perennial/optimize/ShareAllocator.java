package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.optimize.solver.BranchAndBoundSolver;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QuadraticProgram;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns target weights into whole shares for an amount of money (PyPortfolioOpt's
 * {@code DiscreteAllocation}). Money stays exact: costs and the leftover are {@link Money}; only the
 * weights are doubles. Long-only weights (each ≥ 0, summing to at most 1; the rest stays cash).
 * Stateless and thread-safe.
 */
public final class ShareAllocator {

  /** Weights below this are left out, as PyPortfolioOpt's default cut-off. */
  public static final double NEGLIGIBLE_WEIGHT = 1e-4;

  private final int nodeLimit;

  public ShareAllocator() {
    this(50_000);
  }

  /** An allocator whose integer search stops after {@code nodeLimit} branch-and-bound nodes (then the best found). */
  public ShareAllocator(int nodeLimit) {
    Checks.positive(nodeLimit, "node limit");
    this.nodeLimit = nodeLimit;
  }

  /** The greedy method ({@link ShareAllocation.Method#GREEDY}). */
  public ShareAllocation greedy(Map<AssetId, Double> weights, Map<AssetId, Money> prices, Money total) {
    Inputs in = Inputs.of(weights, prices, total);
    long[] shares = new long[in.n];
    BigDecimal funds = total.amount();
    for (int i = 0; i < in.n; i++) {
      long count = (long) Math.floor(in.target[i] * in.totalValue / in.price[i].doubleValue());
      BigDecimal cost = in.price[i].multiply(BigDecimal.valueOf(count));
      while (count > 0 && cost.compareTo(funds) > 0) {
        count--;
        cost = in.price[i].multiply(BigDecimal.valueOf(count));
      }
      shares[i] = count;
      funds = funds.subtract(cost);
    }
    while (true) {
      double invested = 0.0;
      for (int i = 0; i < in.n; i++) {
        invested += shares[i] * in.price[i].doubleValue();
      }
      int best = -1;
      double bestDeficit = 0.0;
      for (int i = 0; i < in.n; i++) {
        if (in.price[i].compareTo(funds) > 0) {
          continue;
        }
        double current = invested > 0 ? shares[i] * in.price[i].doubleValue() / invested : 0.0;
        double deficit = in.target[i] / in.targetSum - current;
        if (deficit > bestDeficit) {
          bestDeficit = deficit;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      shares[best]++;
      funds = funds.subtract(in.price[best]);
    }
    return in.result(ShareAllocation.Method.GREEDY, shares, List.of());
  }

  /**
   * The integer program ({@link ShareAllocation.Method#INTEGER}): minimise Σ uᵢ + leftover over whole
   * shares xᵢ ≥ 0 with uᵢ ≥ |wᵢ·total − xᵢ·priceᵢ| and Σ xᵢ·priceᵢ ≤ total.
   */
  public ShareAllocation integer(Map<AssetId, Double> weights, Map<AssetId, Money> prices, Money total) {
    Inputs in = Inputs.of(weights, prices, total);
    int n = in.n;
    int size = 2 * n;
    QuadraticProgram.Builder builder = QuadraticProgram.builder(size);
    double[] c = new double[size];
    boolean[] integer = new boolean[size];
    double[] spend = new double[size];
    for (int i = 0; i < n; i++) {
      double p = in.price[i].doubleValue();
      c[i] = -p;
      c[n + i] = 1.0;
      integer[i] = true;
      builder.bounds(i, 0.0, Math.floor(in.totalValue / p));
      builder.bounds(n + i, 0.0, Double.POSITIVE_INFINITY);
      spend[i] = p;
      double[] above = new double[size];
      above[i] = -p;
      above[n + i] = -1.0;
      builder.row(above, Double.NEGATIVE_INFINITY, -in.target[i] * in.totalValue);
      double[] below = new double[size];
      below[i] = p;
      below[n + i] = -1.0;
      builder.row(below, Double.NEGATIVE_INFINITY, in.target[i] * in.totalValue);
    }
    builder.linear(c);
    builder.row(spend, Double.NEGATIVE_INFINITY, in.totalValue);
    // Start from the greedy shares: a good incumbent prunes most of the tree.
    ShareAllocation greedy = greedy(weights, prices, total);
    double[] start = new double[size];
    for (int i = 0; i < n; i++) {
      start[i] = greedy.shares(in.ids[i]);
      start[n + i] = Math.abs(in.target[i] * in.totalValue - start[i] * in.price[i].doubleValue());
    }
    QpSolution solution = new BranchAndBoundSolver(nodeLimit).solve(builder.build(), integer, start);
    if (!solution.status().hasPoint()) {
      ShareAllocation fallback = greedy(weights, prices, total);
      return new ShareAllocation(fallback.method(), fallback.shares(), fallback.leftover(), fallback.weights(),
          fallback.trackingError(), List.of("the integer search ended " + solution.status() + "; greedy shares instead"));
    }
    long[] shares = new long[n];
    BigDecimal spent = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      shares[i] = Math.max(0L, Math.round(solution.x(i)));
      spent = spent.add(in.price[i].multiply(BigDecimal.valueOf(shares[i])));
    }
    // Rounding the solver's near-integers must not overspend: take back shares of the costliest if it does.
    while (spent.compareTo(total.amount()) > 0) {
      int costliest = -1;
      for (int i = 0; i < n; i++) {
        if (shares[i] > 0 && (costliest < 0 || in.price[i].compareTo(in.price[costliest]) > 0)) {
          costliest = i;
        }
      }
      shares[costliest]--;
      spent = spent.subtract(in.price[costliest]);
    }
    List<String> notes = new ArrayList<>();
    if (solution.status() != io.perennial.optimize.solver.QpStatus.OPTIMAL) {
      notes.add("the integer search stopped at its node limit; best shares found, not proven optimal");
    }
    return in.result(ShareAllocation.Method.INTEGER, shares, notes);
  }

  /** Validated inputs in a fixed order (assets with a weight above the cut-off, by decreasing weight). */
  private static final class Inputs {
    final int n;
    final AssetId[] ids;
    final double[] target;
    final BigDecimal[] price;
    final Money total;
    final double totalValue;
    final double targetSum;
    final List<AssetId> dropped = new ArrayList<>();

    private Inputs(List<Map.Entry<AssetId, Double>> kept, Map<AssetId, Money> prices, Money total) {
      this.n = kept.size();
      this.ids = new AssetId[n];
      this.target = new double[n];
      this.price = new BigDecimal[n];
      this.total = total;
      this.totalValue = total.toDouble();
      double sum = 0.0;
      for (int i = 0; i < n; i++) {
        ids[i] = kept.get(i).getKey();
        target[i] = kept.get(i).getValue();
        sum += target[i];
        Money p = prices.get(ids[i]);
        Checks.check(p != null, "no price for " + ids[i]);
        Checks.check(p.currency().equals(total.currency()),
            "the price of " + ids[i] + " is in " + p.currency() + " but the total is in " + total.currency());
        Checks.check(p.amount().signum() > 0, "the price of " + ids[i] + " must be more than zero, got " + p);
        price[i] = p.amount();
      }
      this.targetSum = sum > 0 ? sum : 1.0;
    }

    static Inputs of(Map<AssetId, Double> weights, Map<AssetId, Money> prices, Money total) {
      Checks.notNull(weights, "weights");
      Checks.notNull(prices, "prices");
      Checks.notNull(total, "total");
      Checks.check(total.amount().signum() > 0, "the total to invest must be more than zero, got " + total);
      double sum = 0.0;
      List<Map.Entry<AssetId, Double>> kept = new ArrayList<>();
      for (Map.Entry<AssetId, Double> e : weights.entrySet()) {
        double w = Checks.finite(e.getValue(), "weight of " + e.getKey());
        Checks.check(w >= -1e-12, "whole-share allocation takes long-only weights; " + e.getKey() + " has " + w);
        sum += Math.max(w, 0.0);
        if (w > NEGLIGIBLE_WEIGHT) {
          kept.add(Map.entry(e.getKey(), w));
        }
      }
      Checks.check(sum <= 1.0 + 1e-6, "weights must sum to at most 1, they sum to " + sum);
      kept.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
      return new Inputs(kept, prices, total);
    }

    ShareAllocation result(ShareAllocation.Method method, long[] shares, List<String> notes) {
      Map<AssetId, Long> byAsset = new LinkedHashMap<>();
      Map<AssetId, Double> achieved = new LinkedHashMap<>();
      BigDecimal spent = BigDecimal.ZERO;
      double squares = 0.0;
      for (int i = 0; i < n; i++) {
        byAsset.put(ids[i], shares[i]);
        BigDecimal value = price[i].multiply(BigDecimal.valueOf(shares[i]));
        spent = spent.add(value);
        double w = value.doubleValue() / totalValue;
        achieved.put(ids[i], w);
        squares += (w - target[i]) * (w - target[i]);
      }
      Money leftover = new Money(total.amount().subtract(spent), total.currency());
      return new ShareAllocation(method, byAsset, leftover, achieved, n == 0 ? 0.0 : Math.sqrt(squares / n), notes);
    }
  }
}
