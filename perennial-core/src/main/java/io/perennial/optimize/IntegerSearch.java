package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.optimize.AllocationConstraint.MaxHoldings;
import io.perennial.optimize.AllocationConstraint.MinPosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Branch and bound for the integer rules (a minimum position if held, a maximum number of
 * holdings) around the exact continuous optimizer. A node fixes some assets <em>out</em> (weight 0)
 * and some <em>in</em> (weight ≥ the minimum position, counted among the holdings); its relaxation
 * is the continuous problem under those fixings (volatility caps and all), solved exactly, so its
 * objective bounds every allocation below it. Depth first, dropping the smallest offending
 * position first, with an incumbent from rounding the root (keep the largest positions); a node
 * whose relaxation is no better than the incumbent is pruned. The search is exact when it ends
 * within the node limit; otherwise the best allocation found is returned as FEASIBLE.
 */
final class IntegerSearch {

  /** Nodes explored before giving up proving optimality. */
  static final int DEFAULT_NODE_LIMIT = 20_000;

  private static final double HELD = 1e-9;

  private final AllocationProblem problem;
  private final List<AllocationConstraint> continuous;
  private final double minimum;
  private final int maxHeld;
  private final BiFunction<List<AllocationConstraint>, double[], AllocationOptimizer.Outcome> relax;
  private final ToDoubleFunction<double[]> objective;
  private final int nodeLimit;
  private final int n;
  private AllocationOptimizer.Outcome best;
  private double bestValue = Double.POSITIVE_INFINITY;
  private int nodes;

  /**
   * @param problem the problem (its assets)
   * @param constraints the constraints in force, integer rules included (any subset of the problem's)
   * @param relax solves the continuous problem under the constraints given (with a warm start)
   * @param objective the minimised objective of weights (the relaxations minimise the same)
   */
  IntegerSearch(AllocationProblem problem, List<AllocationConstraint> constraints,
      BiFunction<List<AllocationConstraint>, double[], AllocationOptimizer.Outcome> relax, ToDoubleFunction<double[]> objective,
      int nodeLimit) {
    this.problem = problem;
    List<AllocationConstraint> kept = new ArrayList<>();
    double min = 0.0;
    int held = problem.size();
    for (AllocationConstraint rule : constraints) {
      if (rule instanceof MinPosition p) {
        min = Math.max(min, p.minimum());
      } else if (rule instanceof MaxHoldings h) {
        held = Math.min(held, h.count());
      } else {
        kept.add(rule);
      }
    }
    this.minimum = min;
    this.maxHeld = held;
    if (held < problem.size()) {
      holdingsCut(problem, kept).ifPresent(kept::add);
    }
    this.continuous = List.copyOf(kept);
    this.relax = relax;
    this.objective = objective;
    this.nodeLimit = nodeLimit;
    this.n = problem.size();
  }

