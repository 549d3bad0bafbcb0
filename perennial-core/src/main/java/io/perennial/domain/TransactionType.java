package io.perennial.domain;

/**
 * The kind of a transaction in an account. The amount of a transaction is zero or more and its
 * direction follows from the type ({@link #cashSign()}); the quantity is the number of shares
 * bought, sold, reinvested or moved, or for a {@link #SPLIT} the change in shares.
 */
public enum TransactionType implements Identified {
  /** Shares bought; the amount is the cash paid, commission included. */
  BUY("buy"),
  /** Shares sold; the amount is the cash received, net of commission and fees. */
  SELL("sell"),
  /** A distribution received in cash, with its tax character when the broker states it. */
  DIVIDEND("dividend"),
  /** Interest received, with its character (taxable, Treasury, municipal) when known. */
  INTEREST("interest"),
  /**
   * Shares bought with a distribution; the distribution itself is its own {@link #DIVIDEND} row,
   * as every broker lists it, so a reinvestment is a purchase, not income.
   */
  REINVESTMENT("reinvestment"),
  /**
   * A split or reverse split: the quantity is the change in shares (more than zero for a split,
   * less than zero for a reverse split); the amount is zero; the cost basis is unchanged.
   */
  SPLIT("split"),
  /** Cash or shares moved into the account; for shares the amount is the cost basis carried over (zero when unknown). */
  TRANSFER_IN("transfer-in"),
  /** Cash or shares moved out of the account; for shares the amount is ignored. */
  TRANSFER_OUT("transfer-out"),
  /** A distribution that returns capital: cash received that lowers the cost basis of the shares held. */
  RETURN_OF_CAPITAL("return-of-capital"),
  /** Foreign tax withheld from a distribution. */
  FOREIGN_TAX("foreign-tax"),
  /** Cash added to the account (a contribution, a deposit). */
  DEPOSIT("deposit"),
  /** Cash taken out of the account. */
  WITHDRAWAL("withdrawal"),
  /** A fee charged (advisory, service, margin interest). */
  FEE("fee");

  private final String id;

  TransactionType(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static TransactionType parse(String text) {
    return Identified.parse(TransactionType.class, text, "transaction type");
  }

  /** True for the distributions counted as income received: dividends, interest and return of capital. */
  public boolean isIncome() {
    return this == DIVIDEND || this == INTEREST || this == RETURN_OF_CAPITAL;
  }

  /** True for the types that add shares to lots (buys, reinvestments, transfers of shares in). */
  public boolean addsShares() {
    return this == BUY || this == REINVESTMENT || this == TRANSFER_IN;
  }

  /**
   * True for the types whose amount may be negative, meaning a correction: a dividend or interest
   * reversed, a fee or a foreign tax refunded.
   */
  public boolean allowsCorrections() {
    return this == DIVIDEND || this == INTEREST || this == FEE || this == FOREIGN_TAX;
  }

  /**
   * +1 when the amount is cash coming into the account, -1 when it leaves, 0 for splits. Transfers of
   * shares (with an asset) move no cash: see {@link Transaction#cashEffect()}.
   */
  public int cashSign() {
    switch (this) {
      case SELL:
      case DIVIDEND:
      case INTEREST:
      case RETURN_OF_CAPITAL:
      case DEPOSIT:
      case TRANSFER_IN:
        return 1;
      case SPLIT:
        return 0;
      default:
        return -1;
    }
  }
}
