package io.perennial.plan;

import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.Rates;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.tax.IncomeKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The flat tax rates the plan's projection applies in every year, each derived from this year's
 * exact taxes (the {@link TaxAnalysis}), and the figures each comes from. Stateless.
 */
final class TaxRateBasis {

  private TaxRateBasis() {}

  /**
   * The flat rates the projection takes, each from this year's exact taxes (TaxAnalysis), with
   * the figures they come from:
   *
   * <ul>
   *   <li>income in taxable accounts: {@code taxes.causedByTaxableAccounts} ÷ the taxable
   *       accounts' income (0 without such income): the average rate that income bears on top of
   *       the other income;
   *   <li>withdrawals from tax-deferred accounts: {@code taxes.causedByDeferredWithdrawal} ÷ the
   *       tax-deferred accounts' income (the average rate of withdrawing it on top); without such
   *       income, the marginal ordinary rate;
   *   <li>principal sold from taxable accounts: the marginal long-term-gain rate × the unrealised
   *       gain share of the taxable holdings whose cost is known (lots; cash has no gain; a rental
   *       property gains its value less its adjusted basis, {@link PropertyHoldings#unrealisedGain}), the
   *       others taken to have the same share;
   *   <li>other income: the tax on it alone ÷ the other income (applied by paying the other income
   *       after that tax); the Social Security benefits paid this year are part of it.
   * </ul>
   */
  public static PlanProjection.TaxRatesUsed taxRates(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax,
      List<Problem> problems) {
    Map<String, Account> accounts = new LinkedHashMap<>();
    input.accounts().forEach(a -> accounts.put(a.id(), a));
    BigDecimal taxableIncome = BigDecimal.ZERO;
    BigDecimal deferredIncome = BigDecimal.ZERO;
    BigDecimal knownValue = BigDecimal.ZERO;
    BigDecimal knownGain = BigDecimal.ZERO;
    TreeSet<String> unknownBasis = new TreeSet<>();
    for (HoldingsAnalysis.Position position : analysis.holdings().positions()) {
      Account account = accounts.get(position.account());
      if (account.type() == AccountType.TAX_DEFERRED) {
        deferredIncome = deferredIncome.add(position.income().amount());
      } else if (account.type() == AccountType.TAXABLE) {
        taxableIncome = taxableIncome.add(position.income().amount());
        BigDecimal value = position.value().amount();
        Holding holding = account.holding(position.asset()).orElseThrow();
        if (input.asset(position.asset()).isCash()) {
          knownValue = knownValue.add(value);
        } else if (input.settings().properties().containsKey(position.asset())) {
          knownValue = knownValue.add(value);
          knownGain = knownGain.add(PropertyHoldings.unrealisedGain(input.settings().properties().get(position.asset())).amount());
        } else if (holding.costBasis().isPresent()) {
          knownValue = knownValue.add(value);
          knownGain = knownGain.add(value.subtract(holding.costBasis().get().amount()));
        } else if (value.signum() > 0) {
          unknownBasis.add(position.asset().value());
        }
      }
    }
    TaxAnalysis.Taxes taxes = tax.taxes();
    double incomeRate = rate(taxes.causedByTaxableAccounts().total(), taxableIncome, 0.0);
    double marginalOrdinary = tax.afterTaxIncome().deferredTaxRate();
    double deferredRate = rate(taxes.causedByDeferredWithdrawal().total(), deferredIncome, marginalOrdinary);
    double gainRate = taxes.marginalRates().get(IncomeKind.LONG_TERM_GAINS).totalAsDouble();
    double gainShare = knownValue.signum() > 0 ? Math.max(0.0, knownGain.doubleValue() / knownValue.doubleValue()) : 0.0;
    double saleRate = clamp(gainRate * gainShare);
    Money outside = OutsideIncome.totalNow(input);
    double otherAmount = outside.toDouble();
    double otherRate = otherAmount > 0.0 ? clamp(tax.coverage().otherIncomeTax().toDouble() / otherAmount) : 0.0;
    int year = taxes.rulesYear();
    PlanProjection.TaxRatesUsed.Workings workings = new PlanProjection.TaxRatesUsed.Workings(year, taxableIncome,
        taxes.causedByTaxableAccounts().total().amount(), deferredIncome, taxes.causedByDeferredWithdrawal().total().amount(),
        gainRate, knownValue.signum() > 0, outside.amount(), tax.coverage().otherIncomeTax().amount());
    if (!unknownBasis.isEmpty()) {
      problems.add(Problem.of("projection", "no cost basis is known for " + String.join(", ", unknownBasis)
              + " (no lots), so their unrealised gain is taken to be the same share as that of the taxable holdings whose "
              + "cost is known (" + Rates.percent(gainShare, 2) + ")",
          "give lots: with their cost for a closer tax on sales"));
    }
    return new PlanProjection.TaxRatesUsed(incomeRate, deferredRate, saleRate, otherRate, gainShare, workings);
  }

  private static double rate(Money tax, BigDecimal income, double fallback) {
    return income.signum() > 0 ? clamp(tax.amount().doubleValue() / income.doubleValue()) : clamp(fallback);
  }

  /** A tax rate in the range the projection accepts, [0, 0.95]. */
  private static double clamp(double rate) {
    return Math.max(0.0, Math.min(0.95, rate));
  }

}
