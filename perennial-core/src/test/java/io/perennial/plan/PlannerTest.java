package io.perennial.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.Holding;
import io.perennial.domain.Household;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeGoal;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.Lot;
import io.perennial.domain.RiskTolerance;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.market.MarketSnapshot;
import io.perennial.market.OwnEstimates;
import io.perennial.market.ReturnAverage;
import io.perennial.market.UniverseAsset;
import io.perennial.project.RunOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The retiree example (examples/retiree.yaml) built in code, with no file, through the
 * {@link Planner}.
 *
 * <p>The total value is known from the file by hand (quantities × prices): SCHD 13,500 × 27.40 =
 * 369,900; VYM 1,000 × 141.20 = 141,200; VYMI 700 × 82.10 = 57,470; VTEB 2,500 × 50.60 = 126,500;
 * cash 60,000; BND 4,000 × 74.10 = 296,400; VTIP 2,400 × 50.20 = 120,480; VGIT 1,000 × 59.80 =
 * 59,800; VNQ 1,200 × 89.60 = 107,520; VIG 800 × 212.50 = 170,000; in all $1,509,270.00.
 *
 * <p>The income, after-tax income and the recommendation's after-tax income are those of
 * {@code ./perennial plan examples/retiree.yaml --json} (the checked-in golden copy,
 * perennial-app/src/test/resources/golden/plan-retiree.json). That run reads the file through
 * the plan-file reader; this test builds the same household and market in Java, so the two are
 * different paths to the engine and agreeing to the cent is a real cross-check of both the reader
 * and the code-built inputs, not a copy of one computation's output.
 */
class PlannerTest {

  private static final LocalDate VALUED = LocalDate.of(2026, 1, 2);

  private static Asset asset(String id, String name, AssetClass assetClass, String sector, String issuer) {
    return new Asset(AssetId.of(id), name, assetClass, sector, issuer, BuiltInAssumptions.SET.of(assetClass).incomeMix());
  }

  private static OwnEstimates ownYield(double yield) {
    return new OwnEstimates(OptionalDouble.of(yield), OptionalDouble.empty(), OptionalDouble.empty(), ReturnAverage.ARITHMETIC,
        OptionalDouble.empty());
  }

  private static Holding holding(String id, String quantity) {
    return Holding.of(AssetId.of(id), new BigDecimal(quantity));
  }

  static Household household() {
    InvestorProfile profile = new InvestorProfile("Pat and Sam Rivera", new IncomeGoal(Money.usd("70000"), 30, 0),
        RiskTolerance.MODERATE, FilingStatus.MARRIED_JOINT, 0.0495, 0.025, Money.usd("40800"), Money.ZERO_USD, 67, 65,
        Money.usd("40800"), null, false);
    Holding schd = new Holding(AssetId.of("SCHD"), new BigDecimal("8000"), List.of(
        new Lot(LocalDate.of(2016, 3, 14), new BigDecimal("4500"), Money.usd("57150.00")),
        new Lot(LocalDate.of(2019, 8, 5), new BigDecimal("2000"), Money.usd("34800.00")),
        new Lot(LocalDate.of(2022, 11, 21), new BigDecimal("1500"), Money.usd("39600.00"))));
    Holding vym = new Holding(AssetId.of("VYM"), new BigDecimal("1000"), List.of(
        new Lot(LocalDate.of(2014, 6, 2), new BigDecimal("600"), Money.usd("40200.00")),
        new Lot(LocalDate.of(2020, 3, 23), new BigDecimal("400"), Money.usd("26000.00"))));
    return new Household(profile, List.of(
        new Account("joint", "Joint brokerage", AccountType.TAXABLE,
            List.of(schd, vym, holding("VYMI", "700"), holding("VTEB", "2500"), holding("CASH", "60000"))),
        new Account("ira", "Traditional IRA (Sam)", AccountType.TAX_DEFERRED, List.of(holding("BND", "4000"),
            holding("VTIP", "2400"), holding("VGIT", "1000"), holding("VNQ", "1200"), holding("SCHD", "2500"))),
        new Account("roth", "Roth IRA (Pat)", AccountType.TAX_FREE, List.of(holding("VIG", "800"), holding("SCHD", "3000")))));
  }

