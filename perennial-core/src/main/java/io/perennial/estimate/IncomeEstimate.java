package io.perennial.estimate;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * What an asset's distribution history says about its income, as of a date. Yields and growth
 * are decimal fractions per year (0.035 = 3.5 %); amounts are cash per share in the currency and
 * share basis of the inputs. A figure that the data cannot support is {@code NaN} (JSON null):
 * a yield without a price, a growth rate without enough complete years.
 *
 * @param ticker the asset
 * @param asOf the valuation date
 * @param price the close on or before {@code asOf} (split-adjusted, not distribution-adjusted); NaN when no price
 * @param priceDate the date of that close (null when no price)
 * @param trailingDistributions the sum of regular payments going ex in the 12 months up to {@code asOf}
 * @param trailingYield {@code trailingDistributions / price}
 * @param paymentsPerYear the payment frequency (1, 2, 4 or 12) read from the spacing of recent
 *     regular payments; 0 when nothing was paid in the last 12 months
 * @param lastRegularPayment the amount of the last regular payment on or before {@code asOf} (NaN when none)
 * @param lastRegularExDate its ex-date (null when none)
 * @param forwardYield {@code lastRegularPayment × paymentsPerYear / price} (0 when not paying)
 * @param growthYears the window of {@link #dividendGrowth}, in years
 * @param dividendGrowth the compound annual growth of the regular distributions per share from
 *     complete year {@code Y − growthYears} to the last complete year Y; NaN when either is not
 *     observed or the first is zero
 * @param yearsWithoutCut consecutive complete years, counting back from the last, whose regular total
 *     did not fall below the year before (which paid something)
 * @param consecutiveIncreases consecutive complete years, counting back from the last, whose regular total rose
 * @param cuts how many complete years had a lower regular total than the year before, over the whole history
 * @param annualTotals the complete calendar years observed, oldest first
 * @param averageYield the mean of the trailing yield at the {@code averageYears × 12} month-ends up to
 *     {@code asOf}; NaN without prices and history over that window
 * @param yieldVsAverage {@code trailingYield / averageYield}: above 1 the yield is higher than usual
 *     (a falling price or a rising payout), below 1 lower
 * @param excluded the payments left out of every figure above as special, with the reasons
 */
public record IncomeEstimate(
    AssetId ticker,
    LocalDate asOf,
    double price,
    LocalDate priceDate,
    double trailingDistributions,
    double trailingYield,
    int paymentsPerYear,
    double lastRegularPayment,
    LocalDate lastRegularExDate,
    double forwardYield,
    int growthYears,
    double dividendGrowth,
    int yearsWithoutCut,
    int consecutiveIncreases,
    int cuts,
    List<AnnualDistribution> annualTotals,
    double averageYield,
    double yieldVsAverage,
    List<ExcludedDividend> excluded) {

  public IncomeEstimate {
    Checks.notNull(ticker, "ticker");
    Checks.notNull(asOf, "asOf");
    annualTotals = List.copyOf(annualTotals);
    excluded = List.copyOf(excluded);
  }
}
