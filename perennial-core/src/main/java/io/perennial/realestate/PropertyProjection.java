package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rental property projected year by year along a {@link PropertyPath}: rent, vacancy,
 * operating expenses, the loan's actual payments, depreciation and value, and a sale if asked for.
 *
 * <p>Year t covers the twelve months from {@code start} + 12·t. Its scheduled rent is 12 × the
 * monthly rent × Π_{k&lt;t} (1 + rent growth_k); fixed expenses grow at the path's expense growth;
 * management is its share of the effective rent; reserves are their share of the gross rent or of
 * the value at the start of the year; the value grows by the year's value growth; interest and
 * principal are those of the loan payments due in the twelve months (so the balance reaches zero
 * in the year of the last payment); depreciation is that of the calendar year in which the twelve
 * months start. A sale in year s happens in the first month after it, at the value at its end.
 */
public final class PropertyProjection {

  private PropertyProjection() {}

  /**
   * When and how a projected property is sold.
   *
   * @param year the projected year at whose end it is sold (0 = after the first year)
   * @param sellingCosts commissions and closing costs as a share of the price, in [0, 0.2]
   */
  public record Sale(int year, double sellingCosts) {
    public Sale {
      Checks.nonNegative(year, "year of the sale");
      Checks.inRange(sellingCosts, 0.0, 0.2, "selling costs as a share of the price");
    }
  }

  /** {@code years} years of the property on its own expectations (a {@link PropertyPath#constant} path), from its value date. */
  public static PropertyProjectionResult expected(RentalProperty property, int years) {
    return run(property, YearMonth.from(property.valueDate()), PropertyPath.constant(property, years), Optional.empty());
  }

  /** The first year from the property's value date: the stabilized year calculators show. */
  public static PropertyYear firstYear(RentalProperty property) {
    return expected(property, 1).years().get(0);
  }

  /**
   * The property along {@code path} from {@code start}, for all the path's years or through the
   * year of {@code sale}.
   */
  public static PropertyProjectionResult run(RentalProperty property, YearMonth start, PropertyPath path, Optional<Sale> sale) {
    Checks.notNull(property, "property");
    Checks.notNull(start, "start month");
    Checks.notNull(path, "property path");
    Checks.notNull(sale, "sale (Optional.empty() for none)");
    int years = path.years();
    if (sale.isPresent()) {
      Checks.check(sale.get().year() < years, "the sale in year " + sale.get().year() + " lies beyond the path's "
          + years + " years");
      years = sale.get().year() + 1;
    }
    Optional<AmortizationSchedule> loan = property.amortization();
    DepreciationSchedule depreciation = property.depreciation();
    OperatingExpenses expenses = property.expenses();
    Money zero = Money.zero(property.value().currency());
    Money cashInvested = property.cashInvested();
    Money annualRent = property.monthlyRent().times(BigDecimal.valueOf(12));
    double rentIndex = 1.0;
    double expenseIndex = 1.0;
    double valueIndex = 1.0;
    List<PropertyYear> out = new ArrayList<>(years);
    for (int t = 0; t < years; t++) {
      YearMonth from = start.plusMonths(12L * t);
      YearMonth to = from.plusMonths(12);
      Money gross = annualRent.times(rentIndex);
      Money vacancyLoss = gross.times(path.vacancy(t));
      Money effective = gross.minus(vacancyLoss);
      Money valueStart = property.value().times(valueIndex);
      double nextValueIndex = valueIndex * (1.0 + path.valueGrowth(t));
      Money valueEnd = property.value().times(nextValueIndex);
      LoanYear debt = loan.map(s -> s.between(from, to, 0)).orElse(new LoanYear(0, zero, zero, zero));
      Money balanceStart = loan.map(s -> s.balanceBefore(from)).orElse(zero);
      out.add(new PropertyYear(t, from.getYear(), gross, vacancyLoss,
          effective.times(expenses.managementShare()),
          expenses.maintenance().yearly(gross, valueStart),
          expenses.capitalReserve().yearly(gross, valueStart),
          expenses.fixed().times(expenseIndex),
          debt.interest(), debt.principal(), depreciation.forTaxYear(from.getYear()),
          valueStart, valueEnd, balanceStart, debt.balance(), cashInvested));
      rentIndex *= 1.0 + path.rentGrowth(t);
      expenseIndex *= 1.0 + path.expenseGrowth(t);
      valueIndex = nextValueIndex;
    }
    Optional<SaleResult> sold = sale.map(s -> PropertySale.sell(property, start.plusMonths(12L * (s.year() + 1)),
        out.get(s.year()).valueEnd(), s.sellingCosts()));
    return new PropertyProjectionResult(property, out, sold);
  }
}
