package io.perennial.optimize;

import static io.perennial.optimize.LocationFixtures.account;
import static io.perennial.optimize.LocationFixtures.map;
import static io.perennial.optimize.LocationFixtures.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.optimize.LocationResult.AccountLocation;
import io.perennial.optimize.LocationResult.Placement;
import io.perennial.tax.AccountTaxRates;
import io.perennial.tax.DeferredValuation;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationOptimizerTest {

  private static final double TIGHT = 1e-9;
  private static final LocationOptimizer OPTIMIZER = new LocationOptimizer();

  /** Ordinary income (interest) taxed 30 %, qualified dividends 20 %, muni 0 % (no state tax). */
  private static final AccountTaxRates RATES = rates(0.30, 0.20, 0.0);

  private static final Map<AssetId, IncomeMix> MIXES = Map.of(
      AssetId.of("BOND"), IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST),
      AssetId.of("STOCK"), IncomeMix.of(IncomeCharacter.QUALIFIED_DIVIDEND));

  /**
   * BOND: yield 4 %, return 4 %, volatility 5 %, class bonds. STOCK: yield 2 %, return 8 %,
   * volatility 15 %, class stocks. Uncorrelated; pre-tax income profiles.
   */
  private static AllocationProblem.Builder bondAndStock() {
    List<CandidateAsset> assets = List.of(
        CandidateAsset.of("BOND", "bonds", IncomeProfile.of(0.04, 0.0)),
        CandidateAsset.of("STOCK", "stocks", IncomeProfile.of(0.02, 0.05)));
    return AllocationProblem.builder(assets, new double[] {0.04, 0.08}, Fixtures.diagonal(0.05, 0.15));
  }

  private static LocationProblem.Builder location(AllocationProblem household, List<LocationAccount> accounts,
      AccountTaxRates rates) {
    return LocationProblem.builder(household, accounts, rates).incomeMixes(MIXES);
  }

  @Test
  void handWorkedTwoAssetsTwoAccounts() {
    // Household: $1,000,000, half in a taxable account, half in a Roth; allocation fixed at 50 % BOND,
    // 50 % STOCK. After-tax income per unit of weight (inc = yield × (1 − drag)):
    //   BOND@taxable 0.04 × (1 − 0.30) = 0.028    BOND@roth 0.04
    //   STOCK@taxable 0.02 × (1 − 0.20) = 0.016   STOCK@roth 0.02
    // With t = x(BOND, roth) ∈ [0, 0.5] the balances and totals fix the rest:
    //   x(BOND, taxable) = 0.5 − t, x(STOCK, roth) = 0.5 − t, x(STOCK, taxable) = t, so
    //   income(t) = 0.028(0.5 − t) + 0.04t + 0.016t + 0.02(0.5 − t) = 0.024 + 0.008t,
    // best at t = 0.5: the Roth holds all the bonds, income 0.028 = $28,000 a year.
    // The heuristic (no tax-deferred account) gives the Roth the highest expected return, STOCK:
    // t = 0, income 0.024 = $24,000. Gain 0.004 = $4,000 a year, 4,000 / 24,000 = 16.67 %.
    LocationProblem problem = location(bondAndStock().objective(new Objective.MaxIncome()).build(),
        List.of(account("taxable", AccountType.TAXABLE, 500_000), account("roth", AccountType.TAX_FREE, 500_000)), RATES)
        .fixedAllocation(map("BOND", 0.5, "STOCK", 0.5))
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);

    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.weight("BOND", "roth")).isCloseTo(0.5, within(TIGHT));
    assertThat(result.weight("BOND", "taxable")).isCloseTo(0.0, within(TIGHT));
    assertThat(result.weight("STOCK", "taxable")).isCloseTo(0.5, within(TIGHT));
    assertThat(result.weight("STOCK", "roth")).isCloseTo(0.0, within(TIGHT));
    assertThat(result.afterTaxIncome()).isCloseTo(0.028, within(TIGHT));
    assertThat(result.preTaxIncome()).isCloseTo(0.03, within(TIGHT));
    assertThat(result.afterTaxIncomeAmount()).isEqualTo(Money.usd("28000.00"));
    assertThat(result.incomeTaxAmount()).isEqualTo(Money.usd("2000.00")); // 10,000 of dividends × 20 %
    assertThat(result.heuristic().afterTaxIncome()).isCloseTo(0.024, within(TIGHT));
    assertThat(result.heuristic().afterTaxIncomeAmount()).isEqualTo(Money.usd("24000.00"));
    assertThat(result.heuristic().gain()).isCloseTo(0.004, within(TIGHT));
    assertThat(result.heuristic().gainAmount()).isEqualTo(Money.usd("4000.00"));
    assertThat(result.heuristic().relativeGain()).isCloseTo(1.0 / 6.0, within(1e-9));
    assertThat(result.heuristic().broken()).isEmpty();
    assertThat(result.totals().get(AssetId.of("BOND"))).isCloseTo(0.5, within(TIGHT));
    assertThat(result.placements()).extracting(Placement::variable)
        .containsExactly("BOND@taxable", "BOND@roth", "STOCK@taxable", "STOCK@roth");
  }

  @Test
  void jointAllocationAndLocationUnderAClassCap() {
    // Same assets and accounts, allocation free, max after-tax income with bonds ≤ 60 %.
    // With b_T, b_R the bond weights (stock fills the rest of each account):
    //   income = 0.028 b_T + 0.04 b_R + 0.016 (0.5 − b_T) + 0.02 (0.5 − b_R) = 0.018 + 0.012 b_T + 0.02 b_R,
    // subject to b_R ≤ 0.5, b_T ≤ 0.5, b_T + b_R ≤ 0.6: b_R = 0.5 first (larger coefficient), then
    // b_T = 0.1: income 0.018 + 0.0012 + 0.01 = 0.0292.
    // Heuristic on the same totals (BOND 0.6, STOCK 0.4): the Roth takes STOCK 0.4 (higher return)
    // and BOND 0.1; the taxable account BOND 0.5: 0.4·0.02 + 0.1·0.04 + 0.5·0.028 = 0.026.
    LocationProblem problem = location(bondAndStock().objective(new Objective.MaxIncome())
            .constraint(AllocationConstraint.maxClass("bonds", 0.6)).build(),
        List.of(account("taxable", AccountType.TAXABLE, 500_000), account("roth", AccountType.TAX_FREE, 500_000)), RATES)
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);

    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.weight("BOND", "roth")).isCloseTo(0.5, within(TIGHT));
    assertThat(result.weight("BOND", "taxable")).isCloseTo(0.1, within(TIGHT));
    assertThat(result.weight("STOCK", "taxable")).isCloseTo(0.4, within(TIGHT));
    assertThat(result.total(AssetId.of("BOND"))).isCloseTo(0.6, within(TIGHT));
    assertThat(result.afterTaxIncome()).isCloseTo(0.0292, within(TIGHT));
    assertThat(result.objectiveValue()).isCloseTo(0.0292, within(TIGHT));
    assertThat(result.binding()).contains("max-class:bonds");
    assertThat(result.heuristic().afterTaxIncome()).isCloseTo(0.026, within(TIGHT));
    assertThat(result.heuristic().gainAmount()).isEqualTo(Money.usd("3200.00"));
    // Volatility of the totals (0.6, 0.4): √(0.36·0.0025 + 0.16·0.0225) = √0.0045.
    assertThat(result.volatility()).isCloseTo(Math.sqrt(0.0045), within(TIGHT));
  }

  @Test
  void deferredAccountTaxedAtWithdrawalOrCountedAtAfterTaxValue() {
    // Taxable $600,000 and a traditional IRA $400,000; ordinary 30 %, qualified 15 %, withdrawal
    // (the expected rate in retirement) 25 %. Allocation fixed at 50/50.
    AccountTaxRates withdrawal25 = rates(0.30, 0.15, 0.0).withWithdrawalRate(0.25);
    List<LocationAccount> accounts = List.of(account("taxable", AccountType.TAXABLE, 600_000),
        account("ira", AccountType.TAX_DEFERRED, 400_000));
    AllocationProblem household = bondAndStock().objective(new Objective.MaxIncome()).build();

    // (1) Taxed at withdrawal, market value: inc BOND@taxable 0.028, BOND@ira 0.04·0.75 = 0.03,
    // STOCK@taxable 0.017, STOCK@ira 0.015. With t = x(BOND, ira) ∈ [0, 0.4]:
    // income = 0.028(0.5 − t) + 0.03t + 0.015(0.4 − t) + 0.017(0.1 + t) = 0.0217 + 0.004t → t = 0.4,
    // income 0.0233 = $23,300; the heuristic (bonds in the IRA first) finds the same: gain 0.
    LocationResult market = OPTIMIZER.optimize(LocationProblem.builder(household, accounts, withdrawal25)
        .incomeMixes(MIXES).fixedAllocation(map("BOND", 0.5, "STOCK", 0.5)).build());
    assertThat(market.weight("BOND", "ira")).isCloseTo(0.4, within(TIGHT));
    assertThat(market.afterTaxIncome()).isCloseTo(0.0233, within(TIGHT));
    assertThat(market.afterTaxIncomeAmount()).isEqualTo(Money.usd("23300.00"));
    assertThat(market.heuristic().gain()).isCloseTo(0.0, within(TIGHT));

    // (2) After-tax value: the IRA counts 400,000 × 0.75 = 300,000; household 900,000; shares 2/3
    // and 1/3. Inside the IRA income is untaxed per after-tax dollar: inc BOND@ira 0.04, STOCK@ira
    // 0.02. With t = x(BOND, ira) ∈ [0, 1/3]:
    // income = 0.028(0.5 − t) + 0.04t + 0.02(1/3 − t) + 0.017(1/6 + t) = 0.0235 + 0.009t → t = 1/3:
    // 0.0265 × 900,000 = $23,850. In market dollars: the IRA holds $400,000 of BOND paying 16,000,
    // 12,000 after the 25 % withdrawal tax; taxable BOND 150,000 pays 6,000 → 4,200; STOCK 450,000
    // pays 9,000 → 7,650; 12,000 + 4,200 + 7,650 = 23,850.
    LocationResult afterTax = OPTIMIZER.optimize(LocationProblem.builder(household, accounts,
            withdrawal25.withDeferredValuation(DeferredValuation.AFTER_TAX_VALUE))
        .incomeMixes(MIXES).fixedAllocation(map("BOND", 0.5, "STOCK", 0.5)).build());
    assertThat(afterTax.householdValue()).isEqualTo(Money.usd("900000.00"));
    assertThat(afterTax.weight("BOND", "ira")).isCloseTo(1.0 / 3.0, within(TIGHT));
    assertThat(afterTax.afterTaxIncome()).isCloseTo(0.0265, within(TIGHT));
    assertThat(afterTax.afterTaxIncomeAmount()).isEqualTo(Money.usd("23850.00"));
    Placement bondInIra = afterTax.placements().stream().filter(p -> p.variable().equals("BOND@ira")).findFirst().orElseThrow();
    assertThat(bondInIra.marketValue()).isEqualTo(Money.usd("400000.00"));
    assertThat(bondInIra.preTaxIncome()).isEqualTo(Money.usd("16000.00"));
    assertThat(bondInIra.tax()).isEqualTo(Money.usd("4000.00"));
    AccountLocation ira = afterTax.accounts().get(1);
    assertThat(ira.marketValue()).isEqualTo(Money.usd("400000.00"));
    assertThat(ira.share()).isCloseTo(1.0 / 3.0, within(TIGHT));
  }

  @Test
  void minimumVolatilityPlacesItsTotalsForTheMostAfterTaxIncome() {
    // Min volatility reads only the totals: w_BOND = σS² / (σB² + σS²) = 0.0225 / 0.025 = 0.9.
    // Placing 0.9 BOND and 0.1 STOCK in taxable 50 % + Roth 50 %: the Roth shelters more per unit
    // of BOND (0.04 − 0.028 = 0.012) than of STOCK (0.004), so the Roth holds BOND 0.5, the taxable
    // account BOND 0.4 and STOCK 0.1: income 0.02 + 0.0112 + 0.0016 = 0.0328.
    LocationProblem problem = location(bondAndStock().build(),
        List.of(account("taxable", AccountType.TAXABLE, 500_000), account("roth", AccountType.TAX_FREE, 500_000)), RATES)
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.total(AssetId.of("BOND"))).isCloseTo(0.9, within(1e-9));
    assertThat(result.weight("BOND", "roth")).isCloseTo(0.5, within(1e-9));
    assertThat(result.afterTaxIncome()).isCloseTo(0.0328, within(1e-9));
    assertThat(result.objectiveValue()).isCloseTo(0.81 * 0.0025 + 0.01 * 0.0225, within(1e-12));
    assertThat(result.diagnostics()).anyMatch(d -> d.contains("second solve"));
  }

  @Test
  void menusDecideWhichVariablesExist() {
    // The 401(k) offers BOND only: no STOCK@401k variable. Joint max income with bonds ≤ 40 %:
    // the 401(k) (30 %) must hold BOND; the remaining 10 % of bonds go to the Roth (0.04 beats
    // the taxable 0.028); STOCK fills the rest: Roth 0.2 − 0.1 = 0.1, taxable 0.5.
    LocationProblem problem = location(bondAndStock().objective(new Objective.MaxIncome())
            .constraint(AllocationConstraint.maxClass("bonds", 0.4)).build(),
        List.of(account("taxable", AccountType.TAXABLE, 500_000),
            account("401k", AccountType.TAX_DEFERRED, 300_000).withMenu(List.of(AssetId.of("BOND"))),
            account("roth", AccountType.TAX_FREE, 200_000)), RATES)
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.placements()).extracting(Placement::variable)
        .containsExactly("BOND@taxable", "BOND@401k", "BOND@roth", "STOCK@taxable", "STOCK@roth");
    assertThat(result.weight("BOND", "401k")).isCloseTo(0.3, within(TIGHT));
    assertThat(result.weight("BOND", "roth")).isCloseTo(0.1, within(TIGHT));
    assertThat(result.weight("STOCK", "roth")).isCloseTo(0.1, within(TIGHT));
    assertThat(result.weight("STOCK", "taxable")).isCloseTo(0.5, within(TIGHT));
    // 0.3·0.028 + 0.1·0.04 + 0.1·0.02 + 0.5·0.016 = 0.0084 + 0.004 + 0.002 + 0.008 = 0.0224
    assertThat(result.afterTaxIncome()).isCloseTo(0.0224, within(TIGHT));
    assertThat(result.accounts()).extracting(AccountLocation::marketValue)
        .containsExactly(Money.usd("500000.00"), Money.usd("300000.00"), Money.usd("200000.00"));
  }

  @Test
  void aFixedAllocationTheMenusCannotHoldIsInfeasibleWithNamedRules() {
    // All in STOCK, but the 401(k) (30 % of the household) offers only BOND.
    LocationProblem problem = location(bondAndStock().build(),
        List.of(account("taxable", AccountType.TAXABLE, 700_000),
            account("401k", AccountType.TAX_DEFERRED, 300_000).withMenu(List.of(AssetId.of("BOND")))), RATES)
        .fixedAllocation(map("STOCK", 1.0))
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.INFEASIBLE);
    assertThat(result.conflicts()).contains("balance:401k", "fixed-allocation");
    assertThat(result.placements()).isEmpty();
    assertThat(result.heuristic()).isNull();
  }

  @Test
  void aFixedAllocationThatBreaksAHouseholdRuleNamesIt() {
    LocationProblem problem = location(bondAndStock().constraint(AllocationConstraint.maxClass("bonds", 0.4)).build(),
        List.of(account("taxable", AccountType.TAXABLE, 500_000), account("roth", AccountType.TAX_FREE, 500_000)), RATES)
        .fixedAllocation(map("BOND", 0.5, "STOCK", 0.5))
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.INFEASIBLE);
    assertThat(result.conflicts()).containsExactly("max-class:bonds", "fixed-allocation");
    assertThat(result.message()).contains("max-class:bonds");
  }

  @Test
  void jointConflictsNameTheAccountsAndRules() {
    // Stocks ≥ 60 %, but only the taxable half may hold STOCK (the 401(k) offers BOND only).
    LocationProblem problem = location(bondAndStock().constraint(AllocationConstraint.minClass("stocks", 0.6)).build(),
        List.of(account("taxable", AccountType.TAXABLE, 500_000),
            account("401k", AccountType.TAX_DEFERRED, 500_000).withMenu(List.of(AssetId.of("BOND")))), RATES)
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.INFEASIBLE);
    assertThat(result.conflicts()).contains("min-class:stocks", "balance:401k");
  }

  @Test
  void aVolatilityCapOnTheHouseholdBindsAndTheLocationIsStillBest() {
    // Max after-tax return at volatility ≤ 8 % (efficient risk, after-tax): the totals are those of
    // the cap; at those totals no other placement has more after-tax income than the answer.
    LocationProblem problem = location(bondAndStock().objective(new Objective.EfficientRisk(0.08)).build(),
        List.of(account("taxable", AccountType.TAXABLE, 600_000), account("roth", AccountType.TAX_FREE, 400_000)), RATES)
        .build();
    LocationResult result = OPTIMIZER.optimize(problem);
    assertThat(result.status()).isEqualTo(AllocationStatus.OPTIMAL);
    assertThat(result.volatility()).isCloseTo(0.08, within(1e-9));
    assertThat(result.binding()).contains("volatility<=0.08");
    // vol² = 0.0025 b² + 0.0225 (1 − b)² = 0.0064 → 0.025 b² − 0.045 b + 0.0161 = 0
    double b = (0.045 - Math.sqrt(0.045 * 0.045 - 4 * 0.025 * 0.0161)) / (2 * 0.025);
    assertThat(result.total(AssetId.of("BOND"))).isCloseTo(b, within(1e-8));
    // BOND gains more in the Roth (0.012 per unit) than STOCK (0.004): the Roth is all BOND when
    // there is enough (b ≈ 0.493 > 0.4).
    assertThat(result.weight("BOND", "roth")).isCloseTo(0.4, within(1e-8));
    assertThat(result.heuristic().gain()).isGreaterThanOrEqualTo(-1e-12);
  }

  @Test
  void ratesFromTheTaxCalculatorAreConsistentWithTheAnswer() {
    // Single filer, 2025, wages 40,000, no state tax; taxable $300,000 and Roth $200,000; fixed
    // 50/50 BOND/STOCK. At the wages alone taxable income is 40,000 − 15,750 = 24,250: interest
    // 12 %, qualified dividends 0 %. inc: BOND@taxable 0.04 × 0.88 = 0.0352, BOND@roth 0.04,
    // STOCK 0.02 in either. The Roth shelters BOND (0.0048 per unit against 0 for STOCK): Roth
    // BOND 200,000; taxable BOND 50,000 and STOCK 250,000, paying interest 2,000 and qualified
    // dividends 5,000: taxable income 24,250 + 7,000 = 31,250, still 12 % and inside the 0 % band,
    // so the rates hold at the answer (first round). After-tax income 8,000 + 2,000 × 0.88 + 5,000
    // = 14,760.
    TaxFiler filer = TaxFiler.of(FilingStatus.SINGLE);
    TaxYearRules rules = TaxRules.forYear(2025);
    HouseholdIncome wages = HouseholdIncome.of(IncomeKind.ORDINARY, "40000");
    LocationProblem problem = location(bondAndStock().build(),
        List.of(account("taxable", AccountType.TAXABLE, 300_000), account("roth", AccountType.TAX_FREE, 200_000)),
        AccountTaxRates.at(wages, filer, rules))
        .fixedAllocation(map("BOND", 0.5, "STOCK", 0.5))
        .build();
    assertThat(problem.taxRates().taxable().get(IncomeCharacter.TAXABLE_INTEREST)).isCloseTo(0.12, within(1e-12));
    LocationResult result = OPTIMIZER.optimize(problem, wages, filer, rules, 4);
    assertThat(result.weight("BOND", "roth")).isCloseTo(0.4, within(TIGHT));
    assertThat(result.afterTaxIncomeAmount()).isEqualTo(Money.usd("14760.00"));
    assertThat(result.diagnostics()).anyMatch(d -> d.contains("marginal rates at this answer's income (round 1)"));
    HouseholdIncome taxable = LocationOptimizer.taxableIncome(problem, result);
    assertThat(taxable.amount(IncomeKind.TAXABLE_INTEREST)).isEqualByComparingTo("2000");
    assertThat(taxable.amount(IncomeKind.QUALIFIED_DIVIDENDS)).isEqualByComparingTo("5000");
  }

  @Test
  void refusesWhatTheModelDoesNotCover() {
    List<LocationAccount> accounts = List.of(account("taxable", AccountType.TAXABLE, 1_000));
    List<CandidateAsset> taxed = List.of(new CandidateAsset(AssetId.of("BOND"), "bonds", "", "",
        new IncomeProfile(0.04, 0.7, 0.0, false, 0.0)));
    AllocationProblem afterTaxIncome = AllocationProblem.builder(taxed, new double[] {0.04}, Fixtures.diagonal(0.05)).build();
    assertThatThrownBy(() -> LocationProblem.builder(afterTaxIncome, accounts, RATES).incomeMixes(Map.of(AssetId.of("BOND"),
        IncomeMix.of(IncomeCharacter.TAXABLE_INTEREST))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pre-tax");
    assertThatThrownBy(() -> location(bondAndStock().weightBounds(-1, 1).build(), accounts, RATES).build())
        .hasMessageContaining("long only");
    assertThatThrownBy(() -> LocationProblem.builder(bondAndStock().build(), accounts, RATES).build())
        .hasMessageContaining("no income mix for BOND");
    assertThatThrownBy(() -> location(bondAndStock().build(), accounts, RATES).fixedAllocation(map("BOND", 0.5)).build())
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> location(bondAndStock().build(),
        List.of(account("a", AccountType.TAXABLE, 1), account("a", AccountType.TAX_FREE, 1)), RATES).build())
        .hasMessageContaining("used twice");
    assertThatThrownBy(() -> account("my roth", AccountType.TAX_FREE, 1)).hasMessageContaining("spaces");
  }
}
