package io.perennial.estimate;

/**
 * Pairwise-complete covariances of periodic returns, not annualised: for each pair, only the
 * periods where both returns are present count (pandas {@code DataFrame.cov}, and PyPortfolioOpt's
 * {@code _pair_exp_cov}).
 */
final class PairwiseCovariance {

  private PairwiseCovariance() {}

  /**
   * The sample covariance per pair: {@code Σ (x − x̄)(y − ȳ) / (n − 1)} over the n common periods,
   * with x̄, ȳ the means over those same periods. NaN for a pair with fewer than two common periods.
   *
   * <p>Computed in one pass from the columns centred on their own means {@code c}: with
   * {@code G = Σ c_x c_y}, {@code S_x = Σ c_x} and {@code S_y = Σ c_y} over the common periods,
   * {@code cov = (G − S_x S_y / n) / (n − 1)}, which equals the two-pass formula (a shift of either
   * series leaves a covariance unchanged) and keeps the terms small. {@code S_x}, {@code S_y} and n
   * come from prefix sums when one column of the pair has no gaps, else from one masked pass.
   */
  static double[][] sample(ReturnTable returns) {
    PreparedColumns p = PreparedColumns.of(returns);
    double[][] g = CrossProducts.gram(p.centred, p.first, p.end);
    double[][] prefix = new double[p.width][];
    double[][] countPrefix = new double[p.width][];
    for (int i = 0; i < p.width; i++) {
      prefix[i] = CrossProducts.prefixSums(p.centred[i]);
      if (!p.gapless[i]) {
        countPrefix[i] = CrossProducts.prefixSums(p.mask[i]);
      }
    }
    double[][] cov = new double[p.width][p.width];
    for (int i = 0; i < p.width; i++) {
      for (int j = i; j < p.width; j++) {
        int lo = p.lo(i, j);
        int hi = p.hi(i, j);
        double n;
        double sumI;
        double sumJ;
        if (hi <= lo) {
          n = 0;
          sumI = 0;
          sumJ = 0;
        } else if (p.gapless[i] && p.gapless[j]) {
          n = hi - lo;
          sumI = prefix[i][hi] - prefix[i][lo];
          sumJ = prefix[j][hi] - prefix[j][lo];
        } else if (p.gapless[j]) {
          // j present throughout [lo, hi): Σ c_i over it is i's sum on the common periods.
          n = countPrefix[i][hi] - countPrefix[i][lo];
          sumI = prefix[i][hi] - prefix[i][lo];
          sumJ = CrossProducts.dot(p.centred[j], p.mask[i], lo, hi);
        } else if (p.gapless[i]) {
          n = countPrefix[j][hi] - countPrefix[j][lo];
          sumJ = prefix[j][hi] - prefix[j][lo];
          sumI = CrossProducts.dot(p.centred[i], p.mask[j], lo, hi);
        } else {
          n = CrossProducts.dot(p.mask[i], p.mask[j], lo, hi);
          sumI = CrossProducts.dot(p.centred[i], p.mask[j], lo, hi);
          sumJ = CrossProducts.dot(p.centred[j], p.mask[i], lo, hi);
        }
        double value = n < 2 ? Double.NaN : (g[i][j] - sumI * sumJ / n) / (n - 1);
        cov[i][j] = value;
        cov[j][i] = value;
      }
    }
    return cov;
  }

  /**
   * The exponentially weighted covariance per pair, as PyPortfolioOpt's {@code exp_cov}: the
   * products {@code (x_t − x̄)(y_t − ȳ)} with x̄, ȳ each series' mean over all its present periods,
   * averaged over the common periods with weights {@code (1 − α)^(T−1−t)} (the latest period has
   * weight 1, α = 2/(span + 1)), normalised to sum to 1 over the periods present (pandas
   * {@code ewm(span, adjust=True).mean().iloc[-1]}). NaN for a pair without common periods.
   */
  static double[][] exponential(ReturnTable returns, double span) {
    PreparedColumns p = PreparedColumns.of(returns);
    int periods = p.periods;
    double decay = 1.0 - 2.0 / (span + 1.0);
    double[] weight = new double[periods];
    double[] root = new double[periods];
    double w = 1.0;
    for (int t = periods - 1; t >= 0; t--) {
      weight[t] = w;
      root[t] = Math.sqrt(w);
      w *= decay;
    }
    double[][] scaled = new double[p.width][periods];
    double[][] weightPrefix = new double[p.width][];
    double[] allWeightPrefix = CrossProducts.prefixSums(weight);
    for (int i = 0; i < p.width; i++) {
      double[] c = p.centred[i];
      double[] u = scaled[i];
      for (int t = p.first[i]; t < p.end[i]; t++) {
        u[t] = c[t] * root[t];
      }
      if (!p.gapless[i]) {
        double[] wm = new double[periods];
        for (int t = 0; t < periods; t++) {
          wm[t] = weight[t] * p.mask[i][t];
        }
        weightPrefix[i] = CrossProducts.prefixSums(wm);
      }
    }
    double[][] g = CrossProducts.gram(scaled, p.first, p.end);
    double[][] cov = new double[p.width][p.width];
    for (int i = 0; i < p.width; i++) {
      for (int j = i; j < p.width; j++) {
        int lo = p.lo(i, j);
        int hi = p.hi(i, j);
        double value;
        if (hi <= lo) {
          value = Double.NaN;
        } else {
          double weights;
          if (p.gapless[i] && p.gapless[j]) {
            weights = allWeightPrefix[hi] - allWeightPrefix[lo];
          } else if (p.gapless[j]) {
            weights = weightPrefix[i][hi] - weightPrefix[i][lo];
          } else if (p.gapless[i]) {
            weights = weightPrefix[j][hi] - weightPrefix[j][lo];
          } else {
            weights = CrossProducts.dot(weight, p.mask[i], p.mask[j], lo, hi);
          }
          value = weights > 1e-200 ? g[i][j] / weights : exponentialPair(p, i, j, decay);
        }
        cov[i][j] = value;
        cov[j][i] = value;
      }
    }
    return cov;
  }

  /**
   * One pair with weights relative to the pair's last common period, for pairs whose common
   * periods lie so far back that the global weights underflow (the ratio is the same).
   */
  private static double exponentialPair(PreparedColumns p, int i, int j, double decay) {
    double numerator = 0;
    double denominator = 0;
    double w = 1.0;
    boolean started = false;
    for (int t = p.hi(i, j) - 1; t >= p.lo(i, j); t--) {
      boolean both = present(p, i, t) && present(p, j, t);
      if (both) {
        started = true;
        numerator += w * p.centred[i][t] * p.centred[j][t];
        denominator += w;
      }
      if (started) {
        w *= decay;
      }
    }
    return denominator > 0 ? numerator / denominator : Double.NaN;
  }

  private static boolean present(PreparedColumns p, int i, int t) {
    return t >= p.first[i] && t < p.end[i] && (p.gapless[i] || p.mask[i][t] != 0.0);
  }
}
