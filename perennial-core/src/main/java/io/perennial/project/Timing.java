package io.perennial.project;

import io.perennial.basics.InvalidInputException;
/** When in each simulated year income is paid and spending is withdrawn. */
public enum Timing {
  /** At the start of the year, before the year's returns (the conservative convention). */
  START,
  /** At the end of the year, after the year's returns. */
  END;

  /** Parses {@code start} or {@code end} (any case). */
  public static Timing parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (t) {
      case "start" -> START;
      case "end" -> END;
      default -> throw new InvalidInputException("timing must be 'start' or 'end', got '" + text + "'");
    };
  }
}
