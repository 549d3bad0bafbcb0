package io.perennial.project;

/**
 * e^x over a range of an array, written as plain multiplications and additions so that the JIT
 * turns the loop into vector instructions (about eight times faster than calling
 * {@link Math#exp} per element on this project's machines): with y = x/64,
 *
 * <pre>
 *   e^x = (e^y)^64,   e^y ≈ 1 + y + y²/2! + … + y⁷/7!   (Horner), then six squarings.
 * </pre>
 *
 * For |x| ≤ {@value #LIMIT} (|y| ≤ 0.047) the truncation error y⁸/8! &lt; 5e-16 and the rounding of
 * the squarings keep the relative error below 1e-13 (4.4e-14 measured on a fine grid of [−3, 3];
 * checked by {@code ExponentialsTest}); arguments outside that range (a yearly log return beyond
 * ±300 %) are recomputed with {@link Math#exp}.
 */
final class Exponentials {

  /** Largest |x| computed by the polynomial. */
  static final double LIMIT = 3.0;

  private Exponentials() {}

  /** Writes e^{x[k]} to out[k] for from ≤ k &lt; to; {@code x} and {@code out} must be different arrays. */
  static void exp(double[] x, double[] out, int from, int to) {
    if (x == out) {
      throw new IllegalArgumentException("exp needs separate input and output arrays");
    }
    for (int k = from; k < to; k++) {
      double y = x[k] * 0.015625;
      double p = 1.0 + y * (1.0 + y * (0.5 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120 + y * (1.0 / 720
          + y * (1.0 / 5040)))))));
      p *= p;
      p *= p;
      p *= p;
      p *= p;
      p *= p;
      p *= p;
      out[k] = p;
    }
    for (int k = from; k < to; k++) {
      if (!(Math.abs(x[k]) <= LIMIT)) { // also NaN
        out[k] = Math.exp(x[k]);
      }
    }
  }
}
