package io.perennial.report;

import io.perennial.basics.Rates;
import io.perennial.plan.PlanProjection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The projection's flat tax rates as a report shows them: the rates of
 * {@link PlanProjection.TaxRatesUsed}, and where each comes from in a sentence.
 *
 * @param incomeRate on income paid in taxable accounts
 * @param deferredWithdrawalRate on everything taken out of tax-deferred accounts
 * @param taxableSaleRate on principal sold from taxable accounts
 * @param otherIncomeRate on the other income
 * @param unrealisedGainShare (value − cost) ÷ value of the taxable holdings whose cost is known
 * @param basis where each rate comes from, for people
 */
public record TaxRatesView(
    double incomeRate, double deferredWithdrawalRate, double taxableSaleRate, double otherIncomeRate,
    double unrealisedGainShare, List<String> basis) {

  public TaxRatesView {
    basis = List.copyOf(basis);
  }

  /** The view of {@code rates}. */
  public static TaxRatesView of(PlanProjection.TaxRatesUsed rates) {
    return new TaxRatesView(rates.incomeRate(), rates.deferredWithdrawalRate(), rates.taxableSaleRate(),
        rates.otherIncomeRate(), rates.unrealisedGainShare(), basis(rates));
  }

  /**
   * One sentence per rate on where it comes from: "taxable-account income 6.33 %: the tax the
   * taxable accounts' income causes ($475.00) / that income ($7,500.00), 2025 rules"; the other
   * income's only when there is other income.
   */
  public static List<String> basis(PlanProjection.TaxRatesUsed rates) {
    PlanProjection.TaxRatesUsed.Workings w = rates.workings();
    List<String> basis = new ArrayList<>();
    basis.add("taxable-account income " + Rates.percent(rates.incomeRate(), 2) + ": the tax the taxable accounts' income causes ("
        + dollars(w.taxableIncomeTax()) + ") / that income (" + dollars(w.taxableIncome()) + "), " + w.rulesYear() + " rules");
    basis.add("tax-deferred withdrawals " + Rates.percent(rates.deferredWithdrawalRate(), 2) + (w.deferredIncome().signum() > 0
        ? ": the tax caused by withdrawing the tax-deferred accounts' income (" + dollars(w.deferredWithdrawalTax())
            + ") / that income (" + dollars(w.deferredIncome()) + ")"
        : ": the marginal rate of ordinary income (the tax-deferred accounts pay no income)"));
    basis.add("sales from taxable accounts " + Rates.percent(rates.taxableSaleRate(), 2) + ": the marginal long-term-gain rate ("
        + Rates.percent(w.longTermGainRate(), 2) + ") x the unrealised gain share of the taxable holdings ("
        + Rates.percent(rates.unrealisedGainShare(), 2) + (w.gainFromLots() ? ", from the lots' cost" : ", no cost known") + ")");
    if (w.otherIncome().signum() > 0) {
      basis.add("other income " + Rates.percent(rates.otherIncomeRate(), 2) + ": the tax on the taxable other income alone ("
          + dollars(w.otherIncomeTax()) + ") / the other income (" + dollars(w.otherIncome()) + ")");
    }
    return basis;
  }

  /** An amount as the reports write it: $1,234.50. */
  static String dollars(BigDecimal amount) {
    return String.format(Locale.US, "$%,.2f", amount);
  }

  /** An amount as the reports write it: $1,234.50. */
  static String dollars(double amount) {
    return String.format(Locale.US, "$%,.2f", amount);
  }
}
