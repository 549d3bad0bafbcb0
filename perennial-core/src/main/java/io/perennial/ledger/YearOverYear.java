package io.perennial.ledger;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Growth of income received: the twelve months up to a date against the twelve before, and the
 * totals of each calendar year.
 *
 * @param asOf the last day of the trailing twelve months
 * @param trailing12Months income received in the twelve months ending on {@code asOf}
 * @param prior12Months income received in the twelve months before those
 * @param growth trailing ÷ prior − 1, a fraction; empty when nothing was received in the prior months
 * @param byYear income received per calendar year
 */
public record YearOverYear(
    LocalDate asOf, Money trailing12Months, Money prior12Months, OptionalDouble growth, Map<Integer, Money> byYear) {

  public YearOverYear {
    Checks.notNull(asOf, "as-of date");
    Checks.notNull(trailing12Months, "trailing 12 months");
    Checks.notNull(prior12Months, "prior 12 months");
    Checks.notNull(growth, "growth");
    byYear = Collections.unmodifiableMap(new TreeMap<>(byYear));
  }
}
