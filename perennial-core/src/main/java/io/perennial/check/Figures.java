package io.perennial.check;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.estimate.DividendSafety;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The figures behind a health issue: one record per {@link IssueCode}; rates and weights are fractions. */
public sealed interface Figures {

  /**
   * A target outside its band.
   *
   * @param weight the weight today
   * @param target the target weight
   * @param band the band's half-width
   * @param drift weight − target
   * @param value the value the target covers
   * @param toBandEdge the value to buy (+) or sell (−) to reach the nearer edge of the band
   */
  record DriftFigures(double weight, double target, double band, double drift, Money value, Money toBandEdge) implements Figures {}

  /**
   * Too much in one place.
   *
   * @param scope an asset, a single stock, an issuer, a sector or a class
   * @param weight the share of the household
   * @param cap the largest share the checks accept
   * @param value the value held
   * @param excess the value above the cap
   */
  record ConcentrationFigures(Scope scope, double weight, double cap, Money value, Money excess) implements Figures {
    /** What is concentrated. */
    public enum Scope { ASSET, STOCK, ISSUER, SECTOR, CLASS }
  }

  /**
   * A dividend record that looks like those before cuts (a history-only score: payout ratios and
   * leverage are unknown to it).
   *
   * @param score 0–100
   * @param rating its band
   * @param value the value held
   * @param inputs the figures the score read
   * @param deductions the warnings found
   */
  record DividendSafetyFigures(int score, DividendSafety.Rating rating, Money value, DividendSafety.Inputs inputs,
      List<DividendSafety.Deduction> deductions) implements Figures {}

  /**
   * Income below the spending need.
   *
   * @param afterTaxIncome the portfolio's income after the tax it causes
   * @param otherIncome pensions, benefits and the like
   * @param spending the spending need this year
   * @param coverage (after-tax income + other income) ÷ spending
   * @param shortfall spending − both incomes
   */
  record IncomeShortfallFigures(Money afterTaxIncome, Money otherIncome, Money spending, double coverage, Money shortfall)
      implements Figures {}

  /**
   * Real income falling.
   *
   * @param source what the figure is from: income received over past years, or the growth expected
   * @param realGrowth the yearly growth of real income (negative: falling)
   * @param inflation the yearly inflation over the same years (received) or assumed (expected)
   * @param fromYear the first year of the window (0 for expected growth)
   * @param toYear the last year of the window (0 for expected growth)
   */
  record InflationErosionFigures(Source source, double realGrowth, double inflation, int fromYear, int toYear) implements Figures {
    /** Where the growth figure comes from. */
    public enum Source { RECEIVED, EXPECTED }
  }

  /**
   * Idle cash.
   *
   * @param cash the household's cash
   * @param months the months of spending it covers
   * @param monthsAllowed the months the checks accept
   * @param excess the cash above them
   */
  record CashDragFigures(Money cash, double months, double monthsAllowed, Money excess) implements Figures {}

  /**
   * A taxable lot at a loss worth harvesting.
   *
   * @param account the taxable account
   * @param quantity the lot's units
   * @param acquired when it was bought
   * @param loss its unrealized loss (positive)
   * @param lossShare loss ÷ cost
   * @param longTerm whether the lot is held more than a year
   * @param taxSaved the loss × the household's rate on it (short- or long-term), this year's value of harvesting
   * @param partner the partner fund to buy instead, when the plan names one
   * @param washSale whether a purchase in the household within the last 30 days would wash the loss if sold today
   * @param doNotBuyUntil if sold today, the first day the asset (or a substantially identical one) may be bought again
   */
  record HarvestableLossFigures(String account, BigDecimal quantity, LocalDate acquired, Money loss, double lossShare,
      boolean longTerm, Money taxSaved, Optional<AssetId> partner, boolean washSale, LocalDate doNotBuyUntil)
      implements Figures {}

  /**
   * A required minimum distribution not yet taken.
   *
   * @param account the tax-deferred account
   * @param age the owner's age at the end of the year
   * @param divisor the Uniform Lifetime Table divisor
   * @param balance the prior year-end balance
   * @param required balance ÷ divisor
   * @param taken what was taken this year
   * @param remaining required − taken
   * @param deadline the date it must be taken by
   */
  record RmdDueFigures(String account, int age, double divisor, Money balance, Money required, Money taken, Money remaining,
      LocalDate deadline) implements Figures {}
}
