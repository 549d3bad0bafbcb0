package io.perennial.realestate;

import io.perennial.basics.Checks;

/**
 * How a rental's market moves around its expectations, year by year (drawn by {@link RentalMarketPaths}):
 *
 * <pre>
 *   value growth_t   = (1 + h_t) · (1 + π_t) − 1                      h_t from {@code housePrices} (real)
 *   rent growth_t    = g_rent + rentInflationBeta · (π_t − π̄) + rentVolatility · η_t
 *   expense growth_t = (1 + g_expense) · (1 + π_t) / (1 + π̄) − 1
 *   vacancy_t        = share of units turning over_t × (vacancy / turnoverProbability)
 * </pre>
 *
 * with π_t the path's inflation, π̄ its expected value, η_t standard normal, and g the property's
 * own expected growth rates. Each unit turns over (a tenant leaves) with probability
 * {@code turnoverProbability} a year, independently, and a turnover costs vacancy ÷ that
 * probability of the unit's year, so the expected vacancy is the property's own and a shock is a
 * turnover year. The house-price mean is the property's expected real appreciation,
 * (1 + appreciation)/(1 + π̄) − 1; the volatility and persistence are the process's. A plan that
 * states no appreciation takes the process's own mean, {@link #expectedAppreciation}.
 *
 * <p>The rent parameters are assumptions, not fitted to data: {@link #DEFAULT} passes inflation
 * surprises through to rents one for one (shelter, rent and owners' equivalent rent, is about a third
 * of CPI-U) with 2 % of rent-specific noise;
 * the CPI rent-of-primary-residence series (BLS CUUR0000SEHA) would be the one to fit them on, and
 * it is not in the validation data. Turnover: half of the tenants a year (a typical renter stays
 * about two years).
 *
 * @param housePrices the real house-price process
 * @param rentInflationBeta the share of an inflation surprise passed into rent growth, in [0, 2]
 * @param rentVolatility standard deviation of rent growth beyond inflation, in [0, 0.5]
 * @param turnoverProbability the chance a unit turns over in a year, in (0, 1]
 */
public record RentalMarket(HousePriceProcess housePrices, double rentInflationBeta, double rentVolatility,
    double turnoverProbability) {

  /** Case-Shiller national house prices, rents that follow inflation, 2 % rent noise, turnover every other year. */
  public static final RentalMarket DEFAULT = new RentalMarket(HousePriceProcess.US_NATIONAL, 1.0, 0.02, 0.5);

  public RentalMarket {
    Checks.notNull(housePrices, "house-price process");
    Checks.inRange(rentInflationBeta, 0.0, 2.0, "pass-through of inflation into rent growth");
    Checks.inRange(rentVolatility, 0.0, 0.5, "volatility of rent growth");
    Checks.finite(turnoverProbability, "turnover probability");
    Checks.check(turnoverProbability > 0.0 && turnoverProbability <= 1.0,
        "turnover probability must be more than 0 and at most 1, got " + turnoverProbability);
  }

  /** The nominal appreciation the house-price process expects at {@code expectedInflation}: (1 + μ)(1 + π̄) − 1. */
  public double expectedAppreciation(double expectedInflation) {
    return (1.0 + housePrices.meanRealChange()) * (1.0 + expectedInflation) - 1.0;
  }
}
