package io.perennial.cli;

/** A problem with no solution; the message names the constraints that conflict. Exit code 3. */
public final class InfeasibleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InfeasibleException(String message) {
    super(message);
  }
}
