package io.perennial.project;

import io.perennial.domain.AccountType;

/**
 * Runs the model over one path at a time (the order of events is documented on
 * {@link ProjectionModel}). One instance per worker thread: it keeps the path's state in arrays
 * that are reused from path to path. Not thread-safe.
 */
final class PathSimulator extends PathModel {

  /** Scratch: the value of each account type (for rebalancing). */
  private final double[] accountSums = new double[AccountType.values().length];

  // ---- per-path state ----
  private final double[] value;
  private final double[] yield;
  private final double[] previousSurprise;
  private final double[] spendable;
  private final double[] growth; // scratch: the exponent g per position (0 for non-dividend ones)
  private final double[] growthFactor; // scratch: e^g per position
  private final double[] reciprocal; // scratch: 1 / ((y₀ + y)·(1 − y)·G) per dividend position
  private final int[] dividendPositions; // indices of positions with the dividend model
  private final double[] streamIndex;

  // ---- results of the last path ----
  boolean success;
  int failYear;
  double worstIncomeDrop;
  int goalYear;
  double terminalRealValue;

  PathSimulator(ProjectionModel model, ScenarioSet scenarios) {
    super(model, scenarios);
    this.value = new double[n];
    this.yield = new double[n];
    this.previousSurprise = new double[n];
    this.spendable = new double[n];
    this.growth = new double[n];
    this.growthFactor = new double[n];
    this.reciprocal = new double[n];
    this.dividendPositions = java.util.stream.IntStream.range(0, n).filter(i -> dividend[i]).toArray();
    this.streamIndex = new double[streamAmount.length];
  }

