package io.perennial.realestate;

import io.perennial.domain.Identified;

/**
 * What a building is used for, which sets its recovery period under MACRS (IRC §168(c)): straight
 * line with the mid-month convention over 27.5 years for residential rental property (a building
 * at least 80 % of whose rent comes from dwelling units), over 39 years for nonresidential real
 * property (IRS Publication 946, tables A-6 and A-7a).
 */
public enum PropertyUse implements Identified {
  /** Residential rental property: 27.5 years. */
  RESIDENTIAL("residential", 27.5),
  /** Nonresidential real property (offices, shops, warehouses): 39 years. */
  NONRESIDENTIAL("nonresidential", 39.0);

  private final String id;
  private final double recoveryYears;

  PropertyUse(String id, double recoveryYears) {
    this.id = id;
    this.recoveryYears = recoveryYears;
  }

  @Override
  public String id() {
    return id;
  }

  /** The recovery period in years (27.5 or 39). */
  public double recoveryYears() {
    return recoveryYears;
  }

  /** The recovery period in months (330 or 468). */
  public int recoveryMonths() {
    return (int) Math.round(recoveryYears * 12.0);
  }

  public static PropertyUse parse(String text) {
    return Identified.parse(PropertyUse.class, text, "property use");
  }
}
