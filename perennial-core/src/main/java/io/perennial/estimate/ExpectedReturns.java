package io.perennial.estimate;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * Expected annual returns per asset, decimal fractions per year (0.08 = 8 %), with the number of
 * periodic returns each was estimated from and the estimator that made them. An asset without
 * returns has NaN.
 */
public final class ExpectedReturns {

  private final List<AssetId> assets;
  private final double[] values;
  private final int[] observations;
  private final ExpectedReturnEstimator estimator;

  ExpectedReturns(List<AssetId> assets, double[] values, int[] observations, ExpectedReturnEstimator estimator) {
    this.assets = List.copyOf(assets);
    this.values = values.clone();
    this.observations = observations.clone();
    this.estimator = estimator;
  }

  public List<AssetId> assets() {
    return assets;
  }

  /** The expected annual returns, in the order of {@link #assets()} (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The expected annual return of {@code asset}. */
  public double get(AssetId asset) {
    int i = assets.indexOf(asset);
    if (i < 0) {
      throw new InvalidInputException("no expected return for " + asset);
    }
    return values[i];
  }

  /** How many periodic returns each estimate used (a copy). */
  public int[] observations() {
    return observations.clone();
  }

  public ExpectedReturnEstimator estimator() {
    return estimator;
  }

  @Override
  public String toString() {
    return "ExpectedReturns[" + estimator + ", " + assets.size() + " assets, " + Arrays.toString(values) + "]";
  }
}
