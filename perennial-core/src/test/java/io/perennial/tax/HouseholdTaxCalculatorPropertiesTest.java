package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.domain.FilingStatus;
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

/** Invariants of the calculator over random households. */
class HouseholdTaxCalculatorPropertiesTest {

  /** A random household: income, filer and year. */
  record Case(HouseholdIncome income, TaxFiler filer, TaxYearRules rules) {}

  @Property(tries = 200)
  void moreIncomeNeverLowersTheTax(@ForAll("households") Case c, @ForAll("kinds") IncomeKind kind,
      @ForAll("deltas") BigDecimal delta) {
    BigDecimal before = HouseholdTaxCalculator.exactTotalTax(c.income(), c.filer(), c.rules());
    BigDecimal after = HouseholdTaxCalculator.exactTotalTax(c.income().plus(kind, delta), c.filer(), c.rules());

    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 200)
  void qualifiedDividendsCostAtMostThreePointsMoreThanOrdinaryDividends(@ForAll("households") Case c,
      @ForAll("deltas") BigDecimal delta) {
    // Qualified dividends are NOT always cheaper: between the top of the 0 % band and the top of
    // the 12 % bracket (e.g. 98,900 to 100,800 joint in 2026) they pay 15 % where ordinary income
    // pays 12 % (HouseholdTaxCalculatorTest.qualifiedDollarCanCostMoreThanAnOrdinaryOne). They
    // never cost more than 3 points above. Without REIT dividends, whose section 199A limit
    // qualified dividends lower.
    HouseholdIncome base = c.income().plus(IncomeKind.REIT_DIVIDENDS, c.income().amount(IncomeKind.REIT_DIVIDENDS).negate());
    BigDecimal asQualified = HouseholdTaxCalculator.exactTotalTax(
        base.plus(IncomeKind.QUALIFIED_DIVIDENDS, delta), c.filer(), c.rules());
    BigDecimal asOrdinary = HouseholdTaxCalculator.exactTotalTax(
        base.plus(IncomeKind.ORDINARY_DIVIDENDS, delta), c.filer(), c.rules());

    assertThat(asQualified).isLessThanOrEqualTo(asOrdinary.add(delta.multiply(new BigDecimal("0.03"))));
  }

  @Property(tries = 200)
  void exemptionsHold(@ForAll("households") Case c) {
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(c.income(), c.filer(), c.rules());

    // muni interest: no federal tax, no NIIT, unless it makes Social Security benefits taxable
    // (it counts in provisional income); Treasury interest: no state tax
    if (c.income().amount(IncomeKind.SOCIAL_SECURITY).signum() == 0) {
      assertThat(r.marginalRate(IncomeKind.MUNI_INTEREST).federal()).isZero();
      assertThat(r.marginalRate(IncomeKind.MUNI_INTEREST).niit()).isZero();
    }
    // (a state that taxes benefits taxes the part of them a Treasury or muni dollar makes taxable)
    boolean benefitsInStateBase = !c.filer().stateExemptions().socialSecurityExempt()
        && c.income().amount(IncomeKind.SOCIAL_SECURITY).signum() > 0;
    if (c.income().amount(IncomeKind.RENTAL).signum() >= 0 && !benefitsInStateBase) {
      // (with a rental loss, a Treasury dollar raises federal AGI and so shrinks the IRC 469(i)
      // allowance by 50 cents, which the state base = federal AGI − Treasury interest inherits)
      assertThat(r.marginalRate(IncomeKind.TREASURY_INTEREST).state()).isZero();
    }
    BigDecimal expectedMuniState = c.filer().muniInState() ? BigDecimal.ZERO : c.filer().stateTaxRate();
    if (r.state().taxableIncome().signum() > 0 && !benefitsInStateBase) {
      assertThat(r.marginalRate(IncomeKind.MUNI_INTEREST).state()).isEqualByComparingTo(expectedMuniState);
    }
  }

