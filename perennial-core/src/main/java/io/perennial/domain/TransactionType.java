package io.perennial.domain;

/** The kind of a transaction in an account. */
public enum TransactionType implements Identified {
  BUY("buy"),
  SELL("sell"),
  DIVIDEND("dividend"),
  INTEREST("interest"),
  DEPOSIT("deposit"),
  WITHDRAWAL("withdrawal"),
  FEE("fee");

  private final String id;

  TransactionType(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
