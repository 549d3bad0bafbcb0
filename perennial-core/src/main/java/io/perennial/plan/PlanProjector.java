package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.Rates;
import io.perennial.basics.linalg.Cholesky;
import io.perennial.basics.linalg.PsdRepair;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetCategory;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.domain.InvestorProfile;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.project.AssetClassAssumption;
import io.perennial.project.IncomeModel;
import io.perennial.project.IncomeResponse;
import io.perennial.project.IncomeStream;
import io.perennial.project.InflationAssumption;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.PathScenario;
import io.perennial.project.PercentileBands;
import io.perennial.project.ProgressListener;
import io.perennial.project.Position;
import io.perennial.project.Projection;
import io.perennial.project.ProjectionModel;
import io.perennial.project.ProjectionResult;
import io.perennial.project.Rebalancing;
import io.perennial.project.ReturnDistribution;
import io.perennial.project.RunOptions;
import io.perennial.project.ScenarioSet;
import io.perennial.project.SpendingRule;
import io.perennial.project.TaxRates;
import io.perennial.project.Timing;
import io.perennial.project.WithdrawalRates;
import io.perennial.tax.IncomeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The plan's projection: (resolved plan, holdings analysis, tax analysis) →
 * {@link PlanProjection}. Stateless. It builds one {@link ProjectionModel} of the current holdings and one {@link ParametricMonteCarlo} of their assets, runs it
 * ({@link Projection#run}) and finds the withdrawal rates ({@link WithdrawalRates}).
 *
 * <ul>
 *   <li><b>Positions</b>: one per holding (asset × account), at today's value, in its account's
 *       tax treatment; the starting values are the target mix. Each asset is its own return
 *       series.
 *   <li><b>Returns</b>: per asset the expected return, volatility, yield and income growth the
 *       holdings analysis uses (its {@code risk.byAsset} and {@code income.byAsset} rows: the
 *       asset's own figures, else its class's); correlations as in the risk section (class
 *       correlations, {@link HoldingsAnalyzer#WITHIN_CLASS_CORRELATION} within a class), applied
 *       to the log-return shocks.
 *   <li><b>Income</b>: stocks and REITs follow the dividend model fitted on US dividends
 *       ({@link IncomeResponse#US_EQUITY_DIVIDENDS}); rental real estate and royalties grow at
 *       their rate whatever the returns; bonds and cash pay yield × value.
 *   <li><b>Taxes</b>: flat rates from this year's exact taxes ({@link #taxRates}).
 *   <li><b>Spending</b>: the goal (after tax, today's money, indexed) from year
 *       {@code yearsUntilIncome}; other income after its own tax is an income stream; the
 *       contribution is saved each year before.
 * </ul>
 */
public final class PlanProjector {

  /** The label of the projection method. */
  public static final String METHOD = "parametric-monte-carlo";

  /** The withdrawal rates are searched on at most this many futures (the first ones). */
  public static final int WITHDRAWAL_RATE_PATHS = 1_000;

  /**
   * Above this many assets the simulation draws them through their classes' factors
   * ({@link #classFactors}): the same correlations, other draws, and far less work for a
   * planner's client with hundreds of holdings.
   */
  public static final int FACTOR_FORM_ABOVE = 40;

  /** Each future's withdrawal rates are found to within this (0.001 percentage points). */
  public static final double WITHDRAWAL_RATE_TOLERANCE = 1e-5;

  /** Income that grows at its assumed rate whatever the returns (rents, royalties). */
  static final IncomeResponse CONTRACTUAL = IncomeResponse.NONE;

  private PlanProjector() {}

  /**
   * Everything the projection is built from, before any future is simulated.
   *
   * @param model the projection model of the holdings
   * @param source the Monte Carlo of their assets
   * @param taxRates the flat tax rates and where they come from
   * @param assets each asset's assumptions
   * @param otherIncome the other income as a stream
   * @param withdrawalRate the rate of the percentage and guardrails rules, else null
   * @param problems what had to be assumed or adjusted
   */
  public record Setup(
      ProjectionModel model,
      ParametricMonteCarlo source,
      PlanProjection.TaxRatesUsed taxRates,
      List<PlanProjection.AssetAssumption> assets,
      PlanProjection.OtherIncome otherIncome,
      Double withdrawalRate,
      List<Problem> problems) {

    public Setup {
      assets = List.copyOf(assets);
      problems = List.copyOf(problems);
    }
  }

  /**
   * A projection and what it had to assume.
   *
   * @param projection the projection; null when there is nothing to project
   * @param problems notes for the report
   */
  public record Projected(PlanProjection projection, List<Problem> problems) {

    public Projected {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The projection of {@code input}'s holdings; none (with a note) when nothing of value is held.
   *
   * @throws IllegalArgumentException when the settings do not fit the plan (a percentage rule
   *     without a withdrawal rate for a saver, a spending goal larger than the portfolio)
   */
  public static Projected project(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax, RunOptions options) {
    Checks.notNull(options, "run options");
    if (analysis.holdings().totalValue().amount().signum() <= 0) {
      InvestorProfile profile = input.profile();
      boolean saver = profile.annualContribution().amount().signum() > 0 && profile.goal().yearsUntilStart() > 0;
      if (!saver) {
        return new Projected(null, List.of(Problem.of("projection", "nothing of value is held, so there is nothing to project",
            "add holdings to the accounts, or, for a saver, annualContribution and yearsUntilIncome to the profile")));
      }
      if (analysis.holdings().positions().isEmpty()) {
        return new Projected(null, List.of(Problem.of("projection", "nothing is held yet, so the projection does not know what "
                + "the contributions buy", "list the assets you will buy as holdings with quantity: 0 (the contributions are "
                + "split equally among them)")));
      }
    }
    Setup setup = setup(input, analysis, tax);
    ProjectionModel model = setup.model();
    ScenarioSet scenarios = setup.source().scenarios(model.seriesUsed(), model.years());
    ProjectionResult result = Projection.run(model, scenarios, options);
    // Withdrawal rates are fractions of today's value: none when nothing is held yet.
    WithdrawalRates rates = model.startingValue() > 0.0
        ? withdrawalRates(model, scenarios, input.projection().targetSuccess(), options) : null;
    return new Projected(report(input, setup, result, rates), setup.problems());
  }

  /** The model and the return source of {@code input}'s holdings. */
  public static Setup setup(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax) {
    Checks.notNull(input, "resolved plan");
    CapitalMarketAssumptions assumptions = input.assumptions();
    Checks.notNull(analysis, "holdings analysis");
    Checks.notNull(tax, "tax analysis");
    ProjectionSettings settings = input.projection();
    InvestorProfile profile = input.profile();
    List<Problem> problems = new ArrayList<>();
    double total = analysis.holdings().totalValue().toDouble();
    boolean saver = profile.annualContribution().amount().signum() > 0 && profile.goal().yearsUntilStart() > 0;
    Checks.check(total > 0.0 || saver, "nothing of value is held, so there is nothing to project");
    if (total <= 0.0) {
      problems.add(Problem.of("projection", "nothing is held yet, so each year's contribution is split equally among the "
              + analysis.holdings().positions().size() + " holdings listed, and no withdrawal rate of today's value is given",
          ""));
    }

    // The assets' figures, exactly as the holdings analysis used them.
    Map<AssetId, HoldingsAnalysis.AssetRisk> riskOf = new LinkedHashMap<>();
    analysis.risk().byAsset().forEach(r -> riskOf.put(r.asset(), r));
    Map<AssetId, HoldingsAnalysis.AssetIncome> incomeOf = new LinkedHashMap<>();
    analysis.income().byAsset().forEach(i -> incomeOf.put(i.asset(), i));
    List<AssetId> ids = new ArrayList<>();
    List<PlanProjection.AssetAssumption> assets = new ArrayList<>();
    Map<AssetId, IncomeModel> models = new LinkedHashMap<>();
    Map<AssetId, Double> yields = new LinkedHashMap<>();
    for (HoldingsAnalysis.AssetValue held : analysis.holdings().byAsset()) {
      AssetId id = held.asset();
      HoldingsAnalysis.AssetRisk risk = riskOf.get(id);
      HoldingsAnalysis.AssetIncome income = incomeOf.get(id);
      double yield = income.yield();
      if (yield > IncomeModel.DividendGrowth.MAX_YIELD) {
        problems.add(Problem.of("projection", id + " yields " + Rates.percent(yield, 2) + "; the projection caps a yield at "
            + Rates.percent(IncomeModel.DividendGrowth.MAX_YIELD, 0), ""));
        yield = IncomeModel.DividendGrowth.MAX_YIELD;
      }
      double growth = Math.max(-0.5, income.incomeGrowth());
      AssetClass assetClass = held.assetClass();
      IncomeModel model;
      String label;
      if (assetClass.category() == AssetCategory.STOCKS || assetClass == AssetClass.REITS) {
        model = new IncomeModel.DividendGrowth(growth, IncomeResponse.US_EQUITY_DIVIDENDS);
        label = "dividend";
      } else if (assetClass == AssetClass.RENTAL_REAL_ESTATE || assetClass == AssetClass.ROYALTIES) {
        model = new IncomeModel.DividendGrowth(growth, CONTRACTUAL);
        label = "contractual";
      } else {
        model = new IncomeModel.ConstantYield();
        label = "constant-yield";
      }
      ids.add(id);
      models.put(id, model);
      yields.put(id, yield);
      assets.add(new PlanProjection.AssetAssumption(id, assetClass, held.value().toDouble(), risk.expectedReturn(),
          risk.volatility(), yield, income.incomeGrowth(), label));
    }

    // Positions: one per holding, in the plan's order.
    Map<String, AccountType> accountTypes = new LinkedHashMap<>();
    input.accounts().forEach(a -> accountTypes.put(a.id(), a.type()));
    List<Position> positions = new ArrayList<>();
    for (HoldingsAnalysis.Position held : analysis.holdings().positions()) {
      AssetId id = held.asset();
      positions.add(new Position(id.value() + "@" + held.account(), id.value(), accountTypes.get(held.account()),
          held.value().toDouble(), yields.get(id), models.get(id), 0.0));
    }

    // The return source.
    AssetClass[] classes = new AssetClass[ids.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = assets.get(i).assetClass();
    }
    ParametricMonteCarlo.Builder source = ParametricMonteCarlo.builder();
    if (classes.length > FACTOR_FORM_ABOVE) {
      classFactors(source, classes, assumptions, problems);
    } else {
      source.correlation(simulable(HoldingsAnalyzer.assetCorrelations(classes, assumptions), problems));
    }
    source
        .inflation(new InflationAssumption(profile.inflation(), settings.inflationVolatility(),
            settings.inflationPersistence()))
        .distribution(settings.distribution())
        .degreesOfFreedom(settings.degreesOfFreedom())
        .paths(settings.paths())
        .seed(settings.seed());
    for (PlanProjection.AssetAssumption asset : assets) {
      source.assetClass(new AssetClassAssumption(asset.asset().value(), asset.expectedReturn(), asset.volatility()));
    }
    if (Math.abs(profile.inflation() - assumptions.inflation()) > 1e-9) {
      problems.add(Problem.of("projection", "the profile's inflation (" + Rates.percent(profile.inflation(), 2)
              + ") differs from the " + Rates.percent(assumptions.inflation(), 2) + " the assumptions' nominal returns"
              + " assume; the projection keeps the nominal returns, so real returns are about "
              + Rates.percent(Math.abs(profile.inflation() - assumptions.inflation()), 2)
              + (profile.inflation() > assumptions.inflation() ? " lower" : " higher") + " than the assumptions'",
          ""));
    }

    // Spending, other income, taxes.
    int untilIncome = profile.goal().yearsUntilStart();
    int years = untilIncome + profile.goal().horizonYears();
    double goal = profile.goal().annualSpending().toDouble();
    PlanProjection.TaxRatesUsed taxRates = taxRates(input, analysis, tax, problems);
    Double withdrawalRate = null;
    SpendingRule rule = switch (settings.spendingRule()) {
      case CONSTANT -> new SpendingRule.ConstantSpending(goal, true);
      case INCOME_ONLY -> new SpendingRule.IncomeOnly(goal, true);
      case PERCENTAGE -> new SpendingRule.FixedPercentage(withdrawalRate = ruleRate(settings, goal, total, untilIncome));
      case GUARDRAILS -> SpendingRule.Guardrails.standard(withdrawalRate = ruleRate(settings, goal, total, untilIncome));
    };
    double otherAmount = profile.otherIncome().toDouble();
    double otherTax = Math.min(otherAmount, Math.max(0.0, tax.coverage().otherIncomeTax().toDouble()));
    int otherStart = settings.otherIncomeStartsIn().orElse(untilIncome);
    PlanProjection.OtherIncome otherIncome = new PlanProjection.OtherIncome(otherAmount, otherTax, otherAmount - otherTax,
        otherStart + 1, settings.otherIncomeIndexation());
    ProjectionModel.Builder model = ProjectionModel.builder()
        .positions(positions)
        .spending(rule)
        .spendingStartYear(untilIncome)
        .annualContribution(profile.annualContribution().toDouble())
        .taxes(new TaxRates(taxRates.incomeRate(), taxRates.deferredWithdrawalRate(), taxRates.taxableSaleRate()))
        .withdrawalOrder(ProjectionModel.CONVENTIONAL_ORDER)
        .years(years)
        .timing(Timing.START)
        .rebalancing(new Rebalancing(settings.rebalanceEveryYears(), 0.0))
        .incomeGoal(goal);
    if (untilIncome > 0) {
      problems.add(Problem.of("projection", "the projection's tax rates are this year's, on today's income; once the "
              + "spending starts in " + untilIncome + " years the income will be different (larger, if the savings grow), "
              + "so the rates may be understated", ""));
    }
    if (otherAmount > 0.0) {
      model.stream(new IncomeStream("other income", otherAmount - otherTax, otherStart, Integer.MAX_VALUE,
          settings.otherIncomeIndexation(), 0.0));
      if (otherStart >= years) {
        problems.add(Problem.of("projection.otherIncomeStartsIn", "the other income starts in year " + (otherStart + 1)
            + ", after the " + years + " years projected, so it never counts", ""));
      }
    }
    return new Setup(model.build(), source.build(), taxRates, assets, otherIncome, withdrawalRate, problems);
  }

  /**
   * The flat rates the projection takes, each from this year's exact taxes (TaxAnalysis):
   *
   * <ul>
   *   <li>income in taxable accounts: {@code taxes.causedByTaxableAccounts} ÷ the taxable
   *       accounts' income (0 without such income): the average rate that income bears on top of
   *       the other income;
   *   <li>withdrawals from tax-deferred accounts: {@code taxes.causedByDeferredWithdrawal} ÷ the
   *       tax-deferred accounts' income (the average rate of withdrawing it on top); without such
   *       income, the marginal ordinary rate;
   *   <li>principal sold from taxable accounts: the marginal long-term-gain rate × the unrealised
   *       gain share of the taxable holdings whose cost is known (lots; cash has no gain), the
   *       others taken to have the same share;
   *   <li>other income: the tax on it alone ÷ the other income (applied by paying the other income
   *       after that tax).
   * </ul>
   */
  public static PlanProjection.TaxRatesUsed taxRates(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax,
      List<Problem> problems) {
    Map<String, Account> accounts = new LinkedHashMap<>();
    input.accounts().forEach(a -> accounts.put(a.id(), a));
    BigDecimal taxableIncome = BigDecimal.ZERO;
    BigDecimal deferredIncome = BigDecimal.ZERO;
    BigDecimal knownValue = BigDecimal.ZERO;
    BigDecimal knownGain = BigDecimal.ZERO;
    TreeSet<String> unknownBasis = new TreeSet<>();
    for (HoldingsAnalysis.Position position : analysis.holdings().positions()) {
      Account account = accounts.get(position.account());
      if (account.type() == AccountType.TAX_DEFERRED) {
        deferredIncome = deferredIncome.add(position.income().amount());
      } else if (account.type() == AccountType.TAXABLE) {
        taxableIncome = taxableIncome.add(position.income().amount());
        BigDecimal value = position.value().amount();
        Holding holding = account.holding(position.asset()).orElseThrow();
        if (input.asset(position.asset()).isCash()) {
          knownValue = knownValue.add(value);
        } else if (holding.costBasis().isPresent()) {
          knownValue = knownValue.add(value);
          knownGain = knownGain.add(value.subtract(holding.costBasis().get().amount()));
        } else if (value.signum() > 0) {
          unknownBasis.add(position.asset().value());
        }
      }
    }
    TaxAnalysis.Taxes taxes = tax.taxes();
    double incomeRate = rate(taxes.causedByTaxableAccounts().total(), taxableIncome, 0.0);
    double marginalOrdinary = tax.afterTaxIncome().deferredTaxRate();
    double deferredRate = rate(taxes.causedByDeferredWithdrawal().total(), deferredIncome, marginalOrdinary);
    double gainRate = taxes.marginalRates().get(IncomeKind.LONG_TERM_GAINS).totalAsDouble();
    double gainShare = knownValue.signum() > 0 ? Math.max(0.0, knownGain.doubleValue() / knownValue.doubleValue()) : 0.0;
    double saleRate = clamp(gainRate * gainShare);
    double otherAmount = input.profile().otherIncome().toDouble();
    double otherRate = otherAmount > 0.0 ? clamp(tax.coverage().otherIncomeTax().toDouble() / otherAmount) : 0.0;
    int year = taxes.rulesYear();
    List<String> basis = new ArrayList<>();
    basis.add("taxable-account income " + Rates.percent(incomeRate, 2) + ": the tax the taxable accounts' income causes ("
        + dollars(taxes.causedByTaxableAccounts().total()) + ") / that income (" + dollars(taxableIncome) + "), " + year + " rules");
    basis.add("tax-deferred withdrawals " + Rates.percent(deferredRate, 2) + (deferredIncome.signum() > 0
        ? ": the tax caused by withdrawing the tax-deferred accounts' income (" + dollars(taxes.causedByDeferredWithdrawal().total())
            + ") / that income (" + dollars(deferredIncome) + ")"
        : ": the marginal rate of ordinary income (the tax-deferred accounts pay no income)"));
    basis.add("sales from taxable accounts " + Rates.percent(saleRate, 2) + ": the marginal long-term-gain rate ("
        + Rates.percent(gainRate, 2) + ") x the unrealised gain share of the taxable holdings (" + Rates.percent(gainShare, 2)
        + (knownValue.signum() > 0 ? ", from the lots' cost" : ", no cost known") + ")");
    if (otherAmount > 0.0) {
      basis.add("other income " + Rates.percent(otherRate, 2) + ": the tax on the taxable other income alone ("
          + dollars(tax.coverage().otherIncomeTax()) + ") / the other income (" + dollars(input.profile().otherIncome()) + ")");
    }
    if (!unknownBasis.isEmpty()) {
      problems.add(Problem.of("projection", "no cost basis is known for " + String.join(", ", unknownBasis)
              + " (no lots), so their unrealised gain is taken to be the same share as that of the taxable holdings whose "
              + "cost is known (" + Rates.percent(gainShare, 2) + ")",
          "give lots: with their cost for a closer tax on sales"));
    }
    return new PlanProjection.TaxRatesUsed(incomeRate, deferredRate, saleRate, otherRate, gainShare, basis);
  }

  private static double rate(Money tax, BigDecimal income, double fallback) {
    return income.signum() > 0 ? clamp(tax.amount().doubleValue() / income.doubleValue()) : clamp(fallback);
  }

  /** A tax rate in the range the projection accepts, [0, 0.95]. */
  private static double clamp(double rate) {
    return Math.max(0.0, Math.min(0.95, rate));
  }

  private static double ruleRate(ProjectionSettings settings, double goal, double total, int untilIncome) {
    if (settings.withdrawalRate().isPresent()) {
      return settings.withdrawalRate().getAsDouble();
    }
    Checks.check(untilIncome == 0, "the " + settings.spendingRule().id() + " spending rule needs a withdrawal rate when "
        + "the spending starts later (in " + untilIncome + " years): give projection.withdrawalRate, e.g. 0.04");
    double rate = goal / total;
    Checks.check(rate > 0.0 && rate < 1.0, "the spending goal is " + Rates.percent(rate, 1) + " of the portfolio's value, "
        + "so the " + settings.spendingRule().id() + " rule has no sensible starting rate: give projection.withdrawalRate, e.g. 0.04");
    return rate;
  }

  /**
   * The asset correlations ready for a Cholesky factor: as they are when positive definite;
   * otherwise repaired to the nearest positive semi-definite correlation matrix and, if still
   * singular, shrunk by one part in a million toward the identity (with a note).
   */
  /**
   * Draws many assets through their classes' factors (the same correlations as
   * {@link HoldingsAnalyzer#assetCorrelations}: {@link HoldingsAnalyzer#WITHIN_CLASS_CORRELATION}
   * within a class, the class correlation across), at O(classes²) a year instead of O(assets²).
   * The class matrix with that within-class diagonal is repaired when it is not positive
   * semidefinite (which is what makes the dense matrix of many assets of one class indefinite);
   * the repair keeps the class structure, whatever the number of assets per class.
   */
  static void classFactors(ParametricMonteCarlo.Builder source, AssetClass[] classes, CapitalMarketAssumptions assumptions,
      List<Problem> problems) {
    List<AssetClass> distinct = new ArrayList<>();
    int[] groupOf = new int[classes.length];
    int[] members = new int[classes.length];
    for (int i = 0; i < classes.length; i++) {
      int g = distinct.indexOf(classes[i]);
      if (g < 0) {
        g = distinct.size();
        distinct.add(classes[i]);
      }
      groupOf[i] = g;
      members[g]++;
    }
    int g = distinct.size();
    double[][] b = new double[g][g];
    for (int p = 0; p < g; p++) {
      for (int q = 0; q < g; q++) {
        // A class of one asset has no within-class pair: its diagonal is free, and 1 leaves the most room.
        b[p][q] = p != q ? assumptions.correlation(distinct.get(p), distinct.get(q))
            : members[p] > 1 ? HoldingsAnalyzer.WITHIN_CLASS_CORRELATION : 1.0;
      }
    }
    PsdRepair repair = PsdRepair.spectral(b);
    if (repair.repaired()) {
      double[][] fixed = repair.matrix();
      double[] scale = new double[g];
      for (int p = 0; p < g; p++) {
        scale[p] = fixed[p][p] > 1.0 ? 1.0 / Math.sqrt(fixed[p][p]) : 1.0;
      }
      for (int p = 0; p < g; p++) {
        for (int q = 0; q < g; q++) {
          b[p][q] = Math.max(-1.0, Math.min(1.0, fixed[p][q] * scale[p] * scale[q]));
        }
      }
      for (int p = 0; p < g; p++) {
        for (int q = 0; q < p; q++) {
          b[p][q] = b[q][p];
        }
      }
      problems.add(Problem.of("projection", "the correlations of the asset classes (with "
          + HoldingsAnalyzer.WITHIN_CLASS_CORRELATION + " between two assets of one class) were not positive semidefinite"
          + " and were repaired for the simulation (" + repair.describe() + ")", ""));
    }
    source.factors(groupOf, b);
  }

  static double[][] simulable(double[][] correlation, List<Problem> problems) {
    if (Cholesky.succeeds(correlation, 0.0)) {
      return correlation;
    }
    int n = correlation.length;
    PsdRepair repair = PsdRepair.spectral(correlation);
    double[][] fixed = repair.matrix();
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      scale[i] = fixed[i][i] > 0.0 ? 1.0 / Math.sqrt(fixed[i][i]) : 0.0;
    }
    double shrink = 1e-6;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double value = i == j ? 1.0 : fixed[i][j] * scale[i] * scale[j] * (1.0 - shrink);
        fixed[i][j] = Math.max(-1.0, Math.min(1.0, value));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        fixed[i][j] = fixed[j][i];
      }
    }
    problems.add(Problem.of("projection", "the correlations of the assets held were not positive definite and were "
        + "repaired for the simulation (" + repair.describe() + ")", ""));
    return fixed;
  }

  /** The withdrawal rates of the portfolio alone (streams left out) on the first futures. */
  private static WithdrawalRates withdrawalRates(ProjectionModel model, ScenarioSet scenarios, double targetSuccess,
      RunOptions options) {
    ProjectionModel alone = new ProjectionModel(model.positions(), model.spending(), model.spendingStartYear(),
        model.annualContribution(), List.of(), model.taxes(), model.withdrawalOrder(), model.years(), model.timing(),
        model.rebalancing(), model.incomeGoal());
    return WithdrawalRates.of(alone, firstPaths(scenarios, Math.min(WITHDRAWAL_RATE_PATHS, scenarios.paths())),
        targetSuccess, options.withProgress(ProgressListener.NONE), WITHDRAWAL_RATE_TOLERANCE);
  }

  /** The first {@code count} paths of {@code scenarios}, the same numbers. */
  static ScenarioSet firstPaths(ScenarioSet scenarios, int count) {
    return new ScenarioSet() {
      @Override
      public List<String> series() {
        return scenarios.series();
      }

      @Override
      public int years() {
        return scenarios.years();
      }

      @Override
      public int paths() {
        return count;
      }

      @Override
      public void fill(int path, PathScenario into) {
        scenarios.fill(path, into);
      }

      @Override
      public int label(int path) {
        return scenarios.label(path);
      }

      @Override
      public double expectedLogReturn(int s) {
        return scenarios.expectedLogReturn(s);
      }

      @Override
      public double meanShortfall(int s) {
        return scenarios.meanShortfall(s);
      }

      @Override
      public double meanExcess(int s) {
        return scenarios.meanExcess(s);
      }

      @Override
      public PathScenario newBuffer() {
        return scenarios.newBuffer();
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The report section

  private static PlanProjection report(ResolvedPlan input, Setup setup, ProjectionResult result, WithdrawalRates rates) {
    ProjectionSettings settings = input.projection();
    InvestorProfile profile = input.profile();
    ProjectionModel model = setup.model();
    int years = model.years();
    int untilIncome = model.spendingStartYear();
    int firstYear = input.valuationDate().getYear();
    double total = model.startingValue();
    double goal = profile.goal().annualSpending().toDouble();
    int paths = result.paths();
    double p = result.successRate();
    double standardError = Math.sqrt(p * (1.0 - p) / paths);

    double[][] income = levels(result.realIncome());
    double[][] value = levels(result.realValue());
    double[] coverage = result.incomeCoverage();
    int[] failures = result.failYearCounts();
    List<PlanProjection.Year> byYear = new ArrayList<>();
    for (int t = 0; t < years; t++) {
      byYear.add(new PlanProjection.Year(t + 1, firstYear + t, t < untilIncome ? "saving" : "spending", coverage[t],
          failures[t], bands(income, t), bands(value, t)));
    }
    ProjectionResult.IncomeDrop drop = result.incomeDrop();
    PlanProjection.GoalReached goalReached = null;
    if (untilIncome > 0 && result.goal() != null) {
      ProjectionResult.GoalReached g = result.goal();
      Integer median = oneBased(g.yearP50());
      goalReached = new PlanProjection.GoalReached(cents(g.goal()), g.reachedShare(), oneBased(g.yearP25()), median,
          oneBased(g.yearP75()), median == null ? null : firstYear + median - 1);
    }
    PlanProjection.WithdrawalRatesFound found = rates == null ? null : new PlanProjection.WithdrawalRatesFound(
        rates.targetSuccess(), rates.pathSafe().length, rates.safe(), rates.perpetual(), cents(rates.safe() * total),
        cents(rates.perpetual() * total));
    ReturnDistribution distribution = settings.distribution();
    return new PlanProjection(
        METHOD,
        paths,
        settings.seed(),
        distribution == ReturnDistribution.LOGNORMAL ? "lognormal" : "student-t",
        distribution == ReturnDistribution.STUDENT_T ? settings.degreesOfFreedom() : null,
        settings.spendingRule().id(),
        setup.withdrawalRate(),
        years,
        untilIncome,
        profile.goal().horizonYears(),
        firstYear,
        cents(total),
        cents(goal),
        cents(model.annualContribution()),
        settings.rebalanceEveryYears(),
        new PlanProjection.OtherIncome(cents(setup.otherIncome().amount()), cents(setup.otherIncome().tax()),
            cents(setup.otherIncome().afterTax()), setup.otherIncome().startsInYear(), setup.otherIncome().indexation()),
        new PlanProjection.Inflation(profile.inflation(), settings.inflationVolatility(),
            settings.inflationVolatility() > 0.0 ? settings.inflationPersistence() : 0.0),
        setup.taxRates(),
        setup.assets(),
        verdict(settings, profile, p, standardError, paths, setup.withdrawalRate()),
        p,
        standardError,
        result.failures(),
        new PlanProjection.IncomeDrop(drop.median(), drop.p95(), drop.worst()),
        goalReached,
        found,
        milestones(years, untilIncome),
        byYear,
        assumptions(input, setup, rates));
  }

  /** The answer in one line: "91.7 % of 10,000 simulated futures meet the spending goal every year for 30 years". */
  static String verdict(ProjectionSettings settings, InvestorProfile profile, double successRate, double standardError,
      int paths, Double withdrawalRate) {
    int horizon = profile.goal().horizonYears();
    int untilIncome = profile.goal().yearsUntilStart();
    boolean none = successRate >= 1.0;
    String share = (none ? "All " : Rates.percent(successRate, 1) + " of ") + String.format(Locale.US, "%,d", paths)
        + " simulated futures ";
    String what = switch (settings.spendingRule()) {
      case CONSTANT -> "meet the spending goal every year for " + horizon + " years";
      case INCOME_ONLY -> "pay the spending goal from income alone, never selling, every year for " + horizon + " years";
      case PERCENTAGE -> "pay " + Rates.percent(withdrawalRate, 2) + " of the portfolio every year for " + horizon + " years";
      case GUARDRAILS -> "pay the guardrails spending (from " + Rates.percent(withdrawalRate, 2) + ") every year for "
          + horizon + " years";
    };
    String start = untilIncome > 0 ? " from year " + (untilIncome + 1) + ", after " + untilIncome + " years of saving" : "";
    // With no failure the standard error is 0; the rule of three bounds the failure rate instead.
    String precision = none
        ? "none failed: the failure rate is below " + smallPercent(3.0 / paths) + " with 95 % confidence"
        : "Monte Carlo standard error ±" + points(standardError) + " points";
    return share + what + start + " (" + precision + ").";
  }

  /** A small share in percent, to its first significant digit and at least two decimals: 0.03 %, 0.002 %. */
  static String smallPercent(double share) {
    int decimals = Math.max(2, (int) Math.floor(-Math.log10(share * 100.0)) + 1);
    return Rates.percent(share, decimals);
  }

  /** A standard error in percentage points: one decimal, two below 0.1 points. */
  static String points(double standardError) {
    double points = standardError * 100.0;
    return String.format(Locale.ROOT, points < 0.095 ? "%.2f" : "%.1f", points);
  }

  /**
   * The years the text shows (1-based): 1, then every 5 years to 30 (every 10 beyond 30 years),
   * the first year of spending and the last year.
   */
  static List<Integer> milestones(int years, int untilIncome) {
    TreeSet<Integer> shown = new TreeSet<>();
    shown.add(1);
    int step = years <= 30 ? 5 : 10;
    for (int y = step; y <= years; y += step) {
      shown.add(y);
    }
    if (untilIncome > 0) {
      shown.add(untilIncome + 1);
    }
    shown.add(years);
    return List.copyOf(shown);
  }

  private static List<String> assumptions(ResolvedPlan input, Setup setup, WithdrawalRates rates) {
    InvestorProfile profile = input.profile();
    ProjectionSettings settings = input.projection();
    ProjectionModel model = setup.model();
    List<String> lines = new ArrayList<>();
    lines.add("Returns: each asset's yearly total return is drawn "
        + (settings.distribution() == ReturnDistribution.LOGNORMAL ? "from a lognormal distribution"
            : "from a Student-t distribution (" + trim(settings.degreesOfFreedom()) + " degrees of freedom, crashes shared by all assets)")
        + " with the expected return and volatility of the risk section; assets are correlated as there (class "
        + "correlations, " + trim(HoldingsAnalyzer.WITHIN_CLASS_CORRELATION) + " within a class), applied to log returns; "
        + "years are independent.");
    lines.add("Income: stocks and REITs pay dividends that grow at the asset's income growth and are cut after bad years "
        + "(fitted on Shiller's US dividends 1871-2022); bonds and cash pay yield x value; rental real estate and royalties "
        + "grow at their rate whatever the returns.");
    lines.add("Inflation: " + Rates.percent(profile.inflation(), 2) + " a year"
        + (settings.inflationVolatility() > 0.0 ? " on average (standard deviation " + Rates.percent(settings.inflationVolatility(), 2)
            + ", persistence " + trim(settings.inflationPersistence()) + ", independent of returns)" : ", every year")
        + "; real figures are in today's money.");
    String spending = switch (settings.spendingRule()) {
      case CONSTANT -> "the goal, " + dollars(profile.goal().annualSpending()) + " after tax in today's money, grown with inflation";
      case INCOME_ONLY -> "the goal, " + dollars(profile.goal().annualSpending()) + " after tax in today's money, grown with "
          + "inflation, from income only (principal is never sold; a year whose income falls short fails)";
      case PERCENTAGE -> Rates.percent(setup.withdrawalRate(), 2) + " of the portfolio's value each year (other income included)";
      case GUARDRAILS -> "Guyton-Klinger guardrails from " + Rates.percent(setup.withdrawalRate(), 2) + " of the portfolio's "
          + "value (other income included): +/-10 % when the rate leaves 80-120 % of the initial one";
    };
    lines.add("Spending: " + spending + ", each year from year " + (model.spendingStartYear() + 1) + ": first from other income,"
        + " then from the holdings' income, then from principal (taxable accounts, then tax-deferred, then tax-free). "
        + "Income not spent is reinvested where it was paid"
        + (model.annualContribution() > 0.0 ? "; " + dollars(profile.annualContribution()) + " a year (today's money) is saved "
            + "before the spending starts, into today's mix" : "") + ".");
    PlanProjection.OtherIncome other = setup.otherIncome();
    if (other.amount() > 0.0) {
      lines.add("Other income: " + dollars(profile.otherIncome()) + " a year less its own tax ("
          + Rates.percent(setup.taxRates().otherIncomeRate(), 2) + "), from year " + other.startsInYear() + ", "
          + (other.indexation() == 1.0 ? "fully indexed to inflation" : other.indexation() == 0.0 ? "fixed in dollars"
              : "following " + Rates.percent(other.indexation(), 0) + " of inflation") + ".");
    }
    lines.add("Taxes: flat rates from this year's exact taxes, the same in every year (brackets are taken to grow with inflation; larger withdrawals do not reach higher "
        + "brackets): " + String.join("; ", setup.taxRates().basis()) + ".");
    lines.add("Rebalancing: " + (settings.rebalanceEveryYears() == 0 ? "never"
        : settings.rebalanceEveryYears() == 1 ? "every year" : "every " + settings.rebalanceEveryYears() + " years")
        + ", within each kind of account, back to today's mix.");
    lines.add("Success: the spending is met in every year. A future that fails goes on with what is left.");
    if (rates == null) {
      lines.add("Withdrawal rates: none, as they are fractions of today's value and nothing is held today.");
    } else {
      lines.add("Withdrawal rates: the portfolio alone (other income left out), constant real spending from year "
          + (model.spendingStartYear() + 1) + " as a fraction of today's value, met in " + Rates.percent(rates.targetSuccess(), 0)
          + " of the first " + String.format(Locale.US, "%,d", rates.pathSafe().length) + " futures (perpetual: also keeping "
          + "today's real value at the end).");
    }
    return lines;
  }

  /** The bands' five levels, each an array by year. */
  private static double[][] levels(PercentileBands bands) {
    return new double[][] {bands.p5(), bands.p25(), bands.p50(), bands.p75(), bands.p95()};
  }

  private static PlanProjection.Bands bands(double[][] levels, int t) {
    return new PlanProjection.Bands(cents(levels[0][t]), cents(levels[1][t]), cents(levels[2][t]), cents(levels[3][t]),
        cents(levels[4][t]));
  }

  private static Integer oneBased(int year) {
    return year < 0 ? null : year + 1;
  }

  static double cents(double amount) {
    return Math.round(amount * 100.0) / 100.0;
  }

  private static String dollars(Money money) {
    return String.format(Locale.US, "$%,.2f", money.amount());
  }

  private static String dollars(BigDecimal amount) {
    return String.format(Locale.US, "$%,.2f", amount);
  }

  private static String trim(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
