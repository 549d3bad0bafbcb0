package io.perennial.basics;

/**
 * One thing wrong with an input or a partial result: where it is (a file, line and field, or a
 * named part of a model), what is wrong, and how to fix it.
 *
 * @param where the location, e.g. {@code "retiree.yaml line 12, accounts[0].holdings[1].quantity"}
 * @param message what is wrong
 * @param fix what the user can do about it (may be empty)
 */
public record Problem(String where, String message, String fix) {

  public Problem {
    Checks.notNull(where, "where");
    Checks.notBlank(message, "message");
    fix = fix == null ? "" : fix;
  }

  public static Problem of(String where, String message, String fix) {
    return new Problem(where, message, fix);
  }

  /** One line for people: {@code where: message. Fix: fix}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (!where.isEmpty()) {
      text.append(where).append(": ");
    }
    text.append(message);
    if (!fix.isEmpty()) {
      text.append(". Fix: ").append(fix);
    }
    return text.toString();
  }
}
