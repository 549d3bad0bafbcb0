package io.perennial.project;

/**
 * Every quantity of one simulated path, year by year (index 0 = the first year), in money of the
 * year unless marked real (money of the first year, deflated by the price level at the start of
 * the year for flows and at its end for values). For explanations and tests; arrays are copies.
 *
 * @param label the path's label (its first calendar year for historical sequences, else −1)
 * @param success whether every year's spending was met
 * @param failYear the first year whose spending was not met, or −1
 * @param spendingNeed what the rule asked for (after tax)
 * @param spent what was paid (after tax)
 * @param grossIncome income paid by the positions, before tax
 * @param afterTaxIncome positions' income after the tax it would cause if taken out, plus streams after tax
 * @param streams outside income streams, after tax
 * @param principalWithdrawn principal sold to pay spending (before tax)
 * @param taxes taxes paid in the year
 * @param value portfolio value at the end of the year (after rebalancing)
 * @param realValue {@code value} in money of the first year
 * @param realIncome {@code afterTaxIncome} in money of the first year
 * @param priceLevel the price level at the start of the year (1 in the first year)
 * @param met whether the year's spending was met
 * @param positionIncome [year][position] income paid, before tax
 * @param positionValue [year][position] value at the end of the year
 * @param positionYield [year][position] yield on value for the next payment, as set at the end of the year
 */
public record PathTrace(
    int label,
    boolean success,
    int failYear,
    double[] spendingNeed,
    double[] spent,
    double[] grossIncome,
    double[] afterTaxIncome,
    double[] streams,
    double[] principalWithdrawn,
    double[] taxes,
    double[] value,
    double[] realValue,
    double[] realIncome,
    double[] priceLevel,
    boolean[] met,
    double[][] positionIncome,
    double[][] positionValue,
    double[][] positionYield) {

  /** Collects a trace while a path runs. */
  static final class Recorder {
    final double[] need;
    final double[] spent;
    final double[] grossIncome;
    final double[] afterTaxIncome;
    final double[] streams;
    final double[] principal;
    final double[] taxes;
    final double[] value;
    final double[] realValue;
    final double[] realIncome;
    final double[] priceLevel;
    final boolean[] met;
    final double[][] positionIncome;
    final double[][] positionValue;
    final double[][] positionYield;

    Recorder(int years, int positions) {
      need = new double[years];
      spent = new double[years];
      grossIncome = new double[years];
      afterTaxIncome = new double[years];
      streams = new double[years];
      principal = new double[years];
      taxes = new double[years];
      value = new double[years];
      realValue = new double[years];
      realIncome = new double[years];
      priceLevel = new double[years];
      met = new boolean[years];
      positionIncome = new double[years][positions];
      positionValue = new double[years][positions];
      positionYield = new double[years][positions];
    }

    void positionIncome(int t, int i, double income) {
      positionIncome[t][i] = income;
    }

    void position(int t, int i, double v, double y) {
      positionValue[t][i] = v;
      positionYield[t][i] = y;
    }

    void year(int t, double needed, double paid, double gross, double afterTax, double streamIncome,
        double principalSold, double taxesPaid, double endValue, double endRealValue, double income,
        double level, boolean yearMet) {
      need[t] = needed;
      spent[t] = paid;
      grossIncome[t] = gross;
      afterTaxIncome[t] = afterTax;
      streams[t] = streamIncome;
      principal[t] = principalSold;
      taxes[t] = taxesPaid;
      value[t] = endValue;
      realValue[t] = endRealValue;
      realIncome[t] = income;
      priceLevel[t] = level;
      met[t] = yearMet;
    }

    PathTrace build(int label, boolean success, int failYear) {
      return new PathTrace(label, success, failYear, need, spent, grossIncome, afterTaxIncome, streams, principal,
          taxes, value, realValue, realIncome, priceLevel, met, positionIncome, positionValue, positionYield);
    }
  }
}