  /**
   * A cut valid for every node when at most {@code maxHeld} positions may be held and every weight
   * is at least 0: with uᵢ an upper bound of wᵢ, each held position has wᵢ/uᵢ ≤ 1 and the others
   * are 0, so Σ wᵢ/uᵢ ≤ maxHeld. It is what makes "3 holdings, each at most 30 %" infeasible at the
   * root instead of after an exhaustive search (the relaxation alone allows any number of
   * positions). The bounds uᵢ come from the rules on one weight, from group limits and from rules of non-negative
   * coefficients over several (a balance, a total of the asset's cells: x ≤ upper / coefficient).
   */
  private java.util.Optional<AllocationConstraint> holdingsCut(AllocationProblem problem, List<AllocationConstraint> rules) {
    int size = problem.size();
    double[] upper = new double[size];
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    boolean longOnly = false;
    for (AllocationConstraint rule : rules) {
      if (rule instanceof AllocationConstraint.WeightBounds b) {
        longOnly |= b.lower() >= 0.0;
        for (int i = 0; i < size; i++) {
          upper[i] = Math.min(upper[i], b.upper());
        }
      }
    }
    if (!longOnly) {
        return java.util.Optional.empty();
    }
    for (AllocationConstraint rule : rules) {
      if (rule instanceof AllocationConstraint.AssetBounds b) {
        int i = problem.indexOf(b.asset());
        if (i >= 0) {
          upper[i] = Math.min(upper[i], b.upper());
        }
      } else if (rule instanceof AllocationConstraint.Linear l && Double.isFinite(l.upper())
          && l.coefficients().values().stream().allMatch(c -> c > 0.0)) {
        for (java.util.Map.Entry<AssetId, Double> e : l.coefficients().entrySet()) {
          int i = problem.indexOf(e.getKey());
          if (i >= 0) {
            upper[i] = Math.min(upper[i], Math.max(0.0, l.upper()) / e.getValue());
          }
        }
      } else if (rule instanceof AllocationConstraint.GroupBounds g && Double.isFinite(g.upper())) {
        for (int i = 0; i < size; i++) {
          if (problem.assets().get(i).tag(g.kind()).equals(g.group())) {
            upper[i] = Math.min(upper[i], Math.max(0.0, g.upper()));
          }
        }
      } else if (rule instanceof AllocationConstraint.Budget b && b.total() > 0.0) {
        for (int i = 0; i < size; i++) {
          upper[i] = Math.min(upper[i], b.total());
        }
      }
    }
    java.util.Map<AssetId, Double> coefficients = new java.util.LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      if (upper[i] > 1e-12 && Double.isFinite(upper[i])) {
        coefficients.put(problem.assets().get(i).id(), 1.0 / upper[i]);
      }
    }
    if (coefficients.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new AllocationConstraint.Linear(HOLDINGS_CUT, coefficients, Double.NEGATIVE_INFINITY,
        maxHeld, "Σ weight / its upper bound ≤ " + maxHeld + " (implied by the maximum number of holdings)"));
  }

  /** The name of the cut of {@link #holdingsCut} (a branching row: never reported as a rule). */
  static final String HOLDINGS_CUT = "branch:holdings-bound";

  /** The best allocation and whether the search finished (proving optimality). */
  record Answer(AllocationOptimizer.Outcome outcome, boolean complete, int nodes) {}

  Answer run() {
    byte[] root = new byte[n];
    AllocationOptimizer.Outcome rootOutcome = relax.apply(node(root), null);
    nodes++;
    if (!rootOutcome.status().hasAllocation()) {
      return new Answer(rootOutcome, true, nodes);
    }
    // Incumbent: keep the largest positions (at most maxHeld), drop the rest, solve.
    double[] w = rootOutcome.weights();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(Math.abs(w[b]), Math.abs(w[a])));
    byte[] rounded = new byte[n];
    int kept = 0;
    for (int i : order) {
      if (Math.abs(w[i]) > HELD && kept < maxHeld && (minimum == 0.0 || Math.abs(w[i]) >= minimum / 2)) {
        rounded[i] = IN;
        kept++;
      } else {
        rounded[i] = OUT;
      }
    }
    consider(rounded, w);
    Deque<byte[]> stack = new ArrayDeque<>();
    Deque<double[]> warm = new ArrayDeque<>();
    expand(root, rootOutcome, stack, warm);
    while (!stack.isEmpty()) {
      if (nodes >= nodeLimit) {
        return new Answer(best, false, nodes);
      }
      byte[] state = stack.pop();
      double[] start = warm.pop();
      AllocationOptimizer.Outcome outcome = relax.apply(node(state), start);
      nodes++;
      if (!outcome.status().hasAllocation()) {
        continue;
      }
      expand(state, outcome, stack, warm);
    }
    return new Answer(best, true, nodes);
  }

  private static final byte FREE = 0;
  private static final byte OUT = 1;
  private static final byte IN = 2;

  private void consider(byte[] state, double[] warm) {
    AllocationOptimizer.Outcome outcome = relax.apply(node(state), warm);
    nodes++;
    if (outcome.status().hasAllocation() && violation(state, outcome.weights()) < 0) {
      accept(outcome);
    }
  }

  private void accept(AllocationOptimizer.Outcome outcome) {
    double value = objective.applyAsDouble(outcome.weights());
    if (value < bestValue) {
      bestValue = value;
      best = outcome;
    }
  }

  /** Prunes, records an incumbent, or pushes the two children of the node. */
  private void expand(byte[] state, AllocationOptimizer.Outcome outcome, Deque<byte[]> stack, Deque<double[]> warm) {
    double[] w = outcome.weights();
    double value = objective.applyAsDouble(w);
    if (value >= bestValue - 1e-12 * Math.max(1.0, Math.abs(bestValue))) {
      return;
    }
    int branch = violation(state, w);
    if (branch < 0) {
      accept(outcome);
      return;
    }
    byte[] in = state.clone();
    in[branch] = IN;
    byte[] out = state.clone();
    out[branch] = OUT;
    // Depth first, exploring "out" (drop the small position) first: pushed last.
    stack.push(in);
    warm.push(w);
    stack.push(out);
    warm.push(w);
  }

  /**
   * The asset to branch on, or −1 when the weights satisfy the integer rules: first a free asset
   * held below the minimum position, else (too many holdings) the free held asset with the
   * smallest weight.
   */
  private int violation(byte[] state, double[] w) {
    int held = 0;
    int smallest = -1;
    int below = -1;
    for (int i = 0; i < n; i++) {
      boolean isHeld = Math.abs(w[i]) > HELD;
      if (isHeld || state[i] == IN) {
        held++;
      }
      if (state[i] != FREE || !isHeld) {
        continue;
      }
      if (minimum > 0.0 && Math.abs(w[i]) < minimum - 1e-9 && (below < 0 || Math.abs(w[i]) < Math.abs(w[below]))) {
        below = i;
      }
      if (smallest < 0 || Math.abs(w[i]) < Math.abs(w[smallest])) {
        smallest = i;
      }
    }
    if (below >= 0) {
      return below;
    }
    return held > maxHeld ? smallest : -1;
  }

  /** The continuous constraints with the node's fixings as asset bounds. */
  private List<AllocationConstraint> node(byte[] state) {
    int in = 0;
    for (byte s : state) {
      in += s == IN ? 1 : 0;
    }
    boolean full = in >= maxHeld;
    List<AllocationConstraint> list = new ArrayList<>(continuous);
    for (int i = 0; i < n; i++) {
      AssetId id = problem.assets().get(i).id();
      if (state[i] == OUT || (full && state[i] == FREE)) {
        list.add(new AllocationConstraint.AssetBounds("branch:" + id, id, 0.0, 0.0));
      } else if (state[i] == IN && minimum > 0.0) {
        list.add(new AllocationConstraint.AssetBounds("branch:" + id, id, minimum, Double.POSITIVE_INFINITY));
      }
    }
    return list;
  }

  /** Names of the branching bounds, to be left out of reported binding constraints. */
  static boolean isBranchBound(String name) {
    return name.startsWith("branch:");
  }

  static List<String> withoutBranchBounds(List<String> names) {
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      if (!isBranchBound(name)) {
        kept.add(name);
      }
    }
    return kept;
  }
}
