package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The forecast of one holding: what the calendar assumes and why.
 *
 * @param accountId the account
 * @param assetId the asset
 * @param shares shares held on the as-of date
 * @param frequency the inferred payment frequency (empty: fewer than two regular payments, or irregular)
 * @param lastRegularPerShare the last regular payment per share (specials excluded)
 * @param lastRegularDate its payment date
 * @param specialsExcluded payments left out of the run rate as specials or extras
 * @param forecast the declared and estimated income of the next twelve months
 * @param note why nothing is estimated, when nothing is (empty otherwise)
 */
public record HoldingForecast(
    String accountId, AssetId assetId, BigDecimal shares, Optional<PaymentFrequency> frequency,
    Optional<BigDecimal> lastRegularPerShare, Optional<LocalDate> lastRegularDate, int specialsExcluded,
    Money forecast, String note) {

  public HoldingForecast {
    Checks.notBlank(accountId, "account id");
    Checks.notNull(assetId, "asset id");
    Checks.notNull(shares, "shares");
    Checks.notNull(frequency, "frequency");
    Checks.notNull(lastRegularPerShare, "last regular payment per share");
    Checks.notNull(lastRegularDate, "last regular date");
    Checks.notNull(forecast, "forecast");
    note = note == null ? "" : note;
  }

  /** Last regular payment per share × payments per year (zero without a frequency). */
  public BigDecimal annualRatePerShare() {
    if (frequency.isEmpty() || lastRegularPerShare.isEmpty()) {
      return BigDecimal.ZERO;
    }
    return lastRegularPerShare.get().multiply(BigDecimal.valueOf(frequency.get().perYear()));
  }
}
