package io.perennial.optimize;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.linalg.Cholesky;
import io.perennial.basics.linalg.Matrices;
import io.perennial.basics.linalg.PsdRepair;
import io.perennial.optimize.solver.GroupedMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one optimization needs, immutable: the candidate assets (with tags and income), their
 * expected annual returns μ and annual covariance Σ (fractions per year and fractions² per year),
 * the objective, the named constraints, the current weights (for turnover), the risk-free rate and
 * the L2 regularisation γ. Arrays are copied in and out.
 *
 * <p>Σ is checked when the problem is built: it must be square, finite and symmetric; if it is not
 * positive semidefinite it is either repaired by clipping negative eigenvalues (the default, noted
 * in {@link #notes()}) or refused with a message naming its smallest eigenvalue
 * ({@link CovarianceRepair}). A singular but PSD Σ is kept; an optimum with zero volatility is then
 * reported, not hidden.
 *
 * <p>Every problem has a {@link AllocationConstraint.Budget} (default: weights sum to 1) and, unless
 * removed, {@link AllocationConstraint.WeightBounds} (default [0, 1], long only).
 */
public final class AllocationProblem {

  /** The default risk-free rate, 2 % a year (PyPortfolioOpt's default). */
  public static final double DEFAULT_RISK_FREE_RATE = 0.02;

  private final List<CandidateAsset> assets;
  private final double[] expectedReturns;
  private final GroupedMatrix covariance;
  private final Objective objective;
  private final List<AllocationConstraint> constraints;
  private final double riskFreeRate;
  private final double l2Gamma;
  private final double[] currentWeights;
  private final List<String> notes;
  private final Map<AssetId, Integer> index;

  private AllocationProblem(Builder b, GroupedMatrix checkedCovariance, List<String> notes) {
    this.assets = b.source != null ? b.source.assets : List.copyOf(b.assets);
    this.expectedReturns = b.source != null ? b.source.expectedReturns : b.expectedReturns.clone();
    this.covariance = checkedCovariance;
    this.objective = b.objective;
    this.constraints = List.copyOf(b.constraints.values());
    this.riskFreeRate = b.riskFreeRate;
    this.l2Gamma = b.l2Gamma;
    this.currentWeights = b.currentWeights == null ? null : b.currentWeights.clone();
    this.notes = List.copyOf(notes);
    if (b.source != null) {
      this.index = b.source.index;
    } else {
      Map<AssetId, Integer> map = new HashMap<>();
      for (int i = 0; i < assets.size(); i++) {
        map.put(assets.get(i).id(), i);
      }
      this.index = Map.copyOf(map);
    }
  }

  /**
   * A builder over these assets (order kept), expected returns and covariance (same order). The
   * objective defaults to minimum volatility, the constraints to budget 1 and bounds [0, 1].
   */
  public static Builder builder(List<CandidateAsset> assets, double[] expectedReturns, double[][] covariance) {
    return new Builder(assets, expectedReturns, covariance);
  }

  /**
   * A builder over a covariance in grouped form, known to be positive semidefinite (built from a
   * checked one): the asset × account cells of the location model, Σ ⊗ J, never expanded.
   */
  static Builder builder(List<CandidateAsset> assets, double[] expectedReturns, GroupedMatrix covariance) {
    return new Builder(assets, expectedReturns, null, covariance);
  }

  /** A builder holding everything of this problem, to change a part (the covariance is not re-checked). */
  public Builder toBuilder() {
    Builder b = new Builder(this);
    b.notes.addAll(notes);
    b.objective = objective;
    b.constraints.clear();
    for (AllocationConstraint c : constraints) {
      b.constraints.put(c.name(), c);
    }
    b.riskFreeRate = riskFreeRate;
    b.l2Gamma = l2Gamma;
    b.currentWeights = currentWeights == null ? null : currentWeights.clone();
    return b;
  }

  /** The same problem with another objective. */
  public AllocationProblem withObjective(Objective newObjective) {
    return toBuilder().objective(newObjective).build();
  }

  /** The same problem with {@code constraint} added, or replacing the one of the same name. */
  public AllocationProblem withConstraint(AllocationConstraint constraint) {
    return toBuilder().constraint(constraint).build();
  }

  /** The same problem without the constraint named {@code name} (unchanged when absent). */
  public AllocationProblem withoutConstraint(String name) {
    return toBuilder().removeConstraint(name).build();
  }

  public int size() {
    return assets.size();
  }

  public List<CandidateAsset> assets() {
    return assets;
  }

  /** The asset ids in order. */
  public List<AssetId> ids() {
    return assets.stream().map(CandidateAsset::id).toList();
  }

  /** The position of {@code id}, or −1. */
  public int indexOf(AssetId id) {
    return index.getOrDefault(id, -1);
  }

  /** μ, expected annual returns (a copy). */
  public double[] expectedReturns() {
    return expectedReturns.clone();
  }

  public double expectedReturn(int i) {
    return expectedReturns[i];
  }

  /** Σ, annual covariance after any repair (a dense copy). */
  public double[][] covariance() {
    return covariance.toDense();
  }

  public double covariance(int i, int j) {
    return covariance.entry(i, j);
  }

  /** Σ in grouped form (immutable, shared). */
  GroupedMatrix covarianceMatrix() {
    return covariance;
  }

  public Objective objective() {
    return objective;
  }

  /** All constraints, budget and bounds included, in the order added. */
  public List<AllocationConstraint> constraints() {
    return constraints;
  }

  /** The constraint named {@code name}. */
  public Optional<AllocationConstraint> constraint(String name) {
    return constraints.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The risk-free rate used by max Sharpe and the reported Sharpe ratio. */
  public double riskFreeRate() {
    return riskFreeRate;
  }

  /** γ ≥ 0: γ·Σwᵢ² is added to every minimised objective. */
  public double l2Gamma() {
    return l2Gamma;
  }

  /** The current weights in asset order (zeros for assets not held), if given. */
  public Optional<double[]> currentWeights() {
    return currentWeights == null ? Optional.empty() : Optional.of(currentWeights.clone());
  }

  /** What was done to the inputs (e.g. a covariance repair), for the result's diagnostics. */
  public List<String> notes() {
    return notes;
  }

  /** The after-tax income per unit of weight of each asset ({@link IncomeProfile#afterTaxIncome()}). */
  public double[] afterTaxIncome() {
    double[] income = new double[assets.size()];
    for (int i = 0; i < income.length; i++) {
      income[i] = assets.get(i).income().afterTaxIncome();
    }
    return income;
  }

  /** Whether a constraint needs integer variables. */
  public boolean isMixedInteger() {
    return constraints.stream().anyMatch(AllocationConstraint::isInteger);
  }

  /** Builds an {@link AllocationProblem}; not thread-safe. */
  public static final class Builder {
    private final List<CandidateAsset> assets;
    private final double[] expectedReturns;
    /** Σ as given to the public builder (checked and maybe repaired in build), or null. */
    private final double[][] dense;
    private final GroupedMatrix covariance;
    private final List<String> notes = new ArrayList<>();
    private boolean checked;
    private Objective objective = new Objective.MinVolatility();
    private final LinkedHashMap<String, AllocationConstraint> constraints = new LinkedHashMap<>();
    private double riskFreeRate = DEFAULT_RISK_FREE_RATE;
    private double l2Gamma;
    private double[] currentWeights;
    private CovarianceRepair repair = CovarianceRepair.SPECTRAL;
    /** The problem this builder started from (its validated inputs are shared, not copied). */
    private final AllocationProblem source;

    /** A builder over a valid problem: its assets, μ and Σ are shared (they are immutable), not re-checked. */
    private Builder(AllocationProblem problem) {
      this.source = problem;
      this.assets = problem.assets;
      this.expectedReturns = problem.expectedReturns;
      this.dense = null;
      this.covariance = problem.covariance;
      this.checked = true;
    }

    private Builder(List<CandidateAsset> assets, double[] expectedReturns, double[][] covariance) {
      this(assets, expectedReturns, checkedDense(assets, covariance), null);
    }

    private static double[][] checkedDense(List<CandidateAsset> assets, double[][] covariance) {
      Checks.notNull(assets, "assets");
      Checks.notNull(covariance, "covariance");
      Checks.check(covariance.length == assets.size(),
          "covariance has " + covariance.length + " rows for " + assets.size() + " assets");
      Matrices.requireSymmetric(covariance, "covariance");
      return Matrices.copy(covariance);
    }

    private Builder(List<CandidateAsset> assets, double[] expectedReturns, double[][] dense, GroupedMatrix grouped) {
      this.source = null;
      Checks.notNull(assets, "assets");
      Checks.check(!assets.isEmpty(), "an allocation problem needs at least one asset");
      Set<AssetId> seen = new HashSet<>();
      for (CandidateAsset asset : assets) {
        Checks.notNull(asset, "asset");
        Checks.check(seen.add(asset.id()), "asset " + asset.id() + " appears twice");
      }
      this.assets = List.copyOf(assets);
      Checks.notNull(expectedReturns, "expected returns");
      Checks.check(expectedReturns.length == assets.size(),
          "expected returns has " + expectedReturns.length + " entries for " + assets.size() + " assets");
      for (int i = 0; i < expectedReturns.length; i++) {
        Checks.finite(expectedReturns[i], "expected return of " + assets.get(i).id());
      }
      this.expectedReturns = expectedReturns.clone();
      this.dense = dense;
      if (grouped != null) {
        Checks.check(grouped.size() == assets.size(), "covariance has " + grouped.size() + " rows for " + assets.size()
            + " assets");
        this.covariance = grouped;
        this.checked = true;
      } else {
        this.covariance = null;
      }
      AllocationConstraint budget = AllocationConstraint.fullyInvested();
      AllocationConstraint bounds = AllocationConstraint.weightBounds(0.0, 1.0);
      constraints.put(budget.name(), budget);
      constraints.put(bounds.name(), bounds);
    }

    public Builder objective(Objective value) {
      this.objective = Checks.notNull(value, "objective");
      return this;
    }

    /** Adds {@code constraint}, replacing one of the same name (so a new budget or bounds replaces the default). */
    public Builder constraint(AllocationConstraint constraint) {
      Checks.notNull(constraint, "constraint");
      if (constraint instanceof AllocationConstraint.Budget) {
        constraints.values().removeIf(c -> c instanceof AllocationConstraint.Budget);
      }
      constraints.put(constraint.name(), constraint);
      return this;
    }

    public Builder constraints(List<? extends AllocationConstraint> list) {
      list.forEach(this::constraint);
      return this;
    }

    /** Removes the constraint named {@code name} (no effect when absent). */
    public Builder removeConstraint(String name) {
      constraints.remove(name);
      return this;
    }

    /** Sets the bounds every weight must lie in ({@code weight-bounds}); ±∞ for none. */
    public Builder weightBounds(double lower, double upper) {
      return constraint(AllocationConstraint.weightBounds(lower, upper));
    }

    /** Removes the general weight bounds (PyPortfolioOpt's {@code weight_bounds=(None, None)}). */
    public Builder noWeightBounds() {
      return removeConstraint("weight-bounds");
    }

    public Builder riskFreeRate(double rate) {
      this.riskFreeRate = Checks.finite(rate, "risk-free rate");
      return this;
    }

    public Builder l2Gamma(double gamma) {
      this.l2Gamma = Checks.nonNegative(gamma, "L2 gamma");
      return this;
    }

    /** The current weights by asset (assets absent are 0; ids not among the assets are refused). */
    public Builder currentWeights(Map<AssetId, Double> weights) {
      Checks.notNull(weights, "current weights");
      double[] w = new double[assets.size()];
      Map<AssetId, Integer> positions = new HashMap<>();
      for (int i = 0; i < assets.size(); i++) {
        positions.put(assets.get(i).id(), i);
      }
      for (Map.Entry<AssetId, Double> entry : weights.entrySet()) {
        Integer i = positions.get(entry.getKey());
        Checks.check(i != null, "current weight given for " + entry.getKey() + ", which is not a candidate asset");
        w[i] = Checks.finite(entry.getValue(), "current weight of " + entry.getKey());
      }
      this.currentWeights = w;
      return this;
    }

    /** The current weights in asset order. */
    public Builder currentWeights(double[] weights) {
      Checks.notNull(weights, "current weights");
      Checks.check(weights.length == assets.size(),
          "current weights has " + weights.length + " entries for " + assets.size() + " assets");
      for (double w : weights) {
        Checks.finite(w, "current weight");
      }
      this.currentWeights = weights.clone();
      return this;
    }

    public Builder covarianceRepair(CovarianceRepair value) {
      this.repair = Checks.notNull(value, "covariance repair");
      return this;
    }

    /**
     * Builds the problem, checking Σ for positive semidefiniteness (repairing or refusing it) and the
     * constraints for references to unknown assets or missing current weights.
     */
    public AllocationProblem build() {
      Checks.check(constraints.values().stream().anyMatch(c -> c instanceof AllocationConstraint.Budget),
          "an allocation problem needs a budget constraint (weights sum to 1, or 0 for market-neutral)");
      Set<AssetId> known = new HashSet<>();
      assets.forEach(a -> known.add(a.id()));
      for (AllocationConstraint c : constraints.values()) {
        if (c instanceof AllocationConstraint.AssetBounds bounds) {
          Checks.check(assets.stream().anyMatch(a -> a.id().equals(bounds.asset())),
              c.name() + " names " + bounds.asset() + ", which is not a candidate asset");
        }
        if (c instanceof AllocationConstraint.Linear linear) {
          for (AssetId id : linear.coefficients().keySet()) {
            Checks.check(known.contains(id),
                c.name() + " names " + id + ", which is not a candidate asset");
          }
        }
        if (c instanceof AllocationConstraint.MaxTurnover) {
          Checks.check(currentWeights != null, c.name() + " needs the current weights; give them or drop the turnover limit");
        }
      }
      double[][] sigma = dense;
      List<String> allNotes = new ArrayList<>(notes);
      if (!checked) {
        double scale = 0.0;
        for (int i = 0; i < sigma.length; i++) {
          Checks.check(sigma[i][i] >= 0.0, "covariance: the variance of " + assets.get(i).id()
              + " is negative (" + sigma[i][i] + "); a variance cannot be below zero");
          scale = Math.max(scale, sigma[i][i]);
        }
        if (!Cholesky.succeeds(sigma, PsdRepair.PSD_TEST_JITTER + 1e-15 * scale)) {
          PsdRepair fix = PsdRepair.spectral(sigma);
          if (fix.repaired() && fix.smallestEigenvalue() < -1e-12 * Math.max(scale, 1e-300)) {
            if (repair == CovarianceRepair.REFUSE) {
              throw new InvalidInputException(String.format(java.util.Locale.ROOT,
                  "covariance is not positive semidefinite: its smallest eigenvalue is %.3g, so some mix of"
                      + " assets would have negative variance and the optimizer would exploit it; estimate it"
                      + " from more common observations, use a shrinkage estimator, or allow the spectral repair",
                  fix.smallestEigenvalue()));
            }
            sigma = fix.matrix();
            allNotes.add("covariance repaired: " + fix.describe());
          } else if (fix.repaired()) {
            sigma = fix.matrix();
          }
        }
      }
      GroupedMatrix result = covariance != null ? covariance : GroupedMatrix.dense(sigma);
      return new AllocationProblem(this, result, allNotes);
    }
  }

  @Override
  public String toString() {
    return "AllocationProblem[" + assets.size() + " assets, " + objective.id() + ", constraints "
        + constraints.stream().map(AllocationConstraint::name).toList() + "]";
  }

  /** Σwᵢ over the weights. */
  static double sum(double[] w) {
    return Arrays.stream(w).sum();
  }
}
