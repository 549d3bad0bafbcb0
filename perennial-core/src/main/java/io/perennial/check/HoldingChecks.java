package io.perennial.check;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.check.Figures.DividendSafetyFigures;
import io.perennial.check.Figures.HarvestableLossFigures;
import io.perennial.check.HealthIssue.Subject;
import io.perennial.domain.AccountType;
import io.perennial.domain.Lot;
import io.perennial.estimate.DividendSafety;
import io.perennial.tax.WashSaleRule;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of single holdings: dividend safety and losses worth harvesting. */
final class HoldingChecks {

  private HoldingChecks() {}

  /**
   * {@code dividend-safety}: every asset held whose history-only score is at risk (warning) or whose
   * dividend is suspended (critical).
   */
  static void dividendSafety(CheckInput input, List<HealthIssue> issues) {
    Map<AssetId, Money> held = new LinkedHashMap<>();
    for (CheckInput.Position position : input.positions()) {
      held.merge(position.asset().id(), position.value(), Money::plus);
    }
    held.forEach((asset, value) -> {
      DividendSafety safety = input.safety().get(asset);
      if (safety == null || !safety.flagged() || value.isZero()) {
        return;
      }
      Severity severity = safety.rating() == DividendSafety.Rating.SUSPENDED ? Severity.CRITICAL : Severity.WARNING;
      issues.add(new HealthIssue(IssueCode.DIVIDEND_SAFETY, severity, new Subject(Subject.Kind.ASSET, asset.value()),
          new DividendSafetyFigures(safety.score(), safety.rating(), value, safety.inputs(), safety.deductions()),
          Fix.of(Fix.Action.REVIEW_PAYOUT, value)));
    });
  }

  /**
   * {@code harvestable-loss}: every lot of a taxable account whose loss is at least the minimum in
   * dollars and as a share of its cost (info). The figures say whether a purchase of the household in
   * the last 30 days (any account) would wash the loss if it were sold today, and the first day the
   * asset may be bought back.
   */
  static void harvestableLosses(CheckInput input, CheckSettings settings, List<HealthIssue> issues) {
    for (CheckInput.Position position : input.positions()) {
      if (position.accountType() != AccountType.TAXABLE || position.lots().isEmpty()) {
        continue;
      }
      for (Lot lot : position.lots()) {
        Money value = position.price().times(lot.quantity());
        Money loss = lot.cost().minus(value);
        if (loss.compareTo(settings.minimumLoss()) < 0 || lot.cost().isZero()
            || loss.toDouble() / lot.cost().toDouble() < settings.minimumLossShare()) {
          continue;
        }
        boolean longTerm = lot.isLongTermOn(input.date());
        WashSaleRule.LossSale sale = new WashSaleRule.LossSale(position.asset().id(), input.date(), lot.quantity(), loss,
            lot.acquired());
        List<WashSaleRule.Purchase> others = input.purchases().stream().filter(p -> !isThisLot(p, position, lot)).toList();
        boolean washed = WashSaleRule.apply(List.of(sale), others, input.identical()).get(0).washSale();
        Optional<AssetId> partner = Optional.ofNullable(input.partners().get(position.asset().id()));
        Money saved = loss.times(longTerm ? input.longTermRate() : input.shortTermRate());
        issues.add(new HealthIssue(IssueCode.HARVESTABLE_LOSS, Severity.INFO,
            new Subject(Subject.Kind.ASSET, position.asset().id().value()),
            new HarvestableLossFigures(position.account(), lot.quantity(), lot.acquired(), loss,
                loss.toDouble() / lot.cost().toDouble(), longTerm, saved, partner, washed, sale.doNotBuyUntil()),
            new Fix(Fix.Action.HARVEST_AND_SWAP, loss, partner, Optional.of(sale.doNotBuyUntil()))));
      }
    }
  }

  /** Whether {@code purchase} is the purchase of {@code lot} itself (same account, asset, day and units). */
  private static boolean isThisLot(WashSaleRule.Purchase purchase, CheckInput.Position position, Lot lot) {
    return purchase.account().equals(position.account()) && purchase.asset().equals(position.asset().id())
        && ChronoUnit.DAYS.between(lot.acquired(), purchase.date()) == 0 && purchase.quantity().compareTo(lot.quantity()) == 0;
  }
}
