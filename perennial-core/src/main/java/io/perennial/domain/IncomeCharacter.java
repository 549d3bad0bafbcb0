package io.perennial.domain;

/**
 * How a distribution is taxed (DESIGN §2). An asset's distributions are a mix of these
 * ({@link IncomeMix}).
 */
public enum IncomeCharacter implements Identified {
  /** Qualified dividends: long-term capital-gain rates in a taxable account. */
  QUALIFIED_DIVIDEND("qualified-dividend"),
  /** Non-qualified dividends: ordinary rates. */
  ORDINARY_DIVIDEND("ordinary-dividend"),
  /** REIT ordinary dividends: ordinary rates after the 20 % §199A deduction. */
  REIT_DIVIDEND("reit-dividend"),
  /** Taxable interest (corporate bonds, cash): ordinary rates, federal and state. */
  TAXABLE_INTEREST("taxable-interest"),
  /** Treasury interest: ordinary federal rates, exempt from state tax. */
  TREASURY_INTEREST("treasury-interest"),
  /** Municipal interest: exempt from federal tax (state tax unless in-state). */
  MUNI_INTEREST("muni-interest"),
  /** Return of capital: not taxed when paid; lowers the cost basis. */
  RETURN_OF_CAPITAL("return-of-capital"),
  /** Capital-gain distributions: long-term capital-gain rates. */
  CAPITAL_GAIN_DISTRIBUTION("capital-gain-distribution"),
  /** Net rental income after expenses and depreciation: ordinary rates. */
  RENTAL_NET_INCOME("rental-net-income"),
  /** Royalties: ordinary rates. */
  ROYALTY("royalty");

  private final String id;

  IncomeCharacter(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static IncomeCharacter parse(String text) {
    return Identified.parse(IncomeCharacter.class, text, "income character");
  }
}
