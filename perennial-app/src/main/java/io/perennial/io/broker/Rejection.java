package io.perennial.io.broker;

import io.perennial.basics.Checks;

/**
 * A row of a broker file that was not loaded, and why.
 *
 * @param line the line of the file (1-based)
 * @param reason what is wrong, and the fix when there is one
 */
public record Rejection(long line, String reason) {

  public Rejection {
    Checks.notBlank(reason, "reason");
  }
}
