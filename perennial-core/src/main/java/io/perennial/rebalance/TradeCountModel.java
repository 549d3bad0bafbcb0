package io.perennial.rebalance;

import io.perennial.basics.AssetId;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.domain.Lot;
import io.perennial.optimize.solver.BranchAndBoundSolver;
import io.perennial.optimize.solver.QpSolution;
import io.perennial.optimize.solver.QpStatus;
import io.perennial.optimize.solver.QuadraticProgram;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fewest trades that bring every target into its interval, as a mixed-integer program over
 * dollars (as fractions of the household), solved by branch and bound from the greedy answer:
 *
 * <pre>
 *   minimise   10 · Σ z  +  Σ tax per dollar · sell  +  10⁶ · Σ slack  +  10⁻⁴ · Σ (buy + sell)  +  10⁻² · Σ z(taxable)
 *   subject to cash_a + Σ sell_a − Σ buy_a ≥ 0                                   (each account pays for itself)
 *              lower_t ≤ value_t + Σ buy_t − Σ sell_t (± cash it covers) + slack⁻_t − slack⁺_t ≤ upper_t
 *              sell segment ≤ its lot's value · z,   buy ≤ z,   z ∈ {0, 1}
 * </pre>
 *
 * One buy per account and target (the asset {@link Purchases} names), one sell segment per lot of a
 * taxable holding in minimum-tax order (tax per dollar rising, so the cheapest lots go first; losses
 * count as no tax), one segment for an untaxed holding or unknown lots (the long-term rate on the
 * whole amount). One trade outweighs any tax (tax per dollar &lt; 1); a point of slack outweighs a
 * thousand trades (10⁶ × 0.01 = 10⁴: at 10⁴ a tenth of a point cost as much as one trade, and the model
 * took 3 trades and a target just outside for 4 trades inside), so the model leaves a target outside its interval only when no trades can bring
 * it in (untradeable assets, menus). The dollars found are then made whole units by {@link #toBook}.
 */
final class TradeCountModel {

  /** Above this many trade indicators the search is not tried (measured: BENCHMARKS.md, "Rebalancing"). */
  static final int MAX_BINARIES = 40;
  /** Branch-and-bound nodes at most; the best answer found by then is kept (FEASIBLE). */
  static final int NODE_LIMIT = 3_000;

  private static final double TRADE = 10;
  private static final double SLACK = 1e6;
  private static final double TURNOVER = 1e-4;
  private static final double TAXABLE_TRADE = 1e-2;

  private final Book start;
  private final Goals goals;
  private final double total;
  private final List<double[]> rows = new ArrayList<>();
  private final List<double[]> bounds = new ArrayList<>();
  private final List<Buy> buys = new ArrayList<>();
  private final List<Sell> sells = new ArrayList<>();
  private int size;

  private record Buy(String account, int target, AssetId asset, int variable, int indicator) {}

  private record Sell(String account, AssetId asset, int target, List<Integer> segments, List<Double> caps, int indicator) {}

  private TradeCountModel(Book start, Goals goals) {
    this.start = start;
    this.goals = goals;
    this.total = start.total();
  }

  /** The model's whole-unit answer, or empty when it is too large, finds nothing or the household is empty. */
  static Optional<Book> solve(Book start, Goals goals, Book greedy) {
    return solve(start, goals, greedy, false);
  }

  /**
   * The model's whole-unit answer with each target's interval narrowed, on both sides, by one unit of
   * the dearest tradeable asset (at most a quarter of the interval): the dollars found then keep room
   * for rounding to whole units, where an answer on an interval's edge may round to just outside it.
   */
  static Optional<Book> solveWithRoomForUnits(Book start, Goals goals, Book greedy) {
    return solve(start, goals, greedy, true);
  }

  private static Optional<Book> solve(Book start, Goals goals, Book greedy, boolean roomForUnits) {
    return solve(start, goals, greedy, roomForUnits, MAX_BINARIES);
  }

  /** As {@link #solve(Book, Goals, Book)} with another size limit (perennial-bench measures the limit with it). */
  static Optional<Book> solve(Book start, Goals goals, Book greedy, boolean roomForUnits, int maxBinaries) {
    if (start.total() <= 0) {
      return Optional.empty();
    }
    TradeCountModel model = new TradeCountModel(start, goals);
    model.variables();
    int binaries = model.buys.size() + model.sells.size();
    if (binaries == 0 || binaries > maxBinaries) {
      return Optional.empty();
    }
    return model.run(greedy, roomForUnits ? model.dearestUnit() : 0);
  }

  /** The price of the dearest asset the model trades, in dollars. */
  private double dearestUnit() {
    double dearest = 0;
    for (Buy buy : buys) {
      dearest = Math.max(dearest, start.price(buy.asset));
    }
    for (Sell sell : sells) {
      dearest = Math.max(dearest, start.price(sell.asset));
    }
    return dearest;
  }

  private void variables() {
    RebalanceRequest request = start.request();
    for (String account : start.accounts()) {
      for (int t = 0; t < goals.untargeted(); t++) {
        Optional<AssetId> asset = Purchases.assetFor(start, goals.target(t), account);
        if (asset.isPresent()) {
          int variable = next(0, 1);
          buys.add(new Buy(account, t, asset.get(), variable, next(0, 1)));
        }
      }
      Account original = request.accounts().stream().filter(a -> a.id().equals(account)).findFirst().orElseThrow();
      for (AssetId asset : start.held(account)) {
        if (request.untradeable().contains(asset)) {
          continue;
        }
        List<Integer> segments = new ArrayList<>();
        List<Double> caps = new ArrayList<>();
        double price = start.price(asset);
        Optional<Holding> holding = original.holding(asset);
        if (start.type(account) == AccountType.TAXABLE && holding.isPresent() && !holding.get().lots().isEmpty()) {
          List<Lot> lots = new ArrayList<>(holding.get().lots());
          lots.sort(Comparator.comparingDouble((Lot lot) -> SaleTaxes.taxPerDollar(lot, price, request.date(), request.gainRates())));
          for (Lot lot : lots) {
            double cap = lot.quantity().doubleValue() * price / total;
            segments.add(next(0, cap));
            caps.add(Math.max(0, SaleTaxes.taxPerDollar(lot, price, request.date(), request.gainRates())));
          }
        } else {
          segments.add(next(0, start.value(account, asset) / total));
          caps.add(start.type(account) == AccountType.TAXABLE ? request.gainRates().longTerm() : 0.0);
        }
        sells.add(new Sell(account, asset, goals.of(account, asset, start.assetClass(asset)), segments, caps, next(0, 1)));
      }
    }
  }

  private int next(double lower, double upper) {
    bounds.add(new double[] {lower, upper});
    return size++;
  }

  private Optional<Book> run(Book greedy, double room) {
    int slackBase = size;
    for (int t = 0; t < goals.size(); t++) {
      next(0, Double.POSITIVE_INFINITY);
      next(0, Double.POSITIVE_INFINITY);
    }
    QuadraticProgram.Builder builder = QuadraticProgram.builder(size);
    double[] cost = new double[size];
    boolean[] integer = new boolean[size];
    for (int j = 0; j < size; j++) {
      builder.bounds(j, bounds.get(j)[0], bounds.get(j)[1]);
    }
    for (Buy buy : buys) {
      cost[buy.variable] = TURNOVER;
      cost[buy.indicator] = TRADE + (start.type(buy.account) == AccountType.TAXABLE ? TAXABLE_TRADE : 0);
      integer[buy.indicator] = true;
      double[] link = new double[size];
      link[buy.variable] = 1;
      link[buy.indicator] = -1;
      builder.row(link, Double.NEGATIVE_INFINITY, 0);
    }
    for (Sell sell : sells) {
      cost[sell.indicator] = TRADE + (start.type(sell.account) == AccountType.TAXABLE ? TAXABLE_TRADE : 0);
      integer[sell.indicator] = true;
      double[] link = new double[size];
      double cap = 0;
      for (int k = 0; k < sell.segments.size(); k++) {
        int j = sell.segments.get(k);
        cost[j] = sell.caps.get(k) + TURNOVER;
        link[j] = 1;
        cap += bounds.get(j)[1];
      }
      link[sell.indicator] = -cap;
      builder.row(link, Double.NEGATIVE_INFINITY, 0);
    }
    for (int j = slackBase; j < size; j++) {
      cost[j] = SLACK;
    }
    builder.linear(cost);
    // Each account pays for its purchases.
    for (String account : start.accounts()) {
      double[] row = new double[size];
      for (Buy buy : buys) {
        if (buy.account.equals(account)) {
          row[buy.variable] = -1;
        }
      }
      for (Sell sell : sells) {
        if (sell.account.equals(account)) {
          sell.segments.forEach(j -> row[j] = 1);
        }
      }
      builder.row(row, -start.cash(account).doubleValue() / total, Double.POSITIVE_INFINITY);
    }
    // Each target inside its interval (slack aside).
    AssetId cash = start.request().cash();
    for (int t = 0; t < goals.size(); t++) {
      double[] row = new double[size];
      for (Buy buy : buys) {
        if (buy.target == t) {
          row[buy.variable] += 1;
        }
        if (goals.of(buy.account, cash, start.assetClass(cash)) == t) {
          row[buy.variable] -= 1;
        }
      }
      for (Sell sell : sells) {
        boolean coversCash = goals.of(sell.account, cash, start.assetClass(cash)) == t;
        for (int j : sell.segments) {
          row[j] += (sell.target == t ? -1 : 0) + (coversCash ? 1 : 0);
        }
      }
      row[slackBase + 2 * t] = 1;
      row[slackBase + 2 * t + 1] = -1;
      double now = goals.covered(start, t) / total;
      double margin = Math.min(room, (goals.upper(t) - goals.lower(t)) / 4);
      builder.row(row, (goals.lower(t) + margin) / total - now, (goals.upper(t) - margin) / total - now);
    }
    QuadraticProgram program = builder.build();
    QpSolution solution = new BranchAndBoundSolver(NODE_LIMIT).solve(program, integer, incumbent(greedy, slackBase, program));
    if (solution.status() != QpStatus.OPTIMAL && solution.status() != QpStatus.FEASIBLE) {
      return Optional.empty();
    }
    return Optional.of(toBook(solution));
  }

  /** The greedy answer as a point of the model (null when it does not map onto the model's buys). */
  private double[] incumbent(Book greedy, int slackBase, QuadraticProgram program) {
    double[] x = new double[size];
    Map<String, Map<AssetId, BigDecimal>> changes = greedy.changes();
    for (Map.Entry<String, Map<AssetId, BigDecimal>> account : changes.entrySet()) {
      for (Map.Entry<AssetId, BigDecimal> change : account.getValue().entrySet()) {
        double dollars = change.getValue().abs().doubleValue() * start.price(change.getKey()) / total;
        if (change.getValue().signum() > 0) {
          Buy buy = buys.stream().filter(b -> b.account.equals(account.getKey()) && b.asset.equals(change.getKey()))
              .findFirst().orElse(null);
          if (buy == null) {
            return null;
          }
          x[buy.variable] += dollars;
          x[buy.indicator] = 1;
        } else {
          Sell sell = sells.stream().filter(s -> s.account.equals(account.getKey()) && s.asset.equals(change.getKey()))
              .findFirst().orElse(null);
          if (sell == null) {
            return null;
          }
          x[sell.indicator] = 1;
          for (int j : sell.segments) {
            double take = Math.min(dollars, bounds.get(j)[1]);
            x[j] = take;
            dollars -= take;
          }
        }
      }
    }
    // The slack the greedy answer leaves (the target rows come last).
    int firstTargetRow = program.rowCount() - goals.size();
    for (int t = 0; t < goals.size(); t++) {
      double value = program.rowValue(firstTargetRow + t, x);
      x[slackBase + 2 * t] = Math.max(0, program.rowLower(firstTargetRow + t) - value);
      x[slackBase + 2 * t + 1] = Math.max(0, value - program.rowUpper(firstTargetRow + t));
    }
    return x;
  }

  /** Whole units from the model's dollars: sales rounded to the nearest unit (at most what is held), then purchases down to what the cash pays. */
  private Book toBook(QpSolution solution) {
    Book book = start.copy();
    for (Sell sell : sells) {
      double dollars = sell.segments.stream().mapToDouble(j -> solution.x(j)).sum() * total;
      BigDecimal units = BigDecimal.valueOf(dollars / start.price(sell.asset)).setScale(0, RoundingMode.HALF_UP)
          .min(start.units(sell.account, sell.asset));
      if (units.signum() > 0) {
        book.trade(sell.account, sell.asset, units.negate());
      }
    }
    for (Buy buy : buys) {
      double dollars = solution.x(buy.variable) * total;
      double price = start.price(buy.asset);
      long units = Math.min((long) Math.rint(dollars / price), (long) Math.floor(book.cash(buy.account).doubleValue() / price + 1e-9));
      if (units > 0) {
        book.trade(buy.account, buy.asset, BigDecimal.valueOf(units));
      }
    }
    return book;
  }
}
