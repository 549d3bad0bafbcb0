package io.perennial.realestate;

import io.perennial.basics.Checks;

/**
 * One path of a property's market, year by year: the nominal growth of its value, rent and fixed
 * expenses during year t (from the start of year t to the start of year t + 1), and the share of
 * the scheduled rent lost to vacancy in year t. A reusable buffer: {@link RentalMarketPaths#fill}
 * overwrites it path after path; {@link #constant} makes the deterministic path of a property's own
 * expectations.
 */
public final class PropertyPath {

  final int years;
  final double[] valueGrowth;
  final double[] rentGrowth;
  final double[] expenseGrowth;
  final double[] vacancy;

  public PropertyPath(int years) {
    this.years = Checks.positive(years, "years of the property path");
    this.valueGrowth = new double[years];
    this.rentGrowth = new double[years];
    this.expenseGrowth = new double[years];
    this.vacancy = new double[years];
  }

  /** The path on which every year brings the property's expected growth and vacancy, with no inflation surprise. */
  public static PropertyPath constant(RentalProperty property, int years) {
    PropertyPath path = new PropertyPath(years);
    for (int t = 0; t < years; t++) {
      path.valueGrowth[t] = property.appreciation();
      path.rentGrowth[t] = property.rentGrowth();
      path.expenseGrowth[t] = property.expenseGrowth();
      path.vacancy[t] = property.vacancy();
    }
    return path;
  }

  public int years() {
    return years;
  }

  /** Nominal growth of the value during year t, a fraction. */
  public double valueGrowth(int t) {
    return valueGrowth[t];
  }

  /** Nominal growth of the rent from year t to year t + 1, a fraction. */
  public double rentGrowth(int t) {
    return rentGrowth[t];
  }

  /** Nominal growth of the fixed operating expenses from year t to year t + 1, a fraction. */
  public double expenseGrowth(int t) {
    return expenseGrowth[t];
  }

  /** The share of year t's scheduled rent lost to vacancy, in [0, 1]. */
  public double vacancy(int t) {
    return vacancy[t];
  }
}
