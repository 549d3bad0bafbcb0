package io.perennial.plan;

import io.perennial.basics.Rates;
import io.perennial.plan.PlanOptimization.Goal;
import io.perennial.plan.PlanOptimization.GoalPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The goal search's outcome as the plan reports it: numbers, a rule and one line. Stateless. */
final class GoalAnswers {

  private GoalAnswers() {}

  /** The {@code goal} section of the optimization. */
  static Goal of(GoalSearch.Outcome outcome) {
    List<GoalPoint> points = new ArrayList<>();
    for (GoalSearch.Point p : outcome.scanned()) {
      points.add(new GoalPoint(p.cap(), p.volatility(), p.afterTaxReturn(), p.afterTaxIncome(), p.success(),
          p == outcome.chosen()));
    }
    GoalSearch.Point chosen = outcome.chosen();
    return new Goal(outcome.saver() ? "most-return" : "least-volatility", outcome.target(), outcome.currentSuccess(),
        outcome.required(), outcome.met(), outcome.searchPaths(), outcome.fullPaths(), outcome.currentFullSuccess(),
        outcome.chosenFullSuccess(), chosen.volatility(), points, message(outcome));
  }

  /** The description of the frontier point's cap, as a rule. */
  static String capRule(GoalSearch.Outcome outcome) {
    return "volatility ≤ " + Rates.percent(outcome.chosen().cap(), 2) + ": the frontier point the goal search chose ("
        + (outcome.saver() ? "the most after-tax return" : "the least risk") + " whose futures meet the goal in at least "
        + Rates.percent(outcome.required(), 2) + ")";
  }

  private static String message(GoalSearch.Outcome o) {
    GoalSearch.Point chosen = o.chosen();
    String why = o.required() > o.target()
        ? "the " + Rates.percent(o.required(), 2) + " the current holdings reach (above the target " + Rates.percent(o.target(), 0) + ")"
        : "the target " + Rates.percent(o.target(), 0);
    if (!o.met()) {
      return String.format(Locale.ROOT, "goal: no point of the frontier within the volatility cap meets the goal in %s of "
              + "the futures; the one with the highest success is recommended: %s on %,d futures (volatility %s), against %s "
              + "for the current holdings", why, Rates.percent(o.chosenFullSuccess(), 2), o.fullPaths(),
          Rates.percent(chosen.volatility(), 2), Rates.percent(o.currentFullSuccess(), 2));
    }
    return String.format(Locale.ROOT, "goal: %d frontier points judged on the first %,d futures; %s that meets %s is "
            + "volatility %s (success %s; on all %,d futures %s against %s for the current holdings)",
        o.scanned().size(), o.searchPaths(), o.saver() ? "the most after-tax return" : "the least risk", why,
        Rates.percent(chosen.volatility(), 2), Rates.percent(chosen.success(), 2), o.fullPaths(),
        Rates.percent(o.chosenFullSuccess(), 2), Rates.percent(o.currentFullSuccess(), 2));
  }
}
