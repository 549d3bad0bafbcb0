package io.perennial.cli;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.check.CheckInput;
import io.perennial.check.CheckSettings;
import io.perennial.check.Figures;
import io.perennial.check.HealthChecks;
import io.perennial.check.HealthIssue;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.Holding;
import io.perennial.domain.InvestorProfile;
import io.perennial.domain.Lot;
import io.perennial.estimate.DividendSafety;
import io.perennial.io.MonitoredPlan;
import io.perennial.io.PlanDocument;
import io.perennial.io.PlanFile;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.plan.HoldingsAnalysis;
import io.perennial.plan.HoldingsAnalyzer;
import io.perennial.plan.ResolvedPlan;
import io.perennial.plan.TaxAnalysis;
import io.perennial.plan.TaxAnalyzer;
import io.perennial.rebalance.Drift;
import io.perennial.rebalance.Position;
import io.perennial.rebalance.TargetPolicy;
import io.perennial.tax.RequiredMinimumDistributions;
import io.perennial.tax.WashSaleRule;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perennial check PLAN [--store S]}: the household's health issues ({@link HealthChecks}) from
 * what the plan file says (with {@code --store}, the store's accounts): drift from its
 * {@code targets:}, concentration, the dividend safety of the assets whose history files the plan
 * names (the history-only score of {@code DividendSafetyScreen}), income against spending (after the
 * tax the plan's rules give), expected real income growth, cash above the months of spending allowed,
 * harvestable losses in taxable lots (wash sales against the purchases of the last 30 days the lots
 * record) and the required distribution of this year. A parse → call → render handler.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Health checks of a plan file's household: a list of issues, each with a code (drift, concentration, "
          + "dividend-safety, income-shortfall, inflation-erosion, cash-drag, harvestable-loss, rmd-due), a "
          + "severity, the figures and a suggested fix. With --json, stdout is one JSON document: "
          + "{\"issues\": [{\"code\", \"severity\", \"asset\"|\"class\"|\"account\"|..., \"figures\", \"fix\"}, ...]}. "
          + "See docs/checks.md.",
      ""
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin AssumptionsOption assumptionsOption = new AssumptionsOption();

  @Parameters(index = "0", paramLabel = "FILE", description = "the plan file, e.g. examples/retiree.yaml")
  Path file;

  @Option(names = "--long-term-rate", paramLabel = "RATE", defaultValue = "0.15",
      description = "the tax rate on long-term gains and losses, a fraction (default 0.15), for the tax a harvest saves")
  double longTermRate;

  @Option(names = "--short-term-rate", paramLabel = "RATE", defaultValue = "0.24",
      description = "the tax rate on short-term gains and losses (default 0.24)")
  double shortTermRate;

  @Option(names = "--json", description = "print one JSON document instead of text")
  boolean json;

  @Option(names = "--store", paramLabel = "S",
      description = "take the accounts, holdings, lots and cash from this store (a SQLite file or a jdbc:postgresql:// URL) "
          + "on the plan's valuation date instead of the plan file (as plan --store does)")
  String store;

  /**
   * The plan file read once (plan, notes, {@code targets:}, dividend-safety scores of its history
   * files); with {@code store} (may be null) its accounts, holdings, lots and cash replaced by the
   * store's, as {@code plan --store} does. Shared by {@code check} and {@code rebalance}.
   */
  static MonitoredPlan read(Path file, String store, CapitalMarketAssumptions assumptions) {
    MonitoredPlan read = PlanFile.readForMonitoring(file, assumptions, LocalDate.now());
    return store == null ? read : read.with(PlanCommand.withStore(read.input(), store));
  }

  @Override
  public Integer call() {
    CapitalMarketAssumptions assumptions = assumptionsOption.of(file);
    MonitoredPlan read = read(file, store, assumptions);
    PlanDocument plan = read.plan();
    ResolvedPlan resolved = ResolvedPlan.of(plan.household(), plan.market(assumptions), plan.settings());
    HoldingsAnalysis analysis = HoldingsAnalyzer.analyze(resolved);
    TaxAnalysis tax = TaxAnalyzer.analyze(resolved, analysis);
    List<HealthIssue> issues = HealthChecks.run(input(resolved, read.targets(), read.safety(), analysis, tax),
        CheckSettings.DEFAULTS);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(issues));
    } else {
      print(out, issues);
    }
    return ExitCodes.OK;
  }

  private CheckInput input(ResolvedPlan plan, Optional<TargetPolicy> policy, Map<AssetId, DividendSafety> safety,
      HoldingsAnalysis analysis, TaxAnalysis tax) {
    LocalDate date = plan.valuationDate();
    List<CheckInput.Position> positions = new ArrayList<>();
    List<Position> forDrift = new ArrayList<>();
    List<WashSaleRule.Purchase> purchases = new ArrayList<>();
    List<CheckInput.Distribution> distributions = new ArrayList<>();
    InvestorProfile profile = plan.profile();
    int birthYear = date.getYear() - profile.age();
    for (Account account : plan.accounts()) {
      Money accountValue = Money.ZERO_USD;
      for (Holding holding : account.holdings()) {
        Money price = plan.price(holding.assetId());
        Money value = price.times(holding.quantity());
        accountValue = accountValue.plus(value);
        var asset = plan.asset(holding.assetId());
        positions.add(new CheckInput.Position(account.id(), account.type(), asset, false, holding.quantity(), price, value,
            holding.lots()));
        forDrift.add(new Position(account.id(), asset.id(), asset.assetClass(), value));
        for (Lot lot : holding.lots()) {
          if (!lot.acquired().isBefore(date.minusDays(30)) && !lot.acquired().isAfter(date)) {
            purchases.add(new WashSaleRule.Purchase(account.id(), account.type(), holding.assetId(), lot.acquired(), lot.quantity()));
          }
        }
      }
      if (account.type() == AccountType.TAX_DEFERRED && date.getYear() >= RequiredMinimumDistributions.firstTableYear()) {
        var required = RequiredMinimumDistributions.required(birthYear, date.getYear(), accountValue.amount());
        if (required.required().signum() > 0) {
          distributions.add(new CheckInput.Distribution(account.id(), required.age(), required.divisor().orElseThrow().doubleValue(),
              accountValue, Money.usd(required.required()), Money.ZERO_USD, LocalDate.of(date.getYear(), 12, 31)));
        }
      }
    }
    Optional<Drift> drift = policy.map(p -> Drift.of(p, forDrift));
    CheckInput.Income income = new CheckInput.Income(tax.afterTaxIncome().afterTaxIncome(), tax.coverage().otherIncome(),
        profile.goal().annualSpending(), profile.goal().yearsUntilStart() == 0, analysis.income().incomeGrowth(),
        profile.inflation());
    return new CheckInput(date, positions, drift, safety, Optional.of(income), List.of(), distributions, purchases, Map.of(),
        WashSaleRule.SubstantiallyIdentical.sameAssetOnly(), longTermRate, shortTermRate);
  }

  /** {@code {"issues": [{"code", "severity", <subject kind>: id, "figures", "fix"}, ...]}}. */
  static Map<String, Object> document(List<HealthIssue> issues) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (HealthIssue issue : issues) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("code", issue.code());
      i.put("severity", issue.severity());
      i.put(issue.subject().kind().name().toLowerCase(Locale.ROOT), issue.subject().id());
      i.put("figures", plain(issue.figures()));
      Map<String, Object> fix = new LinkedHashMap<>();
      fix.put("action", issue.fix().action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      fix.put("amount", issue.fix().amount());
      fix.put("replacement", issue.fix().replacement().orElse(null));
      fix.put("by", issue.fix().by().orElse(null));
      i.put("fix", fix);
      list.add(i);
    }
    return Map.of("issues", list);
  }

  /** A figures record as a map of its components: Optionals unwrapped, enums by their lower-case name. */
  private static Map<String, Object> plain(Figures figures) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (RecordComponent component : figures.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(figures);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component.getName() + " of " + figures, e);
      }
      if (value instanceof Optional<?> optional) {
        value = optional.orElse(null);
      }
      if (value instanceof Enum<?> constant && !(value instanceof io.perennial.domain.Identified)) {
        value = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      map.put(component.getName(), value);
    }
    return map;
  }

  private static void print(PrintWriter out, List<HealthIssue> issues) {
    out.printf(Locale.ROOT, "Health checks: %d issue%s%n", issues.size(), issues.size() == 1 ? "" : "s");
    for (HealthIssue issue : issues) {
      out.printf(Locale.ROOT, "  %-8s %-18s %-10s %-24s fix: %s %,.2f%n", issue.severity().id(), issue.code().id(),
          issue.subject().kind().name().toLowerCase(Locale.ROOT), issue.subject().id(),
          issue.fix().action().name().toLowerCase(Locale.ROOT).replace('_', '-'), issue.fix().amount().toDouble());
    }
    out.flush();
  }
}
