package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rental property as its owner knows it: what it is worth and rents for, what it costs to run,
 * how it was bought and financed. All amounts are for the whole property; {@code ownershipShare}
 * says how much of it (and of its loan) the household owns. Rates are decimal fractions per year.
 *
 * @param name a label
 * @param use residential (27.5-year depreciation) or nonresidential (39 years)
 * @param value the estimate of today's market value, &gt; 0
 * @param valueDate the date of that estimate
 * @param monthlyRent the scheduled rent of all units per month, at full occupancy, ≥ 0
 * @param vacancy the expected share of the scheduled rent lost to vacancy and non-payment, in [0, 1)
 * @param expenses the first year's operating expenses
 * @param rentGrowth expected nominal rent growth per year, in [−0.5, 0.5]
 * @param expenseGrowth expected nominal growth of the fixed operating expenses per year, in [−0.5, 0.5]
 * @param appreciation expected nominal growth of the value per year, in [−0.5, 0.5]
 * @param purchase price, date, capitalized closing costs, month placed in service
 * @param landShare the share of the cost basis that is land (never depreciated), in [0, 1); the
 *     county assessor's land/improvement split is the usual source
 * @param mortgage the loan on the property, if any (fixed rate)
 * @param ownershipShare the household's share of the property and of its loan, in (0, 1]
 */
public record RentalProperty(
    String name,
    PropertyUse use,
    Money value,
    LocalDate valueDate,
    Money monthlyRent,
    double vacancy,
    OperatingExpenses expenses,
    double rentGrowth,
    double expenseGrowth,
    double appreciation,
    Purchase purchase,
    double landShare,
    Optional<Mortgage> mortgage,
    double ownershipShare) {

  public RentalProperty {
    Checks.notBlank(name, "property name");
    Checks.notNull(use, "property use of " + name);
    Checks.notNull(value, "value of " + name);
    Checks.check(value.amount().signum() > 0, "value of " + name + " must be more than zero, got " + value);
    Checks.notNull(valueDate, "date of the value of " + name);
    Checks.notNull(monthlyRent, "monthly rent of " + name);
    Checks.check(!monthlyRent.isNegative(), "monthly rent of " + name + " must be zero or more, got " + monthlyRent);
    Checks.finite(vacancy, "vacancy of " + name);
    Checks.check(vacancy >= 0.0 && vacancy < 1.0, "vacancy of " + name + " must be at least 0 and below 1 (a fraction: 0.05 = 5 %), got " + vacancy);
    Checks.notNull(expenses, "operating expenses of " + name);
    Checks.inRange(rentGrowth, -0.5, 0.5, "rent growth of " + name);
    Checks.inRange(expenseGrowth, -0.5, 0.5, "expense growth of " + name);
    Checks.inRange(appreciation, -0.5, 0.5, "appreciation of " + name);
    Checks.notNull(purchase, "purchase of " + name);
    Checks.check(!purchase.date().isAfter(valueDate), name + " was bought on " + purchase.date()
        + ", after the date of its value " + valueDate);
    Checks.finite(landShare, "land share of " + name);
    Checks.check(landShare >= 0.0 && landShare < 1.0, "land share of " + name + " must be at least 0 and below 1, got " + landShare);
    Checks.notNull(mortgage, "mortgage of " + name + " (Optional.empty() for none)");
    Checks.finite(ownershipShare, "ownership share of " + name);
    Checks.check(ownershipShare > 0.0 && ownershipShare <= 1.0,
        "ownership share of " + name + " must be more than 0 and at most 1, got " + ownershipShare);
    for (Money m : new Money[] {monthlyRent, expenses.fixed(), purchase.price()}) {
      Checks.check(m.currency().equals(value.currency()), "all amounts of " + name + " must be in " + value.currency());
    }
    mortgage.ifPresent(loan -> Checks.check(loan.balance().currency().equals(value.currency()),
        "the mortgage of " + name + " must be in " + value.currency()));
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The depreciable basis: the cost basis less the land share, rounded half-up to the cent. */
  public Money depreciableBasis() {
    Money cost = purchase.costBasis();
    BigDecimal building = cost.amount().multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(landShare)));
    return new Money(building.setScale(2, RoundingMode.HALF_UP), cost.currency());
  }

  /** The building's depreciation schedule from the month it was placed in service. */
  public DepreciationSchedule depreciation() {
    return Depreciation.schedule(depreciableBasis(), purchase.placedInService(), use);
  }

  /** The loan's amortization schedule, if there is a loan. */
  public Optional<AmortizationSchedule> amortization() {
    return mortgage.map(Amortization::of);
  }

  /**
   * The cash the owners put in at purchase: the cost basis less the loan's original amount (the
   * mortgage taken as the purchase loan), zero when the loan covered it all. The denominator of
   * cash-on-cash return.
   */
  public Money cashInvested() {
    Money cost = purchase.costBasis();
    if (mortgage.isEmpty()) {
      return cost;
    }
    Money loan = mortgage.get().originalAmount();
    return cost.compareTo(loan) > 0 ? cost.minus(loan) : Money.zero(cost.currency());
  }

  /** This property with another loan (or none). */
  public RentalProperty withMortgage(Optional<Mortgage> loan) {
    return new RentalProperty(name, use, value, valueDate, monthlyRent, vacancy, expenses, rentGrowth, expenseGrowth,
        appreciation, purchase, landShare, loan, ownershipShare);
  }

  /** Builds a property; name, value, rent, expenses, purchase and land share are required. */
  public static final class Builder {
    private final String name;
    private PropertyUse use = PropertyUse.RESIDENTIAL;
    private Money value;
    private LocalDate valueDate;
    private Money monthlyRent;
    private double vacancy;
    private OperatingExpenses expenses;
    private double rentGrowth;
    private double expenseGrowth;
    private double appreciation;
    private Purchase purchase;
    private Double landShare;
    private Mortgage mortgage;
    private double ownershipShare = 1.0;

    private Builder(String name) {
      this.name = name;
    }

    public Builder use(PropertyUse kind) {
      this.use = kind;
      return this;
    }

    public Builder value(Money estimate, LocalDate date) {
      this.value = estimate;
      this.valueDate = date;
      return this;
    }

    public Builder monthlyRent(Money rent) {
      this.monthlyRent = rent;
      return this;
    }

    public Builder vacancy(double share) {
      this.vacancy = share;
      return this;
    }

    public Builder expenses(OperatingExpenses yearly) {
      this.expenses = yearly;
      return this;
    }

    /** Nominal yearly growth of rent, of the fixed expenses and of the value. */
    public Builder growth(double rent, double expense, double value) {
      this.rentGrowth = rent;
      this.expenseGrowth = expense;
      this.appreciation = value;
      return this;
    }

    public Builder purchase(Purchase bought) {
      this.purchase = bought;
      return this;
    }

    public Builder landShare(double share) {
      this.landShare = share;
      return this;
    }

    public Builder mortgage(Mortgage loan) {
      this.mortgage = loan;
      return this;
    }

    public Builder ownershipShare(double share) {
      this.ownershipShare = share;
      return this;
    }

    public RentalProperty build() {
      Checks.notNull(value, "value of " + name);
      Checks.notNull(landShare, "land share of " + name + " (the assessor's land/improvement split)");
      return new RentalProperty(name, use, value, valueDate, monthlyRent, vacancy, expenses, rentGrowth, expenseGrowth,
          appreciation, purchase, landShare, Optional.ofNullable(mortgage), ownershipShare);
    }
  }
}
