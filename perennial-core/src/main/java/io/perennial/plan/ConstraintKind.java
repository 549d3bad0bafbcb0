package io.perennial.plan;

import io.perennial.domain.Identified;

/**
 * The kinds of named constraint a plan can state. Each says what its subject is (a class, a
 * category, a sector, an issuer, an asset, or nothing for portfolio-wide rules) and what its
 * limit means. Weights are fractions of the household's investable value.
 */
public enum ConstraintKind implements Identified {
  /** At most {@code limit} of the portfolio in one asset class. */
  MAX_CLASS("max-class", Subject.CLASS, Limit.WEIGHT),
  /** At least {@code limit} of the portfolio in one asset class. */
  MIN_CLASS("min-class", Subject.CLASS, Limit.WEIGHT),
  /** At most {@code limit} in one category (stocks, bonds, real-estate, cash, other). */
  MAX_CATEGORY("max-category", Subject.CATEGORY, Limit.WEIGHT),
  /** At least {@code limit} in one category. */
  MIN_CATEGORY("min-category", Subject.CATEGORY, Limit.WEIGHT),
  /** At most {@code limit} in the assets of one sector. */
  MAX_SECTOR("max-sector", Subject.SECTOR, Limit.WEIGHT),
  /** At most {@code limit} in the assets of one issuer or fund family. */
  MAX_ISSUER("max-issuer", Subject.ISSUER, Limit.WEIGHT),
  /** At least {@code limit} in one asset. */
  MIN_ASSET("min-asset", Subject.ASSET, Limit.WEIGHT),
  /** At most {@code limit} in one asset. */
  MAX_ASSET("max-asset", Subject.ASSET, Limit.WEIGHT),
  /** At most {@code limit} in any single asset. */
  MAX_EACH_ASSET("max-each-asset", Subject.NONE, Limit.WEIGHT),
  /** Portfolio yield of at least {@code limit} (a rate). */
  MIN_YIELD("min-yield", Subject.NONE, Limit.RATE),
  /** Income growth (income-weighted) of at least {@code limit} (a rate, may be negative). */
  MIN_INCOME_GROWTH("min-income-growth", Subject.NONE, Limit.RATE),
  /** At most {@code limit} assets held (a whole number). */
  MAX_HOLDINGS("max-holdings", Subject.NONE, Limit.COUNT);

  /** What a constraint of this kind applies to. */
  public enum Subject {
    CLASS("class"), CATEGORY("category"), SECTOR("sector"), ISSUER("issuer"), ASSET("asset"), NONE("");

    private final String field;

    Subject(String field) {
      this.field = field;
    }

    /** The plan-file field naming the subject ({@code class}, {@code asset}...), empty for none. */
    public String field() {
      return field;
    }
  }

  /** What the limit is. */
  public enum Limit {
    /** A weight from 0 to 1. */
    WEIGHT,
    /** A yearly rate, a fraction between −1 and 1. */
    RATE,
    /** A whole number of at least 1. */
    COUNT
  }

  private final String id;
  private final Subject subject;
  private final Limit limit;

  ConstraintKind(String id, Subject subject, Limit limit) {
    this.id = id;
    this.subject = subject;
    this.limit = limit;
  }

  @Override
  public String id() {
    return id;
  }

  public Subject subject() {
    return subject;
  }

  public Limit limit() {
    return limit;
  }

  /** True for lower bounds (min-…). */
  public boolean isMinimum() {
    return id.startsWith("min-");
  }

  public static ConstraintKind parse(String text) {
    return Identified.parse(ConstraintKind.class, text, "constraint type");
  }
}
