package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Required minimum distributions against the Uniform Lifetime Table typed here from the regulation
 * (26 CFR 1.401(a)(9)-9(c), for distribution years from 2022), independently of the resource file,
 * and the start age of SECURE 2.0 sec. 107.
 */
class RequiredMinimumDistributionsTest {

  /** Ages 72 to 120 ("120 and over"), from the regulation. */
  static final String[] TABLE = {
    // 72     73     74     75     76     77     78     79     80     81
    "27.4", "26.5", "25.5", "24.6", "23.7", "22.9", "22.0", "21.1", "20.2", "19.4",
    // 82     83     84     85     86     87     88     89     90     91
    "18.5", "17.7", "16.8", "16.0", "15.2", "14.4", "13.7", "12.9", "12.2", "11.5",
    // 92     93     94     95     96     97     98     99     100    101
    "10.8", "10.1", "9.5", "8.9", "8.4", "7.8", "7.3", "6.8", "6.4", "6.0",
    // 102    103    104    105    106    107    108    109    110    111
    "5.6", "5.2", "4.9", "4.6", "4.3", "4.1", "3.9", "3.7", "3.5", "3.4",
    // 112    113    114    115    116    117    118    119    120
    "3.3", "3.1", "3.0", "2.9", "2.8", "2.7", "2.5", "2.3", "2.0",
  };

  @Test
  void everyAgeOfTheTable() {
    // an owner born in 1950 (start age 72) at every age 72 to 120: required = balance ÷ divisor
    BigDecimal balance = new BigDecimal("1000000");
    for (int i = 0; i < TABLE.length; i++) {
      int age = 72 + i;
      BigDecimal divisor = new BigDecimal(TABLE[i]);
      RequiredMinimumDistributions.RequiredDistribution d = RequiredMinimumDistributions.required(1950, 1950 + age, balance);

      assertThat(d.age()).isEqualTo(age);
      assertThat(d.divisor()).as("divisor at %d", age).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(divisor));
      assertThat(d.required()).as("required at %d", age)
          .isEqualByComparingTo(balance.divide(divisor, 2, RoundingMode.CEILING));
    }
    assertThat(RequiredMinimumDistributions.uniformLifetimeTable()).hasSize(TABLE.length);
    // "120 and over"
    assertThat(RequiredMinimumDistributions.divisor(125)).isEqualByComparingTo("2.0");
  }

  @Test
  void handWorkedAmounts() {
    // 1,200,000 at 75 (born 1951, 2026): 1,200,000 ÷ 24.6 = 48,780.4878… → 48,780.49 (up to the cent)
    assertThat(RequiredMinimumDistributions.required(1951, 2026, new BigDecimal("1200000")).required())
        .isEqualByComparingTo("48780.49");
    // 274,000 at 72 (born 1950, 2022): ÷ 27.4 = 10,000 exactly
    assertThat(RequiredMinimumDistributions.required(1950, 2022, new BigDecimal("274000")).required())
        .isEqualByComparingTo("10000.00");
    // 100,000 at 90: ÷ 12.2 = 8,196.7213… → 8,196.73
    assertThat(RequiredMinimumDistributions.required(1936, 2026, new BigDecimal("100000")).required())
        .isEqualByComparingTo("8196.73");
    // nothing in the account, nothing required
    assertThat(RequiredMinimumDistributions.required(1940, 2026, BigDecimal.ZERO).required()).isZero();
  }

  @ParameterizedTest(name = "born {0}: start age {1}; at {1} − 1 nothing, at {1} balance ÷ {2}")
  @CsvSource({
    "1950, 72, 27.4",
    "1951, 73, 26.5",
    "1959, 73, 26.5",
    "1960, 75, 24.6",
  })
  void startAgeByBirthYear(int birthYear, int startAge, String divisor) {
    assertThat(RequiredMinimumDistributions.startAge(birthYear)).isEqualTo(startAge);
    BigDecimal balance = new BigDecimal(divisor).multiply(new BigDecimal("10000"));

    int before = birthYear + startAge - 1;
    if (before >= 2022) {
      RequiredMinimumDistributions.RequiredDistribution early = RequiredMinimumDistributions.required(birthYear, before, balance);
      assertThat(early.required()).isZero();
      assertThat(early.divisor()).isEmpty();
      assertThat(early.firstYear()).isEqualTo(birthYear + startAge);
    }
    RequiredMinimumDistributions.RequiredDistribution first =
        RequiredMinimumDistributions.required(birthYear, birthYear + startAge, balance);
    assertThat(first.age()).isEqualTo(startAge);
    assertThat(first.required()).isEqualByComparingTo("10000.00");
  }

  @Test
  void badInputSaysWhatIsWrong() {
    assertThatThrownBy(() -> RequiredMinimumDistributions.required(2030, 2026, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not before the distribution year");
    assertThatThrownBy(() -> RequiredMinimumDistributions.required(1950, 2026, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero or more");
    assertThatThrownBy(() -> RequiredMinimumDistributions.required(1940, 2021, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 2022");
    assertThatThrownBy(() -> RequiredMinimumDistributions.divisor(71))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts at age 72");
  }
}
