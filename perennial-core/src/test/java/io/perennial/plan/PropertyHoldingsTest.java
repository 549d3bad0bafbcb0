package io.perennial.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.market.MarketSnapshot;
import io.perennial.market.OwnEstimates;
import io.perennial.market.UniverseAsset;
import io.perennial.project.IncomeStream;
import io.perennial.realestate.Mortgage;
import io.perennial.realestate.OperatingExpenses;
import io.perennial.realestate.Purchase;
import io.perennial.realestate.RentalProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The accumulator example's duplex (the property of the core's AccumulatorDuplexTest) as a plan
 * holding. The loan's figures are those of its month-by-month schedule (each month's interest
 * rounded to the cent), worked again apart in Python's decimal arithmetic: balance before the
 * January 2026 payment (the 90th) 148,122.46, interest of payments 90–101 6,586.30, principal
 * 3,871.70 (the closed form, without the cents' rounding, gives 148,122.50 / 6,586.31 / 3,871.69).
 */
class PropertyHoldingsTest {

  private static final LocalDate VALUED = LocalDate.of(2026, 1, 2);
  private static final AssetId DUPLEX = AssetId.of("elm-street-duplex");

  private static RentalProperty duplex(double share) {
    return RentalProperty.builder("Duplex, 14 Elm Street")
        .value(Money.usd("290000"), VALUED)
        .monthlyRent(Money.usd("2400"))
        .vacancy(0.05)
        .expenses(OperatingExpenses.total(Money.usd("12280")))
        .growth(0.03, 0.025, 0.03)
        .purchase(new Purchase(Money.usd("215000"), LocalDate.of(2018, 6, 29), Money.usd("3000"), YearMonth.of(2018, 7)))
        .landShare(0.25)
        .mortgage(Mortgage.original(Money.usd("172000"), 0.045, 30, YearMonth.of(2018, 8)))
        .ownershipShare(share)
        .build();
  }

  private static MarketSnapshot market() {
    Asset asset = new Asset(DUPLEX, "Duplex", AssetClass.RENTAL_REAL_ESTATE, "", "",
        IncomeMix.of(IncomeCharacter.RENTAL_NET_INCOME));
    return new MarketSnapshot(VALUED, Map.of(DUPLEX, Money.usd("290000")), List.of(new UniverseAsset(asset, OwnEstimates.NONE)),
        BuiltInAssumptions.SET);
  }

  @Test
  void theHoldingIsTheEquityAndPaysTheCashFlowAfterDebtService() {
    MarketSnapshot held = PropertyHoldings.market(market(), Map.of(DUPLEX, duplex(1.0)));
    // Equity: 290,000 − 148,122.46 = 141,877.54.
    assertThat(held.price(DUPLEX)).isEqualTo(Money.usd("141877.54"));
    // Cash flow: NOI 15,080 − 12 × 871.50 = 4,622.00, its yield on the equity 3.2577 %.
    double yield = held.candidate(DUPLEX).orElseThrow().own().yield().getAsDouble();
    assertThat(Money.usd(new BigDecimal("141877.54").multiply(BigDecimal.valueOf(yield)))).isEqualTo(Money.usd("4622.00"));
    // Taxable 27,360 − 12,280 − 6,586.30 − 5,945.46 = 2,548.24 of the 4,622.00 is rental income; the
    // 2,073.76 left (depreciation 5,945.46 − principal 3,871.70) is sheltered, as return of capital.
    IncomeMix mix = held.asset(DUPLEX).incomeMix();
    assertThat(mix.share(IncomeCharacter.RENTAL_NET_INCOME)).isCloseTo(2_548.24 / 4_622.00, within(1e-12));
    assertThat(mix.share(IncomeCharacter.RETURN_OF_CAPITAL)).isCloseTo(2_073.76 / 4_622.00, within(1e-12));
    // The income grows with the rent when the asset has no growth of its own; applying it again changes nothing.
    assertThat(held.candidate(DUPLEX).orElseThrow().own().incomeGrowth()).hasValue(0.03);
    assertThat(PropertyHoldings.market(held, Map.of(DUPLEX, duplex(1.0)))).isEqualTo(held);
  }

  @Test
  void theReportShowsTheYearAndTheLoan() {
    PropertyReport row = PropertyHoldings.report(Map.of(DUPLEX, duplex(1.0))).get(0);
    assertThat(row.year()).isEqualTo(2026);
    assertThat(row.noi()).isEqualTo(Money.usd("15080.00"));
    assertThat(row.debtService()).isEqualTo(Money.usd("10458.00"));
    assertThat(row.cashFlow()).isEqualTo(Money.usd("4622.00"));
    assertThat(row.depreciation()).isEqualTo(Money.usd("5945.46"));
    assertThat(row.taxableIncome()).isEqualTo(Money.usd("2548.24"));
    assertThat(row.loanBalance()).isEqualTo(Money.usd("148122.46"));
    assertThat(row.dscr()).isCloseTo(15_080.0 / 10_458.0, within(1e-12));
    // The 360th payment: August 2018 + 359 months = July 2048.
    assertThat(row.payoffYear()).isEqualTo(2048);
  }

  @Test
  void aHalfShareHalvesEveryFigure() {
    PropertyReport row = PropertyHoldings.report(Map.of(DUPLEX, duplex(0.5))).get(0);
    assertThat(row.equity()).isEqualTo(Money.usd("70938.77"));
    assertThat(row.cashFlow()).isEqualTo(Money.usd("2311.00"));
  }

  @Test
  void fromThePayoffYearTheDebtServiceBecomesIncome() {
    List<IncomeStream> streams = PropertyHoldings.payoffStreams(DUPLEX, duplex(1.0), 35);
    // 2048 (projected year index 22) holds 7 payments, 6,099.52 (the last one 871.52 with its
    // rounding): 10,458.00 − 6,099.52 = 4,358.48 more that year; from 2049 the whole 10,458.00.
    assertThat(streams).hasSize(2);
    assertThat(streams.get(0).startYear()).isEqualTo(22);
    assertThat(streams.get(0).endYear()).isEqualTo(23);
    assertThat(streams.get(0).annualAmount()).isCloseTo(4_358.48, within(1e-6));
    assertThat(streams.get(1).startYear()).isEqualTo(23);
    assertThat(streams.get(1).annualAmount()).isCloseTo(10_458.00, within(1e-6));
    assertThat(streams.get(1).indexation()).isZero();
    // A projection that ends before the payoff has none.
    assertThat(PropertyHoldings.payoffStreams(DUPLEX, duplex(1.0), 22)).isEmpty();
    assertThat(PropertyHoldings.payoffStreams(DUPLEX, duplex(1.0).withMortgage(java.util.Optional.empty()), 35)).isEmpty();
  }

  @Test
  void theUnrealisedGainIsTheValueLessTheAdjustedBasis() {
    // 290,000 − (218,000 − 44,343.18 of depreciation through 2025) = 116,343.18.
    assertThat(PropertyHoldings.unrealisedGain(duplex(1.0))).isEqualTo(Money.usd("116343.18"));
  }

  private static RentalProperty unlevered(String expenses) {
    return RentalProperty.builder("Unlevered")
        .value(Money.usd("290000"), VALUED)
        .monthlyRent(Money.usd("2400"))
        .expenses(OperatingExpenses.total(Money.usd(expenses)))
        .purchase(new Purchase(Money.usd("215000"), LocalDate.of(2018, 6, 29), Money.usd("0"), YearMonth.of(2018, 7)))
        .landShare(0.25)
        .build();
  }

  @Test
  void whatTheSplitCannotCarryIsNoted() {
    // No loan: cash flow 28,800 − 18,000 = 10,800, taxable 10,800 − 161,250 / 27.5 (5,863.64) = 4,936.36: no note.
    assertThat(PropertyHoldings.notes(Map.of(DUPLEX, unlevered("18000")))).isEmpty();
    // Expenses 24,000: cash flow 4,800 but a tax loss of 5,863.64 − 4,800 = 1,063.64, not deducted: noted,
    // and the cash flow is all sheltered.
    RentalProperty loss = unlevered("24000");
    assertThat(PropertyHoldings.notes(Map.of(DUPLEX, loss))).singleElement()
        .satisfies(p -> assertThat(p.describe()).contains("rental tax loss of $1,063.6"));
    assertThat(PropertyHoldings.mix(PropertyHoldings.ownersFirstYear(loss)).share(IncomeCharacter.RETURN_OF_CAPITAL))
        .isEqualTo(1.0);
    // 60,000 at 10 % over 10 years from August 2018: in 2026 (payments 90–101 of 120) the principal
    // repaid (about 7,800) exceeds the depreciation, so the taxable income exceeds the cash flow: noted,
    // and the cash flow is all rental income.
    RentalProperty levered = unlevered("18000").withMortgage(java.util.Optional.of(
        Mortgage.original(Money.usd("60000"), 0.10, 10, YearMonth.of(2018, 8))));
    assertThat(PropertyHoldings.notes(Map.of(DUPLEX, levered))).singleElement()
        .satisfies(p -> assertThat(p.describe()).contains("exceeds its cash flow"));
    assertThat(PropertyHoldings.mix(PropertyHoldings.ownersFirstYear(levered)).share(IncomeCharacter.RENTAL_NET_INCOME))
        .isEqualTo(1.0);
  }
}
