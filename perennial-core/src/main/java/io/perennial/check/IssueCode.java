package io.perennial.check;

import io.perennial.domain.Identified;

/** What a health issue is about; the id is the issue's {@code code} in JSON. */
public enum IssueCode implements Identified {
  /** A target of the policy outside its band. */
  DRIFT("drift"),
  /** Too much in one asset, stock, issuer, sector or class. */
  CONCENTRATION("concentration"),
  /** A holding whose dividend record looks like those that come before cuts. */
  DIVIDEND_SAFETY("dividend-safety"),
  /** The portfolio's income (after tax, with other income) below the spending need. */
  INCOME_SHORTFALL("income-shortfall"),
  /** Real income falling: over the last years received, or expected to grow slower than inflation. */
  INFLATION_EROSION("inflation-erosion"),
  /** More cash than the stated months of spending. */
  CASH_DRAG("cash-drag"),
  /** A taxable lot whose loss is worth harvesting. */
  HARVESTABLE_LOSS("harvestable-loss"),
  /** A required minimum distribution not yet taken. */
  RMD_DUE("rmd-due");

  private final String id;

  IssueCode(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
