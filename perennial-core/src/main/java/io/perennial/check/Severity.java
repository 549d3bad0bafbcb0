package io.perennial.check;

import io.perennial.domain.Identified;

/** How urgent a health issue is. */
public enum Severity implements Identified {
  /** Worth knowing; no harm if it waits. */
  INFO("info"),
  /** Should be dealt with at the next review. */
  WARNING("warning"),
  /** Costs money or puts the plan at risk if it is not dealt with soon. */
  CRITICAL("critical");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