  static MarketSnapshot market() {
    Map<IncomeCharacter, Double> bndMix = new LinkedHashMap<>();
    bndMix.put(IncomeCharacter.TREASURY_INTEREST, 0.45);
    bndMix.put(IncomeCharacter.TAXABLE_INTEREST, 0.55);
    List<UniverseAsset> universe = new ArrayList<>(List.of(
        new UniverseAsset(asset("SCHD", "Schwab US Dividend Equity ETF", AssetClass.US_DIVIDEND_STOCKS, "", "Schwab"), ownYield(0.038)),
        new UniverseAsset(asset("VYM", "Vanguard High Dividend Yield ETF", AssetClass.US_DIVIDEND_STOCKS, "", "Vanguard"),
            ownYield(0.025)),
        new UniverseAsset(asset("VIG", "Vanguard Dividend Appreciation ETF", AssetClass.US_DIVIDEND_GROWTH_STOCKS, "", "Vanguard"),
            OwnEstimates.NONE),
        new UniverseAsset(asset("VYMI", "Vanguard International High Dividend Yield ETF", AssetClass.INTL_DIVIDEND_STOCKS, "",
            "Vanguard"), OwnEstimates.NONE),
        new UniverseAsset(asset("VNQ", "Vanguard Real Estate ETF", AssetClass.REITS, "", "Vanguard"), OwnEstimates.NONE),
        new UniverseAsset(asset("BND", "Vanguard Total Bond Market ETF", AssetClass.INTERMEDIATE_TREASURIES, "", "Vanguard")
            .withIncomeMix(new IncomeMix(bndMix)), ownYield(0.040)),
        new UniverseAsset(asset("VTIP", "Vanguard Short-Term Inflation-Protected Securities ETF", AssetClass.TIPS, "", "Vanguard"),
            new OwnEstimates(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), ReturnAverage.ARITHMETIC,
                OptionalDouble.of(0.035))),
        new UniverseAsset(asset("VGIT", "Vanguard Intermediate-Term Treasury ETF", AssetClass.INTERMEDIATE_TREASURIES, "",
            "Vanguard"), OwnEstimates.NONE),
        new UniverseAsset(asset("VTEB", "Vanguard Tax-Exempt Bond ETF", AssetClass.MUNICIPAL_BONDS, "", "Vanguard"),
            OwnEstimates.NONE),
        new UniverseAsset(asset("VCIT", "Vanguard Intermediate-Term Corporate Bond ETF", AssetClass.CORPORATE_BONDS, "",
            "Vanguard"), OwnEstimates.NONE),
        new UniverseAsset(asset("O", "Realty Income", AssetClass.REITS, "real-estate", "Realty Income"), ownYield(0.056)),
        new UniverseAsset(asset("CASH", "Cash", AssetClass.CASH, "", ""), OwnEstimates.NONE)));
    Map<AssetId, Money> prices = new LinkedHashMap<>();
    String[][] table = {{"SCHD", "27.40"}, {"VYM", "141.20"}, {"VIG", "212.50"}, {"VYMI", "82.10"}, {"VNQ", "89.60"},
        {"BND", "74.10"}, {"VTIP", "50.20"}, {"VGIT", "59.80"}, {"VTEB", "50.60"}, {"VCIT", "83.30"}, {"O", "57.10"},
        {"CASH", "1"}};
    for (String[] row : table) {
      prices.put(AssetId.of(row[0]), Money.usd(row[1]));
    }
    return new MarketSnapshot(VALUED, prices, universe, BuiltInAssumptions.SET);
  }

  static PlanSettings settings() {
    return new PlanSettings(List.of(
        new PlanConstraint(null, ConstraintKind.MAX_CLASS, "reits", 0.10),
        new PlanConstraint(null, ConstraintKind.MAX_CLASS, "high-yield-bonds", 0.05),
        new PlanConstraint(null, ConstraintKind.MAX_EACH_ASSET, null, 0.30),
        new PlanConstraint(null, ConstraintKind.MIN_ASSET, "CASH", 0.02),
        new PlanConstraint(null, ConstraintKind.MAX_ISSUER, "Schwab", 0.40),
        new PlanConstraint(null, ConstraintKind.MIN_YIELD, null, 0.03)),
        // The max-income objective under the historical set: the figures of 'perennial plan examples/retiree.yaml
        // --assumptions historical' with 'objective: max-income' (the defaults are goal and forward since issue 16).
        OptionalInt.empty(), OptimizationSettings.DEFAULT.withObjective(OptimizationSettings.PlanObjective.MAX_INCOME),
        ProjectionSettings.DEFAULTS.withPaths(1_000));
  }

  @Test
  void theRetireeBuiltInCodeHasTheExamplesHeadlineFigures() {
    PlanResult result = new Planner(RunOptions.threads(2)).plan(household(), market(), settings()).value();
    assertThat(result.holdings().totalValue()).isEqualTo(Money.usd("1509270.00"));
    // VTIP pays the TIPS class's real coupon plus the 2.5 % accrual: 120,480 × 4.30 % = 5,180.64,
    // 3,012.00 more than the real coupon alone (49,935.12 before the accrual was counted).
    assertThat(result.income().annualIncome()).isEqualTo(Money.usd("52947.12"));
    assertThat(result.afterTaxIncome().afterTaxIncome()).isEqualTo(Money.usd("50623.89"));
    assertThat(result.afterTaxIncome().afterTaxIncomeExact()).isEqualTo(Money.usd("48292.94"));
    assertThat(result.optimization().status()).isEqualTo("optimal");
    assertThat(result.optimization().afterTaxIncome().recommended()).isEqualTo(Money.usd("56990.35"));
    assertThat(result.optimization().afterTaxIncome().current()).isEqualTo(Money.usd("50243.05"));
  }

  @Test
  void eachStepAloneOnTheResolvedPlanGivesWhatThePlanReports() {
    Planner planner = new Planner(RunOptions.threads(2));
    ResolvedPlan resolved = planner.resolve(household(), market(), settings());
    // 1,509,270.00 by hand above; the ira alone: 296,400 + 120,480 + 59,800 + 107,520 + 2,500 × 27.40 = 652,700.
    assertThat(resolved.totalValue()).isEqualByComparingTo("1509270.00");
    assertThat(resolved.accountValue("ira")).isEqualByComparingTo("652700.00");
    HoldingsAnalysis holdings = planner.holdings(resolved);
    TaxAnalysis taxes = planner.taxes(resolved, holdings);
    assertThat(taxes.afterTaxIncome().afterTaxIncome()).isEqualTo(Money.usd("50623.89"));
    assertThat(planner.optimization(resolved, holdings, taxes).afterTaxIncome().recommended()).isEqualTo(Money.usd("56990.35"));
  }
}
