package io.perennial.tax;

import io.perennial.basics.Checks;
import io.perennial.domain.AccountType;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tax rate on a dollar of distribution by income character and account type, for linear
 * models such as asset location. Rates are fractions of the dollar (0.238 = 23.8 %).
 *
 * <ul>
 *   <li>Taxable account: each character at its own rate, {@link #taxable()} (from the household's
 *       marginal rates: federal + NIIT + state); return of capital is not taxed when paid (rate 0).
 *   <li>Tax-deferred account: with {@link DeferredValuation#TAXED_AT_WITHDRAWAL} every character
 *       at the {@link #withdrawal()} rate (ordinary income when withdrawn); with
 *       {@link DeferredValuation#AFTER_TAX_VALUE} none, because the tax is taken out of the
 *       account's value instead ({@link #valueFactor}).
 *   <li>Tax-free account: none.
 * </ul>
 *
 * <p>The <em>tax drag</em> of an asset in an account is the share of its distributions lost to
 * tax: {@code drag = Σ_c mix(c) × rate(c, account type)}.
 *
 * @param taxable the rate of each income character in a taxable account; every character but
 *     return of capital must be present (return of capital is 0 whether given or not)
 * @param withdrawal the rate at which tax-deferred money is taxed when withdrawn (ordinary income),
 *     in [0, 1)
 * @param deferredValuation how tax-deferred accounts are counted
 */
public record AccountTaxRates(Map<IncomeCharacter, Double> taxable, double withdrawal, DeferredValuation deferredValuation) {

  public AccountTaxRates {
    Checks.notNull(taxable, "taxable rates");
    EnumMap<IncomeCharacter, Double> copy = new EnumMap<>(IncomeCharacter.class);
    for (IncomeCharacter character : IncomeCharacter.values()) {
      if (character == IncomeCharacter.RETURN_OF_CAPITAL) {
        Double given = taxable.get(character);
        Checks.check(given == null || given == 0.0, "return of capital is not taxed when paid; its rate must be 0, got " + given);
        copy.put(character, 0.0);
        continue;
      }
      Double rate = taxable.get(character);
      Checks.check(rate != null, "taxable rates: no rate for " + character.id());
      copy.put(character, Checks.inRange(rate, 0.0, 0.999, "taxable rate of " + character.id()));
    }
    taxable = Collections.unmodifiableMap(copy);
    Checks.inRange(withdrawal, 0.0, 0.999, "withdrawal rate");
    Checks.notNull(deferredValuation, "deferred valuation");
  }

  /**
   * The rates given by marginal rates by kind (a {@link HouseholdTaxResult#marginalRates()}): each
   * character at its kind's total marginal rate ({@link IncomeKind#of}), the withdrawal rate at
   * the ordinary rate, deferred accounts at market value.
   */
  public static AccountTaxRates of(Map<IncomeKind, MarginalRate> marginalRates) {
    Checks.notNull(marginalRates, "marginal rates");
    EnumMap<IncomeKind, Double> byKind = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      MarginalRate rate = marginalRates.get(kind);
      Checks.check(rate != null, "marginal rates: no rate for " + kind.id());
      byKind.put(kind, rate.totalAsDouble());
    }
    return byKind(byKind);
  }

  /**
   * The household's marginal rates at {@code income} (other income plus the taxable accounts'
   * distributions, by kind), from the {@link HouseholdTaxCalculator}.
   */
  public static AccountTaxRates at(HouseholdIncome income, TaxFiler filer, TaxYearRules rules) {
    return of(HouseholdTaxCalculator.calculate(income, filer, rules).marginalRates());
  }

  /**
   * Rates by income kind (each character takes its kind's rate, see {@link IncomeKind#of}); the
   * withdrawal rate is the {@link IncomeKind#ORDINARY} rate; deferred accounts at market value.
   */
  public static AccountTaxRates byKind(Map<IncomeKind, Double> rates) {
    Checks.notNull(rates, "rates by kind");
    EnumMap<IncomeCharacter, Double> byCharacter = new EnumMap<>(IncomeCharacter.class);
    for (IncomeCharacter character : IncomeCharacter.values()) {
      Optional<IncomeKind> kind = IncomeKind.of(character);
      if (kind.isPresent()) {
        Double rate = rates.get(kind.get());
        Checks.check(rate != null, "rates by kind: no rate for " + kind.get().id());
        byCharacter.put(character, rate);
      }
    }
    Double ordinary = rates.get(IncomeKind.ORDINARY);
    Checks.check(ordinary != null, "rates by kind: no rate for " + IncomeKind.ORDINARY.id());
    return new AccountTaxRates(byCharacter, ordinary, DeferredValuation.TAXED_AT_WITHDRAWAL);
  }

  /** The same rates with another withdrawal rate (say, the rate expected in retirement). */
  public AccountTaxRates withWithdrawalRate(double rate) {
    return new AccountTaxRates(taxable, rate, deferredValuation);
  }

  /** The same rates with another convention for tax-deferred accounts. */
  public AccountTaxRates withDeferredValuation(DeferredValuation valuation) {
    return new AccountTaxRates(taxable, withdrawal, valuation);
  }

  /** The tax on a dollar of {@code character} paid in an account of {@code type}. */
  public double rate(IncomeCharacter character, AccountType type) {
    Checks.notNull(character, "income character");
    Checks.notNull(type, "account type");
    return switch (type) {
      case TAXABLE -> taxable.get(character);
      case TAX_DEFERRED -> deferredValuation == DeferredValuation.TAXED_AT_WITHDRAWAL ? withdrawal : 0.0;
      case TAX_FREE -> 0.0;
    };
  }

  /** The tax drag: the share of distributions of {@code mix} lost to tax in an account of {@code type}, Σ mix(c)·rate(c). */
  public double drag(IncomeMix mix, AccountType type) {
    Checks.notNull(mix, "income mix");
    double drag = 0.0;
    for (Map.Entry<IncomeCharacter, Double> share : mix.shares().entrySet()) {
      drag += share.getValue() * rate(share.getKey(), type);
    }
    return drag;
  }

  /**
   * What a dollar of market value in an account of {@code type} counts for in the allocation:
   * 1 − withdrawal rate for tax-deferred accounts at after-tax value, else 1.
   */
  public double valueFactor(AccountType type) {
    return type == AccountType.TAX_DEFERRED && deferredValuation == DeferredValuation.AFTER_TAX_VALUE
        ? 1.0 - withdrawal : 1.0;
  }
}
