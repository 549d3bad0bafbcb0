package io.perennial.optimize;

import io.perennial.basics.Checks;
import io.perennial.domain.IncomeCharacter;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxYearRules;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The taxable accounts' marginal rates made consistent with the answer they lead to: solve at the
 * problem's rates, recompute the household's marginal rates at the income the answer puts in
 * taxable accounts (plus the household's other income), and solve again at them, until the rates
 * no longer change (equal to 1e-12 for every income character), at most {@code maxRounds} solves.
 * The withdrawal rate and the deferred valuation stay as the problem gives them. Where the answer
 * sits at a bracket edge the rates can alternate between two answers; then the one with more
 * after-tax income at the rates its own income implies is kept ({@link LocationOptimizer.Alternation}).
 *
 * <p>Generic in the answer {@code S}, so that one loop serves a joint solve ({@link LocationResult})
 * and the plan's solves that carry more than the location result. Stateless; the caller words the
 * note of each {@link Ending}.
 */
public final class TaxRateFixedPoint {

  private TaxRateFixedPoint() {}

  /** How the rounds ended. */
  public enum Ending {
    /** A solve found no answer; the rounds stopped there. */
    NO_ANSWER,
    /** The rates implied by the answer are the rates it was solved at. */
    CONSISTENT,
    /** The rates alternate between two answers; the better one at its own rates is kept. */
    ALTERNATING,
    /** The rates still moved after the last round; the last answer is kept. */
    STILL_MOVING
  }

  /**
   * The answer kept and the problem it was solved at.
   *
   * @param problem the problem, at the rates {@code answer} was solved at
   * @param answer the answer kept
   * @param ending how the rounds ended
   * @param rounds the solves made
   * @param alternation the choice between two alternating answers, when {@code ending} is
   *     {@link Ending#ALTERNATING} (null otherwise)
   * @param <S> the answer's type
   */
  public record Outcome<S>(LocationProblem problem, S answer, Ending ending, int rounds,
      LocationOptimizer.Alternation alternation) {}

  /**
   * Solves {@code problem} with {@code solve} until the taxable accounts' rates are consistent with
   * the answer.
   *
   * @param problem the problem at the first round's rates
   * @param solve one solve of a problem
   * @param resultOf the location result of an answer (its placements give the taxable income)
   * @param answered whether an answer has a placement to go on with
   * @param otherIncome the household's income outside the portfolio, by kind
   * @param filer the household as the tax tables see it
   * @param rules the tax year's rules
   * @param maxRounds the most solves, one or more
   * @param <S> the answer's type
   */
  public static <S> Outcome<S> solve(LocationProblem problem, Function<LocationProblem, S> solve,
      Function<S, LocationResult> resultOf, Predicate<S> answered, HouseholdIncome otherIncome, TaxFiler filer,
      TaxYearRules rules, int maxRounds) {
    Checks.notNull(problem, "problem");
    Checks.notNull(otherIncome, "other income");
    Checks.positive(maxRounds, "rounds");
    LocationProblem current = problem;
    LocationProblem previousProblem = null;
    S previous = null;
    for (int round = 1; ; round++) {
      S answer = solve.apply(current);
      if (!answered.test(answer)) {
        return new Outcome<>(current, answer, Ending.NO_ANSWER, round, null);
      }
      AccountTaxRates rates = AccountTaxRates.at(otherIncome.plus(LocationOptimizer.taxableIncome(current,
              resultOf.apply(answer))), filer, rules)
          .withWithdrawalRate(current.taxRates().withdrawal())
          .withDeferredValuation(current.taxRates().deferredValuation());
      if (sameRates(rates, current.taxRates())) {
        return new Outcome<>(current, answer, Ending.CONSISTENT, round, null);
      }
      if (previous != null && sameRates(rates, previousProblem.taxRates())) {
        LocationOptimizer.Alternation choice = LocationOptimizer.Alternation.of(current, resultOf.apply(answer), rates,
            previousProblem, resultOf.apply(previous));
        return choice.keepPrevious()
            ? new Outcome<>(previousProblem, previous, Ending.ALTERNATING, round, choice)
            : new Outcome<>(current, answer, Ending.ALTERNATING, round, choice);
      }
      if (round == maxRounds) {
        return new Outcome<>(current, answer, Ending.STILL_MOVING, round, null);
      }
      previousProblem = current;
      previous = answer;
      current = current.withTaxRates(rates);
    }
  }

  /** Whether {@code a} and {@code b} tax every income character in taxable accounts alike (to 1e-12). */
  static boolean sameRates(AccountTaxRates a, AccountTaxRates b) {
    for (IncomeCharacter c : IncomeCharacter.values()) {
      if (Math.abs(a.taxable().get(c) - b.taxable().get(c)) > 1e-12) {
        return false;
      }
    }
    return true;
  }
}
