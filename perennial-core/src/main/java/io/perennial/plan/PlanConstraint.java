package io.perennial.plan;

import io.perennial.basics.Checks;

/**
 * A named rule the allocation must keep, e.g. {@code max-class:reits ≤ 0.15}. The optimizer turns
 * each into a constraint of the same name, so an infeasible plan can name the rules that conflict.
 *
 * @param name unique within the plan; by default {@code kind:subject} ({@code max-class:reits})
 *     or the kind alone for portfolio-wide rules
 * @param kind what is limited
 * @param subject the class id, category id, sector, issuer or asset id the rule applies to;
 *     empty for portfolio-wide kinds
 * @param limit the bound: a weight (0 to 1), a rate (−1 to 1) or a count (≥ 1), as the kind says
 */
public record PlanConstraint(String name, ConstraintKind kind, String subject, double limit) {

  public PlanConstraint {
    Checks.notNull(kind, "constraint kind");
    subject = subject == null ? "" : subject.strip();
    name = name == null || name.isBlank() ? defaultName(kind, subject) : name.strip();
    boolean needsSubject = kind.subject() != ConstraintKind.Subject.NONE;
    Checks.check(needsSubject != subject.isEmpty(), needsSubject
        ? "constraint " + name + " needs a subject: its " + kind.subject().field()
        : "constraint " + name + " applies to the whole portfolio and takes no subject, got '" + subject + "'");
    Checks.finite(limit, "limit of constraint " + name);
    switch (kind.limit()) {
      case WEIGHT -> Checks.inRange(limit, 0.0, 1.0, "limit of constraint " + name + " (a weight)");
      case RATE -> Checks.inRange(limit, -1.0, 1.0, "limit of constraint " + name + " (a yearly rate)");
      case COUNT -> Checks.check(limit >= 1 && limit == Math.rint(limit),
          "limit of constraint " + name + " must be a whole number of at least 1, got " + limit);
      default -> throw new IllegalStateException("unhandled limit kind " + kind.limit());
    }
  }

  /** The default name: {@code kind:subject}, or the kind alone. */
  public static String defaultName(ConstraintKind kind, String subject) {
    return subject == null || subject.isBlank() ? kind.id() : kind.id() + ":" + subject.strip();
  }
}
