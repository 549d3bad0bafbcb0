package io.perennial.market;

import io.perennial.domain.Identified;

/**
 * How an expected annual return averages the years: the arithmetic mean (the expected return of
 * one year, the input mean-variance optimization wants) or the geometric mean (the compound
 * growth rate over many years). For a lognormal-like return the two are linked by
 * {@code geometric ≈ arithmetic − volatility² / 2}.
 */
public enum ReturnAverage implements Identified {
  /** The mean of the yearly returns. */
  ARITHMETIC("arithmetic"),
  /** The compound annual growth rate, (Π(1 + rₜ))^(1/n) − 1. */
  GEOMETRIC("geometric");

  private final String id;

  ReturnAverage(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static ReturnAverage parse(String text) {
    return Identified.parse(ReturnAverage.class, text, "return average");
  }

  /** Arithmetic mean from a return of this kind: adds σ²/2 to a geometric mean. */
  public double toArithmetic(double expectedReturn, double volatility) {
    return this == ARITHMETIC ? expectedReturn : expectedReturn + volatility * volatility / 2.0;
  }

  /** Geometric mean from a return of this kind: subtracts σ²/2 from an arithmetic mean. */
  public double toGeometric(double expectedReturn, double volatility) {
    return this == GEOMETRIC ? expectedReturn : expectedReturn - volatility * volatility / 2.0;
  }
}
