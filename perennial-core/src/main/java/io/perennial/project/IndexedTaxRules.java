package io.perennial.project;

import io.perennial.basics.Checks;
import io.perennial.domain.FilingStatus;
import io.perennial.tax.FilingStatusRules;
import io.perennial.tax.TaxBracket;
import io.perennial.tax.TaxSchedule;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tax rules of a projected year: the figures of the latest year with data, those the Code
 * indexes for inflation multiplied by the year's price level relative to that year, the fixed
 * ones left as they are.
 *
 * <ul>
 *   <li>Indexed (IRC 1(f), 1(j)(5), 63(c)(4)): bracket floors, the standard deduction and its
 *       additional amount, the 0 % and 15 % capital-gain maxima; each indexed figure is rounded to
 *       the cent (the IRS rounds down to $25 or $50 steps, which a simulated price level cannot
 *       follow).
 *   <li>Not indexed: the NIIT thresholds (IRC 1411(b)), the Social Security base amounts (86(c)),
 *       the capital-loss limit (1211(b)), the rental allowance and its phase-out (469(i)), the
 *       senior deduction and its phase-out start (151(d)(5)(C)), which ends after its last year
 *       (2028): later years have none.
 * </ul>
 */
public final class IndexedTaxRules {

  private IndexedTaxRules() {}

  /**
   * The rules of {@code year} from {@code base} with the indexed figures × {@code factor}.
   *
   * @param base the rules of the latest year with data
   * @param year the projected tax year, not before {@code base.year()}
   * @param factor the price level of {@code year} ÷ that of {@code base.year()}, above 0 (1.025 a
   *     year after, at 2.5 % inflation)
   */
  public static TaxYearRules of(TaxYearRules base, int year, BigDecimal factor) {
    Checks.notNull(base, "base rules");
    Checks.notNull(factor, "price-level factor");
    Checks.check(factor.signum() > 0, "the price-level factor must be above 0, got " + factor.toPlainString());
    Checks.check(year >= base.year(), "a projected year comes after the rules it starts from: " + year + " < " + base.year());
    Map<FilingStatus, FilingStatusRules> byStatus = new EnumMap<>(FilingStatus.class);
    for (FilingStatus status : FilingStatus.values()) {
      byStatus.put(status, index(base.rules(status), factor));
    }
    FilingStatusRules together = base.separateLivedTogether();
    FilingStatusRules togetherIndexed = byStatus.get(FilingStatus.MARRIED_SEPARATE).withLivedTogether(
        together.benefitBaseAmount(), together.benefitAdjustedBaseAmount(), together.rentalAllowance());
    boolean senior = base.seniorDeductionLastYear() == 0 || year <= base.seniorDeductionLastYear();
    List<String> caveats = new ArrayList<>(base.caveats());
    caveats.add("Rules of " + year + " projected from " + base.year() + ": indexed figures × "
        + factor.stripTrailingZeros().toPlainString() + " (not rounded to the IRS's $25 and $50 steps); fixed amounts as in "
        + base.year() + (senior ? "" : "; no senior deduction after " + base.seniorDeductionLastYear()) + ".");
    return new TaxYearRules(year, base.sources(), byStatus, togetherIndexed, base.additionalDeductionAge(),
        senior ? base.seniorDeductionAmount() : BigDecimal.ZERO, base.seniorDeductionAge(), base.seniorDeductionLastYear(),
        base.seniorPhaseOutRate(), base.capitalGainRate1(), base.capitalGainRate2(), base.capitalLossLimit(),
        base.niitRate(), base.qbiReitDividendRate(), base.passiveRentalAllowance(), base.passiveRentalPhaseOutStart(),
        base.passiveRentalPhaseOutRate(), base.benefitRate1(), base.benefitRate2(), caveats);
  }

  private static FilingStatusRules index(FilingStatusRules r, BigDecimal factor) {
    List<TaxBracket> brackets = new ArrayList<>();
    for (TaxBracket bracket : r.schedule().brackets()) {
      brackets.add(new TaxBracket(scale(bracket.floor(), factor), bracket.rate()));
    }
    return new FilingStatusRules(new TaxSchedule(brackets), scale(r.standardDeduction(), factor),
        scale(r.additionalStandardDeduction(), factor), scale(r.capitalGainZeroRateMax(), factor),
        scale(r.capitalGainFifteenRateMax(), factor), r.niitThreshold(), r.seniorPhaseOutStart(),
        r.seniorDeductionAllowed(), r.capitalLossLimit(), r.rentalAllowance(), r.rentalPhaseOutStart(),
        r.benefitBaseAmount(), r.benefitAdjustedBaseAmount());
  }

  private static BigDecimal scale(BigDecimal amount, BigDecimal factor) {
    return amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
  }
}
