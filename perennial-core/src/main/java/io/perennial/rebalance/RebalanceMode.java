package io.perennial.rebalance;

import io.perennial.domain.Identified;

/**
 * How far rebalancing goes once the cash flows are placed (research notes: Wealthfolio's three modes,
 * Daryanani's trade to an inner band, the 5/25 rule).
 */
public enum RebalanceMode implements Identified {
  /** Buys only: new money, income received and cash above its target go to what is most under target; nothing is sold. */
  CASH_FLOW("cash-flow"),
  /** Cash flows first, then every target still outside its band back to its target (within a fifth of its band). */
  SELL("sell"),
  /** Cash flows first, then every target still outside its band back to the edge of its band. */
  HYBRID("hybrid");

  private final String id;

  RebalanceMode(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
