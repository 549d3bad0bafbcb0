package io.perennial.project;

import io.perennial.basics.Checks;

/**
 * How much the investor takes each year (after tax, nominal), and what counts as meeting it.
 * Spending is met first from outside income streams, then from the portfolio's income, then —
 * when the rule allows — from principal, account by account. A year fails when its spending
 * cannot be paid in full (for rules that may sell principal: when the portfolio would fall to
 * zero or below).
 */
public sealed interface SpendingRule
    permits SpendingRule.ConstantSpending,
        SpendingRule.IncomeOnly,
        SpendingRule.FixedPercentage,
        SpendingRule.Guardrails {

  /**
   * The same spending every year: {@code amount} in the first year, then grown by each year's
   * inflation when {@code inflationAdjusted} (constant real spending, the goal).
   *
   * @param amount first-year spending in money, ≥ 0
   * @param inflationAdjusted whether it grows with inflation
   */
  record ConstantSpending(double amount, boolean inflationAdjusted) implements SpendingRule {
    public ConstantSpending {
      Checks.nonNegative(amount, "yearly spending");
    }
  }

  /**
   * Live on the income, never sell principal: the goal ({@code goal} in today's money, inflated
   * when {@code inflationAdjusted}) is paid from streams and portfolio income only; a year whose
   * income falls short fails (the shortfall is not taken from principal). Income above the goal
   * is reinvested.
   */
  record IncomeOnly(double goal, boolean inflationAdjusted) implements SpendingRule {
    public IncomeOnly {
      Checks.nonNegative(goal, "income goal");
    }
  }

  /** Spend {@code rate} × the portfolio's value at each payment date (never depletes). */
  record FixedPercentage(double rate) implements SpendingRule {
    public FixedPercentage {
      Checks.inRange(rate, 0.0, 1.0, "spending rate");
    }
  }

  /**
   * Guyton–Klinger decision rules (J. Guyton and W. Klinger, "Decision Rules and Maximum Initial
   * Withdrawal Rates", Journal of Financial Planning, March 2006). The first year's spending is
   * {@code initialRate} × the starting value. Each later year, with w = spending ÷ value at the
   * payment date:
   *
   * <ol>
   *   <li>withdrawal rule: spending grows by last year's inflation, except after a year with a
   *       negative portfolio return when w is above the initial rate;
   *   <li>capital preservation: if w &gt; initialRate × (1 + guard) and more than
   *       {@code preservationEndYears} years remain, spending is cut by {@code adjustment};
   *   <li>prosperity: if w &lt; initialRate × (1 − guard), spending is raised by
   *       {@code adjustment}.
   * </ol>
   *
   * @param initialRate first-year spending ÷ starting value, in (0, 1)
   * @param guard the guardrail width, a fraction of the initial rate (0.20 in the paper)
   * @param adjustment the cut or raise (0.10 in the paper)
   * @param preservationEndYears no cuts in the last this many years (15 in the paper)
   */
  record Guardrails(double initialRate, double guard, double adjustment, int preservationEndYears)
      implements SpendingRule {
    public Guardrails {
      Checks.inRange(initialRate, 1e-9, 1.0, "initial withdrawal rate");
      Checks.inRange(guard, 0.0, 1.0, "guardrail width");
      Checks.inRange(adjustment, 0.0, 1.0, "guardrail adjustment");
      Checks.nonNegative(preservationEndYears, "years without capital-preservation cuts");
    }

    /** The paper's rules: 20 % guardrails, 10 % adjustments, no cuts in the last 15 years. */
    public static Guardrails standard(double initialRate) {
      return new Guardrails(initialRate, 0.20, 0.10, 15);
    }
  }
}
