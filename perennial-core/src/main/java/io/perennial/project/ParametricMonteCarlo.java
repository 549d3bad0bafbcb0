package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.linalg.Cholesky;
import io.perennial.basics.linalg.NotPositiveDefiniteException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Parametric Monte Carlo: every year of every path draws correlated shocks for all asset classes
 * and inflation. With d = classes + 1 (inflation last) and L the lower-triangular factor of the
 * d × d shock correlation matrix:
 *
 * <pre>
 *   z ~ N(0, I_d),  e = L·z,  (Student-t: e ← e · √((ν − 2)/χ²_ν), assets only)
 *   ln(1 + R_c) = m_c + s_c · e_c          (m, s from {@link AssetClassAssumption})
 *   π_t = π̄ + φ (π_{t−1} − π̄) + σ_π √(1 − φ²) · e_d
 * </pre>
 *
 * A class marked {@link Builder#inflationLinked inflation-linked} (TIPS) is described by its
 * <em>real</em> return: ln(1 + R_c) = m_c + s_c · e_c + ln(1 + π_t), so its nominal return carries
 * the path's inflation of the year, as a CPI-indexed principal does.
 *
 * <p>The correlations apply to the log-return shocks. Path p draws from its own generator seeded by
 * (seed, p), so a run is reproducible and independent of threading.
 *
 * <p>Many classes in few groups ({@link Builder#factors}: 300 holdings of 10 asset classes) draw
 * through the groups instead: with B the G × G correlation of the group factors (B[g][g] is the
 * correlation of two members of group g) and F its factor (F·Fᵀ = B, from the eigenvectors, so a
 * semidefinite B is fine), e_i = (F·z)[g_i] + √(1 − B[g_i][g_i]) · ε_i with ε ~ N(0, I) apart from
 * z. The shocks have exactly the correlation B[g_i][g_j] (i ≠ j) and unit variance, as the dense
 * form would, for O(G² + classes) work a year instead of O(classes²).
 */
public final class ParametricMonteCarlo implements ReturnSource {

  private final List<AssetClassAssumption> classes;
  private final double[][] correlation;
  private final double[] inflationCorrelation;
  private final java.util.Set<String> linked;
  private final InflationAssumption inflation;
  private final RateAssumption billRate;
  private final ReturnDistribution distribution;
  private final double degreesOfFreedom;
  private final int paths;
  private final long seed;
  private final double[] lowerFactor; // d × d row-major (dense form), or null
  /** Factor form: the group of each class, the (G+1) × (G+1) factor (inflation last), idiosyncratic weights. */
  private final int[] group;
  private final double[] groupFactor;
  private final double[] idiosyncratic;

  private ParametricMonteCarlo(Builder b) {
    this.classes = List.copyOf(b.classes);
    int n = classes.size();
    Checks.check(n > 0, "a Monte Carlo run needs at least one asset class");
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        Checks.check(!classes.get(i).name().equals(classes.get(j).name()),
            "asset class '" + classes.get(i).name() + "' appears twice");
      }
    }
    this.inflation = Checks.notNull(b.inflation, "inflation assumption");
    this.linked = java.util.Set.copyOf(b.linked);
    this.billRate = b.billRate;
    for (String name : linked) {
      Checks.check(classes.stream().anyMatch(c -> c.name().equals(name)),
          "inflation-linked class '" + name + "' is not among the asset classes");
    }
    this.distribution = Checks.notNull(b.distribution, "return distribution");
    this.degreesOfFreedom = b.degreesOfFreedom;
    checkDegrees();
    this.paths = Checks.positive(b.paths, "number of paths");
    this.seed = b.seed;
    if (b.group != null) {
      Checks.check(b.correlation == null, "give either the correlation matrix or the group factors, not both");
      Checks.check(b.inflationCorrelation == null, "with group factors, inflation is uncorrelated with the classes");
      FactorForm form = FactorForm.of(b.group, b.groupCorrelation, n);
      this.group = b.group.clone();
      this.groupFactor = form.factor();
      this.idiosyncratic = form.idiosyncratic();
      this.correlation = form.implied(this.group);
      this.inflationCorrelation = new double[n];
      this.lowerFactor = null;
      return;
    }
    this.group = null;
    this.groupFactor = null;
    this.idiosyncratic = null;
    this.correlation = b.correlation == null ? identity(n) : copy(b.correlation);
    Checks.check(correlation.length == n, "the correlation matrix has " + correlation.length + " rows for " + n + " asset classes");
    for (int i = 0; i < n; i++) {
      Checks.check(correlation[i].length == n, "row " + (i + 1) + " of the correlation matrix has " + correlation[i].length + " entries, expected " + n);
      Checks.check(Math.abs(correlation[i][i] - 1.0) <= 1e-9, "the correlation of " + classes.get(i).name() + " with itself must be 1");
      for (int j = 0; j < n; j++) {
        Checks.inRange(correlation[i][j], -1.0, 1.0, "correlation of " + classes.get(i).name() + " and " + classes.get(j).name());
        Checks.check(Math.abs(correlation[i][j] - correlation[j][i]) <= 1e-12,
            "the correlation matrix is not symmetric at " + classes.get(i).name() + "/" + classes.get(j).name());
      }
    }
    this.inflationCorrelation = b.inflationCorrelation == null ? new double[n] : b.inflationCorrelation.clone();
    Checks.check(inflationCorrelation.length == n,
        "inflation correlations: " + inflationCorrelation.length + " values for " + n + " asset classes");
    for (int i = 0; i < n; i++) {
      Checks.inRange(inflationCorrelation[i], -1.0, 1.0, "correlation of inflation with " + classes.get(i).name());
    }
    int d = n + 1;
    double[][] full = new double[d][d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(correlation[i], 0, full[i], 0, n);
      full[i][n] = inflationCorrelation[i];
      full[n][i] = inflationCorrelation[i];
    }
    full[n][n] = 1.0;
    double[][] lower;
    try {
      lower = Cholesky.decompose(full).lower();
    } catch (NotPositiveDefiniteException e) {
      throw new InvalidInputException("the correlation matrix of the asset classes and inflation is not positive"
          + " definite (Cholesky pivot of row " + (e.row() + 1) + " is " + e.pivot() + "); repair it first, e.g. with"
          + " PsdRepair, or remove a class that duplicates another", e);
    }
    this.lowerFactor = new double[d * d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        lowerFactor[i * d + j] = lower[i][j];
      }
    }
  }

  private void checkDegrees() {
    if (distribution == ReturnDistribution.STUDENT_T) {
      Checks.check(degreesOfFreedom > 2.0 && degreesOfFreedom <= 1000.0,
          "Student-t degrees of freedom must lie in (2, 1000] for a finite variance, got " + degreesOfFreedom);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<AssetClassAssumption> classes() {
    return classes;
  }

  public double[][] correlation() {
    return copy(correlation);
  }

  public InflationAssumption inflation() {
    return inflation;
  }

  public ReturnDistribution distribution() {
    return distribution;
  }

  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  public int paths() {
    return paths;
  }

  public long seed() {
    return seed;
  }

  @Override
  public ScenarioSet scenarios(List<String> series, int years) {
    Checks.positive(years, "horizon in years");
    List<String> names = List.copyOf(series);
    int count = names.size();
    int[] classIndex = new int[count];
    List<String> known = new ArrayList<>();
    classes.forEach(c -> known.add(c.name()));
    for (int j = 0; j < count; j++) {
      classIndex[j] = known.indexOf(names.get(j));
      Checks.check(classIndex[j] >= 0,
          "no asset class '" + names.get(j) + "' in the assumptions; they have: " + String.join(", ", known));
    }
    int n = classes.size();
    int d = n + 1;
    double[] logMean = new double[count];
    double[] logVol = new double[count];
    double[] shortfall = new double[count];
    boolean[] linkedSeries = new boolean[count];
    double tailScale = distribution == ReturnDistribution.STUDENT_T
        ? Math.sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom) * StudentT.meanAbsStudentT(degreesOfFreedom)
        : Math.sqrt(2.0 / Math.PI); // E|Z| for a standard normal
    for (int j = 0; j < count; j++) {
      AssetClassAssumption c = classes.get(classIndex[j]);
      logMean[j] = c.logMean();
      logVol[j] = c.logVolatility();
      shortfall[j] = -0.5 * tailScale * logVol[j];
      linkedSeries[j] = linked.contains(c.name());
    }
    boolean anyLinked = !linked.isEmpty();
    double linkedLogMean = Math.log1p(inflation.mean()); // ≈ E[ln(1 + π)], for the expected log return
    boolean studentT = distribution == ReturnDistribution.STUDENT_T;
    double halfDof = degreesOfFreedom / 2.0;
    double tNumerator = degreesOfFreedom - 2.0;
    double piMean = inflation.mean();
    double phi = inflation.persistence();
    double piShock = inflation.volatility() * Math.sqrt(1.0 - phi * phi);
    double[] factor = lowerFactor;
    int pathCount = paths;
    long runSeed = seed;
    int[] groupOf = group;
    double[] groupF = groupFactor;
    double[] idio = idiosyncratic;
    RateAssumption rates = billRate;
    return new FixedSizeScenarioSet(names, years, pathCount) {

      @Override
      public void fill(int path, PathScenario into) {
        SplittableRandom random = PathSeeds.random(runSeed, path);
        if (groupOf != null) {
          fillByGroups(random, into);
          finish(into, into.scratch(1, d * years), into.scratch(2, years));
          fillRates(random, into);
          return;
        }
        // Work year-major per dimension ([k][t]) so that the loops over years are plain array
        // arithmetic that the JIT turns into vector instructions.
        double[] z = into.scratch(0, d * years); // normal draws, [k·years + t]
        double[] e = into.scratch(1, d * years); // correlated shocks L·z, [i·years + t]
        double[] scale = into.scratch(2, years); // Student-t scale of each year (1 for lognormal)
        draw(random, z, d, scale);
        multiply(factor, d, z, e); // L is lower triangular: its zeros above the diagonal are skipped
        finish(into, e, scale);
        fillRates(random, into);
      }

      /**
       * The bill-rate path, drawn after every other number of the path (so that a run without a
       * rate path, or with a still one, draws the same returns and inflation).
       */
      private void fillRates(SplittableRandom random, PathScenario into) {
        into.billRates = rates != null;
        if (rates == null) {
          return;
        }
        double longRun = rates.longRun();
        double phi = rates.persistence();
        double shock = rates.volatility() * Math.sqrt(1.0 - phi * phi);
        double b = rates.start();
        into.billRate[0] = b;
        for (int t = 1; t < years; t++) {
          b = longRun + phi * (b - longRun) + (shock > 0.0 ? shock * random.nextGaussian() : 0.0);
          into.billRate[t] = b;
        }
      }

      /** The shocks e (classes, then inflation, [i·years + t]) through the group factors. */
      private void fillByGroups(SplittableRandom random, PathScenario into) {
        int gd = idio.length + 1;
        double[] z = into.scratch(0, (gd + n) * years); // factor draws, then idiosyncratic draws
        double[] e = into.scratch(1, d * years);
        double[] scale = into.scratch(2, years);
        double[] f = into.scratch(3, gd * years); // group factors F·z, [p·years + t]
        draw(random, z, gd + n, scale);
        multiply(groupF, gd, z, f);
        for (int i = 0; i < n; i++) {
          int g = groupOf[i];
          double w = idio[g];
          int out = i * years;
          int common = g * years;
          int own = (gd + i) * years;
          for (int t = 0; t < years; t++) {
            e[out + t] = f[common + t] + w * z[own + t];
          }
        }
        System.arraycopy(f, (gd - 1) * years, e, n * years, years);
      }

      /** Year by year: {@code count} standard normals into z ([k·years + t]), then the year's Student-t scale. */
      private void draw(SplittableRandom random, double[] z, int count, double[] scale) {
        for (int t = 0; t < years; t++) {
          for (int k = 0; k < count; k++) {
            z[k * years + t] = random.nextGaussian();
          }
          scale[t] = studentT ? Math.sqrt(tNumerator / (2.0 * StudentT.gamma(random, halfDof))) : 1.0;
        }
      }

      /**
       * out = M·z per year for the order × order row-major M (zero entries skipped), year-major per
       * dimension so that the loops over years are plain array arithmetic the JIT vectorises.
       */
      private void multiply(double[] m, int order, double[] z, double[] out) {
        java.util.Arrays.fill(out, 0, order * years, 0.0);
        for (int i = 0; i < order; i++) {
          int to = i * years;
          for (int k = 0; k < order; k++) {
            double c = m[i * order + k];
            if (c == 0.0) {
              continue;
            }
            int in = k * years;
            for (int t = 0; t < years; t++) {
              out[to + t] += c * z[in + t];
            }
          }
        }
      }

      /** Inflation, then log and gross returns, from the shocks e and the Student-t scales. */
      private void finish(PathScenario into, double[] e, double[] scale) {
        double[] gross = into.gross;
        double[] logs = into.logReturn;
        double previousInflation = piMean;
        int inflationShocks = n * years;
        for (int t = 0; t < years; t++) {
          double pi = piMean + phi * (previousInflation - piMean) + piShock * e[inflationShocks + t];
          into.inflation[t] = pi;
          previousInflation = pi;
        }
        for (int j = 0; j < count; j++) {
          double mean = logMean[j];
          double vol = logVol[j];
          int from = classIndex[j] * years;
          for (int t = 0; t < years; t++) {
            logs[t * count + j] = mean + vol * scale[t] * e[from + t];
          }
          if (anyLinked && linkedSeries[j]) {
            for (int t = 0; t < years; t++) {
              logs[t * count + j] += Math.log1p(into.inflation[t]);
            }
          }
        }
        Exponentials.exp(logs, gross, 0, years * count);
      }

      @Override
      public int label(int path) {
        return -1;
      }

      @Override
      public double expectedLogReturn(int s) {
        return linkedSeries[s] ? logMean[s] + linkedLogMean : logMean[s];
      }

      @Override
      public double meanShortfall(int s) {
        return shortfall[s];
      }

      @Override
      public double meanExcess(int s) {
        return -shortfall[s];
      }
    };
  }

  private static double[][] identity(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1.0;
    }
    return m;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /** Builds a run: classes, correlations (default none), inflation (default none), lognormal, 10,000 paths, seed 1. */
  public static final class Builder {
    private final List<AssetClassAssumption> classes = new ArrayList<>();
    private double[][] correlation;
    private int[] group;
    private double[][] groupCorrelation;
    private double[] inflationCorrelation;
    private final java.util.Set<String> linked = new java.util.LinkedHashSet<>();
    private RateAssumption billRate;
    private InflationAssumption inflation = InflationAssumption.NONE;
    private ReturnDistribution distribution = ReturnDistribution.LOGNORMAL;
    private double degreesOfFreedom = 5.0;
    private int paths = 10_000;
    private long seed = 1L;

    public Builder assetClass(AssetClassAssumption assumption) {
      classes.add(Checks.notNull(assumption, "asset class assumption"));
      return this;
    }

    public Builder assetClass(String name, double expectedReturn, double volatility) {
      return assetClass(new AssetClassAssumption(name, expectedReturn, volatility));
    }

    /** Correlations of the classes' log-return shocks, in the order the classes were added. */
    public Builder correlation(double[][] matrix) {
      this.correlation = matrix;
      return this;
    }

    /**
     * The classes' shocks through group factors instead of a correlation matrix (see the class
     * comment): {@code groupOf[i]} is the group of class i (in the order added) and {@code
     * correlation} the G × G correlation of the groups, whose diagonal is the correlation of two
     * members of one group (≤ 1); it must be positive semidefinite. Inflation is uncorrelated.
     */
    public Builder factors(int[] groupOf, double[][] correlation) {
      this.group = groupOf.clone();
      this.groupCorrelation = copy(correlation);
      return this;
    }

    /** Correlation of the inflation shock with each class's shock, in class order. */
    public Builder inflationCorrelation(double[] values) {
      this.inflationCorrelation = values;
      return this;
    }

    /**
     * Marks the class {@code name} as inflation-linked: its assumption states the real return, and
     * each year's nominal return is (1 + real) × (1 + π_t).
     */
    public Builder inflationLinked(String name) {
      linked.add(Checks.notBlank(name, "inflation-linked class"));
      return this;
    }

    /** A bill-rate path for every simulated future (none by default: cash and bond yields stay as they start). */
    public Builder billRate(RateAssumption assumption) {
      this.billRate = Checks.notNull(assumption, "bill rate assumption");
      return this;
    }

    public Builder inflation(InflationAssumption assumption) {
      this.inflation = assumption;
      return this;
    }

    public Builder distribution(ReturnDistribution shape) {
      this.distribution = shape;
      return this;
    }

    /** Degrees of freedom ν of the Student-t distribution (&gt; 2; 5 by default). */
    public Builder degreesOfFreedom(double nu) {
      this.degreesOfFreedom = nu;
      return this;
    }

    public Builder paths(int count) {
      this.paths = count;
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public ParametricMonteCarlo build() {
      return new ParametricMonteCarlo(this);
    }
  }
}
