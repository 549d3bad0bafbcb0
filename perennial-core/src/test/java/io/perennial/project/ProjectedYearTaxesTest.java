package io.perennial.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.perennial.domain.AccountType;
import io.perennial.domain.FilingStatus;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The projection's per-year tax tables against the household calculator: along a zero-volatility
 * projection (returns and inflation fixed) each year's tax on that year's income, to the cent; the
 * gross-up of a withdrawal; and a path whose inflation differs from the planned one.
 */
class ProjectedYearTaxesTest {

  private static final TaxYearRules Y2026 = TaxRules.forYear(2026);
  private static final double INFLATION = 0.025; // per year, fixed
  private static final double STOCKS = 0.06; // nominal return, no volatility
  private static final double BONDS = 0.04;
  private static final double DIVIDEND_YIELD = 0.02; // on the taxable stocks, all paid out
  private static final double BENEFITS = 40_800.0; // Social Security, today's money, indexed
  private static final double SPENDING = 110_000.0; // first year, indexed
  private static final int YEARS = 12;
  private static final double CENT = 0.005;
  private static final BigDecimal STATE = new BigDecimal("0.0495");

  @Test
  void aZeroVolatilityProjectionYearByYearIsTaxedAsTheCalculatorTaxesThatYearsIncome() {
    // A couple aged 67 and 65 in 2026: 600,000 of stocks in a taxable account paying 2 % qualified
    // dividends, 1,000,000 of bonds in an IRA; benefits 40,800 indexed; spending 110,000 indexed, met
    // from the benefits, then the dividends, then the IRA. Each year's income: benefits
    // 40,800 × 1.025^t, the dividends the trace shows, the IRA withdrawal the trace shows.
    ProjectionModel model = ProjectionModel.builder()
        .position(new Position("stocks@taxable", "stocks", AccountType.TAXABLE, 600_000, DIVIDEND_YIELD,
            new IncomeModel.ConstantYield(), 0.0))
        .position(new Position("bonds@ira", "bonds", AccountType.TAX_DEFERRED, 1_000_000, 0.0,
            new IncomeModel.ConstantYield(), 0.0))
        .stream(new IncomeStream("social security", BENEFITS, 0, Integer.MAX_VALUE, 1.0, 0.0))
        .spending(new SpendingRule.ConstantSpending(SPENDING, true))
        .withdrawalOrder(List.of(AccountType.TAX_DEFERRED, AccountType.TAXABLE, AccountType.TAX_FREE))
        .years(YEARS)
        .build();
    PathTrace trace = Projection.trace(model, deterministic(), 0);

    TaxFiler couple = new TaxFiler(FilingStatus.MARRIED_JOINT, List.of(67, 65), BigDecimal.ZERO, STATE, false);
    List<TaxFiler> filers = new ArrayList<>();
    List<HouseholdIncome> other = new ArrayList<>();
    double[] withdrawals = new double[YEARS];
    for (int t = 0; t < YEARS; t++) {
      filers.add(couple.withAges(List.of(67 + t, 65 + t)));
      double benefits = BENEFITS * Math.pow(1 + INFLATION, t);
      double dividends = trace.positionIncome()[t][0];
      assertThat(trace.streams()[t]).isCloseTo(benefits, within(1e-6));
      other.add(income(IncomeKind.SOCIAL_SECURITY, benefits, IncomeKind.QUALIFIED_DIVIDENDS, dividends));
      withdrawals[t] = cents(trace.principalWithdrawn()[t]);
      // no flat tax: the IRA pays what the benefits and dividends leave of the spending
      assertThat(withdrawals[t]).isCloseTo(SPENDING * Math.pow(1 + INFLATION, t) - benefits - dividends, within(0.01));
    }
    ProjectedYearTaxes taxes = ProjectedYearTaxes.build(Y2026, 2026, INFLATION, filers, other,
        IncomeKind.RETIREMENT_WITHDRAWALS);

    for (int t = 0; t < YEARS; t++) {
      TaxYearRules rules = IndexedTaxRules.of(Y2026, 2026 + t, planned(t));
      BigDecimal expected = HouseholdTaxCalculator.exactTotalTax(
          other.get(t).plus(IncomeKind.RETIREMENT_WITHDRAWALS, BigDecimal.valueOf(withdrawals[t])), filers.get(t), rules);
      assertThat(taxes.tax(t, withdrawals[t], 1.0)).as("tax of %d", 2026 + t).isCloseTo(expected.doubleValue(), within(CENT));
      assertThat(expected.doubleValue()).as("a real tax in %d", 2026 + t).isGreaterThan(1_000.0);
    }
    // the year's first withdrawal dollar is taxed at the calculator's marginal rate there
    double w0 = withdrawals[0];
    assertThat(taxes.marginalRate(0, w0, 1.0)).isCloseTo(HouseholdTaxCalculator.calculate(
        other.get(0).plus(IncomeKind.RETIREMENT_WITHDRAWALS, BigDecimal.valueOf(w0)), filers.get(0), Y2026)
        .marginalRate(IncomeKind.RETIREMENT_WITHDRAWALS).total().doubleValue(), within(1e-6));
  }

