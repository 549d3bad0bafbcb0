package io.perennial.check;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.Lot;
import io.perennial.estimate.DividendSafety;
import io.perennial.rebalance.Drift;
import io.perennial.tax.WashSaleRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the health checks read: the household's positions valued today and the figures other steps
 * derived (the policy's drift, dividend-safety scores, income and spending, income received, the
 * required distributions, recent purchases). Each part may be absent; the checks that need it then
 * say nothing.
 *
 * @param date the date checked
 * @param positions every holding, cash included (as a position of class cash)
 * @param drift the drift from the target policy, when there is one
 * @param safety dividend-safety scores of the assets that have a history
 * @param income the income and spending of this year, when known
 * @param received income received by year (the store's ledger), oldest first
 * @param distributions the required minimum distributions of this year
 * @param purchases every purchase of the household in the last 30 days, IRAs and Roths included (wash sales)
 * @param partners the fund to buy when an asset is sold for its loss (substantially different, same class)
 * @param identical which assets are substantially identical to which
 * @param longTermRate the household's rate on long-term gains and losses
 * @param shortTermRate its rate on short-term ones
 */
public record CheckInput(LocalDate date, List<Position> positions, Optional<Drift> drift, Map<AssetId, DividendSafety> safety,
    Optional<Income> income, List<ReceivedYear> received, List<Distribution> distributions,
    List<WashSaleRule.Purchase> purchases, Map<AssetId, AssetId> partners, WashSaleRule.SubstantiallyIdentical identical,
    double longTermRate, double shortTermRate) {

  public CheckInput {
    Checks.notNull(date, "date");
    positions = List.copyOf(positions);
    Checks.notNull(drift, "drift");
    safety = Map.copyOf(safety);
    Checks.notNull(income, "income");
    received = List.copyOf(received);
    distributions = List.copyOf(distributions);
    purchases = List.copyOf(purchases);
    partners = Map.copyOf(partners);
    Checks.notNull(identical, "identical");
  }

  /** The household's value. */
  public Money value() {
    Money total = Money.ZERO_USD;
    for (Position position : positions) {
      total = total.plus(position.value());
    }
    return total;
  }

  /**
   * One holding.
   *
   * @param account the account id
   * @param accountType how it is taxed
   * @param asset the asset (its class, sector and issuer)
   * @param singleStock whether it is one company's stock rather than a fund
   * @param quantity units held
   * @param price today's price
   * @param value quantity × price
   * @param lots its tax lots (empty when unknown)
   */
  public record Position(String account, AccountType accountType, Asset asset, boolean singleStock, BigDecimal quantity,
      Money price, Money value, List<Lot> lots) {
    public Position {
      Checks.notBlank(account, "account");
      Checks.notNull(accountType, "account type");
      Checks.notNull(asset, "asset");
      Checks.notNull(value, "value");
      lots = List.copyOf(lots);
    }
  }

  /**
   * This year's income against spending.
   *
   * @param afterTaxIncome the portfolio's expected income after the tax it causes
   * @param otherIncome pensions, benefits, wages
   * @param spending the spending need a year (for a saver: the goal's, in today's dollars)
   * @param drawing whether the household lives on the portfolio now (else it is saving toward it)
   * @param expectedIncomeGrowth the portfolio's expected yearly income growth
   * @param inflation the inflation assumed
   */
  public record Income(Money afterTaxIncome, Money otherIncome, Money spending, boolean drawing, double expectedIncomeGrowth,
      double inflation) {}

  /**
   * Income received in one calendar year.
   *
   * @param year the year
   * @param income the income received, all characters
   * @param priceLevel the consumer price level of that year (any base; only ratios are used)
   */
  public record ReceivedYear(int year, Money income, double priceLevel) {}

  /**
   * A required minimum distribution of this year.
   *
   * @param account the tax-deferred account
   * @param age the owner's age at the end of the year
   * @param divisor the Uniform Lifetime Table divisor
   * @param balance the prior year-end balance
   * @param required what must come out this year
   * @param taken what has come out so far
   * @param deadline when it must be out
   */
  public record Distribution(String account, int age, double divisor, Money balance, Money required, Money taken,
      LocalDate deadline) {}
}
