package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Makes transactions from the cells of a broker row, turning a broken invariant into a {@link RowException}. */
final class Activity {

  private Activity() {}

  /**
   * A transaction; {@code amount} is stored as given for the types that allow corrections and as its
   * magnitude for the others (the type gives the direction), {@code quantity} as its magnitude but for
   * splits.
   */
  static Transaction of(LocalDate date, String account, TransactionType type, AssetId asset, BigDecimal quantity,
      BigDecimal amount, IncomeCharacter character) {
    BigDecimal q = quantity == null ? BigDecimal.ZERO : type == TransactionType.SPLIT ? quantity : quantity.abs();
    BigDecimal a = amount == null ? BigDecimal.ZERO : type.allowsCorrections() ? amount : amount.abs();
    try {
      return new Transaction(date, account, type, Optional.ofNullable(asset), q.stripTrailingZeros(), Money.usd(a),
          Optional.ofNullable(character));
    } catch (InvalidInputException e) {
      throw new RowException(e.getMessage());
    }
  }

  /** The type of a cash movement by its sign: in when more than zero. */
  static TransactionType inOrOut(BigDecimal amount, TransactionType in, TransactionType out) {
    return amount != null && amount.signum() < 0 ? out : in;
  }
}
