package io.perennial.check;

import io.perennial.basics.Checks;
import io.perennial.basics.Money;

/**
 * The thresholds of the health checks.
 *
 * @param maxAsset the largest share of the household in one fund (default 25 %, the optimizer's default cap)
 * @param maxStock the largest share in one company's stock (default 5 %: one company can cut or fail on its own)
 * @param maxIssuer the largest share with one issuer of single securities (default 10 %)
 * @param maxSector the largest share in one sector (default 40 %)
 * @param maxClass the largest share in one asset class (default 40 %, the optimizer's default cap)
 * @param cashMonthsDrawing months of spending a household drawing income may keep in cash (default 24: two years of
 *     spending, the usual cash bucket of a retiree)
 * @param cashMonthsSaving months of spending a saver may keep in cash (default 6: an emergency fund)
 * @param minimumLoss the smallest loss worth harvesting (default $1,000)
 * @param minimumLossShare the smallest loss, as a share of the lot's cost, worth harvesting (default 5 %)
 * @param erosionYears the window of received income over which real income must not fall (default 3 years)
 */
public record CheckSettings(double maxAsset, double maxStock, double maxIssuer, double maxSector, double maxClass,
    double cashMonthsDrawing, double cashMonthsSaving, Money minimumLoss, double minimumLossShare, int erosionYears) {

  /** The defaults above. */
  public static final CheckSettings DEFAULTS = new CheckSettings(0.25, 0.05, 0.10, 0.40, 0.40, 24, 6, Money.usd("1000"), 0.05, 3);

  public CheckSettings {
    for (double cap : new double[] {maxAsset, maxStock, maxIssuer, maxSector, maxClass, minimumLossShare}) {
      Checks.check(cap > 0 && cap <= 1, "a check's share lies in (0, 1], got " + cap);
    }
    Checks.check(cashMonthsDrawing >= 0 && cashMonthsSaving >= 0, "months of cash are zero or more");
    Checks.check(!minimumLoss.isNegative(), "the minimum loss is zero or more");
    Checks.check(erosionYears >= 1, "the erosion window is at least one year, got " + erosionYears);
  }
}
