package io.perennial.project;

import java.util.SplittableRandom;

/** The Student-t maths of {@link ParametricMonteCarlo}: its χ² scale draws and its mean absolute value. */
final class StudentT {

  private StudentT() {}

  /**
   * A Gamma(shape, 1) draw by Marsaglia and Tsang's method ("A simple method for generating gamma
   * variables", ACM TOMS 26(3), 2000), for shape ≥ 1.
   */
  static double gamma(SplittableRandom random, double shape) {
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1.0 + c * x;
      if (v <= 0.0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      double x2 = x * x;
      if (u < 1.0 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /** E|T| for a Student-t variable with ν degrees of freedom: 2√ν Γ((ν+1)/2) / (√π (ν−1) Γ(ν/2)). */
  static double meanAbsStudentT(double nu) {
    return 2.0 * Math.sqrt(nu) * Math.exp(logGamma((nu + 1.0) / 2.0) - logGamma(nu / 2.0))
        / (Math.sqrt(Math.PI) * (nu - 1.0));
  }

  /** ln Γ(x) for x &gt; 0 by the Lanczos approximation (g = 7, 9 terms; relative error below 1e-13). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1.0 - x);
    }
    double[] g = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    double y = x - 1.0;
    double a = g[0];
    double t = y + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (y + i);
    }
    return 0.5 * Math.log(2.0 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
