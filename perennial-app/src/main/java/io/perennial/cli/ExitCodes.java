package io.perennial.cli;

/** Exit codes of every command (DESIGN §5). */
public final class ExitCodes {

  private ExitCodes() {}

  /** Done. */
  public static final int OK = 0;
  /** Internal error (a bug): the message asks for a report. */
  public static final int INTERNAL = 1;
  /** Bad input or usage: the message names the file, line or field. */
  public static final int BAD_INPUT = 2;
  /** Infeasible or unsolvable problem: the message names the conflicting constraints. */
  public static final int INFEASIBLE = 3;
}
