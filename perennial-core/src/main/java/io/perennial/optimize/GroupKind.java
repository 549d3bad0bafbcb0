package io.perennial.optimize;

/** The tag a group limit reads: an asset's class, sector or issuer. */
public enum GroupKind {
  ASSET_CLASS("class"),
  SECTOR("sector"),
  ISSUER("issuer");

  private final String id;

  GroupKind(String id) {
    this.id = id;
  }

  /** The word used in constraint names: {@code max-class:reits}, {@code max-sector:energy}, {@code max-issuer:vanguard}. */
  public String id() {
    return id;
  }
}
