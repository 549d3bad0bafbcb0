package io.perennial.market;

import io.perennial.domain.Identified;

/** Where an asset's estimates come from. */
public enum EstimateSource implements Identified {
  /** All figures inherited from the asset's class. */
  CLASS("class"),
  /** Some figures the asset's own, the rest from its class. */
  MIXED("mixed"),
  /** All figures the asset's own. */
  OWN("own");

  private final String id;

  EstimateSource(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
