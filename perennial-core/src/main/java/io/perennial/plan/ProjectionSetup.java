package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.Rates;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetCategory;
import io.perennial.domain.AssetClass;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.SocialSecurityBenefit;
import io.perennial.domain.Wages;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.InflationRisk;
import io.perennial.market.RateRisk;
import io.perennial.project.AssetClassAssumption;
import io.perennial.project.IncomeModel;
import io.perennial.project.IncomeResponse;
import io.perennial.project.IncomeStream;
import io.perennial.project.InflationAssumption;
import io.perennial.project.ParametricMonteCarlo;
import io.perennial.project.Position;
import io.perennial.project.ProjectionModel;
import io.perennial.project.RateAssumption;
import io.perennial.project.Rebalancing;
import io.perennial.project.SpendingRule;
import io.perennial.project.TaxRates;
import io.perennial.project.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the plan's projection is built from, before any future is simulated: the
 * {@link ProjectionModel} of the current holdings and the {@link ParametricMonteCarlo} of their
 * assets, made from the resolved plan, the holdings analysis and the tax analysis
 * ({@link #of}; see {@link PlanProjector} for what each part takes).
 *
 * @param model the projection model of the holdings
 * @param source the Monte Carlo of their assets
 * @param taxRates the flat tax rates and where they come from
 * @param assets each asset's assumptions
 * @param otherIncome the other income as a stream, and each Social Security benefit as one
 * @param withdrawalRate the rate of the percentage and guardrails rules, else null
 * @param problems what had to be assumed or adjusted
 */
public record ProjectionSetup(
    ProjectionModel model,
    ParametricMonteCarlo source,
    PlanProjection.TaxRatesUsed taxRates,
    List<PlanProjection.AssetAssumption> assets,
    PlanProjection.OtherIncome otherIncome,
    Double withdrawalRate,
    List<Problem> problems) {

  /** Income that grows at its assumed rate whatever the returns (rents, royalties). */
  static final IncomeResponse CONTRACTUAL = IncomeResponse.NONE;

  public ProjectionSetup {
    assets = List.copyOf(assets);
    problems = List.copyOf(problems);
  }

  /** The model and the return source of {@code input}'s holdings. */
  public static ProjectionSetup of(ResolvedPlan input, HoldingsAnalysis analysis, TaxAnalysis tax) {
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
      } else if (assetClass == AssetClass.TIPS) {
        // The yield is the real coupon plus the assumptions' inflation: the fund distributes the accrual.
        model = new IncomeModel.InflationLinked(Math.max(-0.1, yield - assumptions.inflation()));
        label = "inflation-linked";
      } else if (settings.ratesMove() && RateRisk.duration(assetClass) > 0.0) {
        // cash and nominal bonds: a share 1 / duration reprices each year to the path's rates
        model = new IncomeModel.RateLinked(1.0 / RateRisk.duration(assetClass));
        label = "rate-linked";
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
    if (classes.length > PlanProjector.FACTOR_FORM_ABOVE) {
      SimulationCorrelations.classFactors(source, classes, assumptions, problems);
      if (settings.inflationVolatility() > 0.0) {
        problems.add(Problem.of("projection", "with more than " + PlanProjector.FACTOR_FORM_ABOVE + " assets the "
            + "simulation draws them through their classes, and inflation independently of their returns", ""));
      }
    } else {
      double[][] correlation = SimulationCorrelations.simulable(HoldingsAnalyzer.assetCorrelations(classes, assumptions),
          problems);
      source.correlation(correlation);
      if (settings.inflationVolatility() > 0.0) {
        source.inflationCorrelation(SimulationCorrelations.inflation(classes, correlation, problems));
      }
    }
    if (settings.ratesMove()) {
      source.billRate(new RateAssumption(assumptions.of(AssetClass.CASH).yield(), RateRisk.longRun(assumptions),
          RateRisk.VOLATILITY, RateRisk.PERSISTENCE));
    }
    source
        .inflation(new InflationAssumption(profile.inflation(), settings.inflationVolatility(),
            settings.inflationPersistence()))
        .distribution(settings.distribution())
        .degreesOfFreedom(settings.degreesOfFreedom())
        .paths(settings.paths())
        .seed(settings.seed());
    for (PlanProjection.AssetAssumption asset : assets) {
      String name = asset.asset().value();
      if (InflationRisk.inflationLinked(asset.assetClass())) {
        // The real return behind the nominal one (which assumes the set's inflation); each simulated
        // year then earns it plus that year's inflation.
        double real = (1.0 + asset.expectedReturn()) / (1.0 + assumptions.inflation()) - 1.0;
        source.assetClass(new AssetClassAssumption(name, real, asset.volatility())).inflationLinked(name);
      } else {
        source.assetClass(new AssetClassAssumption(name, asset.expectedReturn(), asset.volatility()));
      }
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
    // Wages that stop before the spending starts do not set the rates of the spending years.
    Wages wages = profile.wages();
    int valuationYear = input.valuationDate().getYear();
    int wagesEnd = Math.min(years, wages.lastYear() - valuationYear + 1); // first projection year (0-based) without wages
    boolean wagesStopFirst = !wages.annualAmount().isZero() && wagesEnd <= untilIncome;
    PlanProjection.TaxRatesUsed taxRates = wagesStopFirst
        ? TaxRateBasis.taxRates(input, analysis, TaxAnalyzer.analyze(input.withProfile(profile.withWages(Wages.NONE)), analysis),
            problems)
        : TaxRateBasis.taxRates(input, analysis, tax, problems);
    Double withdrawalRate = null;
    SpendingRule rule = switch (settings.spendingRule()) {
      case CONSTANT -> new SpendingRule.ConstantSpending(goal, true);
      case INCOME_ONLY -> new SpendingRule.IncomeOnly(goal, true);
      case PERCENTAGE -> new SpendingRule.FixedPercentage(withdrawalRate = ruleRate(settings, goal, total, untilIncome));
      case GUARDRAILS -> SpendingRule.Guardrails.standard(withdrawalRate = ruleRate(settings, goal, total, untilIncome));
    };
    double otherAmount = profile.otherIncome().toDouble();
    double otherTax = profile.socialSecurity().isEmpty()
        ? Math.min(otherAmount, Math.max(0.0, tax.coverage().otherIncomeTax().toDouble()))
        : otherAmount * taxRates.otherIncomeRate();
    int otherStart = settings.otherIncomeStartsIn().orElse(untilIncome);
    List<PlanProjection.Benefit> benefits = new ArrayList<>();
    for (SocialSecurityBenefit benefit : profile.socialSecurity()) {
      double amount = OutsideIncome.annualBenefit(benefit).doubleValue();
      double rate = benefit.firstYearPaid() <= input.taxYear().year() ? taxRates.otherIncomeRate()
          : OutsideIncome.aloneRate(input, benefit.firstYearPaid());
      int start = Math.max(0, benefit.firstYearPaid() - valuationYear);
      benefits.add(new PlanProjection.Benefit(benefit.birthYear(), benefit.claimingAge(), amount, rate,
          Math.round(amount * (1.0 - rate) * 100.0) / 100.0, start + 1));
    }
    PlanProjection.OtherIncome otherIncome = new PlanProjection.OtherIncome(otherAmount, otherTax, otherAmount - otherTax,
        otherStart + 1, settings.otherIncomeIndexation(), benefits);
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
    if (!wages.annualAmount().isZero() && wagesEnd > untilIncome) {
      double wageRate = OutsideIncome.wageTaxRate(input);
      model.stream(new IncomeStream("wages", wages.annualAmount().toDouble() * (1.0 - wageRate), untilIncome, wagesEnd, 1.0,
          0.0));
      problems.add(Problem.of("projection", "wages of " + String.format(java.util.Locale.US, "$%,.2f", wages.annualAmount().toDouble())
          + " a year (less " + Rates.percent(wageRate, 2) + " tax, indexed to inflation) pay toward the spending from year "
          + (untilIncome + 1) + " to year " + wagesEnd + " (" + (valuationYear + wagesEnd - 1) + ")", ""));
    } else if (wagesStopFirst) {
      problems.add(Problem.of("projection", "the wages stop after " + wages.lastYear() + ", before the spending starts; "
          + "the projection counts them only through the yearly contribution saved from them, and its tax rates are "
          + "those of this year's income without them", ""));
    }
    for (PlanProjection.Benefit benefit : benefits) {
      if (benefit.startsInYear() - 1 < years) {
        model.stream(new IncomeStream("social security (born " + benefit.birthYear() + ")", benefit.afterTax(),
            benefit.startsInYear() - 1, Integer.MAX_VALUE, 1.0, 0.0));
      }
    }
    payoffs(input, incomeOf.keySet(), years, model, problems);
    return new ProjectionSetup(model.build(), source.build(), taxRates, assets, otherIncome, withdrawalRate, problems);
  }

  /**
   * The rental properties held whose loans are paid off within the years: the debt service no
   * longer paid joins the income as a stream from the payoff year ({@link PropertyHoldings#payoffStreams}).
   */
  private static void payoffs(ResolvedPlan input, Set<AssetId> held, int years, ProjectionModel.Builder model,
      List<Problem> problems) {
    input.settings().properties().forEach((id, property) -> {
      if (!held.contains(id)) {
        return;
      }
      PropertyHoldings.payoffStreams(id, property, years).forEach(model::stream);
      PropertyHoldings.payoff(property).filter(p -> p.index() < years).ifPresent(p -> problems.add(Problem.of("projection",
          "the mortgage of " + id + " is paid off in " + p.calendarYear() + " (projected year " + (p.index() + 1)
              + "): from then its cash flow gains the debt service no longer paid, " + dollars(p.firstDebtService())
              + " a year (" + dollars(p.firstDebtService().minus(p.payoffDebtService())) + " in " + p.calendarYear()
              + "), projected as nominal income beside the holding, taxed as income", "")));
    });
  }

  private static String dollars(Money money) {
    return String.format(Locale.US, "$%,.2f", money.amount());
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
}
