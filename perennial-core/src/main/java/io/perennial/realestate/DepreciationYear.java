package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * The depreciation of one tax year.
 *
 * @param taxYear the calendar year
 * @param amount the year's depreciation
 * @param accumulated the depreciation through the end of the year
 * @param remaining the basis still to depreciate after the year (basis − accumulated)
 */
public record DepreciationYear(int taxYear, Money amount, Money accumulated, Money remaining) {

  public DepreciationYear {
    Checks.notNull(amount, "depreciation");
    Checks.notNull(accumulated, "accumulated depreciation");
    Checks.notNull(remaining, "remaining basis");
  }
}
