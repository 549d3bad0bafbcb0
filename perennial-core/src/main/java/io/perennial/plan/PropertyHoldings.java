package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.Asset;
import io.perennial.domain.AssetClass;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.market.MarketSnapshot;
import io.perennial.market.OwnEstimates;
import io.perennial.market.UniverseAsset;
import io.perennial.project.IncomeStream;
import io.perennial.realestate.AmortizationSchedule;
import io.perennial.realestate.PropertyProjection;
import io.perennial.realestate.PropertyProjectionResult;
import io.perennial.realestate.PropertyYear;
import io.perennial.realestate.RentalProperty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a rental property behind a candidate asset ({@link PlanSettings#properties()}) enters the
 * plan. Stateless. Every figure is the property's first twelve months from the valuation date
 * ({@link PropertyProjection#firstYear}) at the household's ownership share:
 *
 * <ul>
 *   <li>the asset's price is the household's <b>equity</b>, value − mortgage balance on the
 *       valuation date (the holding is one unit: the household's share); the mortgage is the
 *       liability netted out, shown in the plan's property section;</li>
 *   <li>its yield is the <b>cash flow after debt service</b> ÷ equity, so the holding's income is
 *       the cash flow; its income growth is its own figure, else the rent growth;</li>
 *   <li>its income mix splits the cash flow c into the taxable rental income t (after interest and
 *       depreciation, {@link PropertyYear#taxableIncome}) as {@code rental-net-income}, which the tax
 *       analysis taxes as {@code IncomeKind.RENTAL} (the household tax applies the §469(i)
 *       passive-loss rule to it), and the sheltered rest c − t (depreciation in excess of principal:
 *       it lowers the basis, to be recaptured on a sale) as {@code return-of-capital}, not taxed now.
 *       A tax loss (t &lt; 0) or a taxable income above the cash flow (principal above depreciation)
 *       cannot be split so: the mix is then all return of capital or all rental income, with a note
 *       ({@link #notes});</li>
 *   <li>the projection adds, from the loan's payoff year, the debt service no longer paid as an
 *       income stream beside the holding ({@link #payoffStreams}).</li>
 * </ul>
 */
public final class PropertyHoldings {

  /** Years projected to find a loan's payoff: a term is at most 600 months, so 51 years always reach it. */
  private static final int PAYOFF_SEARCH_YEARS = 51;

  private PropertyHoldings() {}

  /** The first twelve months of {@code property} at the household's share. */
  public static PropertyYear ownersFirstYear(RentalProperty property) {
    return PropertyProjection.firstYear(property).scaled(property.ownershipShare());
  }

  /**
   * {@code market} with each property asset priced at the household's equity and carrying the
   * property's cash flow as its yield and its tax split as its income mix. Idempotent: the figures
   * come from the properties alone.
   *
   * @throws IllegalArgumentException when a property id is not a candidate, is not rental real
   *     estate, or has no positive equity or a negative cash flow (which the plan cannot hold)
   */
  public static MarketSnapshot market(MarketSnapshot market, Map<AssetId, RentalProperty> properties) {
    Checks.notNull(market, "market snapshot");
    Checks.notNull(properties, "properties");
    if (properties.isEmpty()) {
      return market;
    }
    Map<AssetId, Money> prices = new LinkedHashMap<>(market.prices());
    List<UniverseAsset> candidates = new ArrayList<>();
    for (UniverseAsset candidate : market.candidates()) {
      RentalProperty property = properties.get(candidate.asset().id());
      if (property == null) {
        candidates.add(candidate);
        continue;
      }
      AssetId id = candidate.asset().id();
      Checks.check(candidate.asset().assetClass() == AssetClass.RENTAL_REAL_ESTATE,
          "asset " + id + " has a property but is of class " + candidate.asset().assetClass().id());
      PropertyYear year = ownersFirstYear(property);
      Money equity = year.valueStart().minus(year.balanceStart());
      Checks.check(equity.amount().signum() > 0, "the mortgage of " + id + " (" + year.balanceStart()
          + ") is not less than its value (" + year.valueStart() + "): the plan holds a property by its equity");
      Money cashFlow = year.cashFlow();
      Checks.check(!cashFlow.isNegative(), "the cash flow of " + id + " after debt service is negative (" + cashFlow
          + "): the plan cannot hold an income below zero");
      OwnEstimates own = candidate.own();
      OwnEstimates derived = new OwnEstimates(
          OptionalDouble.of(Math.min(1.0, cashFlow.toDouble() / equity.toDouble())),
          own.incomeGrowth().isPresent() ? own.incomeGrowth() : OptionalDouble.of(property.rentGrowth()),
          own.expectedReturn(), own.average(), own.volatility());
      Asset asset = candidate.asset().withIncomeMix(mix(year));
      candidates.add(new UniverseAsset(asset, derived, candidate.yieldTrap(), candidate.expectedCut(), candidate.tradeable()));
      prices.put(id, equity);
    }
    for (AssetId id : properties.keySet()) {
      Checks.check(market.candidate(id).isPresent(), "a property is given for " + id + ", which is not in the universe");
    }
    return new MarketSnapshot(market.valuationDate(), prices, candidates, market.assumptions());
  }

  /**
   * The household's unrealised gain on {@code property} on its value date: value − adjusted basis
   * (cost basis less the depreciation taken through the year before), at the ownership share. The
   * same on the equity the plan holds: equity − (adjusted basis − loan balance).
   */
  public static Money unrealisedGain(RentalProperty property) {
    Money adjusted = property.purchase().costBasis()
        .minus(property.depreciation().accumulatedThrough(property.valueDate().getYear() - 1));
    return property.value().minus(adjusted).times(property.ownershipShare());
  }

  /** The cash flow's split: taxable rental income and the sheltered rest (see the class comment). */
  static IncomeMix mix(PropertyYear year) {
    double cash = year.cashFlow().toDouble();
    double taxable = year.taxableIncome().toDouble();
    if (cash <= 0.0 || taxable <= 0.0) {
      return IncomeMix.of(IncomeCharacter.RETURN_OF_CAPITAL);
    }
    if (taxable >= cash) {
      return IncomeMix.of(IncomeCharacter.RENTAL_NET_INCOME);
    }
    Map<IncomeCharacter, Double> shares = new EnumMap<>(IncomeCharacter.class);
    shares.put(IncomeCharacter.RENTAL_NET_INCOME, taxable / cash);
    shares.put(IncomeCharacter.RETURN_OF_CAPITAL, 1.0 - taxable / cash);
    return new IncomeMix(shares);
  }

  /** The plan's property section: one row per property held, in the order of {@code properties}. */
  public static List<PropertyReport> report(Map<AssetId, RentalProperty> properties) {
    List<PropertyReport> rows = new ArrayList<>();
    properties.forEach((id, property) -> {
      PropertyYear y = ownersFirstYear(property);
      Integer payoff = property.amortization().map(AmortizationSchedule::payoffMonth).map(m -> m.getYear()).orElse(null);
      Double dscr = y.dscr().isPresent() ? y.dscr().getAsDouble() : null;
      rows.add(new PropertyReport(id, property.name(), y.taxYear(), property.ownershipShare(), y.valueStart(),
          y.balanceStart(), y.valueStart().minus(y.balanceStart()), y.grossRent(), y.effectiveRent(), y.operatingExpenses(),
          y.noi(), y.interest(), y.principal(), y.debtService(), y.cashFlow(), y.depreciation(), y.taxableIncome(),
          y.capRate(), dscr, payoff));
    });
    return rows;
  }

  /** What the plan says of how its properties are taxed, when the cash-flow split cannot carry it. */
  public static List<Problem> notes(Map<AssetId, RentalProperty> properties) {
    List<Problem> notes = new ArrayList<>();
    properties.forEach((id, property) -> {
      PropertyYear y = ownersFirstYear(property);
      Money taxable = y.taxableIncome();
      if (taxable.isNegative()) {
        notes.add(Problem.of("properties", id + " has a rental tax loss of " + dollars(taxable.negated()) + " after interest "
            + "and depreciation; the plan does not deduct it (under IRC 469(i) up to $25,000 of it may offset other income "
            + "below $100,000 of modified AGI), so its tax is overstated", ""));
      } else if (taxable.compareTo(y.cashFlow()) > 0) {
        notes.add(Problem.of("properties", id + "'s taxable rental income (" + dollars(taxable) + ") exceeds its cash flow ("
            + dollars(y.cashFlow()) + ") because the principal repaid exceeds the depreciation; the plan taxes the cash "
            + "flow only, so its tax is understated", ""));
      }
    });
    return notes;
  }

  /**
   * The income streams of the debt service a paid-off loan no longer takes, for a projection of
   * {@code years} years from the valuation date: in the payoff year the debt service not paid that
   * year, from the next year the whole first year's debt service (nominal, not indexed, taxed as
   * income). None without a loan or when the payoff lies beyond the years.
   */
  public static List<IncomeStream> payoffStreams(AssetId id, RentalProperty property, int years) {
    List<IncomeStream> streams = new ArrayList<>();
    Optional<PayoffYear> payoff = payoff(property);
    if (payoff.isEmpty() || payoff.get().index() >= years) {
      return streams;
    }
    PayoffYear p = payoff.get();
    double full = p.firstDebtService().toDouble();
    double partial = full - p.payoffDebtService().toDouble();
    if (partial > 0.0) {
      streams.add(new IncomeStream(id + " loan paid off", partial, p.index(), p.index() + 1, 0.0, 1.0));
    }
    if (p.index() + 1 < years) {
      streams.add(new IncomeStream(id + " loan paid off", full, p.index() + 1, Integer.MAX_VALUE, 0.0, 1.0));
    }
    return streams;
  }

  /**
   * The projected year in which the loan is paid off.
   *
   * @param index 0 for the first projected year
   * @param calendarYear the calendar year the projected year starts in
   * @param firstDebtService the household's debt service of the first projected year
   * @param payoffDebtService its debt service in the payoff year
   */
  public record PayoffYear(int index, int calendarYear, Money firstDebtService, Money payoffDebtService) {}

  /** When the loan of {@code property} is paid off in the projection's years; empty without a loan. */
  public static Optional<PayoffYear> payoff(RentalProperty property) {
    if (property.mortgage().isEmpty()) {
      return Optional.empty();
    }
    PropertyProjectionResult run = PropertyProjection.expected(property, PAYOFF_SEARCH_YEARS);
    int index = run.payoffYear();
    if (index < 0) {
      return Optional.empty();
    }
    List<PropertyYear> years = run.ownersYears();
    return Optional.of(new PayoffYear(index, years.get(index).taxYear(), years.get(0).debtService(),
        years.get(index).debtService()));
  }

  private static String dollars(Money money) {
    return String.format(Locale.US, "$%,.2f", money.amount());
  }
}
