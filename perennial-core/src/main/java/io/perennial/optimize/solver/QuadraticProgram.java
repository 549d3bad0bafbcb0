package io.perennial.optimize.solver;

import java.util.Arrays;

/**
 * A convex quadratic program in the solver's standard form:
 *
 * <pre>
 *   minimise    ½ xᵀ H x + cᵀ x
 *   subject to  rowLower[r] ≤ A[r]·x ≤ rowUpper[r]     (r = 0 … m−1; equal bounds make an equality)
 *               lower[j]    ≤ x[j]   ≤ upper[j]         (j = 0 … n−1; ±∞ allowed)
 * </pre>
 *
 * {@code H} is symmetric and positive semidefinite (or absent: a linear program), dense or in the
 * {@link GroupedMatrix} form of asset × account cells (never expanded). Rows are given dense and
 * also kept as their non-zero entries, which is what products read; the solver is meant for the
 * portfolio shape "many bounded variables, few general rows". Instances are immutable; the builder
 * copies what it is given.
 */
public final class QuadraticProgram {

  private final int size;
  private final GroupedMatrix hessian;
  private final double[] linear;
  private final double[][] rows;
  /** The non-zero positions and values of each row. */
  private final int[][] rowIndex;
  private final double[][] rowEntries;
  private final double[] rowLower;
  private final double[] rowUpper;
  private final double[] lower;
  private final double[] upper;

  private QuadraticProgram(Builder builder) {
    this.size = builder.size;
    this.hessian = builder.hessian;
    this.linear = builder.linear.clone();
    int m = builder.rowCount;
    this.rows = Arrays.copyOf(builder.rows, m);
    this.rowLower = Arrays.copyOf(builder.rowLower, m);
    this.rowUpper = Arrays.copyOf(builder.rowUpper, m);
    this.lower = builder.lower.clone();
    this.upper = builder.upper.clone();
    if (builder.sharedIndex != null) {
      this.rowIndex = builder.sharedIndex;
      this.rowEntries = builder.sharedEntries;
      return;
    }
    this.rowIndex = new int[m][];
    this.rowEntries = new double[m][];
    for (int r = 0; r < m; r++) {
      double[] a = rows[r];
      int count = 0;
      for (double v : a) {
        if (v != 0.0) {
          count++;
        }
      }
      int[] index = new int[count];
      double[] entries = new double[count];
      int k = 0;
      for (int j = 0; j < a.length; j++) {
        if (a[j] != 0.0) {
          index[k] = j;
          entries[k++] = a[j];
        }
      }
      rowIndex[r] = index;
      rowEntries[r] = entries;
    }
  }

  /** A builder for a program in {@code size} variables, initially unbounded with a zero objective. */
  public static Builder builder(int size) {
    return new Builder(size);
  }

  /** The number of variables n. */
  public int size() {
    return size;
  }

  /** The number of general rows m. */
  public int rowCount() {
    return rows.length;
  }

  /** Whether the objective has a quadratic part. */
  public boolean hasHessian() {
    return hessian != null;
  }

  /** H[i][j] (zero for a linear program). */
  public double hessian(int i, int j) {
    return hessian == null ? 0.0 : hessian.entry(i, j);
  }

  /** H in its grouped form, or null for a linear program. */
  GroupedMatrix hessianMatrix() {
    return hessian;
  }

  /** H·x (zeros for a linear program). */
  public double[] hessianTimes(double[] x) {
    return hessian == null ? new double[size] : hessian.times(x);
  }

  /** c[j]. */
  public double linear(int j) {
    return linear[j];
  }

  /** A[r][j]. */
  public double row(int r, int j) {
    return rows[r][j];
  }

  /** Row r of A, shared (read only). */
  double[] rowArray(int r) {
    return rows[r];
  }

  /** The positions of row r's non-zero entries, shared (read only). */
  int[] rowIndex(int r) {
    return rowIndex[r];
  }

  /** Row r's non-zero entries, in the order of {@link #rowIndex}, shared (read only). */
  double[] rowEntries(int r) {
    return rowEntries[r];
  }

  public double rowLower(int r) {
    return rowLower[r];
  }

