package io.perennial.tax;

import io.perennial.domain.Identified;

/**
 * How a tax-deferred account (traditional IRA, 401(k)) is counted in an allocation. Its income
 * and growth are taxed as ordinary income when withdrawn; the two conventions put that tax in
 * different places and give the same dollars of after-tax income for the same holdings.
 */
public enum DeferredValuation implements Identified {
  /**
   * At market value (the default): a dollar in the account counts as a dollar of the household,
   * and its income is charged the withdrawal rate, as if withdrawn when paid.
   */
  TAXED_AT_WITHDRAWAL("taxed-at-withdrawal"),
  /**
   * At after-tax value: a deferred dollar is worth (1 − withdrawal rate) of a taxable or Roth
   * dollar, so the account's share of the household shrinks by that factor; what remains is the
   * investor's own and grows and pays untaxed, like a Roth (Reichenstein's after-tax asset
   * allocation).
   */
  AFTER_TAX_VALUE("after-tax-value");

  private final String id;

  DeferredValuation(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static DeferredValuation parse(String text) {
    return Identified.parse(DeferredValuation.class, text, "deferred valuation");
  }
}
