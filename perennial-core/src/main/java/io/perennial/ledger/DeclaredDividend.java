package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A distribution the issuer has declared but not yet paid.
 *
 * @param assetId the asset
 * @param exDate the ex-dividend date: shares held at its start are paid
 * @param payDate the payment date: the cash falls in its month
 * @param amountPerShare cash per share, more than zero
 */
public record DeclaredDividend(AssetId assetId, LocalDate exDate, LocalDate payDate, BigDecimal amountPerShare) {

  public DeclaredDividend {
    Checks.notNull(assetId, "asset id");
    Checks.notNull(exDate, "ex-date");
    Checks.notNull(payDate, "pay date");
    Checks.check(!payDate.isBefore(exDate), "the pay date " + payDate + " of " + assetId + " comes before its ex-date " + exDate);
    Checks.notNull(amountPerShare, "amount per share");
    Checks.check(amountPerShare.signum() > 0, "a declared dividend of " + assetId + " must be more than zero");
  }
}
