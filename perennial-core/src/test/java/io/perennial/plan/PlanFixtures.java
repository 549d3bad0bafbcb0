package io.perennial.plan;

import io.perennial.market.UniverseAsset;
import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.Holding;
import io.perennial.domain.Lot;
import io.perennial.domain.IncomeGoal;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.RiskTolerance;
import io.perennial.market.OwnEstimates;
import io.perennial.market.ReturnAverage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Fluent builders for small plans in tests. */
final class PlanFixtures {

  static final LocalDate VALUED = LocalDate.of(2026, 1, 2);

  private final List<UniverseAsset> universe = new ArrayList<>();
  private final Map<AssetId, Money> prices = new LinkedHashMap<>();
  private final List<Account> accounts = new ArrayList<>();
  private Money spending = Money.usd("60000");
  private Money otherIncome = Money.ZERO_USD;
  private Money taxableOtherIncome;
  private FilingStatus filingStatus = FilingStatus.MARRIED_JOINT;
  private double stateTaxRate = 0.0;
  private int age = 65;
  private int spouseAge = 0;
  private boolean muniInState = false;
  private int yearsUntilStart = 0;
  private Money contribution = Money.ZERO_USD;
  private LocalDate valued = VALUED;
  /** Few paths by default: the tests that use these plans are not about the projection. */
  private ProjectionSettings projection = ProjectionSettings.DEFAULTS.withPaths(ProjectionSettings.MIN_PATHS);

  static PlanFixtures plan() {
    return new PlanFixtures();
  }

  /** An asset with all figures of its own. */
  PlanFixtures asset(String id, AssetClass assetClass, String price, double yield, double growth, double expectedReturn,
      double volatility, IncomeMix mix) {
    Asset asset = new Asset(AssetId.of(id), id, assetClass, "", "", mix);
    universe.add(new UniverseAsset(asset, new OwnEstimates(OptionalDouble.of(yield), OptionalDouble.of(growth),
        OptionalDouble.of(expectedReturn), ReturnAverage.ARITHMETIC, OptionalDouble.of(volatility))));
    prices.put(AssetId.of(id), Money.usd(price));
    return this;
  }

  /** An asset that inherits everything from its class. */
  PlanFixtures classAsset(String id, AssetClass assetClass, String price, IncomeMix mix) {
    universe.add(new UniverseAsset(new Asset(AssetId.of(id), id, assetClass, "", "", mix), OwnEstimates.NONE));
    prices.put(AssetId.of(id), Money.usd(price));
    return this;
  }

  /** An account holding {@code idAndQuantity} pairs: "SCHD", "1000", "BND", "150"... */
  PlanFixtures account(String id, AccountType type, String... idAndQuantity) {
    List<Holding> holdings = new ArrayList<>();
    for (int i = 0; i < idAndQuantity.length; i += 2) {
      holdings.add(Holding.of(AssetId.of(idAndQuantity[i]), new BigDecimal(idAndQuantity[i + 1])));
    }
    accounts.add(new Account(id, id, type, holdings));
    return this;
  }

  /** An account holding one asset as {@code lots}, and {@code cash} dollars. */
  PlanFixtures accountWithLots(String id, AccountType type, String asset, String cash, Lot... lots) {
    accounts.add(new Account(id, id, type, List.of(Holding.ofLots(AssetId.of(asset), List.of(lots)),
        Holding.of(AssetId.CASH, new BigDecimal(cash)))));
    return this;
  }

  PlanFixtures spending(String annual, String other) {
    spending = Money.usd(annual);
    otherIncome = Money.usd(other);
    return this;
  }

  /** The part of other income that is taxable (default: all of it). */
  PlanFixtures taxableOtherIncome(String amount) {
    taxableOtherIncome = Money.usd(amount);
    return this;
  }

  /** Filing status, flat state rate and ages (0: not given). */
  PlanFixtures filer(FilingStatus status, double stateRate, int investorAge, int spouse) {
    filingStatus = status;
    stateTaxRate = stateRate;
    age = investorAge;
    spouseAge = spouse;
    return this;
  }

  PlanFixtures muniInState() {
    muniInState = true;
    return this;
  }

  PlanFixtures yearsUntilStart(int years) {
    yearsUntilStart = years;
    return this;
  }

  PlanFixtures contribution(String annual) {
    contribution = Money.usd(annual);
    return this;
  }

  PlanFixtures valued(LocalDate date) {
    valued = date;
    return this;
  }

  PlanFixtures taxYear(int year) {
    taxYear = java.util.OptionalInt.of(year);
    return this;
  }

  PlanFixtures projection(ProjectionSettings settings) {
    projection = settings;
    return this;
  }

  /** The plan resolved under the built-in assumptions. */
  private java.util.OptionalInt taxYear = java.util.OptionalInt.empty();

  ResolvedPlan build() {
    InvestorProfile profile = new InvestorProfile("test", new IncomeGoal(spending, 30, yearsUntilStart),
        RiskTolerance.MODERATE, filingStatus, stateTaxRate, 0.025, otherIncome, contribution, age, spouseAge,
        taxableOtherIncome, null, muniInState);
    return ResolvedPlan.of(new io.perennial.domain.Household(profile, accounts),
        new io.perennial.market.MarketSnapshot(valued, prices, universe, io.perennial.market.BuiltInAssumptions.SET),
        new PlanSettings(List.of(), taxYear, OptimizationSettings.DEFAULT, projection));
  }
}
