package io.perennial.plan;

import static io.perennial.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.Money;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.BuiltInAssumptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the plan's taxes over random households and holdings. */
class TaxAnalyzerPropertiesTest {

  private static final AssetClass[] CLASSES = {
    AssetClass.US_DIVIDEND_STOCKS, AssetClass.REITS, AssetClass.CORPORATE_BONDS, AssetClass.MUNICIPAL_BONDS};

  /** A random household: four assets with random mixes and yields, quantities in three accounts. */
  record Household(
      List<IncomeMix> mixes, List<Double> yields, List<Integer> taxable, List<Integer> deferred, List<Integer> free,
      FilingStatus status, double stateRate, int age, int otherIncome, int spending) {

    ResolvedPlan build(boolean allTaxFree) {
      PlanFixtures fixture = plan();
      for (int i = 0; i < CLASSES.length; i++) {
        fixture.asset("A" + i, CLASSES[i], "100", yields.get(i), 0.0, 0.05, 0.10, mixes.get(i));
      }
      List<String> inTaxable = new ArrayList<>();
      List<String> inDeferred = new ArrayList<>();
      List<String> inFree = new ArrayList<>();
      for (int i = 0; i < CLASSES.length; i++) {
        if (allTaxFree) {
          inFree.add("A" + i);
          inFree.add(String.valueOf(taxable.get(i) + deferred.get(i) + free.get(i)));
        } else {
          inTaxable.add("A" + i);
          inTaxable.add(String.valueOf(taxable.get(i)));
          inDeferred.add("A" + i);
          inDeferred.add(String.valueOf(deferred.get(i)));
          inFree.add("A" + i);
          inFree.add(String.valueOf(free.get(i)));
        }
      }
      fixture.account("taxable", AccountType.TAXABLE, inTaxable.toArray(String[]::new))
          .account("ira", AccountType.TAX_DEFERRED, inDeferred.toArray(String[]::new))
          .account("roth", AccountType.TAX_FREE, inFree.toArray(String[]::new))
          .spending(String.valueOf(spending), String.valueOf(otherIncome))
          .filer(status, stateRate, age, status == FilingStatus.MARRIED_JOINT ? age : 0);
      return fixture.build();
    }
  }

  @Property(tries = 150)
  void thePortfolioNeverCausesNegativeTaxNorMoreThanItsIncome(@ForAll("households") Household h) {
    PlanResult report = Planner.withDefaults().plan(h.build(false)).value();
    TaxAnalysis.Taxes taxes = report.taxes();
    BigDecimal income = report.afterTaxIncome().income().amount();
    BigDecimal deferredIncome = report.afterTaxIncome().byAccount().get(1).income().amount();

    assertThat(taxes.causedByTaxableAccounts().total().amount()).isNotNegative();
    assertThat(taxes.causedByDeferredWithdrawal().total().amount()).isNotNegative()
        .isLessThanOrEqualTo(deferredIncome);
    assertThat(taxes.causedByPortfolio().total().amount()).isNotNegative().isLessThanOrEqualTo(income);
  }

  @Property(tries = 150)
  void taxNeverRaisesTheCoverage(@ForAll("households") Household h) {
    PlanResult report = Planner.withDefaults().plan(h.build(false)).value();
    Double before = report.coverage().incomeCoverage();
    Double after = report.coverage().afterTax().incomeCoverage();
    if (before != null && after != null) {
      assertThat(after).isLessThanOrEqualTo(before + 1e-12);
    }
    // surplus = the household's income after all its taxes − the spending goal
    TaxAnalysis.Taxes taxes = report.taxes();
    Money everything = report.coverage().otherIncome().plus(report.afterTaxIncome().income())
        .minus(taxes.withDeferredWithdrawn().totalTax());
    if (report.coverage().afterTax().spendingFromPortfolio().amount().signum() > 0) {
      assertThat(report.coverage().afterTax().surplus()).isEqualTo(everything.minus(report.coverage().annualSpending()));
    }
  }

