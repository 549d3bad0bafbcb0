package io.perennial.estimate;

/** How a mean periodic return becomes an annual one. */
public enum Compounding {
  /** Compounded: {@code (1 + r_period)^frequency − 1} (a CAGR); the default, as PyPortfolioOpt's {@code compounding=True}. */
  GEOMETRIC,
  /** Scaled: {@code r_period × frequency}. */
  ARITHMETIC
}
