package io.perennial.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.IncomeCharacter;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.plan.ResolvedPlan;
import io.perennial.realestate.PropertyUse;
import io.perennial.realestate.RentalProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code property:} block of a plan file: read into a {@link RentalProperty}, carried by the
 * plan settings, and turned by the resolved plan into a holding valued at its equity and paying its
 * cash flow; bad input names the field and the fix.
 */
class PropertySectionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final AssetId HOUSE = AssetId.of("house");

  /**
   * A small plan with one house: rent 1,500 a month, no vacancy, 6,000 of expenses, so NOI 12,000;
   * no loan, so the cash flow is the NOI. Line numbers are given for the tests below.
   */
  private static final String PLAN = String.join("\n",
      "valuationDate: 2026-01-02",                  // 1
      "profile:",                                   // 2
      "  annualSpending: 40000",                    // 3
      "accounts:",                                  // 4
      "  - id: direct",                             // 5
      "    type: taxable",                          // 6
      "    holdings:",                              // 7
      "      - {asset: house, quantity: 1}",        // 8
      "universe:",                                  // 9
      "  - id: house",                              // 10
      "    name: Cottage",                          // 11
      "    class: rental-real-estate",              // 12
      "    price: 200000",                          // 13
      "    property:",                              // 14
      "      monthlyRent: 1500",                    // 15
      "      expenses: 6000",                       // 16
      "      purchasePrice: 150000",                // 17
      "      purchaseDate: 2020-03-15",             // 18
      "      landShare: 0.2",                       // 19
      "");

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, content);
    return file;
  }

  private PlanDocument read(String content) throws IOException {
    return PlanFile.read(write(content), BuiltInAssumptions.SET, TODAY);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> readFails(String content) throws IOException {
    Path file = write(content);
    return assertThatThrownBy(() -> PlanFile.read(file, BuiltInAssumptions.SET, TODAY)).isInstanceOf(InputException.class);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  @Test
  void readsAPropertyWithItsDefaults() throws IOException {
    RentalProperty house = read(PLAN).settings().properties().get(HOUSE);
    assertThat(house.name()).isEqualTo("Cottage");
    assertThat(house.use()).isEqualTo(PropertyUse.RESIDENTIAL);
    assertThat(house.value()).isEqualTo(Money.usd("200000"));
    assertThat(house.valueDate()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(house.monthlyRent()).isEqualTo(Money.usd("1500"));
    assertThat(house.vacancy()).isZero();
    assertThat(house.expenses().fixed()).isEqualTo(Money.usd("6000"));
    // Rent and expense growth default to the assumptions' inflation, appreciation to the rent growth.
    assertThat(house.rentGrowth()).isEqualTo(BuiltInAssumptions.SET.inflation());
    assertThat(house.expenseGrowth()).isEqualTo(BuiltInAssumptions.SET.inflation());
    assertThat(house.appreciation()).isEqualTo(house.rentGrowth());
    assertThat(house.purchase().placedInService()).isEqualTo(YearMonth.of(2020, 3));
    assertThat(house.purchase().closingCosts().isZero()).isTrue();
    assertThat(house.landShare()).isEqualTo(0.2);
    assertThat(house.mortgage()).isEmpty();
    assertThat(house.ownershipShare()).isEqualTo(1.0);
  }

  @Test
  void withoutALoanTheHoldingIsTheValueAndPaysTheNoi() throws IOException {
    PlanDocument plan = read(PLAN);
    ResolvedPlan resolved = ResolvedPlan.of(plan.household(), plan.market(BuiltInAssumptions.SET), plan.settings());
    // 1,500 × 12 = 18,000 − 6,000 = 12,000 a year on 200,000: a 6 % yield.
    assertThat(resolved.price(HOUSE)).isEqualTo(Money.usd("200000"));
    assertThat(resolved.estimate(HOUSE).yield()).isCloseTo(0.06, within(1e-12));
    // Taxable: 12,000 − depreciation of 2026 (150,000 × 0.8 / 27.5 = 4,363.64) = 7,636.36 of the 12,000
    // (63.64 %) is rental income, the rest sheltered as return of capital.
    assertThat(resolved.asset(HOUSE).incomeMix().share(IncomeCharacter.RENTAL_NET_INCOME))
        .isCloseTo(7_636.36 / 12_000, within(1e-5));
    assertThat(resolved.asset(HOUSE).incomeMix().share(IncomeCharacter.RETURN_OF_CAPITAL))
        .isCloseTo(4_363.64 / 12_000, within(1e-5));
  }

  @Test
  void aMortgageByItsBalanceAmortizesFromTheValuationMonth() throws IOException {
    RentalProperty house = read(replace(PLAN, "      landShare: 0.2",
        "      landShare: 0.2\n      ownershipShare: 0.5\n      mortgage: {balance: 100000, rate: 0.06, termYears: 30, firstPayment: 2020-05}"))
        .settings().properties().get(HOUSE);
    assertThat(house.mortgage().orElseThrow().balance()).isEqualTo(Money.usd("100000"));
    assertThat(house.mortgage().orElseThrow().balanceMonth()).isEqualTo(YearMonth.of(2026, 1));
    assertThat(house.mortgage().orElseThrow().remainingPayments()).isEqualTo(360 - 68);
    assertThat(house.ownershipShare()).isEqualTo(0.5);
  }

  @Test
  void aMissingFieldIsNamedWithItsFix() throws IOException {
    readFails(replace(PLAN, "      landShare: 0.2\n", ""))
        .hasMessageContaining("line 14, universe[0].property")
        .hasMessageContaining("no landShare given")
        .hasMessageContaining("Fix: add landShare:");
    readFails(replace(PLAN, "      monthlyRent: 1500\n", ""))
        .hasMessageContaining("universe[0].property").hasMessageContaining("no monthlyRent given");
  }

  @Test
  void aPercentageForARateIsCaughtAtItsLine() throws IOException {
    readFails(replace(PLAN, "      landShare: 0.2", "      landShare: 0.2\n      vacancy: 5"))
        .hasMessageContaining("line 20, universe[0].property.vacancy")
        .hasMessageContaining("looks like a percentage")
        .hasMessageContaining("Fix: write rates as fractions: 0.05");
  }

  @Test
  void theLoanNeedsOneAmountAMonthAndARate() throws IOException {
    readFails(replace(PLAN, "      landShare: 0.2",
        "      landShare: 0.2\n      mortgage: {rate: 0.06, termYears: 30, firstPayment: 2020-05}"))
        .hasMessageContaining("universe[0].property.mortgage").hasMessageContaining("no originalAmount or balance given")
        .hasMessageContaining("Fix: give the loan's originalAmount:");
    readFails(replace(PLAN, "      landShare: 0.2",
        "      landShare: 0.2\n      mortgage: {originalAmount: 100000, rate: 0.06, termYears: 30, firstPayment: May 2020}"))
        .hasMessageContaining("universe[0].property.mortgage.firstPayment").hasMessageContaining("'May 2020' is not a month")
        .hasMessageContaining("Fix: write the month as YYYY-MM");
    readFails(replace(PLAN, "      landShare: 0.2",
        "      landShare: 0.2\n      mortgage: {originalAmount: 100000, rate: 6.5, termYears: 30, firstPayment: 2020-05}"))
        .hasMessageContaining("universe[0].property.mortgage.rate").hasMessageContaining("looks like a percentage");
    readFails(replace(PLAN, "      landShare: 0.2",
        "      landShare: 0.2\n      mortgage: {originalAmount: 100000, rate: 0.06, termYears: 5, firstPayment: 2010-05}"))
        .hasMessageContaining("it is paid off").hasMessageContaining("Fix: remove the mortgage");
  }

  @Test
  void aPropertyCannotBeUnderwaterNorPayLessThanNothing() throws IOException {
    readFails(replace(PLAN, "      landShare: 0.2",
        "      landShare: 0.2\n      mortgage: {balance: 250000, rate: 0.06, termYears: 30, firstPayment: 2020-05}"))
        .hasMessageContaining("universe[0].property.mortgage").hasMessageContaining("is not less than its value");
    readFails(replace(PLAN, "      expenses: 6000", "      expenses: 18000\n      vacancy: 0.05"))
        .hasMessageContaining("the cash flow of house after debt service is negative");
  }

  @Test
  void itsIncomeIsComputedNotWritten() throws IOException {
    readFails(replace(PLAN, "    price: 200000", "    price: 200000\n    yield: 0.05"))
        .hasMessageContaining("universe[0].yield").hasMessageContaining("Fix: remove yield:");
    readFails(replace(PLAN, "    class: rental-real-estate", "    class: reits"))
        .hasMessageContaining("universe[0].property").hasMessageContaining("Fix: use class: rental-real-estate");
    readFails(replace(PLAN, "{asset: house, quantity: 1}", "{asset: house, quantity: 2}"))
        .hasMessageContaining("accounts[0].holdings[0]").hasMessageContaining("Fix: hold it as quantity 1");
  }
}
