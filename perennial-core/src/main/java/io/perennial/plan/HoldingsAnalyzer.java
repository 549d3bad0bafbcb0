package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.Account;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Holding;
import io.perennial.domain.IncomeCharacter;
import io.perennial.market.AssetEstimate;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.market.ReturnAverage;
import io.perennial.plan.HoldingsAnalysis.AccountIncome;
import io.perennial.plan.HoldingsAnalysis.AccountValue;
import io.perennial.plan.HoldingsAnalysis.AssetIncome;
import io.perennial.plan.HoldingsAnalysis.AssetRisk;
import io.perennial.plan.HoldingsAnalysis.AssetValue;
import io.perennial.plan.HoldingsAnalysis.CharacterIncome;
import io.perennial.plan.HoldingsAnalysis.ClassRisk;
import io.perennial.plan.HoldingsAnalysis.ClassValue;
import io.perennial.plan.HoldingsAnalysis.Position;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The analysis of the current holdings: resolved plan → {@link HoldingsAnalysis}. Stateless.
 * The estimates, Σ and position values are the resolved plan's ({@link ResolvedPlan}).
 *
 * <p>Formulas, with vₐ the value held of asset a (quantity × price, exact), V = Σ vₐ, weights
 * wₐ = vₐ / V, yₐ, gₐ, μₐ, σₐ the asset's yield, income growth, arithmetic expected return and
 * volatility (its own figures, else its class's):
 * <ul>
 *   <li>income Iₐ = vₐ yₐ (exact decimal product), portfolio yield = Σ Iₐ / V;</li>
 *   <li>income of character c = Σₐ Iₐ mixₐ(c); income growth = Σ Iₐ gₐ / Σ Iₐ;</li>
 *   <li>expected return μ = Σ wₐ μₐ; volatility σ = √(wᵀ Σ w), Σₐᵦ = ρₐᵦ σₐ σᵦ with ρ = 1 on the
 *       diagonal, {@link #WITHIN_CLASS_CORRELATION} between two assets of one class, and the
 *       class correlation otherwise (the candidates' Σ repaired to the nearest PSD matrix, with a
 *       note, in the rare case that this mix of correlations is not PSD);</li>
 *   <li>Herfindahl–Hirschman index H = Σ wₐ², effective number of holdings 1/H;</li>
 *   <li>income coverage = Σ Iₐ ÷ (annual spending − other income).</li>
 * </ul>
 */
public final class HoldingsAnalyzer {

  /**
   * Correlation of yearly returns between two different assets of the same class: 0.90,
   * judgement. Funds tracking similar indices of one class (SCHD and VYM, BND and AGG) move
   * closely together but not perfectly; 0.90 keeps a split between two such funds from looking
   * like diversification (the class correlations between different equity classes run 0.53–0.94).
   */
  public static final double WITHIN_CLASS_CORRELATION = 0.90;

  /** How many of the largest positions the concentration section lists. */
  public static final int LARGEST_POSITIONS = 5;

  private static final MathContext RATIO = MathContext.DECIMAL64;

  private HoldingsAnalyzer() {}

  /** Analyses the holdings of {@code input}, with the estimates, Σ and values it resolved. */
  public static HoldingsAnalysis analyze(ResolvedPlan input) {
    Checks.notNull(input, "resolved plan");
    List<Problem> problems = new ArrayList<>();
    Currency currency = input.profile().goal().annualSpending().currency();
    Function<BigDecimal, Money> money = amount -> new Money(amount, currency);
    Map<AssetId, AssetEstimate> estimates = input.estimates();

    // Exact values and incomes per position, per asset and per account.
    Map<AssetId, BigDecimal> quantityByAsset = new LinkedHashMap<>();
    Map<AssetId, BigDecimal> valueByAsset = new LinkedHashMap<>();
    Map<AssetId, BigDecimal> incomeByAsset = new LinkedHashMap<>();
    List<BigDecimal[]> positionFigures = new ArrayList<>(); // {value, income}
    List<BigDecimal[]> accountFigures = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal totalIncome = BigDecimal.ZERO;
    for (Account account : input.accounts()) {
      BigDecimal accountValue = BigDecimal.ZERO;
      BigDecimal accountIncome = BigDecimal.ZERO;
      for (Holding holding : account.holdings()) {
        AssetId id = holding.assetId();
        BigDecimal value = input.value(account, holding);
        BigDecimal income = value.multiply(BigDecimal.valueOf(estimates.get(id).yield()));
        positionFigures.add(new BigDecimal[] {value, income});
        quantityByAsset.merge(id, holding.quantity(), BigDecimal::add);
        valueByAsset.merge(id, value, BigDecimal::add);
        incomeByAsset.merge(id, income, BigDecimal::add);
        accountValue = accountValue.add(value);
        accountIncome = accountIncome.add(income);
      }
      accountFigures.add(new BigDecimal[] {accountValue, accountIncome});
      total = total.add(accountValue);
      totalIncome = totalIncome.add(accountIncome);
    }
    boolean empty = total.signum() == 0;
    if (empty) {
      problems.add(Problem.of("accounts", "nothing of value is held, so weights, yield, risk and concentration are zero",
          "add holdings to the accounts"));
    }
    final BigDecimal totalValue = total;
    final BigDecimal totalIncomeValue = totalIncome;

    // Holdings section.
    List<Position> positions = new ArrayList<>();
    List<AccountValue> byAccount = new ArrayList<>();
    List<AccountIncome> incomeByAccount = new ArrayList<>();
    int p = 0;
    for (int a = 0; a < input.accounts().size(); a++) {
      Account account = input.accounts().get(a);
      for (Holding holding : account.holdings()) {
        BigDecimal[] figures = positionFigures.get(p++);
        Asset asset = input.asset(holding.assetId());
        positions.add(new Position(account.id(), asset.id(), asset.assetClass(), holding.quantity(),
            input.price(asset.id()), money.apply(figures[0]), ratio(figures[0], totalValue), money.apply(figures[1])));
      }
      BigDecimal[] figures = accountFigures.get(a);
      byAccount.add(new AccountValue(account.id(), account.name(), account.type(), money.apply(figures[0]),
          ratio(figures[0], totalValue), money.apply(figures[1])));
      incomeByAccount.add(new AccountIncome(account.id(), account.type(), money.apply(figures[1]), ratio(figures[1], totalIncomeValue)));
    }

    Map<AssetId, Double> weights = new LinkedHashMap<>();
    List<AssetValue> byAsset = new ArrayList<>();
    Map<AssetClass, BigDecimal> valueByClass = new EnumMap<>(AssetClass.class);
    for (Map.Entry<AssetId, BigDecimal> entry : valueByAsset.entrySet()) {
      Asset asset = input.asset(entry.getKey());
      double weight = ratio(entry.getValue(), totalValue);
      weights.put(entry.getKey(), weight);
      byAsset.add(new AssetValue(asset.id(), asset.name(), asset.assetClass(), quantityByAsset.get(asset.id()),
          input.price(asset.id()), money.apply(entry.getValue()), weight));
      valueByClass.merge(asset.assetClass(), entry.getValue(), BigDecimal::add);
    }
    byAsset.sort(Comparator.comparing(AssetValue::value).reversed().thenComparing(AssetValue::asset));
    List<ClassValue> byClass = new ArrayList<>();
    valueByClass.forEach((assetClass, value) ->
        byClass.add(new ClassValue(assetClass, assetClass.category(), money.apply(value), ratio(value, totalValue))));
    byClass.sort(Comparator.comparing(ClassValue::value).reversed().thenComparing(ClassValue::assetClass));
    HoldingsAnalysis.Holdings holdings = new HoldingsAnalysis.Holdings(money.apply(totalValue), positions, byAccount, byAsset, byClass);

    // Income section.
    List<AssetIncome> incomeByAssetRows = new ArrayList<>();
    Map<IncomeCharacter, BigDecimal> incomeByCharacter = new EnumMap<>(IncomeCharacter.class);
    double growthWeighted = 0;
    for (Map.Entry<AssetId, BigDecimal> entry : incomeByAsset.entrySet()) {
      AssetEstimate estimate = estimates.get(entry.getKey());
      BigDecimal income = entry.getValue();
      incomeByAssetRows.add(new AssetIncome(entry.getKey(), estimate.yield(), estimate.incomeGrowth(), money.apply(income),
          ratio(income, totalIncomeValue), estimate.source()));
      for (Map.Entry<IncomeCharacter, Double> share : estimate.incomeMix().shares().entrySet()) {
        incomeByCharacter.merge(share.getKey(), income.multiply(BigDecimal.valueOf(share.getValue())), BigDecimal::add);
      }
      growthWeighted += income.doubleValue() * estimate.incomeGrowth();
    }
    incomeByAssetRows.sort(Comparator.comparing(AssetIncome::income).reversed().thenComparing(AssetIncome::asset));
    List<CharacterIncome> byCharacter = new ArrayList<>();
    incomeByCharacter.forEach((character, income) -> {
      if (income.signum() > 0) {
        byCharacter.add(new CharacterIncome(character, money.apply(income), ratio(income, totalIncomeValue)));
      }
    });
    byCharacter.sort(Comparator.comparing(CharacterIncome::income).reversed().thenComparing(CharacterIncome::character));
    double incomeGrowth = totalIncomeValue.signum() == 0 ? 0.0 : growthWeighted / totalIncomeValue.doubleValue();
    HoldingsAnalysis.Income income = new HoldingsAnalysis.Income(money.apply(totalIncomeValue), ratio(totalIncomeValue, totalValue),
        incomeGrowth, incomeByAssetRows, byCharacter, incomeByAccount);

    // Risk section.
    HoldingsAnalysis.Risk risk = risk(weights, input, problems);

    // Concentration section.
    double herfindahl = 0;
    for (double weight : weights.values()) {
      herfindahl += weight * weight;
    }
    double largestWeight = byAsset.isEmpty() ? 0.0 : byAsset.get(0).weight();
    HoldingsAnalysis.Concentration concentration = new HoldingsAnalysis.Concentration(herfindahl,
        herfindahl == 0 ? 0.0 : 1.0 / herfindahl, largestWeight,
        byAsset.subList(0, Math.min(LARGEST_POSITIONS, byAsset.size())));

    // Coverage section.
    Money spending = input.profile().goal().annualSpending();
    Money outside = OutsideIncome.totalNow(input);
    Money need = spending.minus(outside);
    if (need.isNegative()) {
      need = Money.zero(need.currency());
    }
    Money portfolioIncome = money.apply(totalIncomeValue);
    Double coverageRatio = need.isZero() ? null
        : totalIncomeValue.divide(need.amount(), RATIO).doubleValue();
    if (need.isZero()) {
      problems.add(Problem.of("profile.otherIncome", "other income covers all the spending, so income coverage is not defined", ""));
    }
    HoldingsAnalysis.Coverage coverage = new HoldingsAnalysis.Coverage(spending, outside, need,
        portfolioIncome, coverageRatio, money.apply(totalIncomeValue.subtract(need.amount())), "pre-tax",
        input.profile().goal().yearsUntilStart());

    return new HoldingsAnalysis(holdings, income, risk, concentration, coverage, problems);
  }

  private static HoldingsAnalysis.Risk risk(Map<AssetId, Double> weights, ResolvedPlan plan, List<Problem> problems) {
    Map<AssetId, AssetEstimate> estimates = plan.estimates();
    List<AssetId> ids = new ArrayList<>(weights.keySet());
    int n = ids.size();
    double[] w = new double[n];
    double[] sigma = new double[n];
    AssetClass[] classes = new AssetClass[n];
    double expectedReturn = 0;
    for (int i = 0; i < n; i++) {
      AssetEstimate estimate = estimates.get(ids.get(i));
      w[i] = weights.get(ids.get(i));
      sigma[i] = estimate.volatility();
      classes[i] = estimate.assetClass();
      expectedReturn += w[i] * estimate.expectedReturn();
    }
    // Σ of the assets held: the plan's Σ of the candidates (repaired there once, if it had to be).
    double[][] covariance = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        covariance[i][j] = plan.covariance(ids.get(i), ids.get(j));
      }
    }
    problems.addAll(plan.notes());
    double[] sigmaW = new double[n]; // (Σ w)ᵢ
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += covariance[i][j] * w[j];
      }
      sigmaW[i] = sum;
    }
    double variance = 0;
    for (int i = 0; i < n; i++) {
      variance += w[i] * sigmaW[i];
    }
    variance = Math.max(variance, 0.0);
    double volatility = Math.sqrt(variance);

    List<AssetRisk> byAsset = new ArrayList<>();
    Map<AssetClass, double[]> byClassFigures = new EnumMap<>(AssetClass.class); // {weight, contribution}
    for (int i = 0; i < n; i++) {
      double contribution = variance == 0 ? 0.0 : w[i] * sigmaW[i] / variance;
      AssetEstimate estimate = estimates.get(ids.get(i));
      byAsset.add(new AssetRisk(ids.get(i), w[i], estimate.expectedReturn(), sigma[i], contribution, estimate.source()));
      double[] figures = byClassFigures.computeIfAbsent(classes[i], c -> new double[2]);
      figures[0] += w[i];
      figures[1] += contribution;
    }
    byAsset.sort(Comparator.comparingDouble(AssetRisk::weight).reversed().thenComparing(AssetRisk::asset));
    List<ClassRisk> byClass = new ArrayList<>();
    byClassFigures.forEach((assetClass, figures) -> byClass.add(new ClassRisk(assetClass, figures[0], figures[1])));
    byClass.sort(Comparator.comparingDouble(ClassRisk::weight).reversed().thenComparing(ClassRisk::assetClass));
    return new HoldingsAnalysis.Risk(expectedReturn, ReturnAverage.ARITHMETIC, expectedReturn - variance / 2.0,
        volatility, WITHIN_CLASS_CORRELATION, byClass, byAsset);
  }

  /**
   * The correlations of yearly returns between assets of the given classes (one row per asset): 1
   * on the diagonal, {@link #WITHIN_CLASS_CORRELATION} between two assets of one class, the class
   * correlation otherwise. Not repaired: the mix of the two can be indefinite (rarely).
   */
  static double[][] assetCorrelations(AssetClass[] classes, CapitalMarketAssumptions assumptions) {
    int n = classes.length;
    double[][] correlations = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        correlations[i][j] = i == j ? 1.0
            : classes[i] == classes[j] ? WITHIN_CLASS_CORRELATION
            : assumptions.correlation(classes[i], classes[j]);
      }
    }
    return correlations;
  }

  private static double ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? 0.0 : part.divide(whole, RATIO).doubleValue();
  }

}
