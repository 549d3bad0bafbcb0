package io.perennial.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.basics.WithProblems;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.Lot;
import io.perennial.domain.Transaction;
import io.perennial.domain.TransactionType;
import io.perennial.tax.LotReliefMethod;
import io.perennial.tax.RealizedGain;
import io.perennial.tax.RealizedGain.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Holdings rebuilt from transactions, worked by hand. */
class LedgerReplayTest {

  static final String ACCOUNT = "brokerage";
  static final AssetId ABC = AssetId.of("ABC");

  static Transaction tx(String date, TransactionType type, String shares, String amount) {
    return new Transaction(LocalDate.parse(date), ACCOUNT, type, Optional.of(ABC), new BigDecimal(shares), Money.usd(amount));
  }

  static Transaction cash(String date, TransactionType type, String amount) {
    return new Transaction(LocalDate.parse(date), ACCOUNT, type, Optional.empty(), BigDecimal.ZERO, Money.usd(amount));
  }

  @Test
  void aSplitMultipliesTheSharesOfEveryLotAndKeepsCostsAndDates() {
    // 10 sh for 1,000 (2021-03-01) and 5 sh for 600 (2022-05-02); 4-for-1 on 2022-06-06: +45 shares,
    // 15 → 60: lots 40 sh (1,000, 25 a share) and 20 sh (600, 30 a share). Sale 2023-01-09 of 50 sh
    // for 1,750 (35 a share), first in, first out: 40 sh 1,400 − 1,000 = +400 long (held since
    // 2021-03-01), 10 sh 350 − 300 = +50 short (held since 2022-05-02, under a year). Left: 10 sh, 300.
    List<Transaction> ledger = List.of(
        tx("2021-03-01", TransactionType.BUY, "10", "1000"),
        tx("2022-05-02", TransactionType.BUY, "5", "600"),
        tx("2022-06-06", TransactionType.SPLIT, "45", "0"),
        tx("2023-01-09", TransactionType.SELL, "50", "1750"));
    WithProblems<LedgerState> state = LedgerReplay.replay(ledger, LocalDate.of(2023, 12, 31));
    assertThat(state.problems()).isEmpty();
    List<RealizedGain> gains = state.value().realized().get(ACCOUNT);
    assertThat(gains).hasSize(2);
    assertThat(gains.get(0).quantity()).isEqualByComparingTo("40");
    assertThat(gains.get(0).gain()).isEqualTo(Money.usd("400"));
    assertThat(gains.get(0).term()).isEqualTo(Term.LONG);
    assertThat(gains.get(1).quantity()).isEqualByComparingTo("10");
    assertThat(gains.get(1).gain()).isEqualTo(Money.usd("50"));
    assertThat(gains.get(1).term()).isEqualTo(Term.SHORT);
    LedgerPosition left = state.value().position(ACCOUNT, ABC).orElseThrow();
    assertThat(left.lots()).containsExactly(new Lot(LocalDate.of(2022, 5, 2), new BigDecimal("10"), Money.usd("300")));
  }

  @Test
  void aReverseSplitShrinksTheLots() {
    // 20 + 10 shares, 1-for-10: change −27, 30 → 3: lots of 2 and 1 shares, costs unchanged.
    List<Transaction> ledger = List.of(
        tx("2021-01-04", TransactionType.BUY, "20", "200"),
        tx("2021-02-01", TransactionType.BUY, "10", "150"),
        tx("2021-06-01", TransactionType.SPLIT, "-27", "0"));
    LedgerPosition position = LedgerReplay.replay(ledger, LocalDate.of(2021, 12, 31)).value().position(ACCOUNT, ABC).orElseThrow();
    assertThat(position.lots()).extracting(Lot::quantity).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2"), new BigDecimal("1"));
    assertThat(position.costBasis()).isEqualTo(Money.usd("350"));
  }

  @Test
  void aLossWithoutARepurchaseWithinThirtyDaysIsRealizedInFull() {
    // Wash-sale-free: bought 100 for 5,000 on 2023-01-10, sold for 4,000 on 2023-06-01 (−1,000 short),
    // bought back 100 for 4,100 on 2023-08-15, 75 days later: the loss stands and the new lot keeps
    // its own cost of 4,100 (no disallowed loss added).
    List<Transaction> ledger = List.of(
        tx("2023-01-10", TransactionType.BUY, "100", "5000"),
        tx("2023-06-01", TransactionType.SELL, "100", "4000"),
        tx("2023-08-15", TransactionType.BUY, "100", "4100"));
    LedgerState state = LedgerReplay.replay(ledger, LocalDate.of(2023, 12, 31)).value();
    assertThat(state.realized().get(ACCOUNT)).singleElement().satisfies(gain -> {
      assertThat(gain.gain()).isEqualTo(Money.usd("-1000"));
      assertThat(gain.term()).isEqualTo(Term.SHORT);
    });
    assertThat(state.position(ACCOUNT, ABC).orElseThrow().lots())
        .containsExactly(new Lot(LocalDate.of(2023, 8, 15), new BigDecimal("100"), Money.usd("4100")));
  }

