package io.perennial.project;

/**
 * A reusable buffer holding one path's returns: for each year t and series s, the gross return
 * G = 1 + R and the log return ln G (index {@code t · series + s}), and the year's inflation
 * (a fraction), and, from sources that model it, the year's bill rate. One buffer per worker thread; {@link ScenarioSet#fill} overwrites it.
 */
public final class PathScenario {

  final int years;
  final int series;
  final double[] gross;
  final double[] logReturn;
  final double[] inflation;
  final double[] billRate;
  /** Whether the source filled {@link #billRate} (parametric Monte Carlo with a rate path). */
  boolean billRates;
  private final double[][] scratch = {new double[0], new double[0], new double[0], new double[0]};

  public PathScenario(int years, int series) {
    this.years = years;
    this.series = series;
    this.gross = new double[years * series];
    this.logReturn = new double[years * series];
    this.inflation = new double[years];
    this.billRate = new double[years];
  }

  /**
   * Working space number {@code which} (0–3) for the source that fills this buffer, reused from
   * path to path. Separate arrays, so that loops reading one and writing another are known not
   * to overlap (and can be vectorised).
   */
  double[] scratch(int which, int size) {
    if (scratch[which].length < size) {
      scratch[which] = new double[size];
    }
    return scratch[which];
  }

  /** The gross return 1 + R of series {@code s} in year {@code t} (0-based). */
  public double gross(int t, int s) {
    return gross[t * series + s];
  }

  /** The log return ln(1 + R) of series {@code s} in year {@code t}. */
  public double logReturn(int t, int s) {
    return logReturn[t * series + s];
  }

  /** The inflation of year {@code t}, a fraction. */
  public double inflation(int t) {
    return inflation[t];
  }

  /** The bill rate of year {@code t} (year 0: today's), a fraction, when {@link #hasBillRates()}. */
  public double billRate(int t) {
    return billRate[t];
  }

  /** Whether this path has a bill-rate path (else cash and bond yields stay as they start). */
  public boolean hasBillRates() {
    return billRates;
  }

  public int years() {
    return years;
  }

  public int series() {
    return series;
  }
}
