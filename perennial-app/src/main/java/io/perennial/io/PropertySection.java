package io.perennial.io;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.io.PlanFileModel.AssetEntry;
import io.perennial.io.PlanFileModel.MortgageEntry;
import io.perennial.io.PlanFileModel.PropertyEntry;
import io.perennial.plan.PropertyHoldings;
import io.perennial.realestate.Mortgage;
import io.perennial.realestate.OperatingExpenses;
import io.perennial.realestate.PropertyUse;
import io.perennial.realestate.PropertyYear;
import io.perennial.realestate.Purchase;
import io.perennial.realestate.RentalProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The {@code property:} block of a {@code rental-real-estate} asset as a {@link RentalProperty}: the
 * asset's {@code price:} is the property's value today, the block gives rent, vacancy, expenses,
 * growths, purchase, land share, ownership share and an optional fixed-rate mortgage. Every refusal
 * names the field and the fix, as the other sections' do.
 */
final class PropertySection {

  private final FieldReader fields;

  PropertySection(FieldReader fields) {
    this.fields = fields;
  }

  /**
   * The property of the asset at {@code at} (a pointer such as {@code /universe/7}), valued on
   * {@code valuationDate}; rent and expense growth default to {@code inflation}.
   */
  RentalProperty read(String at, AssetId id, AssetEntry entry, LocalDate valuationDate, double inflation) {
    String p = at + "/property";
    PropertyEntry block = entry.property();
    if (entry.price() == null) {
      throw fields.error(at, "property " + id + " has no price", "give its value today as price:, e.g. price: 290000");
    }
    if (entry.yield() != null) {
      throw fields.error(at + "/yield", "the income of property " + id + " is its cash flow after debt service, computed "
          + "from property:", "remove yield:");
    }
    PropertyUse use = block.use() == null ? PropertyUse.RESIDENTIAL : fields.id(PropertyUse.class, p + "/use", block.use(), "property use");
    Money rent = required(p + "/monthlyRent", block.monthlyRent(), "the scheduled rent of all units per month, e.g. 2400");
    double vacancy = fields.rate(p + "/vacancy", block.vacancy(), 0.0, 0.0, 0.99, "vacancy");
    Money expenses = required(p + "/expenses", block.expenses(),
        "the yearly operating expenses (property tax, insurance, upkeep, management...), e.g. 12280");
    double rentGrowth = fields.rate(p + "/rentGrowth", block.rentGrowth(),
        entry.incomeGrowth() == null ? inflation : entry.incomeGrowth(), -0.5, 0.5, "rent growth");
    double expenseGrowth = fields.rate(p + "/expenseGrowth", block.expenseGrowth(), inflation, -0.5, 0.5, "expense growth");
    double appreciation = fields.rate(p + "/appreciation", block.appreciation(), rentGrowth, -0.5, 0.5, "appreciation");
    Money price = required(p + "/purchasePrice", block.purchasePrice(), "what the property cost, e.g. 215000");
    if (block.purchaseDate() == null) {
      throw fields.error(p, "no purchaseDate given", "add purchaseDate: as YYYY-MM-DD, e.g. 2018-06-29");
    }
    LocalDate bought = fields.date(p + "/purchaseDate", block.purchaseDate());
    if (bought.isAfter(valuationDate)) {
      throw fields.error(p + "/purchaseDate", "property " + id + " is bought on " + bought + ", after the valuation date "
          + valuationDate, "give the date it was bought, on or before " + valuationDate);
    }
    Money closing = fields.amount(p + "/closingCosts", block.closingCosts(), BigDecimal.ZERO);
    YearMonth inService = block.placedInService() == null ? YearMonth.from(bought)
        : month(p + "/placedInService", block.placedInService());
    if (block.landShare() == null) {
      throw fields.error(p, "no landShare given", "add landShare: the share of the cost that is land (never depreciated), "
          + "from the county assessor's land/improvement split, e.g. 0.25");
    }
    double land = fields.rate(p + "/landShare", block.landShare(), 0.0, 0.0, 0.99, "land share");
    double share = fields.rate(p + "/ownershipShare", block.ownershipShare(), 1.0, 0.01, 1.0, "ownership share");
    Purchase purchase;
    try {
      purchase = new Purchase(price, bought, closing, inService);
    } catch (InvalidInputException e) {
      throw fields.error(p + "/placedInService", e.getMessage(), "give the month first rented, YYYY-MM, not before the purchase");
    }
    RentalProperty.Builder builder = RentalProperty.builder(entry.name() == null || entry.name().isBlank() ? id.value() : entry.name())
        .use(use)
        .value(Money.usd(entry.price()), valuationDate)
        .monthlyRent(rent)
        .vacancy(vacancy)
        .expenses(OperatingExpenses.total(expenses))
        .growth(rentGrowth, expenseGrowth, appreciation)
        .purchase(purchase)
        .landShare(land)
        .ownershipShare(share);
    if (block.mortgage() != null) {
      builder.mortgage(mortgage(p + "/mortgage", block.mortgage(), valuationDate));
    }
    RentalProperty property;
    try {
      property = builder.build();
    } catch (InvalidInputException e) {
      throw fields.error(p, e.getMessage(), "correct the property");
    }
    PropertyYear first = PropertyHoldings.ownersFirstYear(property);
    if (first.balanceStart().compareTo(first.valueStart()) >= 0) {
      throw fields.error(p + "/mortgage", "the mortgage of " + id + " (" + first.balanceStart().amount().toPlainString()
          + " owed) is not less than its value (" + first.valueStart().amount().toPlainString() + "): the plan holds a "
          + "property by its equity", "check the loan and the asset's price:");
    }
    if (first.cashFlow().isNegative()) {
      throw fields.error(p, "the cash flow of " + id + " after debt service is negative (" + first.cashFlow().amount()
          .toPlainString() + " a year): the plan cannot hold an income below zero yet", "check rent, expenses and the mortgage");
    }
    return property;
  }

