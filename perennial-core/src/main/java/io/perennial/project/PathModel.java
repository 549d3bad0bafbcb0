package io.perennial.project;

import io.perennial.basics.InvalidInputException;
import io.perennial.domain.AccountType;
import java.util.List;

/**
 * A {@link ProjectionModel} compiled against a {@link ScenarioSet} for {@link PathSimulator}: per
 * position its series, start value and yield, dividend-growth response and the constant γ that
 * makes its expected log growth ln(1 + growth), the tax on receipts, withdrawals and sales, the
 * reinvested share, the account groups in withdrawal order and the rebalancing targets; the
 * spending rule as numbers; the income streams. Read-only after construction; validates the
 * model against the scenarios.
 */
class PathModel {

  static final int CONSTANT = 0;
  static final int INCOME_ONLY = 1;
  static final int PERCENTAGE = 2;
  static final int GUARDRAILS = 3;

  // ---- the compiled model (read-only) ----
  final int n;
  final int years;
  final int seriesCount;
  final boolean startTiming;
  final int[] source;
  final double[] startValue;
  final double[] startYield;
  final boolean[] dividend;
  final double[] gamma;
  final double[] downside;
  final double[] upside;
  final double[] reversion;
  final double[] symmetric; // (downside + upside) / 2
  final double[] asymmetric; // (upside − downside) / 2
  final double[] twiceReversion;
  final double[] startYieldOf; // y₀ of dividend positions (0 for others)
  final double[] expectedLog;
  final int[] linkedPositions; // indices of inflation-linked positions
  final double[] realYield; // real yield of inflation-linked positions (0 for others)
  final int[] ratePositions; // indices of rate-linked positions
  final double[] rollShare; // share repriced each year (rate-linked positions)
  final double[] receiptTax; // tax on income when paid (taxable accounts)
  final double[] spendTax; // tax on income or principal taken out (tax-deferred accounts)
  final double[] netShare; // 1 − receiptTax
  final double[] keepShare; // 1 − spendTax
  final double[] saleTax; // tax on principal sold
  final double[] reinvest;
  final int[][] withdrawalGroups; // position indices per account type, in withdrawal order
  final int[][] accountGroups; // position indices per account type (for rebalancing)
  final double[] accountTarget; // share of the position within its account type
  final int[] accountOf; // account type ordinal of each position
  final double[] householdTarget; // share of the position in the whole portfolio
  final int rule;
  final double ruleAmount;
  final boolean ruleIndexed;
  final double ruleRate;
  final double guard;
  final double adjustment;
  final int preservationEndYears;
  final int spendingStart;
  final double contribution;
  final double[] streamAmount;
  final int[] streamStart;
  final int[] streamEnd;
  final double[] streamIndexation;
  final double[] streamAfterTax;
  final int rebalanceEvery;
  final double rebalanceBand;
  final double incomeGoal;

