package io.perennial.tax;

import io.perennial.basics.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A retirement benefit as claimed: the monthly benefit at full retirement age (the primary
 * insurance amount, PIA) reduced for each month claimed before it or increased by delayed
 * retirement credits for each month after it, up to 70.
 *
 * <ul>
 *   <li>Full retirement age by year of birth (42 USC 416(l); SSA): 65 for 1937 and before, then two
 *       months more per year (1938: 65 and 2 months … 1942: 65 and 10), 66 for 1943–1954, two months
 *       more per year again (1955: 66 and 2 … 1959: 66 and 10), 67 from 1960. Someone born on 1
 *       January counts as born the year before; give that year.
 *   <li>Reduction (20 CFR 404.410(a)): 5/9 of 1 % for each of the first 36 months before full
 *       retirement age, 5/12 of 1 % for each further month.
 *   <li>Delayed retirement credits (42 USC 402(w); 20 CFR 404.313): per month after full retirement
 *       age up to 70, 2/3 of 1 % (8 % a year) for those born 1943 or later; less for earlier years
 *       of birth: 1/4 % (born 1917–1924), 7/24 % (1925–26), 1/3 % (1927–28), 3/8 % (1929–30),
 *       5/12 % (1931–32), 11/24 % (1933–34), 1/2 % (1935–36), 13/24 % (1937–38), 7/12 % (1939–40),
 *       5/8 % (1941–42).
 *   <li>The monthly benefit is rounded down to the dime (SSA POMS RS 00601.020; the 20 CFR
 *       404.410 example: a PIA of $980.50, 44 months early, gives $751.70). The payment SSA makes
 *       is rounded down to the whole dollar after any Medicare premium; that is not applied here.
 * </ul>
 * Every factor is a whole number of 1/7200ths, so the arithmetic is exact.
 */
public final class SocialSecurityClaiming {

  /** Earliest claiming age for a retirement benefit, in months (62). */
  public static final int EARLIEST_MONTHS = 62 * 12;
  /** Age after which no more delayed credits accrue, in months (70). */
  public static final int LATEST_MONTHS = 70 * 12;
  /** The first year of birth handled (delayed credits of earlier years are not modelled). */
  public static final int FIRST_BIRTH_YEAR = 1917;

  private static final int UNIT = 7200;
  private static final int FIRST_36 = 40; // 5/9 % = 40/7200
  private static final int BEYOND_36 = 30; // 5/12 % = 30/7200

  private SocialSecurityClaiming() {}

  /**
   * An age in whole years and months.
   *
   * @param years whole years
   * @param months months beyond them, 0 to 11
   */
  public record Age(int years, int months) {
    public Age {
      Checks.check(years >= 0 && months >= 0 && months <= 11,
          "an age is whole years and 0 to 11 months, got " + years + " years and " + months + " months");
    }

    /** Whole years, no months. */
    public static Age of(int years) {
      return new Age(years, 0);
    }

    /** The age in months. */
    public int inMonths() {
      return years * 12 + months;
    }

    @Override
    public String toString() {
      return months == 0 ? years + "" : years + " and " + months + " months";
    }
  }

  /** The full retirement age of someone born in {@code birthYear}. */
  public static Age fullRetirementAge(int birthYear) {
    checkBirthYear(birthYear);
    if (birthYear <= 1937) {
      return Age.of(65);
    } else if (birthYear <= 1942) {
      return new Age(65, 2 * (birthYear - 1937));
    } else if (birthYear <= 1954) {
      return Age.of(66);
    } else if (birthYear <= 1959) {
      return new Age(66, 2 * (birthYear - 1954));
    }
    return Age.of(67);
  }

  /** Delayed retirement credit per month after full retirement age, in 1/7200ths (48 = 2/3 %). */
  static int creditPerMonth(int birthYear) {
    checkBirthYear(birthYear);
    if (birthYear >= 1943) {
      return 48;
    }
    // 1917–1924: 18 (1/4 %); then 3 more for each two years of birth from 1925–1926 (21) to 1941–1942 (45).
    return birthYear <= 1924 ? 18 : 18 + 3 * ((birthYear - 1923) / 2);
  }

  /**
   * A claim's benefit.
   *
   * @param birthYear the claimant's year of birth
   * @param claimingAge the age at which the benefit starts, 62 to 70
   * @param fullRetirementAge the full retirement age of that year of birth
   * @param monthsEarly months claimed before full retirement age (reduced), else 0
   * @param monthsDelayed months claimed after it (delayed credits), else 0
   * @param factor the benefit ÷ PIA before rounding, exact to 10 places (0.7 at 62 with a full
   *     retirement age of 67; 1.24 at 70)
   * @param primaryInsuranceAmount the monthly benefit at full retirement age, dollars
   * @param monthlyBenefit the monthly benefit claimed, dollars, rounded down to the dime
   */
  public record Claim(int birthYear, Age claimingAge, Age fullRetirementAge, int monthsEarly, int monthsDelayed,
      BigDecimal factor, BigDecimal primaryInsuranceAmount, BigDecimal monthlyBenefit) {

    /** Twelve monthly benefits, dollars: the benefit of a full year (before cost-of-living adjustments). */
    public BigDecimal annualBenefit() {
      return monthlyBenefit.multiply(BigDecimal.valueOf(12));
    }
  }

  /**
   * The monthly benefit of someone born in {@code birthYear} with a monthly benefit of {@code
   * primaryInsuranceAmount} at full retirement age who claims at {@code claimingAge}.
   *
   * @throws IllegalArgumentException for a claiming age outside 62–70, a year of birth before 1917
   *     or a negative amount; the message says which and what is allowed
   */
  public static Claim claim(BigDecimal primaryInsuranceAmount, int birthYear, Age claimingAge) {
    Checks.notNull(primaryInsuranceAmount, "monthly benefit at full retirement age");
    Checks.notNull(claimingAge, "claiming age");
    Checks.check(primaryInsuranceAmount.signum() >= 0, "the monthly benefit at full retirement age must be zero or more, got "
        + primaryInsuranceAmount.toPlainString());
    int months = claimingAge.inMonths();
    Checks.check(months >= EARLIEST_MONTHS && months <= LATEST_MONTHS,
        "the claiming age must lie between 62 and 70 (retirement benefits start at 62 at the earliest and earn no "
            + "delayed credits after 70), got " + claimingAge);
    Age full = fullRetirementAge(birthYear);
    int early = Math.max(0, full.inMonths() - months);
    int delayed = Math.max(0, months - full.inMonths());
    int units = UNIT - FIRST_36 * Math.min(early, 36) - BEYOND_36 * Math.max(0, early - 36)
        + creditPerMonth(birthYear) * delayed;
    BigDecimal product = primaryInsuranceAmount.multiply(BigDecimal.valueOf(units));
    BigDecimal monthly = product.divide(BigDecimal.valueOf(UNIT), 1, RoundingMode.DOWN).setScale(2);
    BigDecimal factor = BigDecimal.valueOf(units).divide(BigDecimal.valueOf(UNIT), 10, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return new Claim(birthYear, claimingAge, full, early, delayed, factor, primaryInsuranceAmount, monthly);
  }

  private static void checkBirthYear(int birthYear) {
    Checks.check(birthYear >= FIRST_BIRTH_YEAR, "years of birth before " + FIRST_BIRTH_YEAR
        + " are not modelled (their delayed credits differ); give the benefit actually paid, got " + birthYear);
  }
}
