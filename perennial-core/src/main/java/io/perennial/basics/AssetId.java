package io.perennial.basics;

/**
 * The identifier of an asset: a ticker ({@code SCHD}), a fund code or a name the user chose for a
 * property ({@code rental-elm-street}). Case is kept as given; comparisons are exact.
 */
public record AssetId(String value) implements Comparable<AssetId> {

  /**
   * The id of the cash asset ({@code CASH}): settlement cash in an account, one unit per unit of
   * currency (price 1). The one definition the planner, the ledger and the store share.
   */
  public static final AssetId CASH = new AssetId("CASH");

  public AssetId {
    Checks.notBlank(value, "asset id");
    if (!value.equals(value.strip())) {
      throw new InvalidInputException("asset id must not start or end with spaces: '" + value + "'");
    }
  }

  public static AssetId of(String value) {
    return new AssetId(value);
  }

  @Override
  public int compareTo(AssetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
