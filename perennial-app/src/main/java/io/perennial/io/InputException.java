package io.perennial.io;

import java.nio.file.Path;

/**
 * Bad user input: a message that names the file, the line and the field, and says how to fix it.
 * The CLI prints {@link #getMessage()} and exits with code 2.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String where;
  private final String problem;
  private final String fix;

  public InputException(String where, String problem, String fix) {
    super(compose(where, problem, fix));
    this.where = where;
    this.problem = problem;
    this.fix = fix == null ? "" : fix;
  }

  public InputException(String where, String problem, String fix, Throwable cause) {
    super(compose(where, problem, fix), cause);
    this.where = where;
    this.problem = problem;
    this.fix = fix == null ? "" : fix;
  }

  /** A location such as {@code prices.csv line 12, column AAPL}. */
  public static String at(Path file, long line, String field) {
    StringBuilder text = new StringBuilder(file.toString());
    if (line > 0) {
      text.append(" line ").append(line);
    }
    if (field != null && !field.isEmpty()) {
      text.append(line > 0 ? ", " : " ").append(field);
    }
    return text.toString();
  }

  public String where() {
    return where;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }

  private static String compose(String where, String problem, String fix) {
    StringBuilder text = new StringBuilder();
    if (where != null && !where.isEmpty()) {
      text.append(where).append(": ");
    }
    text.append(problem);
    if (fix != null && !fix.isEmpty()) {
      text.append(". Fix: ").append(fix);
    }
    return text.toString();
  }
}
