package io.perennial.domain;

/** US federal filing status. */
public enum FilingStatus implements Identified {
  SINGLE("single"),
  MARRIED_JOINT("married-joint"),
  HEAD_OF_HOUSEHOLD("head-of-household");

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
