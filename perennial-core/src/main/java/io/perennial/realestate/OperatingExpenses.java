package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * A rental's operating expenses in its first year: everything the owner pays to run it except the
 * mortgage and income tax. Fixed amounts grow each year at the property's expense growth; shares
 * of rent follow the rent, shares of value follow the value.
 *
 * @param propertyTax yearly property tax, ≥ 0
 * @param insurance yearly insurance, ≥ 0
 * @param managementShare property management as a share of the rent collected (effective rent,
 *     after vacancy: managers bill on what they collect), in [0, 0.5]
 * @param maintenance repairs and maintenance: a tax-deductible expense (repairs are deducted when
 *     spent; the reserve stands for the average spending)
 * @param capitalReserve replacements (roof, appliances, HVAC): cash set aside, <b>not</b>
 *     deductible when set aside (capital expenditures are added to basis and depreciated; that
 *     later depreciation is not modelled)
 * @param hoa yearly homeowners'-association dues, ≥ 0
 * @param other every other yearly operating expense paid by the owner (utilities, landscaping,
 *     leasing fees, or a single total when the expenses are not itemized), ≥ 0
 */
public record OperatingExpenses(
    Money propertyTax,
    Money insurance,
    double managementShare,
    Reserve maintenance,
    Reserve capitalReserve,
    Money hoa,
    Money other) {

  public OperatingExpenses {
    nonNegative(propertyTax, "property tax");
    nonNegative(insurance, "insurance");
    Checks.inRange(managementShare, 0.0, 0.5, "management as a share of rent");
    Checks.notNull(maintenance, "maintenance reserve");
    Checks.notNull(capitalReserve, "capital reserve");
    nonNegative(hoa, "HOA dues");
    nonNegative(other, "other operating expenses");
  }

  /** Expenses given as one yearly total (taxes, insurance, upkeep and everything else together). */
  public static OperatingExpenses total(Money yearly) {
    Money zero = Money.zero(yearly.currency());
    return new OperatingExpenses(zero, zero, 0.0, Reserve.NONE, Reserve.NONE, zero, yearly);
  }

  /** The fixed yearly amounts (property tax, insurance, HOA, other) together. */
  public Money fixed() {
    return propertyTax.plus(insurance).plus(hoa).plus(other);
  }

  private static void nonNegative(Money amount, String name) {
    Checks.notNull(amount, name);
    Checks.check(!amount.isNegative(), name + " must be zero or more, got " + amount);
  }
}
