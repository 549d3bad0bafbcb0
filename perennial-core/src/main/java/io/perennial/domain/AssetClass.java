package io.perennial.domain;

/**
 * The asset classes Perennial has built-in capital-market assumptions for. An asset names one;
 * group limits ("max-class:reits") and the default income character mix come from it.
 */
public enum AssetClass implements Identified {
  US_STOCKS("us-stocks", "US broad stocks", AssetCategory.STOCKS),
  US_DIVIDEND_STOCKS("us-dividend-stocks", "US dividend stocks", AssetCategory.STOCKS),
  US_DIVIDEND_GROWTH_STOCKS("us-dividend-growth-stocks", "US dividend-growth stocks", AssetCategory.STOCKS),
  INTL_DIVIDEND_STOCKS("intl-dividend-stocks", "International dividend stocks", AssetCategory.STOCKS),
  REITS("reits", "REITs", AssetCategory.REAL_ESTATE),
  INTERMEDIATE_TREASURIES("intermediate-treasuries", "Intermediate Treasuries", AssetCategory.BONDS),
  TIPS("tips", "TIPS (inflation-protected Treasuries)", AssetCategory.BONDS),
  CORPORATE_BONDS("corporate-bonds", "Investment-grade corporate bonds", AssetCategory.BONDS),
  MUNICIPAL_BONDS("municipal-bonds", "Municipal bonds", AssetCategory.BONDS),
  HIGH_YIELD_BONDS("high-yield-bonds", "High-yield bonds", AssetCategory.BONDS),
  CASH("cash", "Cash", AssetCategory.CASH),
  RENTAL_REAL_ESTATE("rental-real-estate", "Rental real estate", AssetCategory.REAL_ESTATE),
  ROYALTIES("royalties", "Royalties", AssetCategory.OTHER);

  private final String id;
  private final String label;
  private final AssetCategory category;

  AssetClass(String id, String label, AssetCategory category) {
    this.id = id;
    this.label = label;
    this.category = category;
  }

  @Override
  public String id() {
    return id;
  }

  /** A name for people. */
  public String label() {
    return label;
  }

  public AssetCategory category() {
    return category;
  }

  public static AssetClass parse(String text) {
    return Identified.parse(AssetClass.class, text, "asset class");
  }
}
