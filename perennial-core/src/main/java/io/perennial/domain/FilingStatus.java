package io.perennial.domain;

/** US federal filing status. */
public enum FilingStatus implements Identified {
  SINGLE("single"),
  /** Married filing jointly (also right for a qualifying surviving spouse). */
  MARRIED_JOINT("married-joint"),
  HEAD_OF_HOUSEHOLD("head-of-household"),
  /** Married filing separately: one spouse's own return. */
  MARRIED_SEPARATE("married-separate");

  private final String id;

  FilingStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static FilingStatus parse(String text) {
    return Identified.parse(FilingStatus.class, text, "filing status");
  }
}
