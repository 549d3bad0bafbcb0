package io.perennial.realestate;

import io.perennial.basics.Checks;
import java.util.SplittableRandom;

/**
 * Draws paths of one property's market ({@link RentalMarket} states the model) on a projection's
 * inflation paths. Stateless apart from its parameters and one scratch array: one instance per
 * worker thread. The numbers of a path depend only on the generator passed in (seed it from the
 * run's seed and the path's index) and on the path's inflation.
 */
public final class RentalMarketPaths {

  private final HousePriceProcess prices;
  private final double rentGrowth;
  private final double expenseGrowth;
  private final double expectedInflation;
  private final double rentBeta;
  private final double rentVolatility;
  private final double turnover;
  private final double vacancyPerTurnover;
  private final int units;
  private final Double lastRealChange;
  private double[] real = new double[0];

  /**
   * Paths for {@code property} in {@code market} when inflation is expected to be
   * {@code expectedInflation} a year, for a property of {@code units} rental units whose tenants
   * turn over independently.
   *
   * @param lastRealChange the index's last observed yearly real change (the process follows it), or
   *     null to start from the stationary distribution
   */
  public RentalMarketPaths(RentalMarket market, RentalProperty property, double expectedInflation, int units,
      Double lastRealChange) {
    Checks.notNull(market, "rental market");
    Checks.notNull(property, "property");
    Checks.inRange(expectedInflation, -0.2, 1.0, "expected inflation");
    Checks.positive(units, "number of rental units");
    Checks.check(property.vacancy() <= market.turnoverProbability(), "the vacancy of " + property.name() + " ("
        + property.vacancy() + ") exceeds the turnover probability (" + market.turnoverProbability()
        + "): a turnover would have to leave a unit empty more than a whole year; raise the turnover probability");
    double realAppreciation = (1.0 + property.appreciation()) / (1.0 + expectedInflation) - 1.0;
    this.prices = market.housePrices().withMeanRealChange(Math.max(-0.2, Math.min(0.2, realAppreciation)));
    this.rentGrowth = property.rentGrowth();
    this.expenseGrowth = property.expenseGrowth();
    this.expectedInflation = expectedInflation;
    this.rentBeta = market.rentInflationBeta();
    this.rentVolatility = market.rentVolatility();
    this.turnover = market.turnoverProbability();
    this.vacancyPerTurnover = property.vacancy() / market.turnoverProbability();
    this.units = units;
    this.lastRealChange = lastRealChange;
  }

  /** The house-price process the paths draw from (its mean is the property's expected real appreciation). */
  public HousePriceProcess housePrices() {
    return prices;
  }

  /**
   * Fills {@code into} with one path, drawing in a fixed order: the house-price changes of all
   * years first, then for each year the rent shock and one uniform per unit.
   *
   * @param random the path's generator
   * @param inflation the path's yearly inflation, at least {@code into.years()} values
   */
  public void fill(SplittableRandom random, double[] inflation, PropertyPath into) {
    Checks.notNull(random, "random generator");
    int years = into.years();
    Checks.check(inflation.length >= years, "the inflation path has " + inflation.length + " years, fewer than " + years);
    if (real.length != years) {
      real = new double[years];
    }
    if (lastRealChange == null) {
      prices.draw(random, real);
    } else {
      prices.drawAfter(lastRealChange, random, real);
    }
    for (int t = 0; t < years; t++) {
      double pi = inflation[t];
      into.valueGrowth[t] = (1.0 + real[t]) * (1.0 + pi) - 1.0;
      into.rentGrowth[t] = Math.max(-0.99, rentGrowth + rentBeta * (pi - expectedInflation) + rentVolatility * random.nextGaussian());
      into.expenseGrowth[t] = (1.0 + expenseGrowth) * (1.0 + pi) / (1.0 + expectedInflation) - 1.0;
      int turnovers = 0;
      for (int u = 0; u < units; u++) {
        if (random.nextDouble() < turnover) {
          turnovers++;
        }
      }
      into.vacancy[t] = vacancyPerTurnover * turnovers / units;
    }
  }
}
