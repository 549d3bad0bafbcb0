package io.perennial.project;

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of a quantity across paths, one value per year
 * (index 0 = the first year). Percentiles interpolate linearly between order statistics.
 */
public record PercentileBands(double[] p5, double[] p25, double[] p50, double[] p75, double[] p95) {

  /** The percentile levels, as fractions. */
  static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

  public PercentileBands {
    p5 = p5.clone();
    p25 = p25.clone();
    p50 = p50.clone();
    p75 = p75.clone();
    p95 = p95.clone();
  }

  @Override
  public double[] p5() {
    return p5.clone();
  }

  @Override
  public double[] p25() {
    return p25.clone();
  }

  @Override
  public double[] p50() {
    return p50.clone();
  }

  @Override
  public double[] p75() {
    return p75.clone();
  }

  @Override
  public double[] p95() {
    return p95.clone();
  }

  public int years() {
    return p50.length;
  }
}
