package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Royalties and pensions against closed forms. */
class PaymentStreamTest {

  private static final Royalty ROYALTY = new Royalty("mineral rights", Money.usd("10000"), 0.10, 0.0, 20);
  private static final double RATE = 0.08; // discount rate, nominal
  private static final double[] NO_INFLATION = new double[40];

  @Test
  void aTenPercentDeclineLeavesZeroPointNineToTheNinthInYearTen() {
    double[] income = new double[20];
    ROYALTY.payments(new SplittableRandom(1), NO_INFLATION, Lives.none(), income);

    // Year 1 = 10,000; year 10 = 10,000 × 0.9⁹ = 3,874.20489.
    assertThat(income[0]).isEqualTo(10_000.0);
    assertThat(income[9]).isCloseTo(Math.pow(0.9, 9) * income[0], within(1e-9));
    assertThat(income[9]).isCloseTo(3874.20489, within(1e-5));
    assertThat(ROYALTY.expectedPayment(9, 0.0, Lives.none())).isCloseTo(3874.20489, within(1e-5));
    // No payment after the twentieth year.
    double[] longer = new double[25];
    ROYALTY.payments(new SplittableRandom(1), NO_INFLATION, Lives.none(), longer);
    assertThat(longer[19]).isGreaterThan(0.0);
    assertThat(Arrays.copyOfRange(longer, 20, 25)).containsOnly(0.0);
  }

  @Test
  void itsValueIsThePresentValueOfADecliningAnnuity() {
    // Σ_{t=1}^{N} I₁ (1 − d)^{t−1} / (1 + r)^t = I₁ (1 − q^N) / (r + d), q = (1 − d)/(1 + r):
    // 10,000 × (1 − (0.9/1.08)^20) / 0.18 = 10,000 × (1 − 0.0260841) / 0.18 = 54,106.44.
    double q = 0.9 / 1.08;
    double closedForm = 10_000 * (1 - Math.pow(q, 20)) / (RATE + 0.10);
    assertThat(closedForm).isCloseTo(54_106.44, within(0.01));

    assertThat(ROYALTY.presentValue(RATE).toDouble()).isCloseTo(closedForm, within(0.006));
    // A long-lived royalty tends to the declining perpetuity I₁ / (r + d) = 55,555.56.
    Royalty longLived = new Royalty("long", Money.usd("10000"), 0.10, 0.0, 200);
    assertThat(longLived.presentValue(RATE).toDouble()).isCloseTo(10_000 / 0.18, within(0.01));
  }

  @Test
  void aVolatileDeclineKeepsItsExpectedPath() {
    Royalty volatile_ = new Royalty("trust units", Money.usd("10000"), 0.10, 0.25, 20);
    int paths = 40_000;
    double[] income = new double[10];
    double sum = 0;
    SplittableRandom random = new SplittableRandom(42);
    for (int p = 0; p < paths; p++) {
      volatile_.payments(random, NO_INFLATION, Lives.none(), income);
      sum += income[9];
    }
    // E[I₁₀] = 3,874.20; ln I₁₀ has standard deviation 0.25 · 3 = 0.75, so one path's income has a
    // coefficient of variation √(e^{0.5625} − 1) = 0.869 and the mean of 40,000 an error of
    // 0.869/200 = 0.43 %: 4 standard errors = 1.7 %.
    assertThat(sum / paths / 3874.20489).isCloseTo(1.0, within(0.017));
  }

  @Test
  void aJointAndHalfPensionByHand() {
    // Holder 62, pension of 30,000 a year in today's money from 67, fully indexed, inflation
    // 2.5 %; holder alive 25 years (to 86), survivor 30 years; half to the survivor.
    Annuity pension = new Annuity("state pension", 67, Money.usd("30000"), 1.0, 0.5);
    Lives lives = Lives.couple(62, 25, 30);
    double x = 1.025 / 1.05;

    // PV at 5 %: holder years t = 5…24 pay 30,000 · 1.025^t, discounted by 1.05^{t+1}:
    // (30,000/1.05) x⁵ (1 − x²⁰)/(1 − x); the survivor's t = 25…29: (15,000/1.05) x²⁵ (1 − x⁵)/(1 − x).
    double holder = 30_000 / 1.05 * Math.pow(x, 5) * (1 - Math.pow(x, 20)) / (1 - x);
    double survivor = 15_000 / 1.05 * Math.pow(x, 25) * (1 - Math.pow(x, 5)) / (1 - x);
    assertThat(pension.presentValue(0.05, 0.025, lives, Money.USD).toDouble()).isCloseTo(holder + survivor, within(0.006));
    assertThat(holder + survivor).isCloseTo(444_102.73, within(0.01));

    double[] paid = new double[32];
    double[] inflation = new double[32];
    Arrays.fill(inflation, 0.025);
    pension.payments(null, inflation, lives, paid);
    assertThat(paid[4]).isZero(); // age 66
    assertThat(paid[5]).isCloseTo(30_000 * Math.pow(1.025, 5), within(1e-6)); // age 67
    assertThat(paid[25]).isCloseTo(15_000 * Math.pow(1.025, 25), within(1e-6)); // survivor
    assertThat(paid[30]).isZero();
    // A fixed nominal annuity pays the same every year.
    Annuity fixed = new Annuity("annuity", 60, Money.usd("12000"), 0.0, 0.0);
    fixed.payments(null, inflation, Lives.single(62, 20), paid);
    assertThat(paid[0]).isEqualTo(12_000.0);
    assertThat(paid[19]).isEqualTo(12_000.0);
    assertThat(paid[20]).isZero();
  }
}