  public double rowUpper(int r) {
    return rowUpper[r];
  }

  public double lower(int j) {
    return lower[j];
  }

  public double upper(int j) {
    return upper[j];
  }

  /** The objective ½ xᵀHx + cᵀx at {@code x}. */
  public double objective(double[] x) {
    double value = 0.0;
    for (int i = 0; i < size; i++) {
      value += linear[i] * x[i];
    }
    return hessian == null ? value : value + 0.5 * hessian.quadratic(x);
  }

  /** A[r]·x. */
  public double rowValue(int r, double[] x) {
    int[] index = rowIndex[r];
    double[] a = rowEntries[r];
    double sum = 0.0;
    for (int k = 0; k < index.length; k++) {
      sum += a[k] * x[index[k]];
    }
    return sum;
  }

  /**
   * The largest violation of any bound or row at {@code x} (0 when feasible), in the units of the
   * variables and rows.
   */
  public double maxViolation(double[] x) {
    double worst = 0.0;
    for (int j = 0; j < size; j++) {
      worst = Math.max(worst, Math.max(lower[j] - x[j], x[j] - upper[j]));
    }
    for (int r = 0; r < rows.length; r++) {
      double v = rowValue(r, x);
      worst = Math.max(worst, Math.max(rowLower[r] - v, v - rowUpper[r]));
    }
    return worst;
  }

  /**
   * A program with the objective replaced by ½ xᵀHx + cᵀx; H (may be null) is taken as it is, not
   * copied (see {@link Builder#hessianOwned}); rows and bounds are copied.
   */
  public QuadraticProgram withObjective(double[][] newHessian, double[] newLinear) {
    return withObjective(newHessian == null ? null : GroupedMatrix.dense(newHessian), newLinear);
  }

  /** A program with the objective replaced by ½ xᵀHx + cᵀx for a grouped H (may be null). */
  public QuadraticProgram withObjective(GroupedMatrix newHessian, double[] newLinear) {
    Builder builder = withSameRows();
    builder.hessian(newHessian).linear(newLinear);
    builder.lower = lower;
    builder.upper = upper;
    return new QuadraticProgram(builder);
  }

  /** A builder holding this program's constraint rows (shared, not copied) and nothing else. */
  private Builder withSameRows() {
    Builder builder = new Builder(size);
    builder.rows = rows;
    builder.sharedIndex = rowIndex;
    builder.sharedEntries = rowEntries;
    builder.rowLower = rowLower;
    builder.rowUpper = rowUpper;
    builder.rowCount = rows.length;
    return builder;
  }

  /** The same program with other variable bounds (arrays copied; everything else shared). */
  public QuadraticProgram withBounds(double[] newLower, double[] newUpper) {
    if (newLower.length != size || newUpper.length != size) {
      throw new IllegalArgumentException("bounds must have " + size + " entries");
    }
    Builder builder = withSameRows();
    builder.hessian = hessian;
    builder.linear = linear;
    for (int j = 0; j < size; j++) {
      builder.bounds(j, newLower[j], newUpper[j]);
    }
    return new QuadraticProgram(builder);
  }

  /** The same program with row r's bounds replaced (everything else shared, not copied). */
  public QuadraticProgram withRowBounds(int r, double newLower, double newUpper) {
    Builder builder = withSameRows();
    builder.hessian = hessian;
    builder.linear = linear;
    builder.rowLower = rowLower.clone();
    builder.rowUpper = rowUpper.clone();
    builder.lower = lower;
    builder.upper = upper;
    Builder.checkRange(newLower, newUpper, "row " + r);
    builder.rowLower[r] = newLower;
    builder.rowUpper[r] = newUpper;
    return new QuadraticProgram(builder);
  }

  /** Builds a {@link QuadraticProgram}; not thread-safe. */
  public static final class Builder {
    private final int size;
    private GroupedMatrix hessian;
    /** The sparse rows of the program this builder copies (its rows unchanged), or null. */
    private int[][] sharedIndex;
    private double[][] sharedEntries;
    private double[] linear;
    private double[][] rows = new double[4][];
    private double[] rowLower = new double[4];
    private double[] rowUpper = new double[4];
    private int rowCount;
    private double[] lower;
    private double[] upper;

