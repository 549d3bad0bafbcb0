package io.perennial.domain;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that happened in an account.
 *
 * @param date the trade or payment date
 * @param accountId the account
 * @param type what happened
 * @param assetId the asset concerned (empty for deposits, withdrawals and fees)
 * @param quantity shares bought or sold (zero for cash flows), zero or more
 * @param amount the cash amount, zero or more; its direction follows from the type
 */
public record Transaction(
    LocalDate date, String accountId, TransactionType type, Optional<AssetId> assetId,
    BigDecimal quantity, Money amount) {

  public Transaction {
    Checks.notNull(date, "date");
    Checks.notBlank(accountId, "account id");
    Checks.notNull(type, "type");
    Checks.notNull(assetId, "asset id");
    Checks.nonNegative(quantity, "quantity");
    Checks.notNull(amount, "amount");
    Checks.check(!amount.isNegative(), "transaction amount must be zero or more; the type gives the direction");
  }
}
