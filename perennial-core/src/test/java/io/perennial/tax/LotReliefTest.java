package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Lot;
import io.perennial.tax.RealizedGain.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every relief method on one small ledger, worked by hand.
 *
 * <pre>
 * XYZ lots        acquired     shares  cost     per share
 *   L1            2022-01-10   10      1,180    118
 *   L2            2023-03-15   10      1,500    150
 *   L3            2024-02-01   10      1,220    122
 * Sale 2024-06-03: 15 shares for 1,950 (130 a share). L1 and L2 are long-term on that day
 * (acquired more than a year before), L3 short-term.
 * </pre>
 */
class LotReliefTest {

  static final AssetId XYZ = AssetId.of("XYZ");
  static final LocalDate SALE = LocalDate.of(2024, 6, 3);
  static final LocalDate L1 = LocalDate.of(2022, 1, 10);
  static final LocalDate L2 = LocalDate.of(2023, 3, 15);
  static final LocalDate L3 = LocalDate.of(2024, 2, 1);
  static final List<Lot> LOTS = List.of(lot(L1, "10", "1180"), lot(L2, "10", "1500"), lot(L3, "10", "1220"));
  static final BigDecimal FIFTEEN = new BigDecimal("15");
  static final Money PROCEEDS = Money.usd("1950");

  static Lot lot(LocalDate acquired, String shares, String cost) {
    return new Lot(acquired, new BigDecimal(shares), Money.usd(cost));
  }

  static LotRelief.Relief sell(LotReliefMethod method) {
    return LotRelief.relieve(XYZ, LOTS, SALE, FIFTEEN, PROCEEDS, method);
  }

  static void assertGain(RealizedGain gain, LocalDate acquired, String shares, String proceeds, String cost, Term term) {
    assertThat(gain.acquired()).isEqualTo(acquired);
    assertThat(gain.quantity()).isEqualByComparingTo(shares);
    assertThat(gain.proceeds()).isEqualTo(Money.usd(proceeds));
    assertThat(gain.cost()).isEqualTo(Money.usd(cost));
    assertThat(gain.term()).isEqualTo(term);
  }

  @Test
  void fifoSellsTheOldestLotsFirst() {
    // L1 10 sh: proceeds 1,300, cost 1,180, +120 long; L2 5 sh: proceeds 650, cost 750, −100 long.
    LotRelief.Relief relief = sell(LotReliefMethod.FIFO);
    assertThat(relief.gains()).hasSize(2);
    assertGain(relief.gains().get(0), L1, "10", "1300", "1180", Term.LONG);
    assertGain(relief.gains().get(1), L2, "5", "650", "750", Term.LONG);
    assertThat(relief.totalGain(Money.ZERO_USD)).isEqualTo(Money.usd("20"));
    assertThat(relief.remaining()).containsExactly(lot(L2, "5", "750"), lot(L3, "10", "1220"));
  }

  @Test
  void highestCostSellsTheDearestSharesFirst() {
    // L2 (150) 10 sh: 1,300 − 1,500 = −200 long; L3 (122) 5 sh: 650 − 610 = +40 short.
    LotRelief.Relief relief = sell(LotReliefMethod.HIGHEST_COST);
    assertGain(relief.gains().get(0), L2, "10", "1300", "1500", Term.LONG);
    assertGain(relief.gains().get(1), L3, "5", "650", "610", Term.SHORT);
    assertThat(relief.totalGain(Money.ZERO_USD)).isEqualTo(Money.usd("-160"));
    assertThat(relief.remaining()).containsExactly(lot(L1, "10", "1180"), lot(L3, "5", "610"));
  }

  @Test
  void lowestCostSellsTheCheapestSharesFirst() {
    // L1 (118) 10 sh: +120 long; L3 (122) 5 sh: 650 − 610 = +40 short.
    LotRelief.Relief relief = sell(LotReliefMethod.LOWEST_COST);
    assertGain(relief.gains().get(0), L1, "10", "1300", "1180", Term.LONG);
    assertGain(relief.gains().get(1), L3, "5", "650", "610", Term.SHORT);
    assertThat(relief.remaining()).containsExactly(lot(L2, "10", "1500"), lot(L3, "5", "610"));
  }

