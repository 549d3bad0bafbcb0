package io.perennial.io.broker;

import io.perennial.basics.Checks;
import io.perennial.domain.Transaction;

/**
 * A transaction read from a broker file, with where it came from.
 *
 * @param line the line of the file (1-based)
 * @param transaction what happened
 * @param description the broker's text for it (action and description)
 */
public record ImportedTransaction(long line, Transaction transaction, String description) {

  public ImportedTransaction {
    Checks.notNull(transaction, "transaction");
    description = description == null ? "" : description.strip();
    if (description.length() > 500) {
      description = description.substring(0, 500);
    }
  }
}
