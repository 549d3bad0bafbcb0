package io.perennial.plan;

import io.perennial.basics.AssetId;
import io.perennial.basics.Checks;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.basics.Rates;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.FilingStatus;
import io.perennial.domain.IncomeCharacter;
import io.perennial.domain.IncomeMix;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.SocialSecurityBenefit;
import io.perennial.plan.TaxAnalysis.AccountAfterTax;
import io.perennial.plan.TaxAnalysis.AfterTaxCoverage;
import io.perennial.plan.TaxAnalysis.AfterTaxIncome;
import io.perennial.plan.TaxAnalysis.AssetAfterTax;
import io.perennial.plan.TaxAnalysis.CharacterAmount;
import io.perennial.plan.TaxAnalysis.Filer;
import io.perennial.plan.TaxAnalysis.HoldingAfterTax;
import io.perennial.plan.TaxAnalysis.HouseholdTax;
import io.perennial.plan.TaxAnalysis.TaxAmounts;
import io.perennial.plan.TaxAnalysis.TaxEquivalentYield;
import io.perennial.plan.TaxAnalysis.Taxes;
import io.perennial.tax.AfterTaxIncomeCalculator;
import io.perennial.tax.AfterTaxIncomeResult;
import io.perennial.tax.HoldingIncome;
import io.perennial.tax.HouseholdIncome;
import io.perennial.tax.HouseholdTaxCalculator;
import io.perennial.tax.HouseholdTaxResult;
import io.perennial.tax.IncomeKind;
import io.perennial.tax.MarginalRate;
import io.perennial.tax.TaxFiler;
import io.perennial.tax.TaxRules;
import io.perennial.tax.TaxYearRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * This year's taxes on a plan's current holdings: (resolved plan, holdings analysis) →
 * {@link TaxAnalysis}. Stateless; the tax year and its rules are the resolved plan's.
 *
 * <ol>
 *   <li>The tax year is the valuation date's year, or the plan's {@code taxYear}; a year after the
 *       last with data uses the latest rules, with a note ({@link #taxYear}).
 *   <li>The filer comes from the profile ({@link TaxFiler#from(InvestorProfile)}); the household's
 *       other income is its taxable part, as ordinary income, and the Social Security benefits paid
 *       in the tax year are taxed by the Publication 915 worksheet ({@link OutsideIncome}).
 *   <li>Each position's income (value × yield) is taxed by the {@link AfterTaxIncomeCalculator}:
 *       taxable accounts by character at the household's marginal rates, tax-deferred accounts at
 *       the marginal ordinary rate (the tax it will bear when withdrawn), tax-free accounts not at
 *       all. The marginal rates are those at the other income plus the taxable accounts' income.
 *   <li>The exact tax the portfolio causes: the household's tax is computed on the other income
 *       alone (T₀), with the taxable accounts' income (T₁), and with the tax-deferred income also
 *       withdrawn as ordinary income (T₂); the portfolio causes T₂ − T₀, of which T₁ − T₀ this
 *       year whatever is withdrawn.
 *   <li>Coverage after tax = (portfolio income − (T₂ − T₀)) ÷ (spending goal − (other income − T₀)).
 * </ol>
 */
public final class TaxAnalyzer {

  private static final MathContext RATIO = MathContext.DECIMAL64;

  /** The coverage formula, for people. */
  public static final String COVERAGE_FORMULA = "incomeCoverage = afterTaxPortfolioIncome / spendingFromPortfolio, where "
      + "afterTaxPortfolioIncome = portfolioIncome - portfolioTax (the extra tax the portfolio's income causes, exact) and "
      + "spendingFromPortfolio = annualSpending - (otherIncome - otherIncomeTax) (other income taxed as if it were the only income)";

  private TaxAnalyzer() {}

  /**
   * Which year's tax rules value a plan's taxes.
   *
   * @param year the year asked: the valuation date's year or the plan's tax year
   * @param rulesYear the year of the rules used
   * @param fromPlan true when the plan names the tax year
   */
  public record TaxYearChoice(int year, int rulesYear, boolean fromPlan) {

    /** True when the rules are of another year than the one asked. */
    public boolean substituted() {
      return year != rulesYear;
    }
  }

  /**
   * The tax year of a plan valued on {@code valuationDate}: {@code taxYear} when given (it must
   * have data); else the valuation date's year when it has data; else, for a later year, the latest
   * year with data (the report says so). A valuation date before the first year with data is an
   * error: the rules of a later year would misstate that year's taxes.
   *
   * @throws IllegalArgumentException when the year asked has no data and none can stand in for it;
   *     the message lists the years with data
   */
  public static TaxYearChoice taxYear(LocalDate valuationDate, OptionalInt taxYear) {
    Checks.notNull(valuationDate, "valuation date");
    List<Integer> years = TaxRules.years();
    String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    if (taxYear != null && taxYear.isPresent()) {
      int year = taxYear.getAsInt();
      Checks.check(years.contains(year), "no tax data for tax year " + year + "; years with tax data: " + list);
      return new TaxYearChoice(year, year, true);
    }
    int year = valuationDate.getYear();
    if (years.contains(year)) {
      return new TaxYearChoice(year, year, false);
    }
    int first = years.get(0);
    if (year < first) {
      throw new InvalidInputException("the valuation date " + valuationDate + " is in " + year + ", before " + first
          + ", the first year with tax data (years with tax data: " + list + "); name a tax year with data (taxYear) "
          + "to value the taxes under its rules, or use a later valuation date");
    }
    int before = years.stream().filter(y -> y < year).max(Integer::compare).orElseThrow();
    return new TaxYearChoice(year, before, false);
  }

  /** The taxes of {@code input}'s holdings, whose income {@code analysis} has estimated. */
  public static TaxAnalysis analyze(ResolvedPlan input, HoldingsAnalysis analysis) {
    Checks.notNull(input, "resolved plan");
    Checks.notNull(analysis, "holdings analysis");
    InvestorProfile profile = input.profile();
    Checks.check(profile.goal().annualSpending().currency().equals(Money.USD),
        "US taxes need amounts in USD, the plan is in " + profile.goal().annualSpending().currency());
    List<Problem> problems = new ArrayList<>();
    TaxYearChoice year = input.taxYear();
    TaxYearRules rules = input.taxRules();
    TaxFiler filer = TaxFiler.from(profile);
    HouseholdIncome other = OutsideIncome.taxableNow(input);

    // The holdings' income, in the plan's order (positions are listed account by account).
    Map<String, Account> accounts = new LinkedHashMap<>();
    input.accounts().forEach(account -> accounts.put(account.id(), account));
    List<HoldingIncome> holdings = new ArrayList<>();
    BigDecimal deferredIncome = BigDecimal.ZERO;
    for (HoldingsAnalysis.Position position : analysis.holdings().positions()) {
      AccountType type = accounts.get(position.account()).type();
      holdings.add(new HoldingIncome(position.asset(), position.account(), type, position.income().amount(),
          input.asset(position.asset()).incomeMix(), position.value().amount()));
      if (type == AccountType.TAX_DEFERRED) {
        deferredIncome = deferredIncome.add(position.income().amount());
      }
    }
    AfterTaxIncomeResult result = AfterTaxIncomeCalculator.calculate(holdings, other, filer, rules);

    // The household's tax in three exact steps.
    HouseholdTaxResult alone = HouseholdTaxCalculator.calculate(other, filer, rules);
    HouseholdTaxResult withTaxable = result.household();
    HouseholdTaxResult withDeferred = deferredIncome.signum() > 0
        ? HouseholdTaxCalculator.calculate(withTaxable.income().plus(IncomeKind.ORDINARY, deferredIncome), filer, rules)
        : withTaxable;
    HouseholdTax aloneTax = householdTax(alone);
    HouseholdTax taxableTax = householdTax(withTaxable);
    HouseholdTax deferredTax = householdTax(withDeferred);
    TaxAmounts causedByTaxable = taxableTax.amounts().minus(aloneTax.amounts());
    TaxAmounts causedByDeferred = deferredTax.amounts().minus(taxableTax.amounts());
    TaxAmounts causedByPortfolio = deferredTax.amounts().minus(aloneTax.amounts());

    // Rows at marginal rates, and their charges split by tax.
    Map<IncomeKind, MarginalRate> rates = result.marginalRates();
    BigDecimal[] split = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}; // federal, NIIT, state
    List<HoldingAfterTax> byHolding = new ArrayList<>();
    Map<String, BigDecimal[]> byAccountSums = new LinkedHashMap<>();
    input.accounts().forEach(account -> byAccountSums.put(account.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
    Map<AssetId, BigDecimal[]> byAssetSums = new LinkedHashMap<>();
    for (int i = 0; i < holdings.size(); i++) {
      HoldingIncome holding = holdings.get(i);
      AfterTaxIncomeResult.HoldingAfterTax row = result.holdings().get(i);
      List<CharacterAmount> characters = new ArrayList<>();
      for (IncomeCharacter character : holding.mix().shares().keySet()) {
        BigDecimal amount = row.incomeByCharacter().get(character);
        characters.add(new CharacterAmount(character, Money.usd(amount)));
        if (holding.accountType() == AccountType.TAXABLE) {
          IncomeKind.of(character).ifPresent(kind -> addCharge(split, amount, rates.get(kind)));
        }
      }
      if (holding.accountType() == AccountType.TAX_DEFERRED) {
        addCharge(split, holding.income(), rates.get(IncomeKind.ORDINARY));
      }
      byHolding.add(new HoldingAfterTax(holding.accountId(), holding.assetId(), holding.accountType(),
          Money.usd(holding.income()), characters, Money.usd(row.tax()), Money.usd(row.afterTaxIncome())));
      BigDecimal[] account = byAccountSums.get(holding.accountId());
      account[0] = account[0].add(holding.income());
      account[1] = account[1].add(row.tax());
      BigDecimal[] asset = byAssetSums.computeIfAbsent(holding.assetId(), id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      asset[0] = asset[0].add(holding.income());
      asset[1] = asset[1].add(row.tax());
    }
    TaxAmounts atMarginalRates = new TaxAmounts(Money.usd(split[0]), Money.usd(split[1]), Money.usd(split[2]),
        Money.usd(result.tax()));

    Map<String, BigDecimal> exactShares = new LinkedHashMap<>();
    share(input.accounts(), AccountType.TAXABLE, byAccountSums, causedByTaxable.total().amount(), exactShares);
    share(input.accounts(), AccountType.TAX_DEFERRED, byAccountSums, causedByDeferred.total().amount(), exactShares);
    List<AccountAfterTax> byAccount = new ArrayList<>();
    for (Account account : input.accounts()) {
      BigDecimal[] sums = byAccountSums.get(account.id());
      BigDecimal exact = exactShares.getOrDefault(account.id(), BigDecimal.ZERO);
      byAccount.add(new AccountAfterTax(account.id(), account.name(), account.type(), Money.usd(sums[0]),
          Money.usd(sums[1]), Money.usd(sums[0].subtract(sums[1])), ratio(sums[1], sums[0]),
          Money.usd(exact), Money.usd(sums[0].subtract(exact))));
    }
    List<AssetAfterTax> byAsset = new ArrayList<>();
    byAssetSums.forEach((id, sums) -> byAsset.add(new AssetAfterTax(id, Money.usd(sums[0]), Money.usd(sums[1]),
        Money.usd(sums[0].subtract(sums[1])), ratio(sums[1], sums[0]))));
    byAsset.sort(Comparator.comparing(AssetAfterTax::afterTaxIncome).reversed().thenComparing(AssetAfterTax::asset));

    BigDecimal portfolioIncome = result.income();
    BigDecimal deferredRate = rates.get(IncomeKind.ORDINARY).total();
    AfterTaxIncome afterTaxIncome = new AfterTaxIncome(
        rules.year(),
        Money.usd(portfolioIncome),
        Money.usd(result.tax()),
        Money.usd(result.afterTaxIncome()),
        ratio(result.tax(), portfolioIncome),
        causedByPortfolio.total(),
        Money.usd(portfolioIncome).minus(causedByPortfolio.total()),
        deferredRate.doubleValue(),
        byAccount,
        byAsset,
        byHolding,
        taxEquivalentYields(input, analysis, rates));

    Map<IncomeKind, MarginalRate> ratesByKey = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      ratesByKey.put(kind, rates.get(kind));
    }
    Filer filerSummary = new Filer(filer.filingStatus(), filer.ages(), profile.stateTaxRate(), filer.muniInState(),
        profile.itemizedDeductions(), profile.otherIncome(), profile.taxableOtherIncome(),
        Money.usd(other.amount(IncomeKind.SOCIAL_SECURITY)));
    Taxes taxes = new Taxes(
        year.year(),
        rules.year(),
        rules.sources(),
        filerSummary,
        aloneTax,
        taxableTax,
        deferredTax,
        causedByTaxable,
        causedByDeferred,
        causedByPortfolio,
        atMarginalRates,
        ratesByKey,
        withDeferred.marginalRate(IncomeKind.RETIREMENT_WITHDRAWALS),
        withDeferred.effectiveRate().doubleValue(),
        ratio(causedByPortfolio.total().amount(), portfolioIncome),
        ZeroRateGainRoom.measure(withDeferred.income(), filer, rules),
        assumptions(rates, filer),
        rules.caveats());

    // Coverage after tax.
    Money spending = profile.goal().annualSpending();
    Money otherIncomeTax = profile.wages().paidIn(year.year()).isZero() ? aloneTax.totalTax()
        : Money.usd(HouseholdTaxCalculator.calculate(OutsideIncome.withoutWages(profile, year.year()), filer, rules).totalTax());
    Money outside = OutsideIncome.totalNow(input);
    Money afterTaxOther = outside.minus(otherIncomeTax);
    Money need = spending.minus(afterTaxOther);
    if (need.isNegative()) {
      need = Money.ZERO_USD;
    }
    Money afterTaxPortfolio = afterTaxIncome.afterTaxIncomeExact();
    Double coverageRatio = need.isZero() ? null : afterTaxPortfolio.amount().divide(need.amount(), RATIO).doubleValue();
    AfterTaxCoverage coverage = new AfterTaxCoverage(spending, outside, otherIncomeTax, afterTaxOther, need,
        Money.usd(portfolioIncome), causedByPortfolio.total(), afterTaxPortfolio, coverageRatio, afterTaxPortfolio.minus(need),
        COVERAGE_FORMULA);

    notes(input, year, filer, need, problems);
    return new TaxAnalysis(afterTaxIncome, taxes, coverage, problems);
  }

  /**
   * Shares {@code total} (cents) among the accounts of {@code type} in proportion to their tax at
   * marginal rates, or to their income when those taxes are all zero (or, failing both, equally);
   * each share rounded to the cent, the last account taking the remainder.
   */
  private static void share(List<Account> accounts, AccountType type, Map<String, BigDecimal[]> sums, BigDecimal total,
      Map<String, BigDecimal> shares) {
    List<String> ids = accounts.stream().filter(a -> a.type() == type).map(Account::id).toList();
    if (ids.isEmpty()) {
      return;
    }
    BigDecimal taxes = ids.stream().map(id -> sums.get(id)[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal incomes = ids.stream().map(id -> sums.get(id)[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
    int basis = taxes.signum() > 0 ? 1 : 0;
    BigDecimal whole = basis == 1 ? taxes : incomes;
    BigDecimal assigned = BigDecimal.ZERO;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      BigDecimal part;
      if (i == ids.size() - 1) {
        part = total.subtract(assigned);
      } else if (whole.signum() > 0) {
        part = total.multiply(sums.get(id)[basis]).divide(whole, 2, RoundingMode.HALF_EVEN);
      } else {
        part = total.divide(BigDecimal.valueOf(ids.size()), 2, RoundingMode.HALF_EVEN);
      }
      assigned = assigned.add(part);
      shares.put(id, part);
    }
  }

  private static void addCharge(BigDecimal[] split, BigDecimal amount, MarginalRate rate) {
    split[0] = split[0].add(amount.multiply(rate.federal()));
    split[1] = split[1].add(amount.multiply(rate.niit()));
    split[2] = split[2].add(amount.multiply(rate.state()));
  }

  private static List<TaxEquivalentYield> taxEquivalentYields(ResolvedPlan input, HoldingsAnalysis analysis,
      Map<IncomeKind, MarginalRate> rates) {
    double taxableInterest = rates.get(IncomeKind.TAXABLE_INTEREST).totalAsDouble();
    List<TaxEquivalentYield> rows = new ArrayList<>();
    for (HoldingsAnalysis.AssetIncome assetIncome : analysis.income().byAsset()) {
      IncomeMix mix = input.asset(assetIncome.asset()).incomeMix();
      double muni = mix.share(IncomeCharacter.MUNI_INTEREST);
      double treasury = mix.share(IncomeCharacter.TREASURY_INTEREST);
      if (muni == 0 && treasury == 0) {
        continue;
      }
      double taxRate = 0;
      for (Map.Entry<IncomeCharacter, Double> share : mix.shares().entrySet()) {
        Optional<IncomeKind> kind = IncomeKind.of(share.getKey());
        if (kind.isPresent()) {
          taxRate += share.getValue() * rates.get(kind.get()).totalAsDouble();
        }
      }
      double afterTaxYield = assetIncome.yield() * (1.0 - taxRate);
      Double equivalent = taxableInterest < 1.0 ? afterTaxYield / (1.0 - taxableInterest) : null;
      List<String> heldIn = analysis.holdings().positions().stream()
          .filter(p -> p.asset().equals(assetIncome.asset())).map(HoldingsAnalysis.Position::account).distinct().toList();
      rows.add(new TaxEquivalentYield(assetIncome.asset(), assetIncome.yield(), muni, treasury, taxRate, afterTaxYield,
          taxableInterest, equivalent, heldIn));
    }
    return rows;
  }

  private static HouseholdTax householdTax(HouseholdTaxResult result) {
    Map<IncomeKind, Money> income = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      BigDecimal amount = result.income().amount(kind);
      if (amount.signum() != 0) {
        income.put(kind, Money.usd(amount));
      }
    }
    HouseholdTaxResult.Deductions d = result.deductions();
    return new HouseholdTax(income, Money.usd(result.totalIncome()), Money.usd(result.adjustedGrossIncome()),
        Money.usd(result.taxableSocialSecurity()), d.deductionUsed(), Money.usd(d.deduction()), Money.usd(d.seniorDeduction()), Money.usd(d.qbiDeduction()),
        Money.usd(result.taxableIncome()), Money.usd(result.federalIncomeTax()), Money.usd(result.niit()),
        Money.usd(result.stateTax()), Money.usd(result.totalTax()), result.effectiveRate().doubleValue());
  }

  private static List<String> assumptions(Map<IncomeKind, MarginalRate> rates, TaxFiler filer) {
    String ordinary = Rates.percent(rates.get(IncomeKind.ORDINARY).totalAsDouble(), 2);
    return List.of(
        "Other income is taxed first, as if it were the household's only income; the portfolio's tax is the extra "
            + "tax its income adds on top.",
        "Marginal rates are those of the next dollar at the other income plus the taxable accounts' income (nothing "
            + "withdrawn from tax-deferred accounts).",
        "Taxable accounts: each income character at the marginal rate of its kind (federal + NIIT + state); "
            + "return of capital is not taxed now (it lowers the cost basis); capital-gain distributions are long-term gains.",
        "Tax-deferred accounts: the income is valued after the tax it will bear when withdrawn, as ordinary income, "
            + "at the household's marginal ordinary rate (" + ordinary + "); the exact figures withdraw it this year.",
        "Tax-free accounts: no tax.",
        "Ages are taken as at the end of the tax year"
            + (filer.ages().isEmpty() ? "; none given, so no one is taken to be 65 or older." : "."));
  }

  private static void notes(ResolvedPlan input, TaxYearChoice year, TaxFiler filer, Money need, List<Problem> problems) {
    InvestorProfile profile = input.profile();
    String years = TaxRules.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
    if (year.substituted()) {
      problems.add(Problem.of("taxes", "the valuation date " + input.valuationDate() + " is in " + year.year()
              + ", a year without tax data (years with tax data: " + years + "); the taxes use the " + year.rulesYear()
              + " rules, so brackets and deductions are not adjusted to " + year.year(),
          "set taxYear to choose the rules, or use a version of Perennial with " + year.year() + " tax data"));
    } else if (year.fromPlan() && year.year() != input.valuationDate().getYear()) {
      problems.add(Problem.of("taxYear", "the taxes use the " + year.rulesYear() + " rules, as taxYear says; the valuation date "
          + input.valuationDate() + " is in another year", ""));
    }
    Money other = profile.otherIncome();
    if (!other.isZero()) {
      if (profile.taxableOtherIncome().equals(other)) {
        problems.add(Problem.of("profile.otherIncome", "all the other income (" + dollars(other) + ") is taxed as ordinary "
                + "income, as a pension or wages are; if it includes Social Security benefits its tax is overstated (at most "
                + "85 % of benefits are taxable, less at lower incomes)",
            "give the benefits as profile.socialSecurity (monthly benefit at full retirement age, claiming age, year of "
                + "birth), which are taxed by the Publication 915 worksheet"));
      } else {
        problems.add(Problem.of("profile.taxableOtherIncome", dollars(profile.taxableOtherIncome()) + " of the other income ("
            + dollars(other) + ") is taxed as ordinary income, the rest not at all; a taxable part of benefits taken as given "
            + "misses that more portfolio income makes more of the benefits taxable",
            "give Social Security benefits as profile.socialSecurity instead"));
      }
    }
    for (SocialSecurityBenefit benefit : profile.socialSecurity()) {
      if (benefit.firstYearPaid() > year.year()) {
        problems.add(Problem.of("profile.socialSecurity", "the benefit of the person born in " + benefit.birthYear()
            + ", claimed at " + benefit.claimingAge() + ", is first paid in " + benefit.firstYearPaid() + ", so this year's "
            + "taxes leave it out", ""));
      }
    }
    if (profile.age() == 0 && profile.spouseAge() == 0) {
      problems.add(Problem.of("profile.age", "no age is given, so no one on the return is taken to be 65 or older "
          + "(no additional standard deduction, no senior deduction)", "give age: (and spouseAge: on a joint return)"));
    } else if (filer.filingStatus() == FilingStatus.MARRIED_JOINT && filer.ages().size() < 2) {
      problems.add(Problem.of("profile.spouseAge", "only one age is given on a married-joint return; the other spouse is "
          + "taken to be under 65", "give both ages: age: and spouseAge:"));
    }
    Money wages = profile.wages().paidIn(year.year());
    if (!wages.isZero()) {
      problems.add(Problem.of("profile.wages", "the wages (" + dollars(wages) + " a year, to " + profile.wages().lastYear()
          + ") are taxed as ordinary income, so the marginal rates are those of the wages; they do not count toward the "
          + "spending, and the tax on the other income alone (coverage) leaves them out", ""));
    } else if (profile.goal().yearsUntilStart() > 0) {
      problems.add(Problem.of("taxes", "the spending starts in " + profile.goal().yearsUntilStart() + " years, but the taxes "
          + "are this year's with the profile's other income as the only income besides the portfolio; wages earned "
          + "until then are not in the plan, so the marginal rates may be understated", ""));
    }
    if (need.isZero()) {
      problems.add(Problem.of("coverage.afterTax", "after tax, other income covers all the spending, so after-tax income "
          + "coverage is not defined", ""));
    }
  }

  private static String dollars(Money money) {
    return String.format(Locale.US, "$%,.2f", money.amount());
  }

  private static double ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? 0.0 : part.divide(whole, RATIO).doubleValue();
  }
}
