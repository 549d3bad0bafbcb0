package io.perennial.check;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.check.Figures.CashDragFigures;
import io.perennial.check.Figures.ConcentrationFigures;
import io.perennial.check.Figures.ConcentrationFigures.Scope;
import io.perennial.check.Figures.DriftFigures;
import io.perennial.check.HealthIssue.Subject;
import io.perennial.domain.AssetClass;
import io.perennial.rebalance.Drift;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The health checks: every issue found in a household, most severe first. Each check is a rule with
 * its threshold in {@link CheckSettings}:
 * <ul>
 *   <li>{@code drift}: a target of the policy outside its band (warning);
 *   <li>{@code concentration}: a fund above the asset cap, a single stock above the stock cap, an
 *       issuer of single securities, a sector or a class above theirs (warning; critical above twice the cap);
 *   <li>{@code dividend-safety}, {@code harvestable-loss}: {@link HoldingChecks};
 *   <li>{@code income-shortfall}, {@code inflation-erosion}, {@code rmd-due}: {@link IncomeChecks};
 *   <li>{@code cash-drag}: cash above the months of spending allowed (info).
 * </ul>
 */
public final class HealthChecks {

  private HealthChecks() {}

  /** Runs every check on {@code input}. */
  public static List<HealthIssue> run(CheckInput input, CheckSettings settings) {
    Checks.notNull(input, "input");
    Checks.notNull(settings, "settings");
    List<HealthIssue> issues = new ArrayList<>();
    input.drift().ifPresent(drift -> drift(drift, issues));
    concentration(input, settings, issues);
    HoldingChecks.dividendSafety(input, issues);
    HoldingChecks.harvestableLosses(input, settings, issues);
    IncomeChecks.shortfall(input, issues);
    IncomeChecks.erosion(input, settings, issues);
    IncomeChecks.distributions(input, issues);
    cashDrag(input, settings, issues);
    issues.sort(Comparator.comparing(HealthIssue::severity).reversed());
    return List.copyOf(issues);
  }

  private static void drift(Drift drift, List<HealthIssue> issues) {
    for (Drift.TargetDrift line : drift.targets()) {
      if (!line.outside()) {
        continue;
      }
      double edge = line.drift() > 0 ? line.target().weight() + line.halfWidth() : line.target().weight() - line.halfWidth();
      Money move = drift.householdValue().times(edge - line.weight());
      Subject subject = new Subject(line.target().asset() != null ? Subject.Kind.ASSET : Subject.Kind.CLASS, line.target().label());
      issues.add(new HealthIssue(IssueCode.DRIFT, Severity.WARNING, subject,
          new DriftFigures(line.weight(), line.target().weight(), line.halfWidth(), line.drift(), line.value(), move),
          Fix.of(Fix.Action.TRADE_TO_BAND, move.isNegative() ? move.negated() : move)));
    }
  }

  private static void concentration(CheckInput input, CheckSettings settings, List<HealthIssue> issues) {
    Money total = input.value();
    if (total.isZero()) {
      return;
    }
    List<CheckInput.Position> invested = input.positions().stream().filter(p -> p.asset().assetClass() != AssetClass.CASH).toList();
    flag(invested, p -> p.asset().id().value(), p -> true, p -> p.singleStock() ? settings.maxStock() : settings.maxAsset(),
        p -> p.singleStock() ? Scope.STOCK : Scope.ASSET, Subject.Kind.ASSET, total, issues);
    flag(invested, p -> p.asset().issuer(), p -> p.singleStock() && !p.asset().issuer().isEmpty(), p -> settings.maxIssuer(),
        p -> Scope.ISSUER, Subject.Kind.ISSUER, total, issues);
    flag(invested, p -> p.asset().sector(), p -> !p.asset().sector().isEmpty(), p -> settings.maxSector(), p -> Scope.SECTOR,
        Subject.Kind.SECTOR, total, issues);
    flag(invested, p -> p.asset().assetClass().id(), p -> true, p -> settings.maxClass(), p -> Scope.CLASS, Subject.Kind.CLASS,
        total, issues);
  }

  /** Groups {@code positions} (those {@code counted}) by {@code key} and flags each group above its cap. */
  private static void flag(List<CheckInput.Position> positions, Function<CheckInput.Position, String> key,
      Predicate<CheckInput.Position> counted, Function<CheckInput.Position, Double> cap,
      Function<CheckInput.Position, Scope> scope, Subject.Kind kind, Money total, List<HealthIssue> issues) {
    Map<String, Money> values = new LinkedHashMap<>();
    Map<String, CheckInput.Position> first = new LinkedHashMap<>();
    for (CheckInput.Position position : positions) {
      if (counted.test(position)) {
        values.merge(key.apply(position), position.value(), Money::plus);
        first.putIfAbsent(key.apply(position), position);
      }
    }
    values.forEach((id, value) -> {
      double weight = value.toDouble() / total.toDouble();
      double limit = cap.apply(first.get(id));
      if (weight > limit + 1e-12) {
        Money excess = value.minus(total.times(limit));
        issues.add(new HealthIssue(IssueCode.CONCENTRATION, weight > 2 * limit ? Severity.CRITICAL : Severity.WARNING,
            new Subject(kind, id), new ConcentrationFigures(scope.apply(first.get(id)), weight, limit, value, excess),
            Fix.of(Fix.Action.SELL_DOWN_TO_CAP, excess)));
      }
    });
  }

  private static void cashDrag(CheckInput input, CheckSettings settings, List<HealthIssue> issues) {
    if (input.income().isEmpty() || input.income().get().spending().isZero()) {
      return;
    }
    CheckInput.Income income = input.income().get();
    Money cash = Money.ZERO_USD;
    for (CheckInput.Position position : input.positions()) {
      if (position.asset().assetClass() == AssetClass.CASH) {
        cash = cash.plus(position.value());
      }
    }
    double monthly = income.spending().toDouble() / 12;
    double allowed = income.drawing() ? settings.cashMonthsDrawing() : settings.cashMonthsSaving();
    Money threshold = Money.usd(monthly * allowed);
    if (cash.compareTo(threshold) > 0) {
      Money excess = cash.minus(threshold);
      issues.add(new HealthIssue(IssueCode.CASH_DRAG, Severity.INFO, Subject.household(),
          new CashDragFigures(cash, cash.toDouble() / monthly, allowed, excess), Fix.of(Fix.Action.INVEST_EXCESS_CASH, excess)));
    }
  }
}
