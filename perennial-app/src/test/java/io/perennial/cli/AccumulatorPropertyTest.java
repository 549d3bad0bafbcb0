package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.io.PlanDocument;
import io.perennial.io.PlanFile;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.plan.HoldingsAnalysis;
import io.perennial.plan.PlanResult;
import io.perennial.plan.Planner;
import io.perennial.plan.ProjectionSetup;
import io.perennial.plan.PropertyReport;
import io.perennial.plan.ResolvedPlan;
import io.perennial.plan.TaxAnalysis;
import io.perennial.project.IncomeStream;
import io.perennial.tax.IncomeKind;
import io.perennial.testing.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accumulator example ({@code examples/accumulator.yaml}) with its mortgaged duplex, through the
 * plan file and the {@link Planner}: the plan shows the property's cash flow, the tax it causes
 * after depreciation, and a projection in which the loan is paid off in its year (issue 14).
 *
 * <p>By hand, from the example's figures: rent 2,400 × 12 = 28,800, 5 % vacancy 1,440, effective
 * rent 27,360, expenses 12,280, NOI 15,080. The loan of 172,000 at 4.5 % over 30 years from August
 * 2018 pays A = 172,000 · 0.00375 / (1 − 1.00375^−360) = 871.4987 → 871.50 a month, so 2026
 * (payments 90–101) costs 12 × 871.50 = 10,458.00 and the cash flow is 15,080 − 10,458 = 4,622.00.
 * Depreciation of 2026 on (215,000 + 3,000) × 75 % = 163,500 from mid-July 2018 is 50,288.64 −
 * 44,343.18 = 5,945.46. Interest: the closed form, B₈₉ − B₁₀₁ = 148,122.50 − 144,250.81 = 3,871.69
 * of principal, leaves 6,586.31 of interest and a taxable 27,360 − 12,280 − 6,586.31 − 5,945.46 =
 * 2,548.23; the schedule rounds each month's interest to the cent (as a lender does), which gives
 * 6,586.30 and 3,871.70 (B₈₉ = 148,122.46, worked again apart in decimal arithmetic), so the plan's
 * taxable is 2,548.24, a cent from the closed form. The 360th payment falls in July 2048.
 */
class AccumulatorPropertyTest {

  private static final Path EXAMPLE = SharedData.repositoryRoot().resolve("examples/accumulator.yaml");
  private static final AssetId DUPLEX = AssetId.of("elm-street-duplex");

  private static ResolvedPlan resolved() {
    PlanDocument plan = PlanFile.read(EXAMPLE, BuiltInAssumptions.SET, LocalDate.of(2026, 1, 2));
    return ResolvedPlan.of(plan.household(), plan.market(BuiltInAssumptions.SET), plan.settings());
  }

  @Test
  void thePlanShowsTheCashFlowAndTheTaxAfterDepreciation() {
    Planner planner = Planner.withDefaults();
    ResolvedPlan plan = resolved();
    HoldingsAnalysis holdings = planner.holdings(plan);
    TaxAnalysis taxes = planner.taxes(plan, holdings);
    PlanResult result = planner.plan(plan).value();

    PropertyReport duplex = result.properties().get(0);
    assertThat(duplex.asset()).isEqualTo(DUPLEX);
    assertThat(duplex.noi()).isEqualTo(Money.usd("15080.00"));
    assertThat(duplex.debtService()).isEqualTo(Money.usd("10458.00"));
    assertThat(duplex.cashFlow()).isEqualTo(Money.usd("4622.00"));
    assertThat(duplex.depreciation()).isEqualTo(Money.usd("5945.46"));
    assertThat(duplex.taxableIncome()).isEqualTo(Money.usd("2548.24"));
    assertThat(duplex.taxableIncome().toDouble()).isCloseTo(2_548.23, within(0.015)); // the closed form
    assertThat(duplex.dscr()).isCloseTo(1.442, within(0.0005));
    assertThat(duplex.loanBalance()).isEqualTo(Money.usd("148122.46"));
    assertThat(duplex.payoffYear()).isEqualTo(2048);

    // The holding: worth its equity 290,000 − 148,122.46 = 141,877.54, paying the cash flow.
    HoldingsAnalysis.Position held = holdings.holdings().positions().stream()
        .filter(p -> p.asset().equals(DUPLEX)).findFirst().orElseThrow();
    assertThat(held.value()).isEqualTo(Money.usd("141877.54"));
    assertThat(held.income()).isEqualTo(Money.usd("4622.00"));

    // The tax analysis: the household's taxable accounts carry the 2,548.24 as rental income (the
    // rest of the cash flow, 2,073.76, sheltered by depreciation, is untaxed return of capital).
    TaxAnalysis.HoldingAfterTax row = taxes.afterTaxIncome().byHolding().stream()
        .filter(h -> h.asset().equals(DUPLEX)).findFirst().orElseThrow();
    Money rental = row.incomeByCharacter().stream().filter(c -> c.character() == IncomeCharacter.RENTAL_NET_INCOME)
        .findFirst().orElseThrow().income();
    assertThat(rental.toDouble()).isCloseTo(2_548.24, within(0.011));
    assertThat(taxes.taxes().withTaxableAccounts().income().get(IncomeKind.RENTAL).toDouble()).isCloseTo(2_548.24, within(0.011));
  }

  @Test
  void theProjectionPaysTheLoanOffIn2048() {
    Planner planner = Planner.withDefaults();
    ResolvedPlan plan = resolved();
    HoldingsAnalysis holdings = planner.holdings(plan);
    ProjectionSetup setup = ProjectionSetup.of(plan, holdings, planner.taxes(plan, holdings));
    List<IncomeStream> paidOff = setup.model().streams().stream().filter(s -> s.name().startsWith("elm-street-duplex")).toList();
    // 2026 is projected year index 0, so 2048 is index 22: its 7 payments cost 6,099.52 (the last
    // 871.52), so the cash flow gains 10,458.00 − 6,099.52 = 4,358.48 that year and all 10,458.00 after.
    assertThat(paidOff).hasSize(2);
    assertThat(paidOff.get(0).startYear()).isEqualTo(22);
    assertThat(paidOff.get(0).annualAmount()).isCloseTo(4_358.48, within(1e-6));
    assertThat(paidOff.get(1).startYear()).isEqualTo(23);
    assertThat(paidOff.get(1).annualAmount()).isCloseTo(10_458.00, within(1e-6));
    assertThat(setup.problems()).anySatisfy(p -> assertThat(p.describe()).contains("paid off in 2048"));
  }
}
