package io.perennial.realestate;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import java.time.YearMonth;

/**
 * The figures of a property sale that the tax calculator takes (Form 4797 and the Unrecaptured
 * Section 1250 Gain Worksheet of the Schedule D instructions), for the whole property.
 *
 * <pre>
 *   amount realized        = price − selling costs
 *   adjusted basis         = cost basis − accumulated depreciation
 *   gain                   = amount realized − adjusted basis           (negative: a loss)
 *   unrecaptured §1250     = min(gain, accumulated depreciation)         taxed as ordinary income, at most 25 % (IRC §1(h)(1)(E))
 *   long-term gain         = gain − unrecaptured §1250                  §1231 gain, taxed as long-term capital gain
 *   ordinary loss          = −gain when gain &lt; 0                        §1231 loss, deductible against ordinary income
 *   net proceeds           = amount realized − loan payoff              cash before income tax
 * </pre>
 *
 * Held one year or less, the whole gain is short-term (ordinary) instead. Straight-line
 * depreciation of real property leaves no §1250 "additional depreciation", so nothing is
 * recaptured at full ordinary rates. Suspended passive losses released by the sale are in
 * {@link PassiveLossRule#apply} with {@code disposedOf = true}, not here.
 *
 * @param month the month of the sale
 * @param price the sale price
 * @param sellingCosts commissions, transfer taxes and closing costs paid by the seller
 * @param costBasis purchase price plus capitalized closing costs
 * @param accumulatedDepreciation depreciation allowed through the sale (mid-month convention)
 * @param depreciationInYearOfSale the part of it in the tax year of the sale
 * @param longTerm whether the property was held more than one year
 * @param loanPayoff the loan balance repaid from the proceeds
 */
public record SaleResult(
    YearMonth month,
    Money price,
    Money sellingCosts,
    Money costBasis,
    Money accumulatedDepreciation,
    Money depreciationInYearOfSale,
    boolean longTerm,
    Money loanPayoff) {

  /** The top rate on unrecaptured §1250 gain (IRC §1(h)(1)(E)): 25 %. */
  public static final double UNRECAPTURED_1250_MAX_RATE = 0.25;

  public SaleResult {
    Checks.notNull(month, "month of the sale");
    for (Money m : new Money[] {price, sellingCosts, costBasis, accumulatedDepreciation, depreciationInYearOfSale, loanPayoff}) {
      Checks.notNull(m, "a figure of the sale");
    }
  }

  public Money amountRealized() {
    return price.minus(sellingCosts);
  }

  public Money adjustedBasis() {
    return costBasis.minus(accumulatedDepreciation);
  }

  /** Amount realized less adjusted basis; negative for a loss. */
  public Money gain() {
    return amountRealized().minus(adjustedBasis());
  }

  private Money zero() {
    return Money.zero(price.currency());
  }

  /** The gain up to the depreciation taken, taxed at ordinary rates capped at 25 % (zero when held a year or less, or at a loss). */
  public Money unrecapturedSection1250Gain() {
    if (!longTerm || gain().amount().signum() <= 0) {
      return zero();
    }
    return gain().compareTo(accumulatedDepreciation) < 0 ? gain() : accumulatedDepreciation;
  }

  /** The rest of a long-term gain: §1231 gain, taxed as long-term capital gain. */
  public Money longTermGain() {
    if (!longTerm || gain().amount().signum() <= 0) {
      return zero();
    }
    return gain().minus(unrecapturedSection1250Gain());
  }

  /** The whole gain of a property held one year or less (ordinary rates). */
  public Money shortTermGain() {
    return !longTerm && gain().amount().signum() > 0 ? gain() : zero();
  }

  /** A loss on the sale, as a positive amount: a §1231 loss deductible against ordinary income. */
  public Money ordinaryLoss() {
    return gain().amount().signum() < 0 ? gain().negated() : zero();
  }

  /** Cash from the sale before income tax: amount realized less the loan repaid (negative when the loan exceeds it). */
  public Money netProceeds() {
    return amountRealized().minus(loanPayoff);
  }

  /**
   * The tax of the sale at flat marginal rates, for projections that tax at flat rates:
   * unrecaptured §1250 gain × min(ordinary, 25 %) + long-term gain × longTermRate + short-term gain ×
   * ordinary − ordinary loss × ordinary (a loss saves tax). Rates are fractions in [0, 1].
   */
  public Money taxAtFlatRates(double ordinaryRate, double longTermRate) {
    Checks.inRange(ordinaryRate, 0.0, 1.0, "ordinary rate");
    Checks.inRange(longTermRate, 0.0, 1.0, "long-term rate");
    return unrecapturedSection1250Gain().times(Math.min(ordinaryRate, UNRECAPTURED_1250_MAX_RATE))
        .plus(longTermGain().times(longTermRate))
        .plus(shortTermGain().times(ordinaryRate))
        .minus(ordinaryLoss().times(ordinaryRate));
  }

  /** Every amount times {@code share} (the owner's part), rounded to the cent. */
  public SaleResult scaled(double share) {
    Checks.inRange(share, 0.0, 1.0, "share");
    return new SaleResult(month, price.times(share), sellingCosts.times(share), costBasis.times(share),
        accumulatedDepreciation.times(share), depreciationInYearOfSale.times(share), longTerm, loanPayoff.times(share));
  }
}
