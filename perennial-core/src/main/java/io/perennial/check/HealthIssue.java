package io.perennial.check;

import io.perennial.basics.Checks;

/**
 * One finding of the health checks: what it is, how urgent, what it is about, the figures behind
 * it and the fix it suggests. Sentences for people are written by the report layer from these.
 *
 * @param code what kind of issue
 * @param severity how urgent
 * @param subject the asset, class, account, issuer, sector or household it is about
 * @param figures the figures that tripped it (a record per code)
 * @param fix the suggested fix
 */
public record HealthIssue(IssueCode code, Severity severity, Subject subject, Figures figures, Fix fix) {

  public HealthIssue {
    Checks.notNull(code, "code");
    Checks.notNull(severity, "severity");
    Checks.notNull(subject, "subject");
    Checks.notNull(figures, "figures");
    Checks.notNull(fix, "fix");
  }

  /**
   * What an issue is about.
   *
   * @param kind asset, class, account, issuer, sector or household
   * @param id its id (empty for the household)
   */
  public record Subject(Kind kind, String id) {
    public Subject {
      Checks.notNull(kind, "kind");
      id = id == null ? "" : id;
    }

    /** The kinds of subject. */
    public enum Kind { ASSET, CLASS, ACCOUNT, ISSUER, SECTOR, HOUSEHOLD }

    static Subject household() {
      return new Subject(Kind.HOUSEHOLD, "");
    }
  }
}