  private Mortgage mortgage(String at, MortgageEntry loan, LocalDate valuationDate) {
    if ((loan.originalAmount() == null) == (loan.balance() == null)) {
      throw fields.error(at, loan.originalAmount() == null ? "no originalAmount or balance given" : "both originalAmount and balance given",
          "give the loan's originalAmount: (as borrowed) or its balance: (owed on the valuation date), one of them");
    }
    if (loan.rate() == null) {
      throw fields.error(at, "no rate given", "add rate: the yearly interest rate as a fraction, e.g. 0.045 for 4.5 %");
    }
    double rate = fields.rate(at + "/rate", loan.rate(), 0.0, 0.0, Mortgage.MAX_RATE, "mortgage rate");
    if (loan.termYears() == null) {
      throw fields.error(at, "no termYears given", "add termYears: the loan's term in years, e.g. 30");
    }
    int years = fields.whole(at + "/termYears", loan.termYears(), 30, 1, 50, "mortgage term in years");
    if (loan.firstPayment() == null) {
      throw fields.error(at, "no firstPayment given", "add firstPayment: the month of the loan's first payment, YYYY-MM, e.g. 2018-08");
    }
    YearMonth first = month(at + "/firstPayment", loan.firstPayment());
    YearMonth now = YearMonth.from(valuationDate);
    if (first.plusYears(years).isBefore(now.plusMonths(1))) {
      throw fields.error(at, "the loan's last payment was in " + first.plusMonths(12L * years - 1) + ", before the valuation "
          + "date: it is paid off", "remove the mortgage");
    }
    Money amount = fields.amount(at + (loan.originalAmount() != null ? "/originalAmount" : "/balance"),
        loan.originalAmount() != null ? loan.originalAmount() : loan.balance(), null);
    if (amount.isZero()) {
      throw fields.error(at, "a loan of zero", "remove the mortgage, or give what was borrowed or is owed");
    }
    try {
      return loan.originalAmount() != null ? Mortgage.original(amount, rate, years, first)
          : Mortgage.currentBalance(amount, now, rate, years, first);
    } catch (InvalidInputException e) {
      throw fields.error(at, e.getMessage(), "correct the loan: balance: is owed before the payment of the valuation date's month");
    }
  }

  private Money required(String at, BigDecimal value, String what) {
    if (value == null) {
      String field = at.substring(at.lastIndexOf('/') + 1);
      throw fields.error(at.substring(0, at.lastIndexOf('/')), "no " + field + " given", "add " + field + ": " + what);
    }
    return fields.amount(at, value, null);
  }

  private YearMonth month(String at, String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw fields.error(at, "'" + text + "' is not a month", "write the month as YYYY-MM, e.g. 2018-08");
    }
  }
}