  @Property(tries = 200)
  void marginalRatesStayInSaneBounds(@ForAll("households") Case c) {
    HouseholdTaxResult r = HouseholdTaxCalculator.calculate(c.income(), c.filer(), c.rules());

    // A dollar of income can raise AGI by up to 1.5 dollars: in the phase-out of the $25,000
    // rental-loss allowance (IRC 469(i)) each dollar of MAGI over $100,000 withdraws 50 cents of
    // allowed loss. So the state marginal rate can reach 1.5 × the state rate, and the federal one
    // 1.5 × (37 % + 5 % for pushing a qualified dividend from the 15 % to the 20 % band) = 63 %.
    // With Social Security benefits phasing in, each AGI dollar also makes up to 85 cents of them
    // taxable: a further factor 1.85.
    boolean benefits = c.income().amount(IncomeKind.SOCIAL_SECURITY).signum() > 0;
    BigDecimal knockOn = new BigDecimal(benefits ? "2.775" : "1.5");
    for (IncomeKind kind : IncomeKind.values()) {
      MarginalRate m = r.marginalRate(kind);
      assertThat(m.federal()).as(kind.id()).isBetween(BigDecimal.ZERO, new BigDecimal("0.42").multiply(knockOn));
      assertThat(m.niit()).as(kind.id()).isBetween(BigDecimal.ZERO, new BigDecimal("0.038").multiply(knockOn));
      assertThat(m.state()).as(kind.id()).isBetween(BigDecimal.ZERO, c.filer().stateTaxRate().multiply(knockOn));
      if (c.income().amount(IncomeKind.RENTAL).signum() >= 0 && !benefits) {
        // Without a rental loss there is no allowance to phase out: one dollar, one dollar of AGI.
        assertThat(m.state()).as(kind.id()).isLessThanOrEqualTo(c.filer().stateTaxRate());
      }
    }
    assertThat(r.totalTax()).isEqualByComparingTo(r.federalIncomeTax().add(r.niit()).add(r.stateTax()));
    assertThat(r.federalIncomeTax()).isLessThanOrEqualTo(r.worksheet().line(24));
  }

  @Provide
  Arbitrary<IncomeKind> kinds() {
    return Arbitraries.of(IncomeKind.class);
  }

  @Provide
  Arbitrary<BigDecimal> deltas() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("200000")).ofScale(2);
  }

  @Provide
  Arbitrary<Case> households() {
    Arbitrary<BigDecimal> positive = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("400000")).ofScale(2)));
    Arbitrary<BigDecimal> signed = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-60000"), new BigDecimal("300000")).ofScale(2)));
    Arbitrary<Map<IncomeKind, BigDecimal>> amounts = Arbitraries.of(IncomeKind.class).list().ofSize(IncomeKind.values().length)
        .flatMap(ignored -> {
          List<Arbitrary<BigDecimal>> parts = new ArrayList<>();
          for (IncomeKind kind : IncomeKind.values()) {
            parts.add(kind.mayBeNegative() ? signed : positive);
          }
          return Combinators.combine(parts).as(values -> {
            Map<IncomeKind, BigDecimal> map = new EnumMap<>(IncomeKind.class);
            for (int i = 0; i < values.size(); i++) {
              map.put(IncomeKind.values()[i], values.get(i));
            }
            return map;
          });
        });
    Arbitrary<FilingStatus> statuses = Arbitraries.of(FilingStatus.class);
    Arbitrary<List<Integer>> ages = Arbitraries.integers().between(30, 90).list().ofMaxSize(2);
    Arbitrary<BigDecimal> stateRates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.10")).ofScale(3);
    Arbitrary<BigDecimal> itemized = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60000")).ofScale(0)));
    return Combinators.combine(amounts, statuses, ages, stateRates, itemized, Arbitraries.of(true, false),
            Arbitraries.of(2025, 2026))
        .as((map, status, ageList, rate, deduction, inState, year) -> {
          List<Integer> fitting = status == FilingStatus.MARRIED_JOINT ? ageList : ageList.subList(0, Math.min(1, ageList.size()));
          return new Case(HouseholdIncome.of(map), new TaxFiler(status, fitting, deduction, rate, inState),
              TaxRules.forYear(year));
        })
        .flatMap(c -> Combinators.combine(Arbitraries.of(true, false).list().ofSize(4), Arbitraries.just(c))
            .as((flags, base) -> {
              TaxFiler filer = base.filer().withStateExemptions(new TaxFiler.StateExemptions(flags.get(0), flags.get(1)));
              if (filer.filingStatus() == FilingStatus.MARRIED_SEPARATE) {
                filer = filer.withSeparateReturn(new TaxFiler.SeparateReturn(flags.get(2), flags.get(3)));
              }
              return new Case(base.income(), filer, base.rules());
            }));
  }
}
