package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.util.SplittableRandom;

/**
 * A pension or a life annuity: {@code amount} a year from the holder's {@code startAge} for life,
 * then {@code survivorShare} of it to a surviving spouse for the survivor's life (a joint-and-
 * survivor option; 0 for a single-life one). Payment of year t, with the holder aged age + t:
 *
 * <pre>
 *   amount · Π_{k&lt;t} (1 + indexation · π_k)                    holder alive, age + t ≥ startAge
 *   survivorShare · amount · Π_{k&lt;t} (1 + indexation · π_k)    holder dead, survivor alive, age + t ≥ startAge
 *   0                                                           otherwise
 * </pre>
 *
 * As for the projection's income streams, the index runs from year 0: with indexation 1 the amount
 * is in today's money and keeps its purchasing power (a fully indexed pension, Social Security);
 * with 0 it is a fixed nominal amount (most private pensions and annuities). A survivor's payments
 * start no earlier than the holder's start age would have been reached.
 *
 * @param name a label
 * @param startAge the holder's age at the first payment, 0–120
 * @param amount the yearly amount, ≥ 0 (today's money when indexed, nominal when not)
 * @param indexation the share of each year's inflation added to the amount, in [0, 1]
 * @param survivorShare the share paid to the survivor after the holder's death, in [0, 1]
 */
public record Annuity(String name, int startAge, Money amount, double indexation, double survivorShare)
    implements PaymentStream {

  public Annuity {
    Checks.notBlank(name, "pension name");
    Checks.check(startAge >= 0 && startAge <= 120, "start age of " + name + " must lie between 0 and 120, got " + startAge);
    Checks.notNull(amount, "amount of " + name);
    Checks.check(!amount.isNegative(), "amount of " + name + " must be zero or more, got " + amount);
    Checks.inRange(indexation, 0.0, 1.0, "inflation indexation of " + name);
    Checks.inRange(survivorShare, 0.0, 1.0, "survivor share of " + name);
  }

  @Override
  public int years(Lives lives) {
    return Math.max(lives.holderYears(), survivorShare > 0.0 ? lives.survivorYears() : 0);
  }

  /** The share of {@code amount} paid in year {@code t}: 1, the survivor share, or 0. */
  double share(int t, Lives lives) {
    if (lives.age() + t < startAge) {
      return 0.0;
    }
    if (t < lives.holderYears()) {
      return 1.0;
    }
    return t < lives.survivorYears() ? survivorShare : 0.0;
  }

  @Override
  public double expectedPayment(int t, double inflation, Lives lives) {
    Checks.nonNegative(t, "year");
    return amount.toDouble() * share(t, lives) * Math.pow(1.0 + indexation * inflation, t);
  }

  @Override
  public void payments(SplittableRandom random, double[] inflation, Lives lives, double[] out) {
    Checks.check(inflation.length >= out.length, "the inflation path has " + inflation.length + " years, fewer than " + out.length);
    double index = 1.0;
    double base = amount.toDouble();
    for (int t = 0; t < out.length; t++) {
      out[t] = base * share(t, lives) * index;
      index *= 1.0 + indexation * inflation[t];
    }
  }
}
