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
 * @param assetId the asset concerned (empty for deposits, withdrawals, fees and interest on cash)
 * @param quantity shares bought, sold, reinvested or moved (zero for cash flows), zero or more; for
 *     a {@link TransactionType#SPLIT} the change in shares, less than zero for a reverse split
 * @param amount the cash amount, zero or more; its direction follows from the type; less than zero
 *     only for a correction of a dividend, interest, fee or foreign tax
 *     ({@link TransactionType#allowsCorrections()})
 * @param character the tax character of a distribution when the broker states it (income types only)
 */
public record Transaction(
    LocalDate date, String accountId, TransactionType type, Optional<AssetId> assetId,
    BigDecimal quantity, Money amount, Optional<IncomeCharacter> character) {

  public Transaction {
    Checks.notNull(date, "date");
    Checks.notBlank(accountId, "account id");
    Checks.notNull(type, "type");
    Checks.notNull(assetId, "asset id");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(amount, "amount");
    Checks.notNull(character, "character");
    if (type == TransactionType.SPLIT) {
      Checks.check(assetId.isPresent(), "a split on " + date + " must name its asset");
      Checks.check(quantity.signum() != 0, "a split of " + assetId.get() + " on " + date
          + " must change the number of shares (quantity more or less than zero)");
    } else {
      Checks.nonNegative(quantity, "quantity");
    }
    Checks.check(!amount.isNegative() || type.allowsCorrections(),
        "transaction amount must be zero or more; the type gives the direction (" + type.id() + " on " + date + ")");
    Checks.check(character.isEmpty() || type.isIncome(),
        "only dividends, interest and return of capital carry an income character, not " + type.id());
    if (type.addsShares() && assetId.isPresent() || type == TransactionType.SELL) {
      Checks.check(assetId.isPresent(), "a " + type.id() + " on " + date + " must name its asset");
    }
  }

  /** A transaction without an income character. */
  public Transaction(
      LocalDate date, String accountId, TransactionType type, Optional<AssetId> assetId,
      BigDecimal quantity, Money amount) {
    this(date, accountId, type, assetId, quantity, amount, Optional.empty());
  }

  /** True when shares (not cash) are bought, sold, moved or split. */
  public boolean movesShares() {
    return assetId.isPresent() && (type.addsShares() || type == TransactionType.SELL
        || type == TransactionType.TRANSFER_OUT || type == TransactionType.SPLIT);
  }

  /**
   * The signed change in the account's cash: the amount with the type's sign; zero for splits and
   * for transfers of shares.
   */
  public Money cashEffect() {
    boolean shareTransfer = assetId.isPresent()
        && (type == TransactionType.TRANSFER_IN || type == TransactionType.TRANSFER_OUT);
    if (shareTransfer || type == TransactionType.SPLIT) {
      return Money.zero(amount.currency());
    }
    return type.cashSign() > 0 ? amount : amount.negated();
  }

  /**
   * The signed change in shares held: the quantity for buys, reinvestments and transfers in, minus
   * it for sales and transfers out, the change itself for a split, zero for cash flows.
   */
  public BigDecimal shareChange() {
    if (!movesShares()) {
      return BigDecimal.ZERO;
    }
    if (type == TransactionType.SELL || type == TransactionType.TRANSFER_OUT) {
      return quantity.negate();
    }
    return quantity;
  }
}
