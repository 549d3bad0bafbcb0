package io.perennial.project;

import io.perennial.basics.InvalidInputException;
/** The shape of the yearly log-return shocks in a parametric Monte Carlo run. */
public enum ReturnDistribution {
  /** Normal log returns: 1 + R is lognormal with the assumed mean and volatility. */
  LOGNORMAL,
  /**
   * Multivariate Student-t log returns with ν degrees of freedom, scaled to the same variance as
   * the lognormal case: the correlated normal shocks of a year are all multiplied by
   * √((ν − 2)/χ²_ν), one χ² draw per year, which fattens the tails and makes crashes strike all
   * classes together. The log-return location is the lognormal one, so the arithmetic mean is
   * close to, not exactly, the assumed expected return.
   */
  STUDENT_T;

  public static ReturnDistribution parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return switch (t) {
      case "lognormal" -> LOGNORMAL;
      case "student-t", "t", "student" -> STUDENT_T;
      default -> throw new InvalidInputException("distribution must be 'lognormal' or 'student-t', got '" + text + "'");
    };
  }
}
