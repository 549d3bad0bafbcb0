package io.perennial.optimize;

import io.perennial.optimize.AllocationConstraint.AssetBounds;
import io.perennial.optimize.AllocationConstraint.Budget;
import io.perennial.optimize.AllocationConstraint.GroupBounds;
import io.perennial.optimize.AllocationConstraint.IncomeGrowthFloor;
import io.perennial.optimize.AllocationConstraint.Linear;
import io.perennial.optimize.AllocationConstraint.MaxHoldings;
import io.perennial.optimize.AllocationConstraint.MaxTurnover;
import io.perennial.optimize.AllocationConstraint.MaxVolatility;
import io.perennial.optimize.AllocationConstraint.MinIncome;
import io.perennial.optimize.AllocationConstraint.MinPosition;
import io.perennial.optimize.AllocationConstraint.MinReturn;
import io.perennial.optimize.AllocationConstraint.RealReturnFloor;
import io.perennial.optimize.AllocationConstraint.WeightBounds;
import io.perennial.optimize.AllocationConstraint.YieldTrapLimit;
import io.perennial.optimize.solver.GroupedMatrix;
import io.perennial.optimize.solver.QuadraticProgram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The linear part of an allocation problem compiled into solver variables: bounds and rows, each
 * owned by the named constraint that made it, plus the volatility caps and the integer rules that
 * the optimizer handles around the solver.
 *
 * <p>Variables are the weights w, except with a turnover limit: then w = current + b − s with buys
 * b ≥ 0 and sells s ≥ 0 (2n variables), the turnover row is Σbᵢ + Σsᵢ ≤ limit, and the bounds of
 * w become bounds of b and s (b ≤ upper − current, s ≤ current − lower), which keeps the number of
 * rows small.
 */
final class LinearModel {

  final AllocationProblem problem;
  final int n;
  final boolean split;
  final double[] current;
  final int size;
  final double[] lower;
  final double[] upper;
  final String[] lowerOwner;
  final String[] upperOwner;
  /** Weight bounds in w-space (for mixed-integer links and max Sharpe). */
  final double[] weightLower;
  final double[] weightUpper;
  final String[] weightLowerOwner;
  final String[] weightUpperOwner;
  final List<double[]> rows = new ArrayList<>();
  final List<Double> rowLower = new ArrayList<>();
  final List<Double> rowUpper = new ArrayList<>();
  final List<String> rowOwner = new ArrayList<>();
  /** The rows in w-space before the turnover transform (for max Sharpe), with the same owners. */
  final List<double[]> weightRows = new ArrayList<>();
  final List<Double> weightRowLower = new ArrayList<>();
  final List<Double> weightRowUpper = new ArrayList<>();
  final List<String> weightRowOwner = new ArrayList<>();
  final List<MaxVolatility> caps = new ArrayList<>();
  /** The constraints compiled (the problem's, those its objective implies, or a subset of them). */
  final List<AllocationConstraint> constraints;
  final List<AllocationConstraint> integerRules = new ArrayList<>();
  double budget = Double.NaN;

  private LinearModel(AllocationProblem problem, boolean split, List<AllocationConstraint> constraints) {
    this.problem = problem;
    this.constraints = List.copyOf(constraints);
    this.n = problem.size();
    this.split = split;
    this.current = problem.currentWeights().orElse(new double[n]);
    this.size = split ? 2 * n : n;
    this.lower = new double[size];
    this.upper = new double[size];
    this.lowerOwner = new String[size];
    this.upperOwner = new String[size];
    this.weightLower = new double[n];
    this.weightUpper = new double[n];
    this.weightLowerOwner = new String[n];
    this.weightUpperOwner = new String[n];
  }

  /** Compiles the problem's constraints together with those its objective implies. */
  static LinearModel of(AllocationProblem problem) {
    return of(problem, allConstraints(problem));
  }

  /** The problem's constraints plus the one its objective implies ({@code return>=r} or {@code volatility<=σ}). */
  static List<AllocationConstraint> allConstraints(AllocationProblem problem) {
    return allConstraints(problem, problem.objective());
  }

  /** The problem's constraints plus the one {@code objective} implies. */
  static List<AllocationConstraint> allConstraints(AllocationProblem problem, Objective objective) {
    List<AllocationConstraint> all = new ArrayList<>(problem.constraints());
    if (objective instanceof Objective.EfficientReturn target) {
      all.add(AllocationConstraint.minReturn(target.targetReturn()));
    } else if (objective instanceof Objective.EfficientRisk target) {
      all.add(AllocationConstraint.maxVolatility(target.targetVolatility()));
    }
    return all;
  }

