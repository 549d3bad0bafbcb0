package io.perennial.tax;

import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After-tax income of a portfolio. Stateless:
 * {@code calculate(holdings' income, household's other income, filer, rules)}.
 *
 * <ol>
 *   <li>Each holding's income is split by character (its {@link io.perennial.domain.IncomeMix}),
 *       to the cent.
 *   <li>The taxable accounts' income, by kind, is added to the household's other income and the
 *       {@link HouseholdTaxCalculator} gives the marginal rate of every kind at that income.
 *   <li>Taxable account: each character is taxed at its kind's marginal rate (federal + NIIT +
 *       state); return of capital is not taxed now. Tax-deferred: the whole income is taxed at
 *       the marginal rate of ordinary income, as it will be when withdrawn (today's rate stands in
 *       for the rate at withdrawal). Tax-free: no tax.
 * </ol>
 * The exact extra tax of the taxable income (household tax with it − without it) is reported next
 * to the rows' sum.
 */
public final class AfterTaxIncomeCalculator {

  private AfterTaxIncomeCalculator() {}

  public static AfterTaxIncomeResult calculate(
      List<HoldingIncome> holdings, HouseholdIncome otherIncome, TaxFiler filer, TaxYearRules rules) {
    Checks.notNull(holdings, "holdings");
    Checks.notNull(otherIncome, "other income");

    List<Map<IncomeCharacter, BigDecimal>> splits = new ArrayList<>();
    HouseholdIncome taxableIncome = HouseholdIncome.NONE;
    for (HoldingIncome holding : holdings) {
      Map<IncomeCharacter, BigDecimal> split = split(holding);
      splits.add(split);
      if (holding.accountType() == AccountType.TAXABLE) {
        for (Map.Entry<IncomeCharacter, BigDecimal> part : split.entrySet()) {
          Optional<IncomeKind> kind = IncomeKind.of(part.getKey());
          if (kind.isPresent()) {
            taxableIncome = taxableIncome.plus(kind.get(), part.getValue());
          }
        }
      }
    }

    HouseholdIncome householdIncome = otherIncome.plus(taxableIncome);
    HouseholdTaxResult household = HouseholdTaxCalculator.calculate(householdIncome, filer, rules);
    Map<IncomeKind, MarginalRate> rates = household.marginalRates();
    BigDecimal withoutPortfolio = HouseholdTaxCalculator.cents(
        HouseholdTaxCalculator.exactTotalTax(otherIncome, filer, rules));
    BigDecimal denominator = BigDecimal.ONE.subtract(rates.get(IncomeKind.TAXABLE_INTEREST).total());

    List<AfterTaxIncomeResult.HoldingAfterTax> rows = new ArrayList<>();
    Map<String, BigDecimal[]> byAccount = new LinkedHashMap<>();
    Map<String, AccountType> accountTypes = new LinkedHashMap<>();
    BigDecimal totalIncome = BigDecimal.ZERO;
    BigDecimal totalTax = BigDecimal.ZERO;
    for (int i = 0; i < holdings.size(); i++) {
      HoldingIncome holding = holdings.get(i);
      Map<IncomeCharacter, BigDecimal> split = splits.get(i);
      BigDecimal tax = BigDecimal.ZERO;
      switch (holding.accountType()) {
        case TAXABLE:
          for (Map.Entry<IncomeCharacter, BigDecimal> part : split.entrySet()) {
            Optional<IncomeKind> kind = IncomeKind.of(part.getKey());
            if (kind.isPresent()) {
              tax = tax.add(part.getValue().multiply(rates.get(kind.get()).total()));
            }
          }
          break;
        case TAX_DEFERRED:
          tax = holding.income().multiply(rates.get(IncomeKind.ORDINARY).total());
          break;
        case TAX_FREE:
        default:
          break;
      }
      tax = HouseholdTaxCalculator.cents(tax);
      BigDecimal after = holding.income().subtract(tax);
      double equivalent = Double.NaN;
      if (holding.marketValue().signum() > 0 && denominator.signum() > 0) {
        equivalent = after.divide(holding.marketValue(), 12, RoundingMode.HALF_UP)
            .divide(denominator, 12, RoundingMode.HALF_UP).doubleValue();
      }
      rows.add(new AfterTaxIncomeResult.HoldingAfterTax(holding.assetId(), holding.accountId(),
          holding.accountType(), holding.income(), split, tax, after, equivalent));
      BigDecimal[] sums = byAccount.computeIfAbsent(holding.accountId(), id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      AccountType previous = accountTypes.putIfAbsent(holding.accountId(), holding.accountType());
      if (previous != null && previous != holding.accountType()) {
        throw new InvalidInputException("account " + holding.accountId() + " is given as both " + previous.id()
            + " and " + holding.accountType().id() + "; an account has one type");
      }
      sums[0] = sums[0].add(holding.income());
      sums[1] = sums[1].add(tax);
      totalIncome = totalIncome.add(holding.income());
      totalTax = totalTax.add(tax);
    }
    List<AfterTaxIncomeResult.AccountAfterTax> accounts = new ArrayList<>();
    byAccount.forEach((id, sums) -> accounts.add(new AfterTaxIncomeResult.AccountAfterTax(
        id, accountTypes.get(id), sums[0], sums[1], sums[0].subtract(sums[1]))));
    return new AfterTaxIncomeResult(rows, accounts, totalIncome, totalTax, totalIncome.subtract(totalTax),
        household, withoutPortfolio, household.totalTax().subtract(withoutPortfolio), rates);
  }

  /** The holding's income by character, to the cent (rounded down); the last character takes the remainder. */
  private static Map<IncomeCharacter, BigDecimal> split(HoldingIncome holding) {
    Map<IncomeCharacter, BigDecimal> split = new EnumMap<>(IncomeCharacter.class);
    List<IncomeCharacter> characters = new ArrayList<>(holding.mix().shares().keySet());
    BigDecimal assigned = BigDecimal.ZERO;
    for (int i = 0; i < characters.size(); i++) {
      IncomeCharacter character = characters.get(i);
      BigDecimal part = i + 1 < characters.size()
          ? holding.income().multiply(BigDecimal.valueOf(holding.mix().share(character))).setScale(2, RoundingMode.DOWN)
          : holding.income().subtract(assigned).max(BigDecimal.ZERO);
      assigned = assigned.add(part);
      split.put(character, part);
    }
    return split;
  }
}
