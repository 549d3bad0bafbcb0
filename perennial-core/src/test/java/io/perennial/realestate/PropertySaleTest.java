package io.perennial.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A sale split into unrecaptured §1250 gain and long-term gain, by hand. */
class PropertySaleTest {

  /** The accumulator's duplex: bought 2018-06-29 for 215,000 + 3,000 closing, rented from July, land 25 %, 172,000 at 4.5 %. */
  private static RentalProperty duplex() {
    return RentalProperty.builder("Duplex, 14 Elm Street")
        .value(Money.usd("290000"), LocalDate.of(2025, 1, 1))
        .monthlyRent(Money.usd("2600"))
        .expenses(OperatingExpenses.total(Money.usd("9000")))
        .purchase(new Purchase(Money.usd("215000"), LocalDate.of(2018, 6, 29), Money.usd("3000"), YearMonth.of(2018, 7)))
        .landShare(0.25)
        .mortgage(Mortgage.original(Money.usd("172000"), 0.045, 30, YearMonth.of(2018, 8)))
        .build();
  }

  @Test
  void aGainSplitsIntoUnrecapturedSection1250GainAndLongTermGain() {
    SaleResult sale = PropertySale.sell(duplex(), YearMonth.of(2030, 7), Money.usd("400000"), 0.06);

    // Amount realized: 400,000 − 6 % = 376,000.
    assertThat(sale.amountRealized()).isEqualTo(Money.usd("376000.00"));
    // Depreciable basis 218,000 × 75 % = 163,500; mid-July 2018 to mid-July 2030 = 144 months:
    // 163,500 × 144/330 = 71,345.45 taken; adjusted basis 218,000 − 71,345.45 = 146,654.55.
    assertThat(sale.accumulatedDepreciation()).isEqualTo(Money.usd("71345.45"));
    assertThat(sale.adjustedBasis()).isEqualTo(Money.usd("146654.55"));
    // Gain 376,000 − 146,654.55 = 229,345.45: the depreciation part, 71,345.45, is unrecaptured
    // §1250 gain (at most 25 %); the rest, 158,000.00 = 376,000 − 218,000, long-term gain.
    assertThat(sale.gain()).isEqualTo(Money.usd("229345.45"));
    assertThat(sale.unrecapturedSection1250Gain()).isEqualTo(Money.usd("71345.45"));
    assertThat(sale.longTermGain()).isEqualTo(Money.usd("158000.00"));
    assertThat(sale.shortTermGain().isZero()).isTrue();
    assertThat(sale.ordinaryLoss().isZero()).isTrue();
    // 2030's depreciation before the sale: 6.5 months × 163,500/330 = 3,220.45.
    assertThat(sale.depreciationInYearOfSale()).isEqualTo(Money.usd("3220.45"));
    // Loan: 143 payments made (August 2018 to June 2030) of A = 871.50 (172,000 at 4.5 %/12 over
    // 360: 871.4987 rounded); B_143 = P·g − A(g − 1)/r with g = 1.00375^143 = 129,244.65 by the
    // closed form, which ignores each month's cent rounding of interest (well under a dollar).
    assertThat(sale.loanPayoff().toDouble()).isCloseTo(129_244.65, within(0.50));
    assertThat(sale.netProceeds()).isEqualTo(sale.amountRealized().minus(sale.loanPayoff()));
    // Tax at flat rates, 32 % ordinary and 15 % long-term: 71,345.45 × 25 % + 158,000 × 15 %
    // = 17,836.36 + 23,700 = 41,536.36.
    assertThat(sale.taxAtFlatRates(0.32, 0.15)).isEqualTo(Money.usd("41536.36"));
    // At a 22 % ordinary rate the unrecaptured gain pays 22 %, not 25 %: 15,696.00 + 23,700.
    assertThat(sale.taxAtFlatRates(0.22, 0.15)).isEqualTo(Money.usd("39396.00"));
  }

  @Test
  void aGainBelowTheDepreciationIsAllUnrecapturedAndALossIsOrdinary() {
    // Sold for 220,000 with 6 %: realized 206,800; gain 206,800 − 146,654.55 = 60,145.45, less
    // than the 71,345.45 taken: all of it unrecaptured §1250 gain, no long-term gain.
    SaleResult low = PropertySale.sell(duplex(), YearMonth.of(2030, 7), Money.usd("220000"), 0.06);
    assertThat(low.unrecapturedSection1250Gain()).isEqualTo(Money.usd("60145.45"));
    assertThat(low.longTermGain().isZero()).isTrue();
    // Sold for 150,000: realized 141,000 < 146,654.55: a §1231 loss of 5,654.55, ordinary.
    SaleResult loss = PropertySale.sell(duplex(), YearMonth.of(2030, 7), Money.usd("150000"), 0.06);
    assertThat(loss.ordinaryLoss()).isEqualTo(Money.usd("5654.55"));
    assertThat(loss.unrecapturedSection1250Gain().isZero()).isTrue();
    assertThat(loss.taxAtFlatRates(0.24, 0.15)).isEqualTo(Money.usd("-1357.09"));
  }

  @Test
  void heldOneYearOrLessTheGainIsShortTerm() {
    // Sold in June 2019, before the first anniversary (2019-06-29): 11 months of depreciation,
    // 163,500 × 11/330 = 5,450; gain 376,000 − (218,000 − 5,450) = 163,450, all short-term.
    SaleResult quick = PropertySale.sell(duplex(), YearMonth.of(2019, 6), Money.usd("400000"), 0.06);
    assertThat(quick.longTerm()).isFalse();
    assertThat(quick.accumulatedDepreciation()).isEqualTo(Money.usd("5450.00"));
    assertThat(quick.shortTermGain()).isEqualTo(Money.usd("163450.00"));
    assertThat(quick.unrecapturedSection1250Gain().isZero()).isTrue();
  }
}