  /** Compiles only {@code constraints} (any subset; used to find conflicts). */
  static LinearModel of(AllocationProblem problem, List<AllocationConstraint> constraints) {
    boolean split = constraints.stream().anyMatch(c -> c instanceof MaxTurnover);
    LinearModel model = new LinearModel(problem, split, constraints);
    model.compile(constraints);
    return model;
  }

  private void compile(List<AllocationConstraint> constraints) {
    Arrays.fill(weightLower, Double.NEGATIVE_INFINITY);
    Arrays.fill(weightUpper, Double.POSITIVE_INFINITY);
    for (AllocationConstraint c : constraints) {
      if (c instanceof WeightBounds b) {
        for (int i = 0; i < n; i++) {
          tighten(i, b.lower(), b.upper(), b.name());
        }
      } else if (c instanceof AssetBounds b) {
        tighten(problem.indexOf(b.asset()), b.lower(), b.upper(), b.name());
      }
    }
    if (split) {
      for (int i = 0; i < n; i++) {
        double w0 = current[i];
        double l = weightLower[i];
        double u = weightUpper[i];
        // buys b_i = variable i, sells s_i = variable n + i
        lower[i] = Math.max(0.0, l - w0);
        upper[i] = u == Double.POSITIVE_INFINITY ? u : Math.max(0.0, u - w0);
        lowerOwner[i] = l > w0 ? weightLowerOwner[i] : null;
        upperOwner[i] = weightUpperOwner[i];
        lower[n + i] = Math.max(0.0, w0 - u);
        upper[n + i] = l == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.max(0.0, w0 - l);
        lowerOwner[n + i] = w0 > u ? weightUpperOwner[i] : null;
        upperOwner[n + i] = weightLowerOwner[i];
      }
    } else {
      System.arraycopy(weightLower, 0, lower, 0, n);
      System.arraycopy(weightUpper, 0, upper, 0, n);
      System.arraycopy(weightLowerOwner, 0, lowerOwner, 0, n);
      System.arraycopy(weightUpperOwner, 0, upperOwner, 0, n);
    }
    double[] income = problem.afterTaxIncome();
    for (AllocationConstraint c : constraints) {
      if (c instanceof Budget b) {
        budget = b.total();
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        addRow(ones, b.total(), b.total(), b.name());
      } else if (c instanceof GroupBounds g) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
          if (problem.assets().get(i).tag(g.kind()).equals(g.group())) {
            a[i] = 1.0;
          }
        }
        addRow(a, g.lower(), g.upper(), g.name());
      } else if (c instanceof MinReturn r) {
        addRow(problem.expectedReturns(), r.minimum(), Double.POSITIVE_INFINITY, r.name());
      } else if (c instanceof RealReturnFloor r) {
        addRow(problem.expectedReturns(), r.inflation() + r.margin(), Double.POSITIVE_INFINITY, r.name());
      } else if (c instanceof IncomeGrowthFloor f) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
          a[i] = income[i] * (problem.assets().get(i).income().incomeGrowth() - f.inflation() - f.margin());
        }
        addRow(a, 0.0, Double.POSITIVE_INFINITY, f.name());
      } else if (c instanceof MinIncome f) {
        addRow(income, f.minimum(), Double.POSITIVE_INFINITY, f.name());
      } else if (c instanceof YieldTrapLimit t) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
          a[i] = problem.assets().get(i).income().yieldTrap() ? 1.0 : 0.0;
        }
        addRow(a, Double.NEGATIVE_INFINITY, t.maxWeight(), t.name());
      } else if (c instanceof MaxTurnover t) {
        double[] a = new double[size];
        Arrays.fill(a, 1.0);
        rows.add(a);
        rowLower.add(Double.NEGATIVE_INFINITY);
        rowUpper.add(t.limit());
        rowOwner.add(t.name());
      } else if (c instanceof Linear l) {
        double[] a = new double[n];
        for (java.util.Map.Entry<io.perennial.basics.AssetId, Double> entry : l.coefficients().entrySet()) {
          a[problem.indexOf(entry.getKey())] += entry.getValue();
        }
        addRow(a, l.lower(), l.upper(), l.name());
      } else if (c instanceof MaxVolatility v) {
        caps.add(v);
      } else if (c instanceof MinPosition || c instanceof MaxHoldings) {
        integerRules.add(c);
      }
    }
  }

  private void tighten(int i, double l, double u, String owner) {
    if (l > weightLower[i]) {
      weightLower[i] = l;
      weightLowerOwner[i] = owner;
    }
    if (u < weightUpper[i]) {
      weightUpper[i] = u;
      weightUpperOwner[i] = owner;
    }
  }

  /** Adds a row given in w-space; with the turnover transform a·w becomes a·current + a·b − a·s. */
  private void addRow(double[] a, double l, double u, String owner) {
    boolean empty = true;
    for (double v : a) {
      empty &= v == 0.0;
    }
    if (empty && l <= 0.0 && u >= 0.0) {
      return;
    }
    weightRows.add(a.clone());
    weightRowLower.add(l);
    weightRowUpper.add(u);
    weightRowOwner.add(owner);
    if (!split) {
      rows.add(a.clone());
      rowLower.add(l);
      rowUpper.add(u);
    } else {
      double offset = 0.0;
      double[] row = new double[size];
      for (int i = 0; i < n; i++) {
        offset += a[i] * current[i];
        row[i] = a[i];
        row[n + i] = -a[i];
      }
      rows.add(row);
      rowLower.add(l - offset);
      rowUpper.add(u - offset);
    }
    rowOwner.add(owner);
  }

  /** The tightest volatility cap, or null. */
  MaxVolatility tightestCap() {
    MaxVolatility best = null;
    for (MaxVolatility cap : caps) {
      if (best == null || cap.volatility() < best.volatility()) {
        best = cap;
      }
    }
    return best;
  }

  boolean isMixedInteger() {
    return !integerRules.isEmpty();
  }

  /** The weights for solver variables x. */
  double[] weights(double[] x) {
    if (!split) {
      return Arrays.copyOf(x, n);
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = current[i] + x[i] - x[n + i];
    }
    return w;
  }

  /** Above this risk weight + ridge the program is divided by it (see {@link #program}). */
  static final double LARGE_WEIGHT = 1e3;

  /**
   * The program minimising ½ wᵀHw + cᵀw over these rows and bounds, where H = 2·(riskWeight·Σ +
   * gamma·I) (null when both are zero) and c = {@code linear}, both in w-space (divided by
   * riskWeight + gamma when that exceeds {@value #LARGE_WEIGHT}: the same minimiser).
   */
  QuadraticProgram program(double riskWeight, double gamma, double[] linear) {
    if (riskWeight + gamma > LARGE_WEIGHT) {
      // Maximum utility at a risk aversion of 1e9 makes the Hessian about 1e9 times the linear
      // term, and the solver's tolerances (relative to the largest entries) never settle. The
      // minimiser of f / s is that of f: divide by the weight, so the Hessian is of the size of Σ.
      double scale = riskWeight + gamma;
      riskWeight /= scale;
      gamma /= scale;
      linear = linear.clone();
      for (int i = 0; i < linear.length; i++) {
        linear[i] /= scale;
      }
    }
    GroupedMatrix h = null;
    if (riskWeight != 0.0 || gamma != 0.0) {
      double[] ridge = new double[n];
      java.util.Arrays.fill(ridge, 2.0 * gamma);
      h = problem.covarianceMatrix().scaled(2.0 * riskWeight, ridge);
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(size);
    if (!split) {
      builder.hessian(h);
      builder.linear(linear);
    } else {
      // x = [buys; sells], w = current + buys − sells: H over x is [H, −H; −H, H], the same groups
      // with the sells' signs flipped. The ridge γ‖w − current‖² couples a buy with its sell, which a
      // diagonal cannot say: with a ridge, H over w is expanded to a dense core (n × n, one group per
      // asset) first.
      double[] c = new double[size];
      double[] grad = linear.clone();
      if (h != null) {
        double[] hc = h.times(current);
        for (int i = 0; i < n; i++) {
          grad[i] += hc[i];
        }
        int[] source = new int[size];
        double[] factor = new double[size];
        for (int i = 0; i < n; i++) {
          source[i] = i;
          source[n + i] = i;
          factor[i] = 1.0;
          factor[n + i] = -1.0;
        }
        GroupedMatrix overWeights = gamma == 0.0 ? h : GroupedMatrix.dense(h.toDense());
        builder.hessian(overWeights.remapped(source, factor, null));
      }
      for (int i = 0; i < n; i++) {
        c[i] = grad[i];
        c[n + i] = -grad[i];
      }
      builder.linear(c);
    }
    for (int j = 0; j < size; j++) {
      builder.bounds(j, lower[j], upper[j]);
    }
    for (int r = 0; r < rows.size(); r++) {
      builder.row(rows.get(r), rowLower.get(r), rowUpper.get(r));
    }
    return builder.build();
  }

  /** A start for the solver from weights (inverse of {@link #weights}). */
  double[] start(double[] w) {
    if (!split) {
      return w.clone();
    }
    double[] x = new double[size];
    for (int i = 0; i < n; i++) {
      double d = w[i] - current[i];
      x[i] = Math.max(d, 0.0);
      x[n + i] = Math.max(-d, 0.0);
    }
    return x;
  }
}
