package io.perennial.rebalance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fewest trades that bring every class target of a small household into its interval, found by
 * brute force, for tests: every set of (account, asset) pairs is tried, smallest first, and a set is
 * enough when some signed dollar amounts on its pairs (buys +, sells −) meet every constraint. With
 * at most a handful of pairs this is exact for trades in dollars (continuous amounts); whole units
 * differ from it by at most a unit price per trade, which the caller absorbs with {@code margin}.
 *
 * <p>The constraints on amounts {@code d_p}, all in dollars:
 * <pre>
 *   −held_p ≤ d_p ≤ account value               (never sell more than held)
 *   cash_a − Σ_{p in a} d_p ≥ 0                  (each account pays for its purchases)
 *   lower_t + margin ≤ value_t + Σ_{p of class t} d_p − [t is cash] Σ_p d_p ≤ upper_t − margin
 * </pre>
 * A set is feasible when this polytope (bounded) is not empty, decided by trying its vertices: every
 * choice of k constraints as equalities (k the set's size) whose solution meets all the others. The
 * polytope of a non-empty bounded set has a vertex, so this misses none.
 *
 * @param pairs the tradeable (account, asset) pairs
 * @param cash each account's cash, dollars, by account index
 * @param lower the lowest value of each target, dollars (the cash target last)
 * @param upper the highest value of each target
 * @param value the value each target covers today
 */
record FewestTrades(List<Pair> pairs, double[] cash, double[] lower, double[] upper, double[] value) {

  private static final double EPS = 1e-6;

  /**
   * One tradeable holding or possible purchase.
   *
   * @param account the account's index
   * @param target the index of the class target it counts toward
   * @param held the dollars held (the most it can sell)
   * @param accountValue the account's value (more than it can buy)
   */
  record Pair(int account, int target, double held, double accountValue) {}

  /**
   * The sizes and pair sets of the fewest trades, up to {@code maxTrades}; empty when no set of that
   * many pairs or fewer is feasible.
   *
   * @param margin dollars each interval is narrowed by on both sides
   */
  Optional<Answer> solve(double margin, int maxTrades) {
    for (int k = 0; k <= Math.min(maxTrades, pairs.size()); k++) {
      Optional<Answer> answer = solveWith(k, margin);
      if (answer.isPresent()) {
        return answer;
      }
    }
    return Optional.empty();
  }

  /** Every set of exactly {@code k} pairs that is feasible with intervals narrowed by {@code margin}; empty when none. */
  Optional<Answer> solveWith(int k, double margin) {
    List<int[]> feasible = new ArrayList<>();
    for (int[] set : subsets(pairs.size(), k)) {
      if (feasible(set, margin)) {
        feasible.add(set);
      }
    }
    return feasible.isEmpty() ? Optional.empty() : Optional.of(new Answer(k, feasible));
  }

  /**
   * The fewest trades and every set of pairs of that size that does it.
   *
   * @param trades the count
   * @param sets indexes into {@link #pairs}
   */
  record Answer(int trades, List<int[]> sets) {}

  private boolean feasible(int[] set, double margin) {
    int k = set.length;
    int cashTarget = value.length - 1;
    List<double[]> rows = new ArrayList<>();
    List<Double> bounds = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Pair pair = pairs.get(set[i]);
      rows.add(unit(k, i, 1));
      bounds.add(pair.accountValue());
      rows.add(unit(k, i, -1));
      bounds.add(pair.held());
    }
    for (int a = 0; a < cash.length; a++) {
      double[] row = new double[k];
      for (int i = 0; i < k; i++) {
        row[i] = pairs.get(set[i]).account() == a ? 1 : 0;
      }
      rows.add(row);
      bounds.add(cash[a]);
    }
    for (int t = 0; t < value.length; t++) {
      double[] row = new double[k];
      for (int i = 0; i < k; i++) {
        row[i] = (pairs.get(set[i]).target() == t ? 1 : 0) - (t == cashTarget ? 1 : 0);
      }
      double lo = lower[t] + margin;
      double hi = upper[t] - margin;
      if (lo > hi + EPS) {
        return false;
      }
      rows.add(row);
      bounds.add(hi - value[t]);
      rows.add(negate(row));
      bounds.add(value[t] - lo);
    }
    if (k == 0) {
      return satisfies(rows, bounds, new double[0]);
    }
    for (int[] active : subsets(rows.size(), k)) {
      double[][] a = new double[k][];
      double[] b = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = rows.get(active[i]).clone();
        b[i] = bounds.get(active[i]);
      }
      double[] x = solveSquare(a, b);
      if (x != null && satisfies(rows, bounds, x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean satisfies(List<double[]> rows, List<Double> bounds, double[] x) {
    for (int r = 0; r < rows.size(); r++) {
      double lhs = 0;
      for (int i = 0; i < x.length; i++) {
        lhs += rows.get(r)[i] * x[i];
      }
      if (lhs > bounds.get(r) + EPS * Math.max(1, Math.abs(bounds.get(r)))) {
        return false;
      }
    }
    return true;
  }

  /** Gaussian elimination with partial pivoting; null when the system is singular. */
  private static double[] solveSquare(double[][] a, double[] b) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-12) {
        return null;
      }
      double[] row = a[col];
      a[col] = a[pivot];
      a[pivot] = row;
      double t = b[col];
      b[col] = b[pivot];
      b[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c < n; c++) {
          a[r][c] -= f * a[col][c];
        }
        b[r] -= f * b[col];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  private static double[] unit(int k, int i, double sign) {
    double[] row = new double[k];
    row[i] = sign;
    return row;
  }

  private static double[] negate(double[] row) {
    double[] out = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = -row[i];
    }
    return out;
  }

  /** Every k-subset of {0, …, n−1}, in lexicographic order. */
  static List<int[]> subsets(int n, int k) {
    List<int[]> out = new ArrayList<>();
    int[] s = new int[k];
    for (int i = 0; i < k; i++) {
      s[i] = i;
    }
    if (k > n) {
      return out;
    }
    while (true) {
      out.add(s.clone());
      int i = k - 1;
      while (i >= 0 && s[i] == n - k + i) {
        i--;
      }
      if (i < 0) {
        return out;
      }
      s[i]++;
      for (int j = i + 1; j < k; j++) {
        s[j] = s[j - 1] + 1;
      }
    }
  }
}
