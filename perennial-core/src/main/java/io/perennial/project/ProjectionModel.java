package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.domain.AccountType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the projection needs besides the returns: what is held, how it is spent, taxed and
 * rebalanced, for how long. Amounts are in money; "today's money" means the money of the first
 * simulated year.
 *
 * <p>Order of events in simulated year t (DESIGN §4), with {@link Timing#START}:
 *
 * <ol>
 *   <li><b>payment date</b> (start of year): outside income streams are paid; each position pays
 *       its income (yield on value × value); the rule's spending is met from the streams, then from
 *       the income that is not set aside for reinvestment, then from principal account by account
 *       in {@link #withdrawalOrder()} (pro rata to value within an account type); taxes of the year
 *       are paid (grossed up on withdrawals); income not spent goes back into its position;
 *       contributions (before spending starts) and surplus stream income are invested pro rata to
 *       the target mix;
 *   <li>returns: each position's value grows by its series' total return of the year;
 *   <li>income growth and cuts: the next payment's income per share reacts to this year's return;
 *   <li>rebalancing within each account type, if due;
 *   <li>inflation: the price level moves by the year's inflation; indexed spending and streams
 *       follow it for the next year; real values are recorded.
 * </ol>
 *
 * With {@link Timing#END} the returns (and the income growth decided on the previous year's
 * return) come first and the payment date is the end of the year.
 *
 * @param positions the holdings, at least one, unique names, total value &gt; 0; or all of value 0
 *     for a saver who holds nothing yet (a contribution and a later spending start), whose
 *     contributions are then split equally among the positions
 * @param spending the spending rule
 * @param spendingStartYear first year with spending (0 for a retiree); earlier years are
 *     accumulation years that receive the contribution
 * @param annualContribution savings added each accumulation year, in today's money (indexed), ≥ 0
 * @param streams outside income streams
 * @param taxes flat tax rates
 * @param withdrawalOrder the order in which account types are drawn down (each type once)
 * @param years the horizon in years (accumulation and spending together), &gt; 0
 * @param timing when income and spending happen within a year
 * @param rebalancing when positions return to their targets
 * @param incomeGoal the yearly after-tax income wanted, in today's money, for the "goal reached"
 *     and coverage statistics (0 = none)
 */
public record ProjectionModel(
    List<Position> positions,
    SpendingRule spending,
    int spendingStartYear,
    double annualContribution,
    List<IncomeStream> streams,
    TaxRates taxes,
    List<AccountType> withdrawalOrder,
    int years,
    Timing timing,
    Rebalancing rebalancing,
    double incomeGoal) {

  /** Taxable first, then tax-deferred, then tax-free (the conventional order). */
  public static final List<AccountType> CONVENTIONAL_ORDER =
      List.of(AccountType.TAXABLE, AccountType.TAX_DEFERRED, AccountType.TAX_FREE);

  public ProjectionModel {
    positions = List.copyOf(Checks.notNull(positions, "positions"));
    Checks.check(!positions.isEmpty(), "a projection needs at least one position");
    Set<String> names = new HashSet<>();
    double total = 0.0;
    for (Position p : positions) {
      Checks.check(names.add(p.name()), "position name '" + p.name() + "' appears twice");
      total += p.value();
    }
    Checks.notNull(spending, "spending rule");
    Checks.nonNegative(spendingStartYear, "first year of spending");
    Checks.nonNegative(annualContribution, "yearly contribution");
    Checks.check(total > 0.0 || (annualContribution > 0.0 && spendingStartYear > 0),
        "the positions' total starting value must be more than zero (or a saver must contribute before spending starts)");
    streams = List.copyOf(Checks.notNull(streams, "income streams"));
    Checks.notNull(taxes, "tax rates");
    withdrawalOrder = List.copyOf(Checks.notNull(withdrawalOrder, "withdrawal order"));
    Checks.check(withdrawalOrder.size() == AccountType.values().length
            && EnumSet.copyOf(withdrawalOrder).size() == AccountType.values().length,
        "the withdrawal order must name each account type once, got " + withdrawalOrder);
    Checks.positive(years, "horizon in years");
    Checks.check(spendingStartYear < years,
        "spending starts in year " + spendingStartYear + ", after the " + years + "-year horizon");
    Checks.notNull(timing, "timing");
    Checks.notNull(rebalancing, "rebalancing");
    Checks.nonNegative(incomeGoal, "income goal");
  }

  /** The total starting value of the positions. */
  public double startingValue() {
    double total = 0.0;
    for (Position p : positions) {
      total += p.value();
    }
    return total;
  }

  /** The distinct return series the positions use, in order of first use. */
  public List<String> seriesUsed() {
    List<String> series = new ArrayList<>();
    for (Position p : positions) {
      if (!series.contains(p.series())) {
        series.add(p.series());
      }
    }
    return series;
  }

  /** The same model with another spending rule. */
  public ProjectionModel withSpending(SpendingRule rule) {
    return new ProjectionModel(positions, rule, spendingStartYear, annualContribution, streams, taxes,
        withdrawalOrder, years, timing, rebalancing, incomeGoal);
  }

  /** The same model over another horizon. */
  public ProjectionModel withYears(int horizon) {
    return new ProjectionModel(positions, spending, spendingStartYear, annualContribution, streams, taxes,
        withdrawalOrder, horizon, timing, rebalancing, incomeGoal);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a model with defaults: no streams, no taxes, no contribution, spending from year 0,
   * conventional withdrawal order, start-of-year timing, annual rebalancing, and an income goal
   * equal to the rule's goal when it has one.
   */
  public static final class Builder {
    private final List<Position> positions = new ArrayList<>();
    private SpendingRule spending = new SpendingRule.ConstantSpending(0.0, true);
    private int spendingStartYear;
    private double annualContribution;
    private final List<IncomeStream> streams = new ArrayList<>();
    private TaxRates taxes = TaxRates.NONE;
    private List<AccountType> withdrawalOrder = CONVENTIONAL_ORDER;
    private int years = 30;
    private Timing timing = Timing.START;
    private Rebalancing rebalancing = Rebalancing.ANNUAL;
    private Double incomeGoal;

    public Builder position(Position position) {
      positions.add(position);
      return this;
    }

    public Builder positions(List<Position> list) {
      positions.addAll(list);
      return this;
    }

    public Builder spending(SpendingRule rule) {
      this.spending = rule;
      return this;
    }

    public Builder spendingStartYear(int year) {
      this.spendingStartYear = year;
      return this;
    }

    public Builder annualContribution(double amount) {
      this.annualContribution = amount;
      return this;
    }

    public Builder stream(IncomeStream stream) {
      streams.add(stream);
      return this;
    }

    public Builder taxes(TaxRates rates) {
      this.taxes = rates;
      return this;
    }

    public Builder withdrawalOrder(List<AccountType> order) {
      this.withdrawalOrder = order;
      return this;
    }

    public Builder years(int horizon) {
      this.years = horizon;
      return this;
    }

    public Builder timing(Timing when) {
      this.timing = when;
      return this;
    }

    public Builder rebalancing(Rebalancing rule) {
      this.rebalancing = rule;
      return this;
    }

    public Builder incomeGoal(double goal) {
      this.incomeGoal = goal;
      return this;
    }

    public ProjectionModel build() {
      double goal = incomeGoal != null ? incomeGoal
          : spending instanceof SpendingRule.ConstantSpending c ? c.amount()
          : spending instanceof SpendingRule.IncomeOnly i ? i.goal()
          : 0.0;
      return new ProjectionModel(positions, spending, spendingStartYear, annualContribution, streams, taxes,
          withdrawalOrder, years, timing, rebalancing, goal);
    }
  }
}
