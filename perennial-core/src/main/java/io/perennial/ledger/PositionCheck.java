package io.perennial.ledger;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares holdings rebuilt from transactions with a broker's positions of the same date, and
 * lists every difference: shares (beyond {@link #QUANTITY_TOLERANCE}, brokers print three
 * decimals), cost basis and cash (beyond one cent). Positions on one side only are differences
 * too. Only the accounts the positions file covers are compared. Stateless.
 */
public final class PositionCheck {

  /** Share differences up to this are the broker's rounding. */
  public static final BigDecimal QUANTITY_TOLERANCE = new BigDecimal("0.0005");
  /** Money differences up to this are rounding. */
  public static final BigDecimal MONEY_TOLERANCE = new BigDecimal("0.01");

  private PositionCheck() {}

  /**
   * @param state holdings rebuilt from transactions on the positions' date
   * @param reported the broker's positions
   * @param reportedCash the broker's cash per account (accounts absent: not compared)
   */
  public static List<PositionDifference> compare(
      LedgerState state, List<ReportedPosition> reported, Map<String, Money> reportedCash) {
    List<PositionDifference> differences = new ArrayList<>();
    Set<String> accounts = new HashSet<>(reportedCash.keySet());
    Set<String> seen = new HashSet<>();
    for (ReportedPosition position : reported) {
      accounts.add(position.accountId());
      seen.add(position.accountId() + "\u0000" + position.assetId().value());
      Optional<LedgerPosition> derived = state.position(position.accountId(), position.assetId());
      BigDecimal quantity = derived.map(LedgerPosition::quantity).orElse(BigDecimal.ZERO);
      if (quantity.subtract(position.quantity()).abs().compareTo(QUANTITY_TOLERANCE) > 0) {
        differences.add(new PositionDifference(position.accountId(), Optional.of(position.assetId()),
            PositionDifference.Field.QUANTITY, quantity, position.quantity()));
      }
      if (position.costBasis().isPresent() && derived.isPresent()) {
        BigDecimal cost = derived.get().costBasis().amount();
        BigDecimal stated = position.costBasis().get().amount();
        if (cost.subtract(stated).abs().compareTo(MONEY_TOLERANCE) > 0) {
          differences.add(new PositionDifference(position.accountId(), Optional.of(position.assetId()),
              PositionDifference.Field.COST_BASIS, cost, stated));
        }
      }
    }
    for (LedgerPosition position : state.positions()) {
      if (accounts.contains(position.accountId())
          && !seen.contains(position.accountId() + "\u0000" + position.assetId().value())) {
        differences.add(new PositionDifference(position.accountId(), Optional.<AssetId>of(position.assetId()),
            PositionDifference.Field.QUANTITY, position.quantity(), BigDecimal.ZERO));
      }
    }
    reportedCash.forEach((account, cash) -> {
      BigDecimal derived = state.cash(account).amount();
      if (derived.subtract(cash.amount()).abs().compareTo(MONEY_TOLERANCE) > 0) {
        differences.add(new PositionDifference(account, Optional.empty(), PositionDifference.Field.CASH, derived, cash.amount()));
      }
    });
    return differences;
  }
}
