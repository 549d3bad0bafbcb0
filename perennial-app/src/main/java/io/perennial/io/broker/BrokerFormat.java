package io.perennial.io.broker;

import io.perennial.domain.Identified;

/** The file formats {@code perennial import} reads (docs/store.md). */
public enum BrokerFormat implements Identified {
  FIDELITY("fidelity"),
  SCHWAB("schwab"),
  VANGUARD("vanguard"),
  IBKR_FLEX("ibkr-flex"),
  OFX("ofx"),
  CSV("csv");

  private final String id;

  BrokerFormat(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static BrokerFormat parse(String text) {
    return Identified.parse(BrokerFormat.class, text, "format");
  }
}