  @Property(tries = 100)
  void theSameHoldingsInARothLeaveAtLeastAsMuch(@ForAll("households") Household h) {
    PlanResult mixed = Planner.withDefaults().plan(h.build(false)).value();
    PlanResult roth = Planner.withDefaults().plan(h.build(true)).value();

    assertThat(roth.taxes().causedByPortfolio().total().isZero()).isTrue();
    assertThat(roth.afterTaxIncome().afterTaxIncomeExact()).isGreaterThanOrEqualTo(mixed.afterTaxIncome().afterTaxIncomeExact());
    assertThat(roth.afterTaxIncome().afterTaxIncome()).isGreaterThanOrEqualTo(mixed.afterTaxIncome().afterTaxIncome());
  }

  @Property(tries = 150)
  void partsAddUpToTheirTotals(@ForAll("households") Household h) {
    PlanResult report = Planner.withDefaults().plan(h.build(false)).value();
    TaxAnalysis.AfterTaxIncome income = report.afterTaxIncome();
    Money accounts = income.byAccount().stream().map(TaxAnalysis.AccountAfterTax::tax).reduce(Money.ZERO_USD, Money::plus);
    Money assets = income.byAsset().stream().map(TaxAnalysis.AssetAfterTax::tax).reduce(Money.ZERO_USD, Money::plus);
    assertThat(accounts).isEqualTo(income.tax());
    Money exact = income.byAccount().stream().map(TaxAnalysis.AccountAfterTax::taxExact).reduce(Money.ZERO_USD, Money::plus);
    assertThat(exact).isEqualTo(income.taxExact());
    assertThat(assets).isEqualTo(income.tax());
    // the split by tax is rounded once per tax, the total once per row: a cent or so apart per row
    TaxAnalysis.TaxAmounts marginal = report.taxes().atMarginalRates();
    BigDecimal parts = marginal.federalIncomeTax().amount().add(marginal.niit().amount()).add(marginal.stateTax().amount());
    BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(income.byHolding().size() + 3));
    assertThat(parts.subtract(marginal.total().amount()).abs()).isLessThanOrEqualTo(tolerance);
    // no tax-free dollar is taxed
    assertThat(income.byAccount().get(2).tax().isZero()).isTrue();
  }

  @Provide
  Arbitrary<Household> households() {
    Arbitrary<List<IncomeMix>> mixes = mix().list().ofSize(CLASSES.length);
    Arbitrary<List<Double>> yields = Arbitraries.doubles().between(0.0, 0.08).ofScale(4).list().ofSize(CLASSES.length);
    Arbitrary<List<Integer>> quantities = Arbitraries.integers().between(0, 5_000).list().ofSize(CLASSES.length);
    Arbitrary<FilingStatus> status = Arbitraries.of(FilingStatus.class);
    Arbitrary<Double> state = Arbitraries.doubles().between(0.0, 0.10).ofScale(4);
    Arbitrary<Integer> age = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(40, 90));
    Arbitrary<Integer> other = Arbitraries.integers().between(0, 300_000);
    Arbitrary<Integer> spending = Arbitraries.integers().between(0, 250_000);
    return Combinators.combine(mixes, yields, quantities, quantities, quantities, status, state, age)
        .as((m, y, t, d, f, s, r, a) -> new Object[] {m, y, t, d, f, s, r, a})
        .flatMap(parts -> Combinators.combine(other, spending).as((o, sp) -> {
          @SuppressWarnings("unchecked")
          Household household = new Household((List<IncomeMix>) parts[0], (List<Double>) parts[1],
              (List<Integer>) parts[2], (List<Integer>) parts[3], (List<Integer>) parts[4], (FilingStatus) parts[5],
              (Double) parts[6], (Integer) parts[7], o, sp);
          return household;
        }));
  }

  /** A mix of one or two characters. */
  private static Arbitrary<IncomeMix> mix() {
    Arbitrary<IncomeCharacter> character = Arbitraries.of(IncomeCharacter.class);
    return Combinators.combine(character, character, Arbitraries.integers().between(0, 100)).as((a, b, percent) -> {
      Map<IncomeCharacter, Double> shares = new EnumMap<>(IncomeCharacter.class);
      shares.merge(a, percent / 100.0, Double::sum);
      shares.merge(b, 1.0 - percent / 100.0, Double::sum);
      return new IncomeMix(shares);
    });
  }
}