  /**
   * Simulates one path.
   *
   * @param s the path's returns
   * @param path the path's index (the column written in the output arrays)
   * @param realIncomeOut [year][path] real after-tax income, or null
   * @param realValueOut [year][path] real portfolio value at year end, or null
   * @param coveredOut per year, incremented when income alone covers the year's spending, or null
   * @param trace a recorder of every quantity, or null
   * @param spendingOverride NaN to use the model's rule; otherwise constant spending of this
   *     first-year amount, inflation-indexed (used by the withdrawal-rate search)
   * @param stopAtFailure whether to stop at the first failed year
   */
  void run(PathScenario s, int path, float[][] realIncomeOut, float[][] realValueOut, int[] coveredOut,
      PathTrace.Recorder trace, double spendingOverride, boolean stopAtFailure) {
    final int n = this.n;
    final double[] value = this.value;
    final double[] yield = this.yield;
    final double[] spendable = this.spendable;
    final double[] receiptTax = this.receiptTax;
    final double[] spendTax = this.spendTax;
    final double[] reinvest = this.reinvest;
    final double[] gross = s.gross;
    final double[] logs = s.logReturn;
    final int S = seriesCount;
    final boolean override = !Double.isNaN(spendingOverride);
    final int kind = override ? CONSTANT : rule;
    final double amount = override ? spendingOverride : ruleAmount;
    final boolean indexed = override || ruleIndexed;
    for (int i = 0; i < n; i++) {
      value[i] = startValue[i];
      yield[i] = startYield[i];
      previousSurprise[i] = 0.0;
    }
    for (int j = 0; j < streamIndex.length; j++) {
      streamIndex[j] = 1.0;
    }
    double priceLevel = 1.0; // price level at the start of the year (the spending index)
    double guardrailSpending = 0.0;
    double previousPortfolioReturn = 0.0;
    double previousInflation = 0.0;
    double peakIncome = 0.0;
    success = true;
    failYear = -1;
    worstIncomeDrop = 0.0;
    goalYear = -1;
    terminalRealValue = 0.0;
    int sinceRebalance = 0;

    for (int t = 0; t < years; t++) {
      final int row = t * S;
      final double inflation = s.inflation[t];
      if (!startTiming) {
        // Returns first; the income of this payment reacts to last year's surprise (none in year 0).
        previousPortfolioReturn = advance(gross, logs, row, t > 0);
      }

      // ---- payment date: streams, income, spending, taxes, reinvestment ----
      boolean spendingYear = t >= spendingStart;
      double need = 0.0;
      if (spendingYear) {
        if (kind == CONSTANT || kind == INCOME_ONLY) {
          need = amount * (indexed ? priceLevel : 1.0);
        } else {
          double portfolio = 0.0;
          for (int i = 0; i < n; i++) {
            portfolio += value[i];
          }
          if (kind == PERCENTAGE) {
            need = ruleRate * portfolio;
          } else {
            if (t == spendingStart) {
              guardrailSpending = ruleRate * portfolio;
            } else {
              double w = guardrailSpending / portfolio;
              if (!(previousPortfolioReturn < 0.0 && w > ruleRate)) {
                guardrailSpending *= 1.0 + previousInflation;
              }
              w = guardrailSpending / portfolio;
              if (w > ruleRate * (1.0 + guard) && years - t > preservationEndYears) {
                guardrailSpending *= 1.0 - adjustment;
              } else if (w < ruleRate * (1.0 - guard)) {
                guardrailSpending *= 1.0 + adjustment;
              }
            }
            need = guardrailSpending;
          }
        }
      }
      double streams = 0.0;
      double streamTax = 0.0;
      for (int j = 0; j < streamAmount.length; j++) {
        if (t >= streamStart[j] && t < streamEnd[j]) {
          double paid = streamAmount[j] * streamIndex[j];
          streams += paid * streamAfterTax[j];
          streamTax += paid * (1.0 - streamAfterTax[j]);
        }
      }
      double grossIncome = 0.0; // (for the trace)
      double incomeAfterTax = 0.0; // all income, as if taken out and taxed
      double available = 0.0; // after-tax income available for spending
      double taxes = 0.0; // (for the trace)
      final double[] netShare = this.netShare;
      final double[] keepShare = this.keepShare;
      if (t > 0 && s.billRates) {
        // each rate-linked holding reprices a share of itself to its yield moved by the bill rate
        double shift = s.billRate[t] - s.billRate[0];
        for (int i : ratePositions) {
          double market = startYield[i] + shift;
          double k = rollShare[i];
          yield[i] = (1.0 - k) * yield[i] + k * (market > 0.0 ? market : 0.0);
        }
      }
      for (int i : linkedPositions) {
        // real coupon + the year's inflation accrual, distributed (IncomeModel.InflationLinked)
        double y = realYield[i] + inflation;
        yield[i] = y <= 0.0 ? 0.0 : Math.min(y, IncomeModel.DividendGrowth.MAX_YIELD);
      }
      for (int i = 0; i < n; i++) {
        double income = yield[i] * value[i];
        double net = income * netShare[i];
        double kept = reinvest[i] * net;
        double free = net - kept;
        value[i] += kept - income;
        spendable[i] = free;
        double keep = keepShare[i];
        available += free * keep;
        incomeAfterTax += net * keep;
        if (trace != null) {
          trace.positionIncome(t, i, income);
          grossIncome += income;
          taxes += income - net;
        }
      }
      double incomeTotal = incomeAfterTax + streams;
      double remaining = need - streams;
      double fromIncome = 0.0;
      double principal = 0.0;
      double fromPrincipal = 0.0;
      boolean met = true;
      if (remaining <= 0.0) {
        for (int i = 0; i < n; i++) {
          value[i] += spendable[i];
        }
        invest(-remaining);
        remaining = 0.0;
      } else {
        boolean incomeSuffices = available > remaining;
        double share = incomeSuffices ? remaining / available : 1.0;
        double kept = 1.0 - share;
        for (int i = 0; i < n; i++) {
          value[i] += kept * spendable[i];
        }
        if (trace != null) {
          for (int i = 0; i < n; i++) {
            taxes += share * spendable[i] * spendTax[i];
          }
        }
        // Exactly, not share × available: (r / a) · a can round below r and leave a residue of one
        // ulp that would count as unpaid (a failed year under the income-only rule).
        fromIncome = incomeSuffices ? remaining : available;
        remaining = incomeSuffices ? 0.0 : remaining - available;
        if (remaining > 0.0) {
          if (kind == INCOME_ONLY) {
            met = false;
          } else {
            double before = 0.0;
            if (trace != null) {
              for (int i = 0; i < n; i++) {
                before += value[i];
              }
            }
            double left = withdraw(remaining);
            fromPrincipal = remaining - left;
            // A year fails when the portfolio cannot pay, or would fall to zero or below.
            if (left > 0.0 || drained) {
              met = false;
            }
            if (trace != null) {
              double after = 0.0;
              for (int i = 0; i < n; i++) {
                after += value[i];
              }
              principal = before - after;
              taxes += principal - fromPrincipal;
            }
            remaining = left;
          }
        }
      }
      if (!spendingYear && contribution > 0.0) {
        invest(contribution * priceLevel);
      }
      double realIncome = incomeTotal / priceLevel;
      double reference = spendingYear ? need : incomeGoal * priceLevel;
      if (coveredOut != null && incomeTotal >= reference) {
        coveredOut[t]++;
      }
      if (realIncome > peakIncome) {
        peakIncome = realIncome;
      } else if (peakIncome > 0.0) {
        double drop = 1.0 - realIncome / peakIncome;
        if (drop > worstIncomeDrop) {
          worstIncomeDrop = drop;
        }
      }
      if (goalYear < 0 && incomeGoal > 0.0 && realIncome >= incomeGoal * (1.0 - 1e-12)) {
        goalYear = t;
      }
      if (!met && success) {
        success = false;
        failYear = t;
      }

      if (startTiming) {
        // Returns; next year's income reacts to this year's surprise.
        previousPortfolioReturn = advance(gross, logs, row, true);
      }

      // ---- end of year: rebalancing, inflation, records ----
      sinceRebalance++;
      double total;
      if (rebalanceEvery > 0 && sinceRebalance >= rebalanceEvery) {
        total = rebalanceAll();
        sinceRebalance = 0;
      } else {
        if (rebalanceBand > 0.0 && rebalanceDrifted()) {
          sinceRebalance = 0;
        }
        total = 0.0;
        for (int i = 0; i < n; i++) {
          total += value[i];
        }
      }
      double endLevel = priceLevel * (1.0 + inflation);
      double realValue = total / endLevel;
      if (realIncomeOut != null) {
        realIncomeOut[t][path] = (float) realIncome;
      }
      if (realValueOut != null) {
        realValueOut[t][path] = (float) realValue;
      }
      if (trace != null) {
        trace.year(t, need, Math.min(need, streams) + fromIncome + fromPrincipal, grossIncome, incomeTotal, streams,
            principal, taxes + streamTax, total, realValue, realIncome, priceLevel, met);
        for (int i = 0; i < n; i++) {
          trace.position(t, i, value[i], yield[i]);
        }
      }
      terminalRealValue = realValue;
      previousInflation = inflation;
      priceLevel = endLevel;
      for (int j = 0; j < streamIndex.length; j++) {
        streamIndex[j] *= 1.0 + streamIndexation[j] * inflation;
      }
      if (!success && stopAtFailure) {
        return;
      }
    }
  }

