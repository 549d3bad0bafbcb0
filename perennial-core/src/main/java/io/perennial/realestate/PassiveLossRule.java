package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The passive-activity loss rule for rental real estate (IRC §469; IRS Form 8582 and Publication
 * 925). A rental is a passive activity: its net loss offsets passive income only, except that an
 * individual who actively participates (owns at least 10 % and takes part in management
 * decisions, §469(i)(6)) may deduct up to {@code allowance} a year of rental loss against other
 * income (§469(i)(2)). The allowance falls by {@code phaseOutRate} of modified AGI above
 * {@code phaseOutStart} (§469(i)(3)(A)), so with the statute's figures
 *
 * <pre>
 *   allowance(MAGI) = max(0, 25,000 − 0.5 · max(0, MAGI − 100,000))
 * </pre>
 *
 * which is 25,000 up to 100,000 of modified AGI and zero from 150,000. A loss beyond the
 * allowance is suspended and carried forward to offset later rental income; all of it is released
 * when the property is disposed of in a fully taxable sale (§469(g)(1)(A)). Modified AGI is AGI
 * computed without any passive loss, taxable Social Security, IRA deductions and a few other items
 * (§469(i)(3)(F)); the caller computes it. Real-estate professionals (§469(c)(7)) and married
 * people filing separately are not modelled; without active participation use
 * {@link #withoutAllowance()}.
 *
 * @param allowance the most rental loss deductible against other income, ≥ 0
 * @param phaseOutStart modified AGI above which the allowance falls, ≥ 0
 * @param phaseOutRate the fall per dollar of modified AGI above the start, in [0, 1]
 */
public record PassiveLossRule(Money allowance, Money phaseOutStart, BigDecimal phaseOutRate) {

  /** The statute's figures, not indexed for inflation since 1986: 25,000, 100,000 and 50 %. */
  public static final PassiveLossRule SECTION_469_I =
      new PassiveLossRule(Money.usd("25000"), Money.usd("100000"), new BigDecimal("0.50"));

  public PassiveLossRule {
    Checks.notNull(allowance, "passive-loss allowance");
    Checks.check(!allowance.isNegative(), "passive-loss allowance must be zero or more, got " + allowance);
    Checks.notNull(phaseOutStart, "phase-out start");
    Checks.check(!phaseOutStart.isNegative(), "phase-out start must be zero or more, got " + phaseOutStart);
    Checks.notNull(phaseOutRate, "phase-out rate");
    Checks.check(phaseOutRate.signum() >= 0 && phaseOutRate.compareTo(BigDecimal.ONE) <= 0,
        "phase-out rate must lie between 0 and 1, got " + phaseOutRate.toPlainString());
  }

  /** The figures of a tax year's rules (the same as the statute's in every year with data). */
  public static PassiveLossRule of(TaxYearRules rules) {
    return new PassiveLossRule(Money.usd(rules.passiveRentalAllowance()), Money.usd(rules.passiveRentalPhaseOutStart()),
        rules.passiveRentalPhaseOutRate());
  }

  /** The same rule with no allowance: every net loss is suspended (no active participation). */
  public PassiveLossRule withoutAllowance() {
    return new PassiveLossRule(Money.zero(allowance.currency()), phaseOutStart, phaseOutRate);
  }

  /** The rental loss deductible against other income at {@code modifiedAgi}: the allowance less the phase-out, not below zero. */
  public Money allowance(Money modifiedAgi) {
    Checks.notNull(modifiedAgi, "modified AGI");
    BigDecimal over = modifiedAgi.amount().subtract(phaseOutStart.amount()).max(BigDecimal.ZERO);
    BigDecimal left = allowance.amount().subtract(over.multiply(phaseOutRate)).max(BigDecimal.ZERO);
    return new Money(left.setScale(2, RoundingMode.HALF_UP), allowance.currency());
  }

  /**
   * One year of the rule: this year's net rental income (negative for a loss, after interest and
   * depreciation) together with the loss suspended from earlier years.
   *
   * @param netRentalIncome the year's net rental income of all rentals together
   * @param priorSuspendedLoss losses suspended in earlier years, as a positive amount
   * @param modifiedAgi the year's modified AGI
   * @param disposedOf whether the rental is sold this year in a fully taxable sale (releases every loss)
   */
  public PassiveLossResult apply(Money netRentalIncome, Money priorSuspendedLoss, Money modifiedAgi, boolean disposedOf) {
    Checks.notNull(netRentalIncome, "net rental income");
    Checks.notNull(priorSuspendedLoss, "suspended loss");
    Checks.check(!priorSuspendedLoss.isNegative(), "suspended loss is a positive amount, got " + priorSuspendedLoss);
    Money zero = Money.zero(netRentalIncome.currency());
    Money allowed = allowance(modifiedAgi);
    Money total = netRentalIncome.minus(priorSuspendedLoss);
    Money counted;
    Money suspended;
    if (disposedOf || !total.isNegative()) {
      counted = total;
      suspended = zero;
    } else {
      Money loss = total.negated();
      Money deducted = loss.compareTo(allowed) < 0 ? loss : allowed;
      counted = deducted.negated();
      suspended = loss.minus(deducted);
    }
    return new PassiveLossResult(netRentalIncome, priorSuspendedLoss, allowed, counted, suspended);
  }
}
