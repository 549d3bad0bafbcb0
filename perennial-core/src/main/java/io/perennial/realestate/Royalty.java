package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.SplittableRandom;

/**
 * A royalty (oil and gas, mineral, music, a royalty trust's units held for their income): yearly
 * payments that decline as the resource depletes. Income in year t (t = 0 first, so year 1 in
 * people's counting is t = 0) follows
 *
 * <pre>
 *   I_0 = firstYearIncome,   I_t = I_{t−1} · (1 − decline) · exp(σ ε_t − σ²/2),   ε_t ~ N(0, 1)
 * </pre>
 *
 * for t &lt; years, so E[I_t] = I_0 · (1 − decline)^t and with σ = 0 the path is exactly that. Shocks
 * are permanent (a year of low prices or output lowers every later payment). Its value at rate r
 * is the present value of the expected remaining payments, in closed form
 * I_0 · (1 − q^N) / (r + d) with q = (1 − d)/(1 + r) (a declining annuity). Payments are nominal;
 * inflation does not enter. Taxed as royalty income (ordinary rates; percentage depletion is not
 * modelled).
 *
 * @param name a label
 * @param firstYearIncome the expected income of the first year, ≥ 0
 * @param decline the expected yearly decline, a fraction in [0, 1)
 * @param declineVolatility σ, the standard deviation of the yearly log change around its expected
 *     decline, in [0, 1]
 * @param years the number of yearly payments left, 1–200
 */
public record Royalty(String name, Money firstYearIncome, double decline, double declineVolatility, int years)
    implements PaymentStream {

  public Royalty {
    Checks.notBlank(name, "royalty name");
    Checks.notNull(firstYearIncome, "first-year income of " + name);
    Checks.check(!firstYearIncome.isNegative(), "first-year income of " + name + " must be zero or more, got " + firstYearIncome);
    Checks.finite(decline, "yearly decline of " + name);
    Checks.check(decline >= 0.0 && decline < 1.0, "yearly decline of " + name + " must be at least 0 and below 1, got " + decline);
    Checks.inRange(declineVolatility, 0.0, 1.0, "volatility of the decline of " + name);
    Checks.check(years >= 1 && years <= 200, "payments left of " + name + " must be 1 to 200, got " + years);
  }

  @Override
  public int years(Lives lives) {
    return years;
  }

  @Override
  public double expectedPayment(int t, double inflation, Lives lives) {
    Checks.nonNegative(t, "year");
    return t < years ? firstYearIncome.toDouble() * Math.pow(1.0 - decline, t) : 0.0;
  }

  @Override
  public void payments(SplittableRandom random, double[] inflation, Lives lives, double[] out) {
    double income = firstYearIncome.toDouble();
    double drift = Math.log1p(-decline) - 0.5 * declineVolatility * declineVolatility;
    for (int t = 0; t < out.length; t++) {
      if (t >= years) {
        out[t] = 0.0;
        continue;
      }
      if (t > 0) {
        income *= declineVolatility == 0.0 ? 1.0 - decline : Math.exp(drift + declineVolatility * random.nextGaussian());
      }
      out[t] = income;
    }
  }

  /** The present value of the expected remaining payments at {@code discountRate}. */
  public Money presentValue(double discountRate) {
    return presentValue(discountRate, 0.0, Lives.none(), firstYearIncome.currency());
  }
}
