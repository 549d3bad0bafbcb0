package io.perennial.io.broker;

import io.perennial.domain.Identified;
import java.util.Locale;

/** What kind of security an asset is, as far as a broker file tells. */
public enum AssetKind implements Identified {
  STOCK("stock"),
  ETF("etf"),
  /** An open-end mutual fund: brokers relieve its sales at average cost by default. */
  MUTUAL_FUND("mutual-fund"),
  MONEY_MARKET("money-market"),
  BOND("bond"),
  OPTION("option"),
  OTHER("other");

  private final String id;

  AssetKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static AssetKind parse(String text) {
    return Identified.parse(AssetKind.class, text, "asset kind");
  }

  /**
   * A guess from the ticker and the name: five-letter tickers ending in X are US mutual funds (money
   * market funds when the name says so), names with "ETF" are ETFs, CUSIPs (9 characters with a
   * digit) of bonds when the name says bond, note or treasury; otherwise a stock.
   */
  public static AssetKind guess(String symbol, String name) {
    String upper = name == null ? "" : name.toUpperCase(Locale.ROOT);
    boolean moneyMarket = upper.contains("MONEY MARKET") || upper.contains("MMKT") || upper.contains("CASH RESERVES")
        || upper.contains("GOVERNMENT MONEY") || upper.contains("TREASURY MONEY") || upper.contains("FEDERAL MONEY");
    if (symbol != null && symbol.length() == 5 && symbol.endsWith("X") && symbol.chars().allMatch(Character::isLetter)) {
      return moneyMarket ? MONEY_MARKET : MUTUAL_FUND;
    }
    if (moneyMarket) {
      return MONEY_MARKET;
    }
    if (upper.contains(" ETF") || upper.startsWith("ETF") || upper.contains("EXCHANGE TRADED")) {
      return ETF;
    }
    boolean cusip = symbol != null && symbol.length() == 9 && symbol.chars().anyMatch(Character::isDigit);
    if (cusip && (upper.contains("BOND") || upper.contains("NOTE") || upper.contains("TREAS") || upper.contains("BILL")
        || upper.matches(".*\\d+\\.?\\d*%.*"))) {
      return BOND;
    }
    return STOCK;
  }
}
