package io.perennial.estimate;

/**
 * Second, deliberately naive implementations of the estimators' formulas, written the way the
 * references state them (pandas' two-pass pairwise covariance, the literal matrix products of
 * PyPortfolioOpt's Ledoit-Wolf code), to check the optimised code against.
 */
final class TwoPass {

  private TwoPass() {}

  record Shrunk(double[][] covariance, double shrinkage) {}

  static double covariance(double[] x, double[] y) {
    int n = 0;
    double sx = 0;
    double sy = 0;
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        n++;
        sx += x[t];
        sy += y[t];
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double mx = sx / n;
    double my = sy / n;
    double s = 0;
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        s += (x[t] - mx) * (y[t] - my);
      }
    }
    return s / (n - 1);
  }

  static double exponentialCovariance(double[] x, double[] y, double span) {
    double mx = mean(x);
    double my = mean(y);
    double alpha = 2.0 / (span + 1.0);
    int last = x.length - 1;
    double num = 0;
    double den = 0;
    for (int t = 0; t <= last; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        double w = Math.pow(1 - alpha, last - t);
        num += w * (x[t] - mx) * (y[t] - my);
        den += w;
      }
    }
    return num / den;
  }

  private static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return s / n;
  }

  /** PyPortfolioOpt's three Ledoit-Wolf targets, matrix by matrix, on X = nan_to_num(returns). */
  static Shrunk ledoitWolf(ReturnTable returns, ShrinkageTarget target) {
    int t = returns.size();
    int n = returns.width();
    double[][] x = new double[t][n]; // periods × assets, as NumPy
    for (int i = 0; i < n; i++) {
      double[] c = returns.column(i);
      for (int k = 0; k < t; k++) {
        x[k][i] = Double.isNaN(c[k]) ? 0 : c[k];
      }
    }
    double[][] xm = new double[t][n];
    for (int i = 0; i < n; i++) {
      double m = 0;
      for (int k = 0; k < t; k++) {
        m += x[k][i];
      }
      m /= t;
      for (int k = 0; k < t; k++) {
        xm[k][i] = x[k][i] - m;
      }
    }
    double[][] emp = scale(mul(transpose(xm), xm), 1.0 / t);
    return switch (target) {
      case CONSTANT_VARIANCE -> constantVariance(xm, emp, t, n);
      case SINGLE_FACTOR -> singleFactor(xm, emp, t, n);
      case CONSTANT_CORRELATION -> constantCorrelation(returns, xm, t, n);
    };
  }

  private static Shrunk constantVariance(double[][] xm, double[][] emp, int t, int n) {
    double trace = 0;
    for (int i = 0; i < n; i++) {
      trace += emp[i][i];
    }
    double mu = trace / n;
    double[][] x2 = square(xm);
    double beta_ = sum(mul(transpose(x2), x2));
    double delta_ = sum(square(mul(transpose(xm), xm))) / ((double) t * t);
    double beta = 1.0 / (n * t) * (beta_ / t - delta_);
    double delta = (delta_ - 2.0 * mu * trace + n * mu * mu) / n;
    beta = Math.min(beta, delta);
    double s = beta == 0 ? 0 : beta / delta;
    double[][] out = scale(emp, 1 - s);
    for (int i = 0; i < n; i++) {
      out[i][i] += s * mu;
    }
    return new Shrunk(out, s);
  }

  private static Shrunk singleFactor(double[][] xm, double[][] sample, int t, int n) {
    double[][] xmkt = new double[t][1];
    for (int k = 0; k < t; k++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += xm[k][i];
      }
      xmkt[k][0] = s / n;
    }
    double[] betas = new double[n];
    double varmkt = 0;
    for (int k = 0; k < t; k++) {
      varmkt += xmkt[k][0] * xmkt[k][0];
    }
    varmkt /= t;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = 0; k < t; k++) {
        s += xm[k][i] * xmkt[k][0];
      }
      betas[i] = s / t;
    }
    double[][] f = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        f[i][j] = i == j ? sample[i][i] : betas[i] * betas[j] / varmkt;
      }
    }
    double c = sum(square(minus(sample, f)));
    double[][] y = square(xm);
    double p = sum(mul(transpose(y), y)) / t - sum(square(sample));
    double rdiag = sum(square(y)) / t;
    for (int i = 0; i < n; i++) {
      rdiag -= sample[i][i] * sample[i][i];
    }
    double[][] z = new double[t][n];
    for (int k = 0; k < t; k++) {
      for (int i = 0; i < n; i++) {
        z[k][i] = xm[k][i] * xmkt[k][0];
      }
    }
    double[][] v1 = scale(mul(transpose(y), z), 1.0 / t);
    double[][] v3 = scale(mul(transpose(z), z), 1.0 / t);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v1[i][j] -= betas[i] * sample[i][j];
        v3[i][j] -= varmkt * sample[i][j];
      }
    }
    double roff1 = 0;
    double roff3 = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        roff1 += v1[i][j] * betas[j] / varmkt;
        roff3 += v3[i][j] * betas[i] * betas[j] / (varmkt * varmkt);
      }
      roff1 -= v1[i][i] * betas[i] / varmkt;
      roff3 -= v3[i][i] * betas[i] * betas[i] / (varmkt * varmkt);
    }
    double r = rdiag + 2 * roff1 - roff3;
    double delta = Math.max(0, Math.min(1, (p - r) / c / t));
    return new Shrunk(plus(scale(f, delta), scale(sample, 1 - delta)), delta);
  }

  private static Shrunk constantCorrelation(ReturnTable returns, double[][] xm, int t, int n) {
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        s[i][j] = covariance(returns.column(i), returns.column(j));
      }
    }
    double[] std = new double[n];
    for (int i = 0; i < n; i++) {
      std[i] = Math.sqrt(s[i][i]);
    }
    double corr = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        corr += s[i][j] / (std[i] * std[j]);
      }
    }
    double rBar = (corr - n) / (n * (n - 1.0));
    double[][] f = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        f[i][j] = i == j ? s[i][i] : rBar * std[i] * std[j];
      }
    }
    double[][] y = square(xm);
    double[][] help = scale(mul(transpose(xm), xm), 1.0 / t);
    double[][] yy = scale(mul(transpose(y), y), 1.0 / t);
    double[][] cube = new double[t][n];
    for (int k = 0; k < t; k++) {
      for (int i = 0; i < n; i++) {
        cube[k][i] = xm[k][i] * xm[k][i] * xm[k][i];
      }
    }
    double[][] term1 = scale(mul(transpose(cube), xm), 1.0 / t);
    double piHat = 0;
    double piDiag = 0;
    double thetaSum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double pi = yy[i][j] - 2 * help[i][j] * s[i][j] + s[i][j] * s[i][j];
        piHat += pi;
        if (i == j) {
          piDiag += pi;
        } else {
          double theta = term1[i][j] - help[i][i] * s[i][j] - help[i][j] * s[i][i] + s[i][i] * s[i][j];
          thetaSum += std[j] / std[i] * theta;
        }
      }
    }
    double rho = piDiag + rBar * thetaSum;
    double gamma = sum(square(minus(s, f)));
    double delta = Math.max(0, Math.min(1, (piHat - rho) / gamma / t));
    return new Shrunk(plus(scale(f, delta), scale(s, 1 - delta)), delta);
  }

  private static double[][] transpose(double[][] a) {
    double[][] out = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[j][i] = a[i][j];
      }
    }
    return out;
  }

  private static double[][] mul(double[][] a, double[][] b) {
    double[][] out = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b[0].length; j++) {
        double s = 0;
        for (int k = 0; k < b.length; k++) {
          s += a[i][k] * b[k][j];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  private static double[][] scale(double[][] a, double f) {
    double[][] out = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[i][j] = a[i][j] * f;
      }
    }
    return out;
  }

  private static double[][] square(double[][] a) {
    double[][] out = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[i][j] = a[i][j] * a[i][j];
      }
    }
    return out;
  }

  private static double[][] minus(double[][] a, double[][] b) {
    return plus(a, scale(b, -1));
  }

  private static double[][] plus(double[][] a, double[][] b) {
    double[][] out = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[i][j] = a[i][j] + b[i][j];
      }
    }
    return out;
  }

  private static double sum(double[][] a) {
    double s = 0;
    for (double[] row : a) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }
}
