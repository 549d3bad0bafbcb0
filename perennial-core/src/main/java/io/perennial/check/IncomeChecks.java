package io.perennial.check;

import io.perennial.basics.Money;
import io.perennial.check.Figures.IncomeShortfallFigures;
import io.perennial.check.Figures.InflationErosionFigures;
import io.perennial.check.Figures.InflationErosionFigures.Source;
import io.perennial.check.Figures.RmdDueFigures;
import io.perennial.check.HealthIssue.Subject;
import java.util.List;
import java.util.Optional;

/** The checks of income against spending, inflation and required distributions. */
final class IncomeChecks {

  private IncomeChecks() {}

  /**
   * {@code income-shortfall}: a household drawing on the portfolio whose after-tax income and other
   * income fall short of its spending need (warning): the gap comes out of principal every year.
   */
  static void shortfall(CheckInput input, List<HealthIssue> issues) {
    input.income().filter(CheckInput.Income::drawing).ifPresent(income -> {
      Money covered = income.afterTaxIncome().plus(income.otherIncome());
      if (income.spending().isZero() || covered.compareTo(income.spending()) >= 0) {
        return;
      }
      Money gap = income.spending().minus(covered);
      issues.add(new HealthIssue(IssueCode.INCOME_SHORTFALL, Severity.WARNING, Subject.household(),
          new IncomeShortfallFigures(income.afterTaxIncome(), income.otherIncome(), income.spending(),
              covered.toDouble() / income.spending().toDouble(), gap), Fix.of(Fix.Action.COVER_SHORTFALL, gap)));
    });
  }

  /**
   * {@code inflation-erosion}: real income received fell over the last {@code erosionYears} complete
   * years of the ledger (warning); without a ledger, the portfolio's income is expected to grow more
   * slowly than inflation (a warning for a household drawing on it, info for a saver).
   */
  static void erosion(CheckInput input, CheckSettings settings, List<HealthIssue> issues) {
    List<CheckInput.ReceivedYear> years = input.received();
    if (years.size() > settings.erosionYears()) {
      CheckInput.ReceivedYear last = years.get(years.size() - 1);
      CheckInput.ReceivedYear first = years.get(years.size() - 1 - settings.erosionYears());
      if (first.income().toDouble() > 0 && first.priceLevel() > 0 && last.priceLevel() > 0) {
        double span = last.year() - first.year();
        double inflation = Math.pow(last.priceLevel() / first.priceLevel(), 1 / span) - 1;
        double real = Math.pow((last.income().toDouble() / last.priceLevel()) / (first.income().toDouble() / first.priceLevel()),
            1 / span) - 1;
        if (real < 0) {
          issues.add(new HealthIssue(IssueCode.INFLATION_EROSION, Severity.WARNING, Subject.household(),
              new InflationErosionFigures(Source.RECEIVED, real, inflation, first.year(), last.year()),
              Fix.of(Fix.Action.ADD_INCOME_GROWTH, Money.ZERO_USD)));
        }
        return;
      }
    }
    input.income().ifPresent(income -> {
      double real = (1 + income.expectedIncomeGrowth()) / (1 + income.inflation()) - 1;
      if (real < 0) {
        issues.add(new HealthIssue(IssueCode.INFLATION_EROSION, income.drawing() ? Severity.WARNING : Severity.INFO,
            Subject.household(), new InflationErosionFigures(Source.EXPECTED, real, income.inflation(), 0, 0),
            Fix.of(Fix.Action.ADD_INCOME_GROWTH, Money.ZERO_USD)));
      }
    });
  }

  /** {@code rmd-due}: a required minimum distribution of this year not yet fully taken (critical: the penalty is 25 % of what is missed). */
  static void distributions(CheckInput input, List<HealthIssue> issues) {
    for (CheckInput.Distribution rmd : input.distributions()) {
      Money remaining = rmd.required().minus(rmd.taken());
      if (remaining.isNegative() || remaining.isZero()) {
        continue;
      }
      issues.add(new HealthIssue(IssueCode.RMD_DUE, Severity.CRITICAL, new Subject(Subject.Kind.ACCOUNT, rmd.account()),
          new RmdDueFigures(rmd.account(), rmd.age(), rmd.divisor(), rmd.balance(), rmd.required(), rmd.taken(), remaining,
              rmd.deadline()), new Fix(Fix.Action.TAKE_DISTRIBUTION, remaining, Optional.empty(),
              Optional.of(rmd.deadline()))));
    }
  }
}
