package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Income received between two dates (both included): dividends, interest and return of capital,
 * gross of foreign tax, by month, asset, account and tax character. Every breakdown adds up to the
 * total to the cent.
 *
 * @param from the first day
 * @param to the last day
 * @param total all income received
 * @param byMonth income by calendar month of the payment date (months without income absent)
 * @param byAsset income by asset; interest on cash is under {@link AssetId#CASH}
 * @param byAccount income by account
 * @param byCharacter income by the tax character the broker stated
 * @param unspecified income whose character the broker did not state
 * @param foreignTax foreign tax withheld in the same period (not subtracted from the income)
 */
public record ReceivedIncome(
    LocalDate from, LocalDate to, Money total, Map<YearMonth, Money> byMonth, Map<AssetId, Money> byAsset,
    Map<String, Money> byAccount, Map<IncomeCharacter, Money> byCharacter, Money unspecified, Money foreignTax) {


  public ReceivedIncome {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(total, "total");
    byMonth = Collections.unmodifiableMap(new TreeMap<>(byMonth));
    byAsset = Collections.unmodifiableMap(new TreeMap<>(byAsset));
    byAccount = Collections.unmodifiableMap(new TreeMap<>(byAccount));
    byCharacter = byCharacter.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byCharacter));
    Checks.notNull(unspecified, "unspecified");
    Checks.notNull(foreignTax, "foreign tax");
  }
}
