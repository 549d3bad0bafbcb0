package io.perennial.io.broker;

/** A row that cannot be read: its reason becomes a {@link Rejection} and the rest of the file still loads. */
final class RowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RowException(String reason) {
    super(reason, null, false, false);
  }
}
