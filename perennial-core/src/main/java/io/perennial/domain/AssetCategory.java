package io.perennial.domain;

/** The broad kind of an asset class, for limits such as "no more than 70 % in stocks". */
public enum AssetCategory implements Identified {
  STOCKS("stocks"),
  BONDS("bonds"),
  REAL_ESTATE("real-estate"),
  CASH("cash"),
  OTHER("other");

  private final String id;

  AssetCategory(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static AssetCategory parse(String text) {
    return Identified.parse(AssetCategory.class, text, "asset category");
  }
}
