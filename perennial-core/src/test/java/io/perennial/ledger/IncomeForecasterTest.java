package io.perennial.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The twelve-month income calendar, worked by hand. */
class IncomeForecasterTest {

  static final AssetId KO = AssetId.of("KO");
  static final AssetId BND = AssetId.of("BND");

  static Transaction buy(String date, AssetId asset, String shares) {
    return new Transaction(LocalDate.parse(date), "ira", TransactionType.BUY, Optional.of(asset), new BigDecimal(shares),
        Money.usd("1000"));
  }

  static Transaction dividend(String date, AssetId asset, String amount) {
    return new Transaction(LocalDate.parse(date), "ira", TransactionType.DIVIDEND, Optional.of(asset), BigDecimal.ZERO,
        Money.usd(amount), Optional.of(IncomeCharacter.QUALIFIED_DIVIDEND));
  }

  /**
   * KO: 100 shares since 2023-01-03, paid 0.46 a share on the 1st of Apr, Jul, Oct 2023 and Jan 2024,
   * then 0.485 on 2024-04-01, and a special of 1.50 on 2024-02-15 (above 1.5 × the median 0.46: left
   * out). Mean gap ≈ 91 days: quarterly. As of 2024-05-10: estimated 48.50 (100 × 0.485) on 2024-07-01,
   * 2024-10-01, 2025-01-01 and 2025-04-01 (Apr 2025 is the twelfth month: May 2024 … Apr 2025).
   * Declared: KO 0.485 ex 2024-06-14, paid 2024-07-01, on 100 shares, replaces the July estimate.
   * Paid in May 2024 so far: BND 5.00 on 2024-05-02. Total 48.50 × 4 + 5 = 199.00.
   */
  @Test
  void quarterlyPayerWithASpecialAndADeclaredDividend() {
    List<Transaction> ledger = new ArrayList<>(List.of(buy("2023-01-03", KO, "100"), buy("2023-01-03", BND, "50")));
    for (String date : List.of("2023-04-01", "2023-07-01", "2023-10-01", "2024-01-01")) {
      ledger.add(dividend(date, KO, "46.00"));
    }
    ledger.add(dividend("2024-02-15", KO, "150.00"));
    ledger.add(dividend("2024-04-01", KO, "48.50"));
    ledger.add(dividend("2024-05-02", BND, "5.00"));
    List<DeclaredDividend> declared = List.of(
        new DeclaredDividend(KO, LocalDate.of(2024, 6, 14), LocalDate.of(2024, 7, 1), new BigDecimal("0.485")));
    IncomeForecast forecast = IncomeForecaster.forecast(ledger, declared, LocalDate.of(2024, 5, 10));

    assertThat(forecast.months()).extracting(ForecastMonth::month).startsWith(YearMonth.of(2024, 5)).endsWith(YearMonth.of(2025, 4));
    ForecastMonth may = forecast.months().get(0);
    assertThat(may.amount()).isEqualTo(Money.usd("5.00"));
    assertThat(may.status()).isEqualTo(ForecastStatus.PAID);
    ForecastMonth july = forecast.months().get(2);
    assertThat(july.declared()).isEqualTo(Money.usd("48.50"));
    assertThat(july.estimated()).isEqualTo(Money.usd("0"));
    assertThat(july.status()).isEqualTo(ForecastStatus.DECLARED);
    assertThat(forecast.months().get(5).estimated()).isEqualTo(Money.usd("48.50")); // October
    assertThat(forecast.months().get(5).status()).isEqualTo(ForecastStatus.ESTIMATED);
    assertThat(forecast.months().get(8).amount()).isEqualTo(Money.usd("48.50")); // January
    assertThat(forecast.months().get(11).amount()).isEqualTo(Money.usd("48.50")); // April 2025
    assertThat(forecast.total()).isEqualTo(Money.usd("199.00"));

    HoldingForecast ko = forecast.holdings().stream().filter(h -> h.assetId().equals(KO)).findFirst().orElseThrow();
    assertThat(ko.frequency()).contains(PaymentFrequency.QUARTERLY);
    assertThat(ko.specialsExcluded()).isEqualTo(1);
    assertThat(ko.annualRatePerShare()).isEqualByComparingTo("1.94");
    HoldingForecast bnd = forecast.holdings().stream().filter(h -> h.assetId().equals(BND)).findFirst().orElseThrow();
    assertThat(bnd.note()).contains("one regular payment");
  }

  @Test
  void eligibilityIsTheSharesHeldAtTheExDate() {
    // Declared 0.50 ex 2024-05-01 paid 2024-05-20; 100 shares held on the ex-date, 40 more bought on
    // 2024-05-05 (after it): 50.00 falls in May, declared. As of 2024-05-10.
    List<Transaction> ledger = List.of(buy("2024-01-02", KO, "100"), buy("2024-05-05", KO, "40"));
    IncomeForecast forecast = IncomeForecaster.forecast(ledger,
        List.of(new DeclaredDividend(KO, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 20), new BigDecimal("0.50"))),
        LocalDate.of(2024, 5, 10));
    assertThat(forecast.months().get(0).declared()).isEqualTo(Money.usd("50.00"));
    assertThat(forecast.total()).isEqualTo(Money.usd("50.00"));
  }

  @Test
  void frequenciesFollowPortfolioPerformanceThresholds() {
    assertThat(PaymentFrequency.ofMeanGap(30)).contains(PaymentFrequency.MONTHLY);
    assertThat(PaymentFrequency.ofMeanGap(91)).contains(PaymentFrequency.QUARTERLY);
    assertThat(PaymentFrequency.ofMeanGap(182)).contains(PaymentFrequency.SEMIANNUAL);
    assertThat(PaymentFrequency.ofMeanGap(365)).contains(PaymentFrequency.ANNUAL);
    assertThat(PaymentFrequency.ofMeanGap(500)).isEmpty();
  }
}
