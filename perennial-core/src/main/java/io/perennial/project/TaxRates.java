package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * Flat tax rates used by the projection until a full tax calculation is plugged in. All are
 * fractions of the amount taxed.
 *
 * <ul>
 *   <li>Income paid in a TAXABLE account is taxed at {@code incomeRate} when paid, whether spent or
 *       reinvested (the reinvested part is net of tax).
 *   <li>Anything taken out of a TAX_DEFERRED account (spent income or principal) is taxed at
 *       {@code deferredWithdrawalRate}; income reinvested inside it is not taxed.
 *   <li>Principal sold in a TAXABLE account is taxed at {@code taxableSaleRate} (an effective rate:
 *       the gains rate times the share of a sale that is gain; 0 ignores gains).
 *   <li>TAX_FREE accounts pay nothing.
 *   <li>Extra income streams are taxed at {@code incomeRate} on their taxable fraction.
 * </ul>
 *
 * @param incomeRate rate on taxable-account income and taxable streams, in [0, 1)
 * @param deferredWithdrawalRate rate on withdrawals from tax-deferred accounts, in [0, 1)
 * @param taxableSaleRate effective rate on principal sold from taxable accounts, in [0, 1)
 */
public record TaxRates(double incomeRate, double deferredWithdrawalRate, double taxableSaleRate) {

  /** No taxes. */
  public static final TaxRates NONE = new TaxRates(0.0, 0.0, 0.0);

  public TaxRates {
    Checks.inRange(incomeRate, 0.0, 0.95, "income tax rate");
    Checks.inRange(deferredWithdrawalRate, 0.0, 0.95, "tax rate on tax-deferred withdrawals");
    Checks.inRange(taxableSaleRate, 0.0, 0.95, "effective tax rate on taxable sales");
  }

  /** One flat rate on income and deferred withdrawals (e.g. from the investor profile), none on sales. */
  public static TaxRates flat(double rate) {
    return new TaxRates(rate, rate, 0.0);
  }
}
