package io.perennial.optimize;

/** Portfolio figures from weights: return, variance, income. Package-private helpers. */
final class PortfolioMath {

  private PortfolioMath() {}

  static double dot(double[] a, double[] b) {
    double sum = 0.0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** wᵀΣw. */
  static double variance(AllocationProblem problem, double[] w) {
    return problem.covarianceMatrix().quadratic(w);
  }

  static double volatility(AllocationProblem problem, double[] w) {
    return Math.sqrt(Math.max(0.0, variance(problem, w)));
  }

  static double squares(double[] w) {
    return dot(w, w);
  }

  /** Σ wᵢ·incᵢ·gᵢ / Σ wᵢ·incᵢ, or NaN when the portfolio has no income. */
  static double incomeGrowth(AllocationProblem problem, double[] w) {
    double income = 0.0;
    double growth = 0.0;
    for (int i = 0; i < w.length; i++) {
      IncomeProfile p = problem.assets().get(i).income();
      double part = w[i] * p.afterTaxIncome();
      income += part;
      growth += part * p.incomeGrowth();
    }
    return income > 0.0 ? growth / income : Double.NaN;
  }

  static double maxAbs(double[] v) {
    double max = 0.0;
    for (double x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }
}