  /**
   * The year's returns and the income growth they cause, in one pass over the positions: each
   * value grows by its gross return G; for dividend positions the next payment's yield on value
   * becomes y · e^g / ((1 − y) · G), where income per share grows by e^g with g reacting to a
   * surprise x = ln(1 + R) − m (and to the yield's distance from its start, see
   * {@link IncomeResponse}). With start-of-year payments the surprise is this year's; with
   * end-of-year payments it is the stored one of the year before ({@code grow} false in the
   * first year, when there is none). Returns the portfolio's return over the year.
   */
  private double advance(double[] gross, double[] logs, int row, boolean grow) {
    final int n = this.n;
    final double[] value = this.value;
    final int[] source = this.source;
    double before = 0.0;
    double after = 0.0;
    for (int i = 0; i < n; i++) {
      double v = value[i];
      double grown = v * gross[row + source[i]];
      value[i] = grown;
      before += v;
      after += grown;
    }
    final int[] dividends = this.dividendPositions;
    final double[] previous = this.previousSurprise;
    if (grow) {
      final double[] exponent = this.growth;
      final double[] yield = this.yield;
      final boolean thisYears = startTiming;
      final double[] reciprocal = this.reciprocal;
      for (int k = 0; k < dividends.length; k++) {
        int i = dividends[k];
        double x = thisYears ? logs[row + source[i]] - expectedLog[i] : previous[i];
        double y = yield[i];
        double y0 = startYieldOf[i];
        double shrink = (1.0 - y) * gross[row + source[i]]; // growth of the ex-income share
        // One division serves both the reversion term and the next yield below.
        double r = y0 > 0.0 ? 1.0 / ((y0 + y) * shrink) : 0.0;
        reciprocal[i] = r;
        // downside·min(x,0) + upside·max(x,0) written without a branch on the sign of x (a coin
        // flip), plus 2κ(y₀ − y)/(y₀ + y)
        exponent[i] = gamma[i] + symmetric[i] * x + asymmetric[i] * Math.abs(x)
            + twiceReversion[i] * (y0 - y) * shrink * r;
      }
      // e^g for all positions at once (a vectorised loop; non-dividend positions keep g = 0).
      final double[] factor = this.growthFactor;
      Exponentials.exp(exponent, factor, 0, n);
      for (int k = 0; k < dividends.length; k++) {
        int i = dividends[k];
        double y = yield[i];
        // y·e^g / ((1 − y)·G) = y·e^g·(y₀ + y)·r
        double next = y * factor[i] * (startYieldOf[i] + y) * reciprocal[i];
        yield[i] = next < IncomeModel.DividendGrowth.MAX_YIELD ? next : IncomeModel.DividendGrowth.MAX_YIELD;
      }
    }
    if (!startTiming) {
      for (int k = 0; k < dividends.length; k++) {
        int i = dividends[k];
        previous[i] = logs[row + source[i]] - expectedLog[i];
      }
    }
    return before > 0.0 ? after / before - 1.0 : 0.0;
  }

