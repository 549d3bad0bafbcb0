package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.tax.SocialSecurityClaiming.Age;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claiming-age arithmetic against the regulation's and SSA's own examples and figures. */
class SocialSecurityClaimingTest {

  @ParameterizedTest(name = "born {0}: full retirement age {1} and {2} months")
  @CsvSource({
    "1937, 65, 0", "1938, 65, 2", "1940, 65, 6", "1942, 65, 10", "1943, 66, 0", "1954, 66, 0",
    "1955, 66, 2", "1957, 66, 6", "1959, 66, 10", "1960, 67, 0", "1975, 67, 0",
  })
  void fullRetirementAgeBySsaTable(int birthYear, int years, int months) {
    assertThat(SocialSecurityClaiming.fullRetirementAge(birthYear)).isEqualTo(new Age(years, months));
  }

  @Test
  void theRegulationsExample() {
    // 20 CFR 404.410(a): full retirement age 65 and 8 months (born 1941), benefits from 62 → 44 months
    // early; 980.50 × 36 × 5/9 % = 196.10; 980.50 × 8 × 5/12 % = 32.68; reduction 228.78, rounded
    // up to the dime 228.80; benefit 980.50 − 228.80 = 751.70
    SocialSecurityClaiming.Claim claim = SocialSecurityClaiming.claim(new BigDecimal("980.50"), 1941, Age.of(62));

    assertThat(claim.monthsEarly()).isEqualTo(44);
    assertThat(claim.monthlyBenefit()).isEqualByComparingTo("751.70");
  }

  @Test
  void delayedCreditsOfThePomsExample() {
    // SSA POMS RS 00615.692: PIA 1,000, born 15 June 1940 (full retirement age 65 and 6 months), 30
    // delayed credits at 7/12 of 1 %: 1,000 × 30 × 7/12 % = 175 → 1,175.00 (claimed at 68)
    SocialSecurityClaiming.Claim claim = SocialSecurityClaiming.claim(new BigDecimal("1000.00"), 1940, Age.of(68));

    assertThat(claim.monthsDelayed()).isEqualTo(30);
    assertThat(claim.monthlyBenefit()).isEqualByComparingTo("1175.00");
  }

  @ParameterizedTest(name = "born {0}, claims at {1}y{2}m: factor {3}, PIA 2,000 → {4}")
  @CsvSource({
    // full retirement age 67: 60 months early = 36 × 5/9 % + 24 × 5/12 % = 20 % + 10 % = 30 % off
    "1960, 62, 0, 0.7, 1400.00",
    // 36 months early: 20 % off
    "1960, 64, 0, 0.8, 1600.00",
    // one month early: 5/9 % off: 2,000 × (1 − 0.0055…) = 1,988.888… → 1,988.80
    "1960, 66, 11, 0.9944444444, 1988.80",
    "1960, 67, 0, 1, 2000.00",
    // 36 months of credits at 2/3 %: + 24 %
    "1960, 70, 0, 1.24, 2480.00",
    // born 1955 (66 and 2 months): at 62, 50 months early: 20 % + 14 × 5/12 % = 25.8333… % off
    //   2,000 × 0.741666… = 1,483.333… → 1,483.30
    "1955, 62, 0, 0.7416666667, 1483.30",
    // born 1950 (66): at 70, 48 months × 2/3 % = 32 %
    "1950, 70, 0, 1.32, 2640.00",
  })
  void reductionsAndCredits(int birthYear, int years, int months, String factor, String benefit) {
    SocialSecurityClaiming.Claim claim = SocialSecurityClaiming.claim(new BigDecimal("2000"), birthYear, new Age(years, months));

    assertThat(claim.factor()).isEqualByComparingTo(factor);
    assertThat(claim.monthlyBenefit()).isEqualByComparingTo(benefit);
    assertThat(claim.annualBenefit()).isEqualByComparingTo(new BigDecimal(benefit).multiply(BigDecimal.valueOf(12)));
  }

  @Test
  void claimingAgeOutside62To70IsRefused() {
    assertThatThrownBy(() -> SocialSecurityClaiming.claim(new BigDecimal("2000"), 1960, new Age(61, 11)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 62 and 70");
    assertThatThrownBy(() -> SocialSecurityClaiming.claim(new BigDecimal("2000"), 1960, new Age(70, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 62 and 70");
    assertThatThrownBy(() -> SocialSecurityClaiming.claim(new BigDecimal("-1"), 1960, Age.of(67)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero or more");
    assertThatThrownBy(() -> SocialSecurityClaiming.claim(new BigDecimal("2000"), 1910, Age.of(67)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before 1917");
  }
}
