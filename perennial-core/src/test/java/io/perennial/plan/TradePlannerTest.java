package io.perennial.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.Lot;
import io.perennial.rebalance.TradePlanner;
import io.perennial.rebalance.Trades;
import io.perennial.rebalance.Trades.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trades worked by hand on one-account plans: the lots a sale takes and the cash it leaves. */
class TradePlannerTest {

  private static final AssetId VYM = AssetId.of("VYM");
  private static final LocalDate BOUGHT = LocalDate.of(2024, 1, 2);

  private static PlanFixtures vymAt120() {
    return PlanFixtures.plan()
        .classAsset("VYM", AssetClass.US_DIVIDEND_STOCKS, "120", IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND))
        .classAsset("CASH", AssetClass.CASH, "1", IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST));
  }

  /**
   * Two identical lots (same day, 10 units, $1,000 each) are two lots. Selling 15 of the 20 units
   * at $120 takes all of one lot and half of the other: proceeds 15 × 120 = $1,800, cost $1,000 +
   * $500 = $1,500, a long-term gain of $300; 5 units stay, in one lot of cost $500.
   */
  @Test
  void identicalLotsOnTheSameDayAreSoldOneAfterTheOther() {
    ResolvedPlan input = vymAt120().accountWithLots("joint", AccountType.TAXABLE, "VYM", "0",
        new Lot(BOUGHT, BigDecimal.TEN, Money.usd("1000")), new Lot(BOUGHT, BigDecimal.TEN, Money.usd("1000"))).build();

    TradePlanner.Result result = TradePlanner.plan(input.accounts(), input.market(), Map.of("joint", Map.of(VYM, 600.0)), Set.of(), true);

    Trade sale = result.trades().accounts().get(0).trades().get(0);
    assertThat(sale.quantity()).isEqualByComparingTo("15");
    assertThat(sale.amount()).isEqualTo(Money.usd("1800.00"));
    assertThat(sale.costBasis()).isEqualTo(Money.usd("1500.00"));
    assertThat(sale.longTermGain()).isEqualTo(Money.usd("300.00"));
    Holding left = result.accounts().get(0).holding(VYM).orElseThrow();
    assertThat(left.quantity()).isEqualByComparingTo("5");
    assertThat(left.lots()).containsExactly(new Lot(BOUGHT, new BigDecimal("5"), Money.usd("500")));
  }

  /**
   * Cash held with a fraction of a cent ($12,000.005) trades to the cent: buying 100 units at $120
   * ($12,000) leaves $0.00, and cash after = cash before − purchases reconciles.
   */
  @Test
  void cashWithAFractionOfACentIsTradedToTheCent() {
    ResolvedPlan input = vymAt120().accountWithLots("joint", AccountType.TAXABLE, "VYM", "12000.005",
        new Lot(BOUGHT, BigDecimal.ONE, Money.usd("100"))).build();

    TradePlanner.Result result = TradePlanner.plan(input.accounts(), input.market(), Map.of("joint", Map.of(VYM, 12_120.0)), Set.of(), true);

    Trades.AccountTrades account = result.trades().accounts().get(0);
    assertThat(account.purchases()).isEqualTo(Money.usd("12000.00"));
    assertThat(account.cashAfter()).isEqualTo(Money.usd("0.00"));
  }
}
