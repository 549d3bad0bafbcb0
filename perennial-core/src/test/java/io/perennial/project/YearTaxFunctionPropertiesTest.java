package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.FilingStatus;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The per-year tax function against the calculator over random households, years and price levels. */
class YearTaxFunctionPropertiesTest {

  record Household(TaxYearRules rules, TaxFiler filer, HouseholdIncome fixed, long seed) {}

  @Property(tries = 40)
  void theFunctionIsTheCalculatorToTheCent(@ForAll("households") Household h) {
    YearTaxFunction f = YearTaxFunction.build(h.rules(), h.filer(), h.fixed(), IncomeKind.RETIREMENT_WITHDRAWALS, BigDecimal.ZERO);
    Random random = new Random(h.seed());
    for (int i = 0; i < 60; i++) {
      double w = Math.round(random.nextDouble() * (i < 30 ? 200_000 : 1_500_000) * 100) / 100.0;
      BigDecimal exact = HouseholdTaxCalculator.exactTotalTax(
          h.fixed().plus(IncomeKind.RETIREMENT_WITHDRAWALS, BigDecimal.valueOf(w)), h.filer(), h.rules());
      assertThat(f.tax(w)).as("tax at %.2f of %s, %s, %d", w, h.fixed(), h.filer(), h.rules().year()).isCloseTo(exact.doubleValue(), within(0.005));
    }
  }

  @Provide
  Arbitrary<Household> households() {
    Arbitrary<BigDecimal> amount = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150000")).ofScale(2)));
    Arbitrary<BigDecimal> signed = Arbitraries.bigDecimals().between(new BigDecimal("-30000"), new BigDecimal("100000")).ofScale(2);
    Arbitrary<List<BigDecimal>> amounts = amount.list().ofSize(6);
    return net.jqwik.api.Combinators.combine(amounts, signed.list().ofSize(2), Arbitraries.of(FilingStatus.class),
            Arbitraries.integers().between(50, 85), Arbitraries.of(2025, 2026, 2031, 2040),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.09")).ofScale(3),
            Arbitraries.of(true, false), Arbitraries.longs())
        .as((a, gain, status, age, year, state, exempt, seed) -> {
          Map<IncomeKind, BigDecimal> m = new EnumMap<>(IncomeKind.class);
          m.put(IncomeKind.SOCIAL_SECURITY, a.get(0));
          m.put(IncomeKind.ORDINARY, a.get(1));
          m.put(IncomeKind.QUALIFIED_DIVIDENDS, a.get(2));
          m.put(IncomeKind.TAXABLE_INTEREST, a.get(3).divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP));
          m.put(IncomeKind.MUNI_INTEREST, a.get(4).divide(BigDecimal.valueOf(5), 2, java.math.RoundingMode.HALF_UP));
          m.put(IncomeKind.REIT_DIVIDENDS, a.get(5).divide(BigDecimal.valueOf(10), 2, java.math.RoundingMode.HALF_UP));
          m.put(IncomeKind.LONG_TERM_GAINS, gain.get(0));
          m.put(IncomeKind.RENTAL, gain.get(1).min(new BigDecimal("40000")));
          TaxYearRules rules = year <= 2026 ? TaxRules.forYear(year)
              : IndexedTaxRules.of(TaxRules.forYear(2026), year, new BigDecimal("1.025").pow(year - 2026));
          TaxFiler filer = new TaxFiler(status, List.of(age), BigDecimal.ZERO, state, false)
              .withStateExemptions(new TaxFiler.StateExemptions(exempt, !exempt));
          return new Household(rules, filer, HouseholdIncome.of(m), seed);
        });
  }
}
