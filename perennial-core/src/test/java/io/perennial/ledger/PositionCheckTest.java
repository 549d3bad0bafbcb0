package io.perennial.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Differences between rebuilt holdings and a positions file are listed, not hidden. */
class PositionCheckTest {

  @Test
  void listsQuantityCostAndCashDifferencesAndPositionsOnOneSideOnly() {
    // Rebuilt: 10 ABC cost 1,000, 5 DEF cost 250, cash −1,250. Reported: ABC 10 cost 1,000.01 (a
    // cent: rounding), 12 GHI, cash 0. Differences: DEF 5 → 0, GHI 0 → 12, cash −1,250 → 0.
    LocalDate day = LocalDate.of(2024, 5, 1);
    List<Transaction> ledger = List.of(
        new Transaction(day, "a", TransactionType.BUY, Optional.of(AssetId.of("ABC")), BigDecimal.TEN, Money.usd("1000")),
        new Transaction(day, "a", TransactionType.BUY, Optional.of(AssetId.of("DEF")), new BigDecimal("5"), Money.usd("250")));
    LedgerState state = LedgerReplay.replay(ledger, day).value();
    List<PositionDifference> differences = PositionCheck.compare(state, List.of(
            new ReportedPosition("a", AssetId.of("ABC"), BigDecimal.TEN, Optional.of(Money.usd("1000.01"))),
            new ReportedPosition("a", AssetId.of("GHI"), new BigDecimal("12"), Optional.empty())),
        Map.of("a", Money.usd("0")));
    assertThat(differences).extracting(PositionDifference::describe).containsExactlyInAnyOrder(
        "account a GHI: quantity 0 from transactions, 12 in the positions file",
        "account a DEF: quantity 5 from transactions, 0 in the positions file",
        "account a: cash -1250.00 from transactions, 0.00 in the positions file");
  }
}
