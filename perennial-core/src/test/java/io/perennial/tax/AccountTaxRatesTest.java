package io.perennial.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountTaxRatesTest {

  private static final double TIGHT = 1e-12;

  /** Ordinary 32 %, REIT dividends 25.6 % (32 % × 0.8), long-term gains and qualified dividends 15 %, muni 0. */
  private static AccountTaxRates rates() {
    Map<IncomeKind, Double> byKind = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      byKind.put(kind, 0.32);
    }
    byKind.put(IncomeKind.REIT_DIVIDENDS, 0.256);
    byKind.put(IncomeKind.QUALIFIED_DIVIDENDS, 0.15);
    byKind.put(IncomeKind.LONG_TERM_GAINS, 0.15);
    byKind.put(IncomeKind.MUNI_INTEREST, 0.0);
    return AccountTaxRates.byKind(byKind);
  }

  @Test
  void dragIsTheMixWeightedRateOfTheAccount() {
    // A REIT fund: 80 % REIT dividends, 10 % return of capital, 10 % capital-gain distributions.
    IncomeMix reit = new IncomeMix(Map.of(IncomeCharacter.REIT_DIVIDEND, 0.8, IncomeCharacter.RETURN_OF_CAPITAL, 0.1,
        IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION, 0.1));
    // taxable: 0.8 × 0.256 + 0.1 × 0 + 0.1 × 0.15 = 0.2048 + 0.015 = 0.2198
    assertThat(rates().drag(reit, AccountType.TAXABLE)).isCloseTo(0.2198, within(TIGHT));
    // tax-deferred at market value: everything at the withdrawal rate (ordinary, 0.32)
    assertThat(rates().drag(reit, AccountType.TAX_DEFERRED)).isCloseTo(0.32, within(TIGHT));
    assertThat(rates().withWithdrawalRate(0.22).drag(reit, AccountType.TAX_DEFERRED)).isCloseTo(0.22, within(TIGHT));
    assertThat(rates().drag(reit, AccountType.TAX_FREE)).isZero();
    // after-tax value: no drag inside, the account counts 1 − 0.32 of its market value
    AccountTaxRates afterTax = rates().withDeferredValuation(DeferredValuation.AFTER_TAX_VALUE);
    assertThat(afterTax.drag(reit, AccountType.TAX_DEFERRED)).isZero();
    assertThat(afterTax.valueFactor(AccountType.TAX_DEFERRED)).isCloseTo(0.68, within(TIGHT));
    assertThat(afterTax.valueFactor(AccountType.TAXABLE)).isEqualTo(1.0);
    assertThat(rates().valueFactor(AccountType.TAX_DEFERRED)).isEqualTo(1.0);
    // a muni fund in a taxable account pays nothing here (no state tax), in a deferred one the ordinary rate
    IncomeMix muni = IncomeMix.of(IncomeCharacter.MUNI_INTEREST);
    assertThat(rates().drag(muni, AccountType.TAXABLE)).isZero();
    assertThat(rates().drag(muni, AccountType.TAX_DEFERRED)).isCloseTo(0.32, within(TIGHT));
  }

  @Test
  void ratesFromTheHouseholdCalculator() {
    // Single, 2025, wages 100,000, state 5 %: taxable income 100,000 − 15,750 = 84,250, in the 22 %
    // bracket (48,475–103,350) and above the 0 % qualified-dividend band (48,350): qualified 15 %.
    // AGI 100,000 < 200,000: no NIIT. So, federal + state:
    //   ordinary, taxable interest, non-qualified dividends: 0.22 + 0.05 = 0.27
    //   qualified dividends, capital-gain distributions:     0.15 + 0.05 = 0.20
    //   REIT dividends (20 % §199A deduction):               0.22 × 0.8 + 0.05 = 0.226
    //   Treasury interest (no state tax):                    0.22
    //   muni interest (federally exempt, out-of-state):      0.05
    TaxFiler filer = new TaxFiler(FilingStatus.SINGLE, List.of(), BigDecimal.ZERO, new BigDecimal("0.05"), false);
    AccountTaxRates rates = AccountTaxRates.at(HouseholdIncome.of(IncomeKind.ORDINARY, "100000"), filer, TaxRules.forYear(2025));
    assertThat(rates.taxable().get(IncomeCharacter.TAXABLE_INTEREST)).isCloseTo(0.27, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.ORDINARY_DIVIDEND)).isCloseTo(0.27, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.QUALIFIED_DIVIDEND)).isCloseTo(0.20, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.CAPITAL_GAIN_DISTRIBUTION)).isCloseTo(0.20, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.REIT_DIVIDEND)).isCloseTo(0.226, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.TREASURY_INTEREST)).isCloseTo(0.22, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.MUNI_INTEREST)).isCloseTo(0.05, within(TIGHT));
    assertThat(rates.taxable().get(IncomeCharacter.RETURN_OF_CAPITAL)).isZero();
    assertThat(rates.withdrawal()).isCloseTo(0.27, within(TIGHT));
    assertThat(rates.deferredValuation()).isEqualTo(DeferredValuation.TAXED_AT_WITHDRAWAL);
    // With in-state munis the muni rate is 0.
    AccountTaxRates inState = AccountTaxRates.at(HouseholdIncome.of(IncomeKind.ORDINARY, "100000"),
        filer.withState(new BigDecimal("0.05"), true), TaxRules.forYear(2025));
    assertThat(inState.taxable().get(IncomeCharacter.MUNI_INTEREST)).isZero();
  }

  @Test
  void refusesIncompleteOrImpossibleRates() {
    assertThatThrownBy(() -> new AccountTaxRates(Map.of(IncomeCharacter.QUALIFIED_DIVIDEND, 0.15), 0.2,
        DeferredValuation.TAXED_AT_WITHDRAWAL)).hasMessageContaining("no rate for");
    assertThatThrownBy(() -> rates().withWithdrawalRate(1.0)).hasMessageContaining("withdrawal rate");
    assertThat(DeferredValuation.parse("after-tax-value")).isEqualTo(DeferredValuation.AFTER_TAX_VALUE);
    assertThatThrownBy(() -> DeferredValuation.parse("later")).hasMessageContaining("taxed-at-withdrawal");
  }
}
