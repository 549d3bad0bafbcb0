package io.perennial.tax;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.IncomeMix;
import java.math.BigDecimal;

/**
 * The yearly income one holding pays into one account.
 *
 * @param assetId the asset
 * @param accountId the account it sits in
 * @param accountType how that account is taxed
 * @param income distributions for the year, US dollars, zero or more
 * @param mix how the distributions split by income character
 * @param marketValue the holding's market value in dollars, for yields; zero when unknown
 */
public record HoldingIncome(
    AssetId assetId, String accountId, AccountType accountType, BigDecimal income, IncomeMix mix,
    BigDecimal marketValue) {

  public HoldingIncome {
    Checks.notNull(assetId, "asset id");
    Checks.notBlank(accountId, "account id");
    Checks.notNull(accountType, "account type of " + accountId);
    Checks.nonNegative(Checks.notNull(income, "income of " + assetId), "income of " + assetId);
    Checks.notNull(mix, "income mix of " + assetId);
    Checks.nonNegative(Checks.notNull(marketValue, "market value of " + assetId), "market value of " + assetId);
  }

  /** The income of {@code asset} held in {@code account}, with the asset's own income mix. */
  public static HoldingIncome of(Asset asset, Account account, Money income, Money marketValue) {
    Checks.check(income.currency().equals(Money.USD) && marketValue.currency().equals(Money.USD),
        "US tax needs amounts in USD; " + asset.id() + " in " + account.id() + " is in " + income.currency());
    return new HoldingIncome(asset.id(), account.id(), account.type(), income.amount(), asset.incomeMix(),
        marketValue.amount());
  }

  /** The yield: income ÷ market value, or NaN when the market value is unknown. */
  public double yield() {
    return marketValue.signum() > 0 ? income.doubleValue() / marketValue.doubleValue() : Double.NaN;
  }
}