  @Test
  void cashAddsTheFlowsAndReinvestmentsBuyLots() {
    // Deposit 10,000; buy 100 for 5,000.50; dividend 120 (qualified); reinvest 120 for 2.4 sh;
    // fee 10; foreign tax 3; return of capital 20 lowers the basis 5,120.50 → 5,100.50 over both lots
    // in proportion to shares (100/102.4 × 20 = 19.53 and 0.47). Cash 10,000 − 5,000.50 + 120 − 120
    // − 10 − 3 + 20 = 5,006.50.
    List<Transaction> ledger = List.of(
        cash("2024-01-02", TransactionType.DEPOSIT, "10000"),
        tx("2024-01-03", TransactionType.BUY, "100", "5000.50"),
        new Transaction(LocalDate.parse("2024-03-28"), ACCOUNT, TransactionType.DIVIDEND, Optional.of(ABC),
            BigDecimal.ZERO, Money.usd("120"), Optional.of(IncomeCharacter.QUALIFIED_DIVIDEND)),
        tx("2024-03-28", TransactionType.REINVESTMENT, "2.4", "120"),
        cash("2024-04-01", TransactionType.FEE, "10"),
        cash("2024-04-02", TransactionType.FOREIGN_TAX, "3"),
        tx("2024-06-28", TransactionType.RETURN_OF_CAPITAL, "0", "20"));
    LedgerState state = LedgerReplay.replay(ledger, LocalDate.of(2024, 12, 31)).value();
    assertThat(state.cash(ACCOUNT)).isEqualTo(Money.usd("5006.50"));
    LedgerPosition position = state.position(ACCOUNT, ABC).orElseThrow();
    assertThat(position.quantity()).isEqualByComparingTo("102.4");
    assertThat(position.lots()).extracting(Lot::cost).containsExactly(Money.usd("4980.97"), Money.usd("119.53"));
    assertThat(position.costBasis()).isEqualTo(Money.usd("5100.50"));
  }

  @Test
  void theMethodOfTheAssetDecidesTheRelief() {
    // Lots 10 at 100 and 10 at 200; selling 10 for 1,500 by highest cost relieves the 200 lot: −500.
    List<Transaction> ledger = List.of(
        tx("2020-01-02", TransactionType.BUY, "10", "1000"),
        tx("2020-02-03", TransactionType.BUY, "10", "2000"),
        tx("2024-02-01", TransactionType.SELL, "10", "1500"));
    LedgerState state = LedgerReplay.replay(ledger, LocalDate.of(2024, 12, 31),
        (account, asset) -> LotReliefMethod.HIGHEST_COST, Map.of()).value();
    assertThat(state.realized().get(ACCOUNT).get(0).gain()).isEqualTo(Money.usd("-500"));
  }

  @Test
  void sellingMoreThanHeldIsReportedAndTheHeldSharesAreSold() {
    // 10 held, 15 sold for 1,500: 10 sold for 1,000 and a problem naming the sale.
    List<Transaction> ledger = List.of(
        tx("2024-01-02", TransactionType.BUY, "10", "900"),
        tx("2024-02-01", TransactionType.SELL, "15", "1500"));
    WithProblems<LedgerState> state = LedgerReplay.replay(ledger, LocalDate.of(2024, 12, 31));
    assertThat(state.problems()).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo("account brokerage, sell of ABC on 2024-02-01");
      assertThat(p.message()).contains("only 10 are held");
    });
    assertThat(state.value().realized().get(ACCOUNT).get(0).proceeds()).isEqualTo(Money.usd("1000"));
    assertThat(state.value().position(ACCOUNT, ABC)).isEmpty();
  }

  @Test
  void reportedCashStartsTheBalanceAndOnlyLaterFlowsAreAdded() {
    // Reported 2,000 on 2024-03-31; the 500 deposit before it is inside that figure; +100 interest after.
    List<Transaction> ledger = List.of(
        cash("2024-03-01", TransactionType.DEPOSIT, "500"),
        cash("2024-04-30", TransactionType.INTEREST, "100"));
    LedgerState state = LedgerReplay.replay(ledger, LocalDate.of(2024, 12, 31), LedgerReplay.MethodChoice.fifo(),
        Map.of(ACCOUNT, new CashBalance(LocalDate.of(2024, 3, 31), Money.usd("2000")))).value();
    assertThat(state.cash(ACCOUNT)).isEqualTo(Money.usd("2100"));
  }

  @Test
  void transactionsAfterTheDateAreLeftOut() {
    List<Transaction> ledger = List.of(tx("2024-01-02", TransactionType.BUY, "10", "900"),
        tx("2024-05-02", TransactionType.BUY, "5", "500"));
    assertThat(LedgerReplay.replay(ledger, LocalDate.of(2024, 3, 1)).value().position(ACCOUNT, ABC).orElseThrow().quantity())
        .isEqualByComparingTo("10");
  }
}
