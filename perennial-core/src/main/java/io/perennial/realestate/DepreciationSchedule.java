package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * A building's depreciation by tax year, made by {@link Depreciation#schedule}: from the year it
 * was placed in service to the year its basis is used up: 28 tax years for 27.5-year property
 * placed in service in January to June, 29 for July to December; 40 for 39-year property.
 *
 * @param basis the depreciable basis (cost of the building, land excluded)
 * @param placedInService the month the building was placed in service
 * @param use residential (27.5 years) or nonresidential (39 years)
 * @param years the tax years with depreciation, in order; their amounts sum to the basis
 */
public record DepreciationSchedule(Money basis, YearMonth placedInService, PropertyUse use, List<DepreciationYear> years) {

  public DepreciationSchedule {
    Checks.notNull(basis, "basis");
    Checks.notNull(placedInService, "month placed in service");
    Checks.notNull(use, "property use");
    years = List.copyOf(years);
  }

  /** The depreciation of {@code taxYear} (zero before the building was placed in service and after its basis is used up). */
  public Money forTaxYear(int taxYear) {
    for (DepreciationYear y : years) {
      if (y.taxYear() == taxYear) {
        return y.amount();
      }
    }
    return Money.zero(basis.currency());
  }

  /** The depreciation allowed through the end of {@code taxYear}. */
  public Money accumulatedThrough(int taxYear) {
    return Depreciation.throughEndOf(basis, placedInService, use, taxYear);
  }

  /**
   * The depreciation allowed through a disposal in {@code month}: full years before its year, and
   * in its year the months before it plus half of it (mid-month convention). This is the
   * depreciation a sale recaptures.
   */
  public Money accumulatedThroughDisposal(YearMonth month) {
    return Depreciation.throughDisposal(basis, placedInService, use, month);
  }

  /** The depreciation of the tax year of a disposal in {@code month}: the allowed depreciation through it less that through the year before. */
  public Money inYearOfDisposal(YearMonth month) {
    return accumulatedThroughDisposal(month).minus(accumulatedThrough(month.getYear() - 1));
  }

  /** A full year's depreciation: basis / recovery period, rounded to the cent. */
  public Money fullYear() {
    return new Money(basis.amount().multiply(BigDecimal.valueOf(12))
        .divide(BigDecimal.valueOf(use.recoveryMonths()), 2, RoundingMode.HALF_UP), basis.currency());
  }
}