  PathModel(ProjectionModel model, ScenarioSet scenarios) {
    List<Position> positions = model.positions();
    this.n = positions.size();
    this.years = model.years();
    if (scenarios.years() < years) {
      throw new InvalidInputException("the scenarios cover " + scenarios.years() + " years, fewer than the "
          + years + "-year horizon");
    }
    this.seriesCount = scenarios.series().size();
    this.startTiming = model.timing() == Timing.START;
    this.source = new int[n];
    this.startValue = new double[n];
    this.startYield = new double[n];
    this.dividend = new boolean[n];
    this.gamma = new double[n];
    this.downside = new double[n];
    this.upside = new double[n];
    this.reversion = new double[n];
    this.symmetric = new double[n];
    this.asymmetric = new double[n];
    this.twiceReversion = new double[n];
    this.startYieldOf = new double[n];
    this.expectedLog = new double[n];
    this.realYield = new double[n];
    this.rollShare = new double[n];
    this.receiptTax = new double[n];
    this.spendTax = new double[n];
    this.netShare = new double[n];
    this.keepShare = new double[n];
    this.saleTax = new double[n];
    this.reinvest = new double[n];
    this.householdTarget = new double[n];
    this.accountTarget = new double[n];
    this.accountOf = new int[n];
    TaxRates taxes = model.taxes();
    double total = model.startingValue();
    for (int i = 0; i < n; i++) {
      Position p = positions.get(i);
      int s = scenarios.series().indexOf(p.series());
      if (s < 0) {
        throw new InvalidInputException("position " + p.name() + " uses series '" + p.series()
            + "', which the scenarios do not have; they have: " + String.join(", ", scenarios.series()));
      }
      source[i] = s;
      startValue[i] = p.value();
      startYield[i] = p.incomeYield();
      expectedLog[i] = scenarios.expectedLogReturn(s);
      if (p.income() instanceof IncomeModel.DividendGrowth growth) {
        dividend[i] = true;
        downside[i] = growth.response().downside();
        upside[i] = growth.response().upside();
        reversion[i] = growth.response().yieldReversion();
        symmetric[i] = 0.5 * (downside[i] + upside[i]);
        asymmetric[i] = 0.5 * (upside[i] - downside[i]);
        twiceReversion[i] = 2.0 * reversion[i];
        startYieldOf[i] = p.incomeYield();
        // γ makes the expected log growth equal ln(1 + growth) under the source's distribution.
        gamma[i] = Math.log1p(growth.growth())
            - downside[i] * scenarios.meanShortfall(s) - upside[i] * scenarios.meanExcess(s);
      }
      if (p.income() instanceof IncomeModel.InflationLinked linked) {
        realYield[i] = linked.realYield();
      }
      if (p.income() instanceof IncomeModel.RateLinked rate) {
        rollShare[i] = rate.rollShare();
      }
      switch (p.account()) {
        case TAXABLE -> {
          receiptTax[i] = taxes.incomeRate();
          saleTax[i] = taxes.taxableSaleRate();
        }
        case TAX_DEFERRED -> {
          spendTax[i] = taxes.deferredWithdrawalRate();
          saleTax[i] = taxes.deferredWithdrawalRate();
        }
        case TAX_FREE -> { }
      }
      reinvest[i] = p.reinvestFraction();
      accountOf[i] = p.account().ordinal();
      netShare[i] = 1.0 - receiptTax[i];
      keepShare[i] = 1.0 - spendTax[i];
      householdTarget[i] = total > 0.0 ? p.value() / total : 1.0 / n; // nothing held yet: contributions split equally
    }
    this.linkedPositions = java.util.stream.IntStream.range(0, n)
        .filter(i -> positions.get(i).income() instanceof IncomeModel.InflationLinked).toArray();
    this.ratePositions = java.util.stream.IntStream.range(0, n)
        .filter(i -> positions.get(i).income() instanceof IncomeModel.RateLinked).toArray();
    AccountType[] types = AccountType.values();
    this.accountGroups = new int[types.length][];
    for (AccountType type : types) {
      accountGroups[type.ordinal()] = indicesOf(positions, type);
      double sum = 0.0;
      for (int i : accountGroups[type.ordinal()]) {
        sum += positions.get(i).value();
      }
      for (int i : accountGroups[type.ordinal()]) {
        accountTarget[i] = sum > 0.0 ? positions.get(i).value() / sum : 1.0 / accountGroups[type.ordinal()].length;
      }
    }
    this.withdrawalGroups = new int[types.length][];
    for (int k = 0; k < types.length; k++) {
      withdrawalGroups[k] = accountGroups[model.withdrawalOrder().get(k).ordinal()];
    }
    SpendingRule spending = model.spending();
    double amount = 0.0;
    boolean indexed = false;
    double rate = 0.0;
    double guardWidth = 0.0;
    double adjust = 0.0;
    int noCutYears = 0;
    int kind;
    if (spending instanceof SpendingRule.ConstantSpending c) {
      kind = CONSTANT;
      amount = c.amount();
      indexed = c.inflationAdjusted();
    } else if (spending instanceof SpendingRule.IncomeOnly i) {
      kind = INCOME_ONLY;
      amount = i.goal();
      indexed = i.inflationAdjusted();
    } else if (spending instanceof SpendingRule.FixedPercentage f) {
      kind = PERCENTAGE;
      rate = f.rate();
    } else {
      SpendingRule.Guardrails g = (SpendingRule.Guardrails) spending;
      kind = GUARDRAILS;
      rate = g.initialRate();
      guardWidth = g.guard();
      adjust = g.adjustment();
      noCutYears = g.preservationEndYears();
    }
    this.rule = kind;
    this.ruleAmount = amount;
    this.ruleIndexed = indexed;
    this.ruleRate = rate;
    this.guard = guardWidth;
    this.adjustment = adjust;
    this.preservationEndYears = noCutYears;
    this.spendingStart = model.spendingStartYear();
    this.contribution = model.annualContribution();
    List<IncomeStream> streams = model.streams();
    int m = streams.size();
    this.streamAmount = new double[m];
    this.streamStart = new int[m];
    this.streamEnd = new int[m];
    this.streamIndexation = new double[m];
    this.streamAfterTax = new double[m];
    for (int j = 0; j < m; j++) {
      IncomeStream stream = streams.get(j);
      streamAmount[j] = stream.annualAmount();
      streamStart[j] = stream.startYear();
      streamEnd[j] = stream.endYear();
      streamIndexation[j] = stream.indexation();
      streamAfterTax[j] = 1.0 - stream.taxableFraction() * taxes.incomeRate();
    }
    this.rebalanceEvery = model.rebalancing().everyYears();
    this.rebalanceBand = model.rebalancing().band();
    this.incomeGoal = model.incomeGoal();
  }

  private static int[] indicesOf(List<Position> positions, AccountType type) {
    return java.util.stream.IntStream.range(0, positions.size())
        .filter(i -> positions.get(i).account() == type)
        .toArray();
  }
}
