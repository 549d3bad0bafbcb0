package io.perennial.ledger;

import io.perennial.domain.Identified;

/** How sure a month of the income calendar is. */
public enum ForecastStatus implements Identified {
  /** All of it has been received. */
  PAID("paid"),
  /** Received or declared by the issuer, nothing estimated. */
  DECLARED("declared"),
  /** Some of it is estimated from the payment history. */
  ESTIMATED("estimated");

  private final String id;

  ForecastStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