  @Test
  void theGrossUpOfAWithdrawalLeavesTheNetAfterTheTaxItAdds() {
    // x − (tax(x) − tax(0)) = net, by the calculator, for nets across the benefits' phase-in and beyond
    TaxFiler couple = new TaxFiler(FilingStatus.MARRIED_JOINT, List.of(70, 68), BigDecimal.ZERO, STATE, false);
    HouseholdIncome other = income(IncomeKind.SOCIAL_SECURITY, 42_000.0, IncomeKind.QUALIFIED_DIVIDENDS, 15_000.0);
    ProjectedYearTaxes taxes = ProjectedYearTaxes.build(Y2026, 2026, INFLATION, List.of(couple), List.of(other),
        IncomeKind.RETIREMENT_WITHDRAWALS);
    BigDecimal none = HouseholdTaxCalculator.exactTotalTax(other, couple, Y2026);
    for (double net : new double[] {0.0, 5_000.0, 20_000.0, 45_000.0, 80_000.0, 150_000.0, 400_000.0}) {
      double x = cents(taxes.amountForNet(0, net, 1.0));
      BigDecimal tax = HouseholdTaxCalculator.exactTotalTax(other.plus(IncomeKind.RETIREMENT_WITHDRAWALS,
          BigDecimal.valueOf(x)), couple, Y2026);
      assertThat(x - tax.subtract(none).doubleValue()).as("net of the gross-up of %.0f", net).isCloseTo(net, within(0.01));
    }
  }

  @Test
  void aPathWithMoreInflationHasItsBracketsIndexedByItsOwnPriceLevel() {
    // 2031 (no senior deduction any more), a couple of 60 without benefits and below the NIIT
    // threshold, so that every figure that binds is indexed: the path's price level is 10 % above the
    // planned one, its income too; its tax is the calculator's with the rules indexed by the path's level
    int t = 5;
    TaxFiler couple = new TaxFiler(FilingStatus.MARRIED_JOINT, List.of(60, 60), BigDecimal.ZERO, STATE, false);
    HouseholdIncome other = income(IncomeKind.ORDINARY, 30_000.0, IncomeKind.QUALIFIED_DIVIDENDS, 20_000.0);
    List<TaxFiler> filers = java.util.Collections.nCopies(t + 1, couple);
    List<HouseholdIncome> others = java.util.Collections.nCopies(t + 1, other);
    ProjectedYearTaxes taxes = ProjectedYearTaxes.build(Y2026, 2026, INFLATION, filers, others,
        IncomeKind.RETIREMENT_WITHDRAWALS);
    BigDecimal ratio = new BigDecimal("1.1");
    TaxYearRules pathRules = IndexedTaxRules.of(Y2026, 2031, planned(t).multiply(ratio));
    HouseholdIncome pathOther = income(IncomeKind.ORDINARY, 33_000.0, IncomeKind.QUALIFIED_DIVIDENDS, 22_000.0);
    for (double w : new double[] {0.0, 25_000.0, 60_000.0, 110_000.0}) {
      BigDecimal expected = HouseholdTaxCalculator.exactTotalTax(pathOther.plus(IncomeKind.RETIREMENT_WITHDRAWALS,
          BigDecimal.valueOf(w * 1.1)), couple, pathRules);
      assertThat(taxes.tax(t, w * 1.1, 1.1)).as("tax at %.0f", w).isCloseTo(expected.doubleValue(), within(0.02));
    }
  }

  /** The planned price level of projection year t relative to 2026, as the tables compute it. */
  private static BigDecimal planned(int t) {
    return new BigDecimal(Double.toString(1 + INFLATION)).pow(t, MathContext.DECIMAL64);
  }

  private static ScenarioSet deterministic() {
    return ParametricMonteCarlo.builder()
        .assetClass("stocks", STOCKS, 0.0)
        .assetClass("bonds", BONDS, 0.0)
        .inflation(InflationAssumption.constant(INFLATION))
        .paths(1)
        .seed(7)
        .build()
        .scenarios(List.of("stocks", "bonds"), YEARS);
  }

  private static double cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static HouseholdIncome income(IncomeKind a, double amountA, IncomeKind b, double amountB) {
    Map<IncomeKind, BigDecimal> amounts = new EnumMap<>(IncomeKind.class);
    amounts.put(a, BigDecimal.valueOf(amountA).setScale(2, RoundingMode.HALF_UP));
    amounts.put(b, BigDecimal.valueOf(amountB).setScale(2, RoundingMode.HALF_UP));
    return HouseholdIncome.of(amounts);
  }
}