    private Builder(int size) {
      if (size <= 0) {
        throw new IllegalArgumentException("a program needs at least one variable, got " + size);
      }
      this.size = size;
      this.linear = new double[size];
      this.lower = new double[size];
      this.upper = new double[size];
      Arrays.fill(lower, Double.NEGATIVE_INFINITY);
      Arrays.fill(upper, Double.POSITIVE_INFINITY);
    }

    /** Sets H (copied; must be n × n, finite, symmetric); null means a linear program. */
    public Builder hessian(double[][] h) {
      if (h == null) {
        hessian = null;
        return this;
      }
      if (h.length != size) {
        throw new IllegalArgumentException("hessian has " + h.length + " rows, expected " + size);
      }
      double[][] copy = new double[size][];
      for (int i = 0; i < size; i++) {
        if (h[i].length != size) {
          throw new IllegalArgumentException("hessian row " + i + " has " + h[i].length + " entries, expected " + size);
        }
        copy[i] = h[i].clone();
        for (int j = 0; j < size; j++) {
          if (!Double.isFinite(copy[i][j])) {
            throw new IllegalArgumentException("hessian[" + i + "][" + j + "] must be finite, got " + copy[i][j]);
          }
        }
      }
      hessian = GroupedMatrix.dense(copy);
      return this;
    }

    /** Sets H in grouped form (immutable, so shared); null means a linear program. */
    public Builder hessian(GroupedMatrix h) {
      if (h != null && h.size() != size) {
        throw new IllegalArgumentException("hessian has " + h.size() + " rows, expected " + size);
      }
      hessian = h;
      return this;
    }

    /**
     * Takes H without copying or checking it (for callers that build a fresh H per program); the
     * caller promises that it is n × n, finite and symmetric and will not change it afterwards.
     */
    public Builder hessianOwned(double[][] h) {
      if (h != null && h.length != size) {
        throw new IllegalArgumentException("hessian has " + h.length + " rows, expected " + size);
      }
      hessian = h == null ? null : GroupedMatrix.dense(h);
      return this;
    }

    /** Sets c (copied). */
    public Builder linear(double[] c) {
      if (c.length != size) {
        throw new IllegalArgumentException("linear part has " + c.length + " entries, expected " + size);
      }
      for (int j = 0; j < size; j++) {
        if (!Double.isFinite(c[j])) {
          throw new IllegalArgumentException("linear[" + j + "] must be finite, got " + c[j]);
        }
      }
      linear = c.clone();
      return this;
    }

    /** Sets the bounds of variable j (±∞ allowed; lower ≤ upper). */
    public Builder bounds(int j, double lowerBound, double upperBound) {
      checkRange(lowerBound, upperBound, "bounds of variable " + j);
      lower[j] = lowerBound;
      upper[j] = upperBound;
      return this;
    }

    /** Adds the row {@code lowerBound ≤ a·x ≤ upperBound} (a copied) and returns its index. */
    public int row(double[] a, double lowerBound, double upperBound) {
      if (a.length != size) {
        throw new IllegalArgumentException("row has " + a.length + " entries, expected " + size);
      }
      checkRange(lowerBound, upperBound, "row " + rowCount);
      if (rowCount == rows.length) {
        rows = Arrays.copyOf(rows, 2 * rowCount);
        rowLower = Arrays.copyOf(rowLower, 2 * rowCount);
        rowUpper = Arrays.copyOf(rowUpper, 2 * rowCount);
      }
      rows[rowCount] = a.clone();
      rowLower[rowCount] = lowerBound;
      rowUpper[rowCount] = upperBound;
      return rowCount++;
    }

    public QuadraticProgram build() {
      return new QuadraticProgram(this);
    }

    private static void checkRange(double low, double high, String what) {
      if (Double.isNaN(low) || Double.isNaN(high) || low > high
          || low == Double.POSITIVE_INFINITY || high == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException(what + " must satisfy lower ≤ upper, got [" + low + ", " + high + "]");
      }
    }
  }
}
