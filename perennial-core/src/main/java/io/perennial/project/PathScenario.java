package io.perennial.project;

/**
 * A reusable buffer holding one path's returns: for each year t and series s, the gross return
 * G = 1 + R and the log return ln G (index {@code t · series + s}), and the year's inflation
 * (a fraction). One buffer per worker thread; {@link ScenarioSet#fill} overwrites it.
 */
public final class PathScenario {

  final int years;
  final int series;
  final double[] gross;
  final double[] logReturn;
  final double[] inflation;
  private double[] scratch = new double[0];

  public PathScenario(int years, int series) {
    this.years = years;
    this.series = series;
    this.gross = new double[years * series];
    this.logReturn = new double[years * series];
    this.inflation = new double[years];
  }

  /** Working space for the source that fills this buffer (reused from path to path). */
  double[] scratch(int size) {
    if (scratch.length < size) {
      scratch = new double[size];
    }
    return scratch;
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

  public int years() {
    return years;
  }

  public int series() {
    return series;
  }
}
