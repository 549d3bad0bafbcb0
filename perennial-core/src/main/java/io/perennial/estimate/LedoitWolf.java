package io.perennial.estimate;

import io.perennial.basics.InvalidInputException;
/**
 * Ledoit-Wolf shrinkage of daily (periodic) covariances, computed exactly as PyPortfolioOpt's
 * {@code CovarianceShrinkage.ledoit_wolf} (not annualised here). As there, the returns are the
 * table's returns with missing values replaced by 0 ({@code np.nan_to_num}), {@code t} periods and
 * {@code n} assets, and {@code Xm} those returns minus their column means (zeros included).
 *
 * <p>The sums that PyPortfolioOpt writes as products of n × n matrices and then reduces to a
 * scalar are evaluated here as sums over periods of sums over assets (the same terms in another
 * order), so only the n × n Gram matrix {@code XmᵀXm} costs O(n²t).
 */
final class LedoitWolf {

  /** A shrunk covariance and its shrinkage intensity δ ∈ [0, 1] (weight of the target). */
  record Shrunk(double[][] covariance, double shrinkage) {}

  private final int t;
  private final int n;
  /** Xm: [asset][period]. */
  private final double[][] xm;
  /** XmᵀXm / t. */
  private final double[][] biased;

  private LedoitWolf(ReturnTable returns) {
    t = returns.size();
    n = returns.width();
    xm = new double[n][t];
    for (int i = 0; i < n; i++) {
      double[] r = returns.columnView(i);
      double sum = 0;
      for (int k = 0; k < t; k++) {
        double v = Double.isNaN(r[k]) ? 0.0 : r[k];
        xm[i][k] = v;
        sum += v;
      }
      double mean = sum / t;
      for (int k = 0; k < t; k++) {
        xm[i][k] -= mean;
      }
    }
    int[] first = new int[n];
    int[] end = new int[n];
    java.util.Arrays.fill(end, t);
    biased = CrossProducts.gram(xm, first, end);
    for (double[] row : biased) {
      for (int j = 0; j < n; j++) {
        row[j] /= t;
      }
    }
  }

  static Shrunk estimate(ReturnTable returns, ShrinkageTarget target) {
    if (returns.size() < 2) {
      throw new InvalidInputException("Ledoit-Wolf shrinkage needs at least 2 periods of returns, got " + returns.size());
    }
    LedoitWolf lw = new LedoitWolf(returns);
    return switch (target) {
      case CONSTANT_VARIANCE -> lw.constantVariance();
      case SINGLE_FACTOR -> lw.singleFactor();
      case CONSTANT_CORRELATION -> lw.constantCorrelation(PairwiseCovariance.sample(returns));
    };
  }

