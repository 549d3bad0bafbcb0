package io.perennial.estimate;

import io.perennial.basics.Checks;

/**
 * How expected annual returns are estimated from periodic simple returns. Each estimator follows
 * PyPortfolioOpt's {@code expected_returns} module, so that optimisations on the same prices give
 * the same numbers. Results are decimal fractions per year.
 */
public sealed interface ExpectedReturnEstimator
    permits ExpectedReturnEstimator.MeanHistorical, ExpectedReturnEstimator.ExponentiallyWeighted {

  /** Estimates every asset of {@code returns}, each over its own present returns. */
  ExpectedReturns estimate(ReturnTable returns);

  /** Periods per year used to annualise (252 trading days, 52 weeks, 12 months, 1 year). */
  int frequency();

  /**
   * The historical mean (PyPortfolioOpt {@code mean_historical_return}). Over the n present returns
   * of each asset: geometric {@code (Π (1 + r_t))^(frequency/n) − 1}; arithmetic
   * {@code mean(r) × frequency}.
   */
  record MeanHistorical(Compounding compounding, int frequency) implements ExpectedReturnEstimator {

    public MeanHistorical {
      Checks.notNull(compounding, "compounding");
      Checks.positive(frequency, "frequency");
    }

    /** Geometric mean over daily returns (252 per year): PyPortfolioOpt's default. */
    public static MeanHistorical geometricDaily() {
      return new MeanHistorical(Compounding.GEOMETRIC, 252);
    }

    @Override
    public ExpectedReturns estimate(ReturnTable returns) {
      int n = returns.width();
      double[] values = new double[n];
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        double[] r = returns.columnView(i);
        int count = 0;
        double sum = 0;
        double logGrowth = 0;
        for (double value : r) {
          if (!Double.isNaN(value)) {
            count++;
            sum += value;
            logGrowth += Math.log1p(value);
          }
        }
        counts[i] = count;
        if (count == 0) {
          values[i] = Double.NaN;
        } else if (compounding == Compounding.GEOMETRIC) {
          // (Π(1 + r))^(f/n) − 1, through logarithms so that long histories cannot overflow.
          values[i] = Math.expm1(logGrowth * frequency / count);
        } else {
          values[i] = sum / count * frequency;
        }
      }
      return new ExpectedReturns(returns.assets(), values, counts, this);
    }

    @Override
    public String toString() {
      return "mean-historical (" + compounding.name().toLowerCase(java.util.Locale.ROOT) + ", " + frequency + " periods/year)";
    }
  }

  /**
   * The exponentially weighted mean (PyPortfolioOpt {@code ema_historical_return}, pandas
   * {@code ewm(span, adjust=True).mean()} at the last period): {@code m = Σ w_t r_t / Σ w_t} over
   * the present returns, {@code w_t = (1 − α)^(T−1−t)} by position (the latest period has weight 1,
   * missing periods still age the older ones), {@code α = 2/(span + 1)}. Geometric
   * {@code (1 + m)^frequency − 1}; arithmetic {@code m × frequency}. PyPortfolioOpt's default span is 500.
   */
  record ExponentiallyWeighted(Compounding compounding, double span, int frequency) implements ExpectedReturnEstimator {

    public ExponentiallyWeighted {
      Checks.notNull(compounding, "compounding");
      Checks.check(Double.isFinite(span) && span >= 1, "span must be at least 1 period, got " + span);
      Checks.positive(frequency, "frequency");
    }

    @Override
    public ExpectedReturns estimate(ReturnTable returns) {
      double decay = 1.0 - 2.0 / (span + 1.0);
      int n = returns.width();
      double[] values = new double[n];
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        double[] r = returns.columnView(i);
        // Weights relative to the asset's last present return: the same ratio, without underflow.
        double numerator = 0;
        double denominator = 0;
        double weight = 1.0;
        int count = 0;
        for (int t = r.length - 1; t >= 0; t--) {
          if (!Double.isNaN(r[t])) {
            numerator += weight * r[t];
            denominator += weight;
            count++;
          }
          if (count > 0) {
            weight *= decay;
          }
        }
        counts[i] = count;
        double mean = count == 0 ? Double.NaN : numerator / denominator;
        values[i] = compounding == Compounding.GEOMETRIC ? Math.pow(1 + mean, frequency) - 1 : mean * frequency;
      }
      return new ExpectedReturns(returns.assets(), values, counts, this);
    }

    @Override
    public String toString() {
      return "exponentially weighted mean (span " + span + ", " + compounding.name().toLowerCase(java.util.Locale.ROOT)
          + ", " + frequency + " periods/year)";
    }
  }
}
