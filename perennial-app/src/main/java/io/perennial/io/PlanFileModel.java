package io.perennial.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The plan file as written: plain records that Jackson binds without judging the values (every
 * field may be missing). {@link PlanFile} checks and maps them into the domain, with errors that
 * name the line and field. Field names here ARE the file format (README.md (section "Plan file reference")).
 */
final class PlanFileModel {

  private PlanFileModel() {}

  record Document(
      String assumptions,
      String valuationDate,
      Integer taxYear,
      Profile profile,
      List<AccountEntry> accounts,
      List<AssetEntry> universe,
      Map<String, BigDecimal> prices,
      List<ConstraintEntry> constraints,
      Optimization optimization,
      Projection projection,
      List<TargetEntry> targets) {}

  /** One target of the policy: {@code {class: C} or {asset: A}, weight: w, band: b, account: ID}. */
  record TargetEntry(
      @JsonProperty("class") String assetClass,
      String asset,
      Double weight,
      Double band,
      String account) {}

  record Profile(
      String name,
      Integer age,
      BigDecimal annualSpending,
      Integer horizonYears,
      Integer yearsUntilIncome,
      String riskTolerance,
      Double maxVolatility,
      String filingStatus,
      Double stateTaxRate,
      Double inflation,
      BigDecimal otherIncome,
      BigDecimal annualContribution,
      Integer spouseAge,
      BigDecimal taxableOtherIncome,
      BigDecimal itemizedDeductions,
      Boolean muniInState,
      List<SocialSecurityEntry> socialSecurity,
      WagesEntry wages) {}

  /** Wages until a year: {@code {amount: A, endYear: Y}} ({@code endYear} optional). */
  record WagesEntry(BigDecimal amount, Integer endYear) {}

  /** One person's Social Security benefit: {@code {monthlyAtFullRetirementAge: M, claimingAge: A, birthYear: Y}}. */
  record SocialSecurityEntry(BigDecimal monthlyAtFullRetirementAge, Integer claimingAge, Integer birthYear) {}

  record Projection(
      Integer paths,
      Long seed,
      String distribution,
      Double degreesOfFreedom,
      String spendingRule,
      Double withdrawalRate,
      Double otherIncomeIndexation,
      Integer otherIncomeStartsIn,
      Double inflationVolatility,
      Double inflationPersistence,
      Integer rebalanceEveryYears,
      Double targetSuccess,
      Boolean ratesMove) {}

  record AccountEntry(String id, String name, String type, List<HoldingEntry> holdings, List<String> menu) {}

  record HoldingEntry(String asset, BigDecimal quantity, List<LotEntry> lots) {}

  record LotEntry(String date, BigDecimal quantity, BigDecimal cost, BigDecimal costPerShare) {}

  record AssetEntry(
      String id,
      String name,
      @JsonProperty("class") String assetClass,
      String sector,
      String issuer,
      BigDecimal price,
      Double yield,
      Double incomeGrowth,
      Double expectedReturn,
      String expectedReturnAverage,
      Double volatility,
      Map<String, Double> incomeMix,
      String priceHistory,
      String dividendHistory,
      Boolean yieldTrap,
      Double expectedCut,
      Boolean tradeable,
      String kind,
      PropertyEntry property) {}

  /** A rental property behind a {@code rental-real-estate} asset (README, "Plan file reference"). */
  record PropertyEntry(
      String use,
      BigDecimal monthlyRent,
      Double vacancy,
      BigDecimal expenses,
      Double rentGrowth,
      Double expenseGrowth,
      Double appreciation,
      BigDecimal purchasePrice,
      String purchaseDate,
      BigDecimal closingCosts,
      String placedInService,
      Double landShare,
      Double ownershipShare,
      MortgageEntry mortgage) {}

  /** A fixed-rate mortgage: {@code originalAmount} or today's {@code balance}, rate, term and first payment. */
  record MortgageEntry(BigDecimal originalAmount, BigDecimal balance, Double rate, Integer termYears, String firstPayment) {}

  record Optimization(
      Boolean enabled,
      String objective,
      Double incomeEmphasis,
      BigDecimal minIncome,
      Double riskFreeRate,
      Boolean location,
      String deferredValuation,
      Double withdrawalRate,
      String yieldTraps,
      Boolean incomeGrowthFloor,
      Double incomeGrowthMargin,
      Boolean realReturnFloor,
      Double realReturnMargin,
      Double defaultMaxEachAsset,
      Double defaultMaxEachClass,
      Boolean wholeShares,
      Double maxTurnover,
      Double targetSuccess) {}

  record ConstraintEntry(
      String type,
      String name,
      @JsonProperty("class") String assetClass,
      String category,
      String sector,
      String issuer,
      String asset,
      Double limit) {}
}
