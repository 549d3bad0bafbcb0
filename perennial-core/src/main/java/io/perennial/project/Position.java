package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.domain.AccountType;

/**
 * One holding in the projection: money in one return series (an asset or an asset class) inside
 * one kind of account. The positions' starting values also set the target mix: rebalancing
 * restores each position's starting share of its account.
 *
 * @param name a label (unique in the model)
 * @param series the name of the return series that drives it (a column of the return source)
 * @param account how the account is taxed; withdrawals follow the model's order of account types
 * @param value starting value, in money, ≥ 0
 * @param incomeYield starting yield on value: income paid in the first year ÷ value, in [0, 0.3]
 * @param income how the income evolves
 * @param reinvestFraction the share of the (after-tax) income reinvested in the position and not
 *     available for spending, in [0, 1] (1 = all, 0 = none)
 */
public record Position(
    String name,
    String series,
    AccountType account,
    double value,
    double incomeYield,
    IncomeModel income,
    double reinvestFraction) {

  public Position {
    Checks.notBlank(name, "position name");
    Checks.notBlank(series, "return series of " + name);
    Checks.notNull(account, "account type of " + name);
    Checks.nonNegative(value, "value of " + name);
    Checks.inRange(incomeYield, 0.0, IncomeModel.DividendGrowth.MAX_YIELD, "income yield of " + name);
    Checks.notNull(income, "income model of " + name);
    Checks.inRange(reinvestFraction, 0.0, 1.0, "reinvested fraction of the income of " + name);
  }

  /** A position that pays no income (its whole return is growth in value), in a taxable account. */
  public static Position totalReturn(String series, double value) {
    return new Position(series, series, AccountType.TAXABLE, value, 0.0, new IncomeModel.ConstantYield(), 0.0);
  }

  public Position withValue(double newValue) {
    return new Position(name, series, account, newValue, incomeYield, income, reinvestFraction);
  }

  public Position withIncome(double yield, IncomeModel model) {
    return new Position(name, series, account, value, yield, model, reinvestFraction);
  }

  public Position withReinvestFraction(double fraction) {
    return new Position(name, series, account, value, incomeYield, income, fraction);
  }

  public Position withAccount(AccountType type) {
    return new Position(name, series, type, value, incomeYield, income, reinvestFraction);
  }
}