  /**
   * scikit-learn's {@code ledoit_wolf}: S = XmᵀXm/t, μ = tr(S)/n,
   * {@code β = (Σ_t (Σ_i x_ti²)² / t − ‖S‖²_F) / (n t)}, {@code δ² = ‖S − μI‖²_F / n},
   * shrinkage {@code min(β, δ²)/δ²}; result {@code (1 − s)S + sμI}. With one asset, s = 0.
   */
  private Shrunk constantVariance() {
    if (n == 1) {
      return new Shrunk(new double[][] {{biased[0][0]}}, 0.0);
    }
    double trace = 0;
    double frobenius = 0;
    for (int i = 0; i < n; i++) {
      trace += biased[i][i];
      for (int j = 0; j < n; j++) {
        frobenius += biased[i][j] * biased[i][j];
      }
    }
    double mu = trace / n;
    double betaSum = 0;
    for (int k = 0; k < t; k++) {
      double rowSquares = 0;
      for (int i = 0; i < n; i++) {
        rowSquares += xm[i][k] * xm[i][k];
      }
      betaSum += rowSquares * rowSquares;
    }
    double beta = (betaSum / t - frobenius) / ((double) n * t);
    double delta = (frobenius - 2.0 * mu * trace + n * mu * mu) / n;
    beta = Math.min(beta, delta);
    double shrinkage = beta == 0 ? 0.0 : beta / delta;
    double[][] shrunk = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        shrunk[i][j] = (1.0 - shrinkage) * biased[i][j];
      }
      shrunk[i][i] += shrinkage * mu;
    }
    return new Shrunk(shrunk, shrinkage);
  }

  /**
   * PyPortfolioOpt's {@code _ledoit_wolf_single_factor} (after Ledoit &amp; Wolf's {@code covMarket.m}):
   * market {@code m_t = mean_i Xm_ti}; {@code S = XmᵀXm/t}; {@code β_i = Σ_t Xm_ti m_t / t};
   * {@code σ²_m = Σ m_t²/t}; target {@code F = ββᵀ/σ²_m} with diagonal {@code diag(S)};
   * {@code c = ‖S − F‖²}, {@code p = Σ_ij (Σ_t y_ti y_tj)/t − ‖S‖²} with {@code y = Xm²},
   * {@code r = r_diag + 2 r_off1 − r_off3}; intensity {@code clip((p − r)/c / t, 0, 1)}.
   */
  private Shrunk singleFactor() {
    double[] market = new double[t];
    for (int i = 0; i < n; i++) {
      double[] x = xm[i];
      for (int k = 0; k < t; k++) {
        market[k] += x[k];
      }
    }
    for (int k = 0; k < t; k++) {
      market[k] /= n;
    }
    double varMarket = 0;
    for (int k = 0; k < t; k++) {
      varMarket += market[k] * market[k];
    }
    varMarket /= t;
    if (!(varMarket > 0)) {
      // No market variance (all returns constant): the target is undefined; keep the sample.
      return new Shrunk(combine(biased, biased, 0.0), 0.0);
    }
    double[] beta = new double[n];
    for (int i = 0; i < n; i++) {
      beta[i] = CrossProducts.dot(xm[i], market, 0, t) / t;
    }
    double[][] s = biased;
    double[][] f = new double[n][n];
    double c = 0;
    double frobenius = 0;
    double betaSBeta = 0;
    double diagSquares = 0;
    double betaSquaredDiag = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        f[i][j] = i == j ? s[i][i] : beta[i] * beta[j] / varMarket;
        double d = s[i][j] - f[i][j];
        c += d * d;
        frobenius += s[i][j] * s[i][j];
        betaSBeta += beta[i] * s[i][j] * beta[j];
      }
      diagSquares += s[i][i] * s[i][i];
      betaSquaredDiag += beta[i] * beta[i] * s[i][i];
    }
    // Sums over periods of per-period sums over assets.
    double pSum = 0; // Σ_t (Σ_i y_ti)²
    double fourth = 0; // Σ_t Σ_i Xm_ti⁴
    double v1All = 0; // Σ_t Y_t m_t (Xm β)_t = Σ_ij Σ_t y_ti z_tj β_j
    double v1Diag = 0; // Σ_t m_t Σ_i Xm_ti³ β_i
    double v3All = 0; // Σ_t m_t² (Xm β)_t²
    double v3Diag = 0; // Σ_t m_t² Σ_i Xm_ti² β_i²
    for (int k = 0; k < t; k++) {
      double y = 0;
      double y2 = 0;
      double xb = 0;
      double x3b = 0;
      double x2b2 = 0;
      for (int i = 0; i < n; i++) {
        double x = xm[i][k];
        double x2 = x * x;
        y += x2;
        y2 += x2 * x2;
        xb += x * beta[i];
        x3b += x2 * x * beta[i];
        x2b2 += x2 * beta[i] * beta[i];
      }
      double m = market[k];
      pSum += y * y;
      fourth += y2;
      v1All += y * m * xb;
      v1Diag += m * x3b;
      v3All += m * m * xb * xb;
      v3Diag += m * m * x2b2;
    }
    double p = pSum / t - frobenius;
    double rDiag = fourth / t - diagSquares;
    double sumV1 = v1All / t - betaSBeta;
    double sumDiagV1 = v1Diag / t - betaSquaredDiag;
    double rOff1 = (sumV1 - sumDiagV1) / varMarket;
    double sumV3 = v3All / t - varMarket * betaSBeta;
    double sumDiagV3 = v3Diag / t - varMarket * betaSquaredDiag;
    double rOff3 = (sumV3 - sumDiagV3) / (varMarket * varMarket);
    double r = rDiag + 2 * rOff1 - rOff3;
    double shrinkage = c == 0 ? 0.0 : clip((p - r) / c / t);
    return new Shrunk(combine(f, s, shrinkage), shrinkage);
  }

  /**
   * PyPortfolioOpt's {@code _ledoit_wolf_constant_correlation} (after Ledoit &amp; Wolf's
   * {@code covCor.m}), with S the <b>pairwise</b> sample covariance (n − 1) of the returns with
   * their gaps, as PyPortfolioOpt passes {@code self.X.cov()}, while π̂ and ρ̂ use the zero-filled
   * {@code Xm}: {@code r̄} = mean off-diagonal correlation; {@code F_ij = r̄ √(s_ii s_jj)};
   * {@code π̂ = Σ_ij [Σ_t y_ti y_tj / t − 2 H_ij S_ij + S_ij²]} with {@code H = XmᵀXm/t};
   * {@code ρ̂ = Σ_i π̂_ii + r̄ Σ_{i≠j} θ_ij √(s_jj/s_ii)}; {@code γ̂ = ‖S − F‖²};
   * intensity {@code clip((π̂ − ρ̂)/γ̂ / t, 0, 1)}.
   */
  private Shrunk constantCorrelation(double[][] s) {
    if (n < 2) {
      return new Shrunk(new double[][] {{s[0][0]}}, 0.0);
    }
    double[] std = new double[n];
    for (int i = 0; i < n; i++) {
      std[i] = Math.sqrt(s[i][i]);
    }
    double correlationSum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        correlationSum += s[i][j] / (std[i] * std[j]);
      }
    }
    double rBar = (correlationSum - n) / ((double) n * (n - 1));
    double[][] f = new double[n][n];
    double gamma = 0;
    double hs = 0; // Σ_ij H_ij S_ij
    double ss = 0; // Σ_ij S_ij²
    double theta234 = 0; // Σ_{i≠j} (−H_ii S_ij − H_ij s_ii + s_ii S_ij) std_j / std_i
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        f[i][j] = i == j ? s[i][i] : rBar * std[i] * std[j];
        double d = s[i][j] - f[i][j];
        gamma += d * d;
        double h = biased[i][j];
        hs += h * s[i][j];
        ss += s[i][j] * s[i][j];
        if (i != j) {
          double ratio = std[j] / std[i];
          theta234 += (-biased[i][i] * s[i][j] - h * s[i][i] + s[i][i] * s[i][j]) * ratio;
        }
      }
    }
    double pSum = 0; // Σ_t (Σ_i y_ti)²
    double[] fourthByAsset = new double[n]; // Σ_t Xm_ti⁴
    double term1 = 0; // Σ_t (Σ_i Xm_ti³/std_i)(Σ_j Xm_tj std_j)
    for (int k = 0; k < t; k++) {
      double y = 0;
      double a = 0;
      double b = 0;
      for (int i = 0; i < n; i++) {
        double x = xm[i][k];
        double x2 = x * x;
        y += x2;
        fourthByAsset[i] += x2 * x2;
        a += x2 * x / std[i];
        b += x * std[i];
      }
      pSum += y * y;
      term1 += a * b;
    }
    double fourth = 0;
    double piDiag = 0;
    for (int i = 0; i < n; i++) {
      fourth += fourthByAsset[i];
      piDiag += fourthByAsset[i] / t - 2 * biased[i][i] * s[i][i] + s[i][i] * s[i][i];
    }
    double piHat = pSum / t - 2 * hs + ss;
    double thetaSum = (term1 - fourth) / t + theta234;
    double rhoHat = piDiag + rBar * thetaSum;
    double shrinkage = gamma == 0 ? 0.0 : clip((piHat - rhoHat) / gamma / t);
    return new Shrunk(combine(f, s, shrinkage), shrinkage);
  }

  private static double clip(double k) {
    return Double.isNaN(k) ? 0.0 : Math.max(0.0, Math.min(1.0, k));
  }

  private static double[][] combine(double[][] target, double[][] sample, double shrinkage) {
    int n = sample.length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = shrinkage * target[i][j] + (1 - shrinkage) * sample[i][j];
      }
    }
    return out;
  }
}