  /** Adds {@code amount} to the positions pro rata to the target mix. */
  private void invest(double amount) {
    if (amount <= 0.0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      value[i] += amount * householdTarget[i];
    }
  }

  /** Set by {@link #withdraw}: no account kept any value. */
  private boolean drained;

  /**
   * Withdraws {@code need} (after tax) from principal, account type by account type in the
   * withdrawal order, pro rata to value within a type, grossing up for tax. Returns what could
   * not be paid, and sets {@link #drained} when no account keeps a positive value.
   */
  private double withdraw(double need) {
    double left = need;
    boolean anyLeft = false;
    for (int[] group : withdrawalGroups) {
      if (left <= 0.0 && anyLeft) {
        break;
      }
      double pool = 0.0;
      for (int i : group) {
        pool += value[i] * (1.0 - saleTax[i]);
      }
      if (pool <= 0.0) {
        continue;
      }
      if (left <= 0.0) {
        anyLeft = true;
      } else if (pool > left) {
        double keep = 1.0 - left / pool;
        for (int i : group) {
          value[i] *= keep;
        }
        left = 0.0;
        anyLeft = true;
      } else {
        for (int i : group) {
          value[i] = 0.0;
        }
        left -= pool;
      }
    }
    drained = !anyLeft;
    return left;
  }

  /** Rebalances every account type to its targets; returns the portfolio's total value. */
  private double rebalanceAll() {
    final int n = this.n;
    final double[] value = this.value;
    double[] sums = accountSums;
    java.util.Arrays.fill(sums, 0.0);
    for (int i = 0; i < n; i++) {
      sums[accountOf[i]] += value[i];
    }
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      double v = sums[accountOf[i]] * accountTarget[i];
      value[i] = v;
      total += v;
    }
    return total;
  }

  private boolean rebalanceDrifted() {
    boolean any = false;
    for (int[] group : accountGroups) {
      double sum = 0.0;
      for (int i : group) {
        sum += value[i];
      }
      if (sum <= 0.0) {
        continue;
      }
      for (int i : group) {
        if (Math.abs(value[i] / sum - accountTarget[i]) > rebalanceBand) {
          rebalance(group);
          any = true;
          break;
        }
      }
    }
    return any;
  }

  private void rebalance(int[] group) {
    if (group.length < 2) {
      return;
    }
    double sum = 0.0;
    for (int i : group) {
      sum += value[i];
    }
    if (sum <= 0.0) {
      return;
    }
    for (int i : group) {
      value[i] = sum * accountTarget[i];
    }
  }
}