package io.perennial.basics;

import java.util.Optional;

/**
 * A value a user can supply broke an engine rule: the message names the argument and says what was
 * expected. It extends {@link IllegalArgumentException} so existing catch sites keep working; the
 * CLI reports it as bad input (exit 2), while a plain {@code IllegalArgumentException} is a bug.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field path the message is about (such as {@code accounts[0].holdings[2].quantity}), or null. */
  private final String field;

  /** An input failure described by {@code message}, about no particular field. */
  public InvalidInputException(String message) {
    this(message, (String) null);
  }

  /** An input failure described by {@code message}, about {@code field} (a field path, or null). */
  public InvalidInputException(String message, String field) {
    super(message);
    this.field = field;
  }

  /** An input failure described by {@code message}, found while doing something that failed with {@code cause}. */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
    this.field = null;
  }

  /** The field path the failure is about, when the thrower knew it. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
