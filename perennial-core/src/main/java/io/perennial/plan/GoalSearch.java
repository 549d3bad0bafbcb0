package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.optimize.AllocationConstraint.MaxVolatility;
import io.perennial.optimize.AllocationProblem;
import io.perennial.optimize.LocationProblem;
import io.perennial.optimize.LocationResult;
import io.perennial.optimize.Objective;
import io.perennial.project.RunOptions;
import io.perennial.rebalance.TradePlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The search of the {@code goal} objective: points of the after-tax efficient frontier (the most
 * after-tax expected return at a volatility cap), each judged by the plan's own projection.
 *
 * <p>Goals-based planning weighs the household's need, ability and willingness to take risk. The
 * need is the spending goal: a point <em>meets</em> it when its projected spending is met in at
 * least the required share of futures, the larger of {@link OptimizationSettings#targetSuccess()}
 * and the current holdings' own share (first, do no harm: a recommendation never makes the plan
 * less likely to succeed). The ability and willingness are the profile's volatility cap.
 *
 * <ul>
 *   <li><b>Drawing income</b> ({@code yearsUntilIncome} 0): the least volatility that meets it —
 *       a household far above the target keeps its margin and sheds only the risk that buys
 *       nothing.
 *   <li><b>Saving</b>: the most after-tax expected return (income is reinvested anyway) that
 *       meets it.
 *   <li><b>None meets it</b>: the point of the highest success (ties: the lower volatility, then the
 *       more after-tax income), said so.
 * </ul>
 *
 * <p>Method: {@value #POINTS} caps evenly spaced from the minimum-volatility portfolio's volatility
 * to the volatility of the most after-tax return within the profile's cap, then {@value
 * #REFINEMENTS} bisections of the cap between the chosen point and its neighbour on the other side
 * of the threshold. Each point is projected on the first {@value #SEARCH_PATHS} futures of the
 * plan's own projection (its seed: the same futures for every point, common random numbers),
 * holding what the point's placement holds in fractional shares. The chosen point is then checked
 * on the full number of futures against the current holdings' full run; when it falls short there,
 * the next points in order of preference are checked, up to {@value #FULL_CHECKS} in all.
 */
final class GoalSearch {

  /** Frontier points scanned before refining. */
  static final int POINTS = 9;
  /** Bisections of the volatility cap around the threshold. */
  static final int REFINEMENTS = 4;
  /** Futures per point of the scan (the first ones of the plan's projection). */
  static final int SEARCH_PATHS = 2_000;
  /** The most points checked on the full number of futures. */
  static final int FULL_CHECKS = 4;
  /** The name of the frontier point's volatility cap. */
  static final String CAP = "goal-volatility";

  private static final double EPS = 1e-12;
  /** The share of the current income floor a point may fall short of and still do no harm (0.1 %). */
  static final double FLOOR_TOLERANCE = 1e-3;

  private double currentFloor = 0.0;

  /**
   * How the frontier is scanned: {@code points} evenly spaced caps (≥ 2), then {@code refinements}
   * bisections around the threshold. With {@code points} = 8·2^r + 1 and no refinements the scan
   * covers every cap the default search ({@link #DEFAULT_GRID}) can reach with r refinements.
   */
  record Grid(int points, int refinements) {
    Grid {
      if (points < 2 || refinements < 0) {
        throw new IllegalArgumentException("a grid needs at least 2 points and no negative refinements");
      }
    }
  }

  /** The default scan: {@value #POINTS} points, {@value #REFINEMENTS} bisections. */
  static final Grid DEFAULT_GRID = new Grid(POINTS, REFINEMENTS);

  /**
   * A frontier point judged by the projection.
   *
   * @param cap the volatility cap of the point (its volatility may be below it)
   * @param solved the point's answer
   * @param problem the location problem solved, with the cap
   * @param volatility the point's volatility (household totals)
   * @param afterTaxReturn its after-tax expected return
   * @param afterTaxIncome its after-tax income, a yield on the household
   * @param success the share of the search's futures that meet the goal
   * @param incomeFloor the 5th percentile of real after-tax income, averaged over the spending
   *     years, on the search's futures
   */
  record Point(double cap, PlanSolutions.Solved solved, LocationProblem problem, double volatility, double afterTaxReturn,
      double afterTaxIncome, double success, double incomeFloor) {}

  /**
   * What the search found.
   *
   * @param chosen the point recommended
   * @param scanned every point projected, by cap
   * @param saver whether the household saves first (the most return that meets the goal) or draws
   *     income now (the least volatility)
   * @param target the settings' target success
   * @param currentSuccess the current holdings' success on the search's futures
   * @param required the larger of the two
   * @param met whether the chosen point meets the requirement
   * @param searchPaths futures per point of the scan
   * @param fullPaths futures of the full check
   * @param currentFullSuccess the current holdings' success on the full run
   * @param chosenFullSuccess the chosen point's success on the full run
   */
  record Outcome(Point chosen, List<Point> scanned, boolean saver, double target, double currentSuccess, double required,
      boolean met, int searchPaths, int fullPaths, double currentFullSuccess, double chosenFullSuccess) {}

  private final ResolvedPlan input;
  private final Set<AssetId> kept;
  private final AllocationProblem household;
  private final LocationProblem problem;
  private final RunOptions options;
  private final boolean location;
  private final boolean saver;
  private final int searchPaths;
  private final Grid grid;
  /** The current holdings' success on the full run, when the caller has projected them already. */
  private final OptionalDouble knownCurrentFull;

  /**
   * A search for {@code input} over {@code problem} (the location problem at the rates the answer is
   * solved at), whose household problem {@code household} maximises after-tax return within the
   * profile's cap.
   */
  GoalSearch(ResolvedPlan input, Set<AssetId> kept, AllocationProblem household, LocationProblem problem, RunOptions options,
      Grid grid, OptionalDouble currentFullSuccess) {
    this.grid = grid;
    this.knownCurrentFull = currentFullSuccess;
    this.input = input;
    this.kept = kept;
    this.household = household;
    this.problem = problem;
    this.options = options;
    this.location = input.optimization().location();
    this.saver = input.profile().goal().yearsUntilStart() > 0;
    this.searchPaths = Math.min(SEARCH_PATHS, input.projection().paths());
  }

  /**
   * The search from the top of the frontier {@code top} (the most after-tax return within the cap,
   * already solved) and the current holdings; empty when the minimum-volatility portfolio cannot be
   * solved (the top is then the answer).
   */
  Optional<Outcome> search(PlanSolutions.Solved top, HoldingsAnalysis analysis, TaxAnalysis tax) {
    AllocationProblem lowest = household.withObjective(new Objective.MinVolatility());
    PlanSolutions.Solved low = solve(located(lowest), lowest);
    if (!low.hasAnswer()) {
      return Optional.empty();
    }
    double target = input.optimization().targetSuccess();
    PlanProjector.Judged now = PlanProjector.judge(input, analysis, tax, searchPaths, options);
    double current = now.success();
    currentFloor = now.incomeFloor();
    double required = Math.max(target, current);
    double from = low.result().volatility();
    double to = Math.max(top.result().volatility(), from);
    List<Point> points = new ArrayList<>();
    int count = grid.points();
    for (int k = 0; k < count; k++) {
      double cap = from + (to - from) * k / (count - 1);
      Point point = k == count - 1 ? judge(to, top, problem) : point(Math.max(cap, from * (1 + 1e-7) + 1e-9));
      if (point != null) {
        points.add(point);
      }
    }
    if (points.isEmpty()) {
      return Optional.empty();
    }
    refine(points, required);
    List<Point> ordered = preference(points, required);
    int fullPaths = input.projection().paths();
    double currentFull = knownCurrentFull.isPresent() ? knownCurrentFull.getAsDouble()
        : fullPaths == searchPaths ? current : PlanProjector.successRate(input, analysis, tax, fullPaths, options);
    double requiredFull = Math.max(target, currentFull);
    Point chosen = ordered.get(0);
    double chosenFull = fullSuccess(chosen, fullPaths);
    Point best = chosen;
    double bestFull = chosenFull;
    for (int i = 1; i < Math.min(FULL_CHECKS, ordered.size()) && chosenFull < requiredFull - EPS; i++) {
      chosen = ordered.get(i);
      chosenFull = fullSuccess(chosen, fullPaths);
      if (chosenFull > bestFull + EPS) {
        best = chosen;
        bestFull = chosenFull;
      }
    }
    if (chosenFull < requiredFull - EPS) {
      chosen = best;
      chosenFull = bestFull;
    }
    points.sort(Comparator.comparingDouble(Point::cap));
    return Optional.of(new Outcome(chosen, List.copyOf(points), saver, target, current, required,
        chosenFull >= requiredFull - EPS, searchPaths, fullPaths, currentFull, chosenFull));
  }

  /**
   * Bisects the cap between the preferred point and its neighbour across the threshold (drawing
   * income: the next lower cap that misses; saving: the next higher cap that misses), adding each
   * point judged to {@code points}.
   */
  private void refine(List<Point> points, double required) {
    points.sort(Comparator.comparingDouble(Point::cap));
    Point chosen = preference(points, required).get(0);
    if (!meets(chosen, required)) {
      return;
    }
    int at = points.indexOf(chosen);
    int across = saver ? at + 1 : at - 1;
    if (across < 0 || across >= points.size() || meets(points.get(across), required)) {
      return;
    }
    double good = chosen.cap();
    double bad = points.get(across).cap();
    for (int r = 0; r < grid.refinements(); r++) {
      double mid = (good + bad) / 2;
      Point point = point(mid);
      if (point == null) {
        bad = mid;
        continue;
      }
      points.add(point);
      if (meets(point, required)) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    points.sort(Comparator.comparingDouble(Point::cap));
  }

  /**
   * The points in order of preference: those that meet {@code required} first (drawing income: the
   * least volatility first; saving: the most after-tax return first), then the others by success,
   * the lower volatility and then the more after-tax income first among equal successes.
   */
  List<Point> preference(List<Point> points, double required) {
    Comparator<Point> bySuccess = Comparator.comparingDouble(Point::success).reversed()
        .thenComparingDouble(Point::volatility).thenComparing(Comparator.comparingDouble(Point::afterTaxIncome).reversed());
    Comparator<Point> meeting = saver
        ? Comparator.comparingDouble(Point::afterTaxReturn).reversed().thenComparingDouble(Point::volatility)
        : Comparator.comparingDouble(Point::volatility).thenComparing(Comparator.comparingDouble(Point::afterTaxIncome).reversed());
    List<Point> good = new ArrayList<>(points.stream().filter(p -> meets(p, required)).sorted(meeting).toList());
    good.addAll(points.stream().filter(p -> !meets(p, required)).sorted(bySuccess).toList());
    return good;
  }

  /**
   * Whether a point meets the goal: success at least {@code required}, and (first, do no harm) an
   * income floor — the bad futures' real income — no lower than the current holdings' own.
   */
  private boolean meets(Point point, double required) {
    return point.success() >= required - EPS && point.incomeFloor() >= currentFloor * (1 - FLOOR_TOLERANCE);
  }

  /** The frontier point at {@code cap}, judged; null when it cannot be solved. */
  private Point point(double cap) {
    AllocationProblem capped = household.withConstraint(new MaxVolatility(CAP, cap));
    LocationProblem p = located(capped);
    PlanSolutions.Solved solved = solve(p, capped);
    return solved.hasAnswer() ? judge(cap, solved, p) : null;
  }

  /** The location problem over household problem {@code h}, as the plan's optimizer builds it. */
  private LocationProblem located(AllocationProblem h) {
    return problem.withHousehold(location ? h : PlanRules.withoutTurnover(h));
  }

  /** {@code p} (over {@code h}) solved as the plan's optimizer solves it: jointly, or the allocation then its placement. */
  private PlanSolutions.Solved solve(LocationProblem p, AllocationProblem h) {
    return location ? PlanSolutions.solveJoint(p) : PlanSolutions.solveHouseholdThenPlace(p, h);
  }

  private Point judge(double cap, PlanSolutions.Solved solved, LocationProblem p) {
    LocationResult r = solved.result();
    PlanProjector.Judged judged = judged(solved, searchPaths);
    return new Point(cap, solved, p, r.volatility(), r.expectedReturn(), r.afterTaxIncome(), judged.success(),
        judged.incomeFloor());
  }

  /**
   * Whether {@code solved} (another answer near the chosen point, e.g. one that keeps taxable gains)
   * still meets what {@code outcome} required, on the full run.
   */
  boolean stillMeets(PlanSolutions.Solved solved, Outcome outcome) {
    double required = Math.max(outcome.target(), outcome.currentFullSuccess());
    return success(solved, outcome.fullPaths()) >= Math.min(required, outcome.chosenFullSuccess()) - EPS;
  }

  private double fullSuccess(Point point, int paths) {
    return paths == searchPaths ? point.success() : success(point.solved(), paths);
  }

  private double success(PlanSolutions.Solved solved, int paths) {
    return judged(solved, paths).success();
  }

  /** The projection of the holdings the answer's placement makes (fractional shares), on the first {@code paths} futures. */
  private PlanProjector.Judged judged(PlanSolutions.Solved solved, int paths) {
    TradePlanner.Result trades = TradePlanner.plan(input.accounts(), input.market(), solved.targets(), kept, false);
    ResolvedPlan after = input.withAccounts(trades.accounts());
    HoldingsAnalysis analysis = HoldingsAnalyzer.analyze(after);
    return PlanProjector.judge(after, analysis, TaxAnalyzer.analyze(after, analysis), paths, options);
  }
}
