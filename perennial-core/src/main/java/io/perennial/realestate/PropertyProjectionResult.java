package io.perennial.realestate;

import io.perennial.basics.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A property year by year on one path, for the whole property, with its sale if one was asked for.
 *
 * @param property the property
 * @param years the projected years in order (through the year of the sale when it is sold)
 * @param sale the sale at the end of its year, if any
 */
public record PropertyProjectionResult(RentalProperty property, List<PropertyYear> years, Optional<SaleResult> sale) {

  public PropertyProjectionResult {
    Checks.notNull(property, "property");
    years = List.copyOf(years);
    Checks.notNull(sale, "sale (Optional.empty() for none)");
  }

  /** The years at the household's ownership share. */
  public List<PropertyYear> ownersYears() {
    List<PropertyYear> owned = new ArrayList<>(years.size());
    for (PropertyYear y : years) {
      owned.add(y.scaled(property.ownershipShare()));
    }
    return owned;
  }

  /** The sale at the household's ownership share. */
  public Optional<SaleResult> ownersSale() {
    return sale.map(s -> s.scaled(property.ownershipShare()));
  }

  /** The first projected year in which the loan balance reaches zero, or −1 when it does not within the years (or there is no loan). */
  public int payoffYear() {
    for (PropertyYear y : years) {
      if (y.balanceStart().amount().signum() > 0 && y.balanceEnd().isZero()) {
        return y.year();
      }
    }
    return -1;
  }
}
