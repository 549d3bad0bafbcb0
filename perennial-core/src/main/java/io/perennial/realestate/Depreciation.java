package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * MACRS depreciation of a rental building: straight line over the recovery period of its
 * {@link PropertyUse} (27.5 or 39 years) with the mid-month convention (IRC §168(b)(3), (d)(2);
 * IRS Publication 946, "Figuring Depreciation Under MACRS", and Publication 527 for rentals).
 *
 * <p>The mid-month convention treats the building as placed in service, and as disposed of, in the
 * middle of the month. So the depreciation allowed from placement in service to a date is the
 * basis times the fraction of the recovery period between the two mid-months:
 *
 * <pre>
 *   through the end of tax year Y:  basis · min(1, (months from the month placed in service to January of Y+1 − ½) / (12 · period))
 *   through a disposal in month D:  basis · min(1, (months from the month placed in service to D) / (12 · period))
 * </pre>
 *
 * With 27.5 years the first year is (12 − m + ½) / 330 of the basis for a building placed in
 * service in month m (March: 9.5 / 330 = 2.879 %, Table A-6), each full year 12 / 330 = 3.636 %.
 * Each year's amount is the difference of two accumulated amounts, each rounded half-up to the
 * cent, so the years sum to the basis exactly. Computed exactly rather than from the IRS tables,
 * whose percentages are rounded to three places (Pub 946 allows either; the 39-year table A-7a
 * rounds the monthly rate to 0.214 %, so its first-year figures run up to 0.004 points above the
 * exact ones). The depreciable basis excludes land, which is never depreciated.
 */
public final class Depreciation {

  private Depreciation() {}

  /** The schedule of a building of depreciable {@code basis} placed in service in {@code placedInService}. */
  public static DepreciationSchedule schedule(Money basis, YearMonth placedInService, PropertyUse use) {
    Checks.notNull(basis, "depreciable basis");
    Checks.check(!basis.isNegative(), "depreciable basis must be zero or more, got " + basis);
    Checks.notNull(placedInService, "month placed in service");
    Checks.notNull(use, "property use");
    List<DepreciationYear> years = new ArrayList<>();
    Money before = Money.zero(basis.currency());
    for (int year = placedInService.getYear(); before.compareTo(basis) < 0; year++) {
      Money accumulated = throughEndOf(basis, placedInService, use, year);
      years.add(new DepreciationYear(year, accumulated.minus(before), accumulated, basis.minus(accumulated)));
      before = accumulated;
    }
    return new DepreciationSchedule(basis, placedInService, use, years);
  }

  /** The depreciation allowed through the end of {@code taxYear}. */
  static Money throughEndOf(Money basis, YearMonth placedInService, PropertyUse use, int taxYear) {
    if (taxYear < placedInService.getYear()) {
      return Money.zero(basis.currency());
    }
    long halfMonths = 2 * ChronoUnit.MONTHS.between(placedInService, YearMonth.of(taxYear + 1, 1)) - 1;
    return share(basis, use, halfMonths);
  }

  /** The depreciation allowed through a disposal in {@code month} (that month counting half). */
  static Money throughDisposal(Money basis, YearMonth placedInService, PropertyUse use, YearMonth month) {
    long halfMonths = 2 * Math.max(0, ChronoUnit.MONTHS.between(placedInService, month));
    return share(basis, use, halfMonths);
  }

  private static Money share(Money basis, PropertyUse use, long halfMonths) {
    long total = 2L * use.recoveryMonths();
    long used = Math.max(0, Math.min(halfMonths, total));
    BigDecimal amount = basis.amount().multiply(BigDecimal.valueOf(used))
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    return new Money(amount, basis.currency());
  }
}
