package io.perennial.domain;

/** How an account is taxed (DESIGN §2). */
public enum AccountType implements Identified {
  /** A brokerage account: income taxed each year by character; sales realize gains. */
  TAXABLE("taxable"),
  /** Traditional IRA or 401(k): nothing taxed inside; withdrawals taxed as ordinary income. */
  TAX_DEFERRED("tax-deferred"),
  /** Roth IRA or Roth 401(k): nothing taxed inside or on qualified withdrawal. */
  TAX_FREE("tax-free");

  private final String id;

  AccountType(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static AccountType parse(String text) {
    return Identified.parse(AccountType.class, text, "account type");
  }
}