  @Test
  void minimumTaxRanksByEstimatedTaxOverProceeds() {
    // Rates 32 % short, 15 % long. Tax ÷ proceeds per share at 130:
    //   L2 (−20 × 0.15) / 130 = −0.0231; L1 (12 × 0.15) / 130 = 0.0138; L3 (8 × 0.32) / 130 = 0.0197.
    // Order L2, L1, L3: L2 10 sh −200 long, L1 5 sh 650 − 590 = +60 long. Estimated tax −21,
    // below highest cost's −30 + 12.80 = −17.20.
    LotRelief.Relief relief = sell(new LotReliefMethod.MinimumTax(0.32, 0.15));
    assertGain(relief.gains().get(0), L2, "10", "1300", "1500", Term.LONG);
    assertGain(relief.gains().get(1), L1, "5", "650", "590", Term.LONG);
    assertThat(relief.totalGain(Money.ZERO_USD)).isEqualTo(Money.usd("-140"));
    assertThat(relief.remaining()).containsExactly(lot(L1, "5", "590"), lot(L3, "10", "1220"));
  }

  @Test
  void specificLotsSellTheNamedLots() {
    // L1 5 sh: 650 − 590 = +60 long; L3 10 sh: 1,300 − 1,220 = +80 short.
    LotRelief.Relief relief = sell(new LotReliefMethod.SpecificLots(List.of(
        new LotReliefMethod.LotPick(L3, new BigDecimal("10")), new LotReliefMethod.LotPick(L1, new BigDecimal("5")))));
    assertGain(relief.gains().get(0), L1, "5", "650", "590", Term.LONG);
    assertGain(relief.gains().get(1), L3, "10", "1300", "1220", Term.SHORT);
    assertThat(relief.remaining()).containsExactly(lot(L1, "5", "590"), lot(L2, "10", "1500"));
  }

  @Test
  void specificLotsMustNameHeldLotsAndAddUp() {
    assertThatThrownBy(() -> sell(new LotReliefMethod.SpecificLots(List.of(
        new LotReliefMethod.LotPick(LocalDate.of(2020, 1, 1), FIFTEEN)))))
        .hasMessageContaining("no lot of XYZ acquired on 2020-01-01");
    assertThatThrownBy(() -> sell(new LotReliefMethod.SpecificLots(List.of(
        new LotReliefMethod.LotPick(L1, new BigDecimal("10"))))))
        .hasMessageContaining("add up to 10 shares, but the sale is of 15");
  }

  @Test
  void averageCostReliefsTheAverageBasisAndKeepsTheHoldingPeriodFirstInFirstOut() {
    // Basis 1,180 + 1,500 + 1,220 = 3,900 for 30 sh: 130 a share. Selling 15 sh for 2,100 (140):
    // relieved 3,900 × 15/30 = 1,950; parts first in, first out: L1 10 sh cost 1,300 proceeds 1,400
    // (+100 long), L2 5 sh cost 650 proceeds 700 (+50 long). Left: 1,950 over L2 5 sh (650) and L3 10 sh (1,300).
    LotRelief.Relief relief = LotRelief.relieve(XYZ, LOTS, SALE, FIFTEEN, Money.usd("2100"), LotReliefMethod.AVERAGE_COST);
    assertGain(relief.gains().get(0), L1, "10", "1400", "1300", Term.LONG);
    assertGain(relief.gains().get(1), L2, "5", "700", "650", Term.LONG);
    assertThat(relief.remaining()).containsExactly(lot(L2, "5", "650"), lot(L3, "10", "1300"));
  }

  @Test
  void partsAddUpToTheCentWhenSharesDoNotDivideEvenly() {
    // 3 lots of 1 share each cost 10.00; selling all 3 for 100.00: parts 33.33, 33.33 and 33.34.
    LocalDate day = LocalDate.of(2024, 1, 2);
    List<Lot> lots = List.of(lot(day, "1", "10"), lot(day, "1", "10"), lot(day, "1", "10"));
    LotRelief.Relief relief = LotRelief.relieve(XYZ, lots, SALE, new BigDecimal("3"), Money.usd("100"), LotReliefMethod.FIFO);
    assertThat(relief.gains()).extracting(RealizedGain::proceeds)
        .containsExactly(Money.usd("33.33"), Money.usd("33.33"), Money.usd("33.34"));
    assertThat(relief.remaining()).isEmpty();
  }

  @Test
  void cannotSellMoreThanHeld() {
    assertThatThrownBy(() -> LotRelief.relieve(XYZ, LOTS, SALE, new BigDecimal("31"), PROCEEDS, LotReliefMethod.FIFO))
        .hasMessageContaining("the lots hold 30");
  }

  @Test
  void methodsParseByTheirIds() {
    for (String id : List.of("fifo", "highest-cost", "lowest-cost", "average-cost", "minimum-tax")) {
      assertThat(LotReliefMethod.parse(id).id()).isEqualTo(id);
    }
    assertThatThrownBy(() -> LotReliefMethod.parse("lifo")).hasMessageContaining("use one of");
  }
}
