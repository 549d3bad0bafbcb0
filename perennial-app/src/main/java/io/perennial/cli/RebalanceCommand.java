package io.perennial.cli;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.domain.Account;
import io.perennial.domain.AccountType;
import io.perennial.domain.AssetClass;
import io.perennial.domain.Identified;
import io.perennial.io.InputException;
import io.perennial.io.MonitoredPlan;
import io.perennial.io.PlanDocument;
import io.perennial.io.PlanFile;
import io.perennial.market.UniverseAsset;
import io.perennial.rebalance.Drift;
import io.perennial.rebalance.RebalanceMode;
import io.perennial.rebalance.RebalanceRequest;
import io.perennial.rebalance.RebalanceResult;
import io.perennial.rebalance.RebalanceTrade;
import io.perennial.rebalance.Rebalancer;
import io.perennial.rebalance.TargetPolicy;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perennial rebalance PLAN [--store S]}: the trades, in whole units, that place the cash flows
 * and bring the plan file's {@code targets:} back into their bands, by {@link Rebalancer}, for the plan
 * file's accounts or, with {@code --store}, the store's; a parse → call → render handler.
 */
@Command(
    name = "rebalance",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The trades that bring the holdings of a plan file back to its target policy (the plan file's targets: "
          + "section, with the 5/25 bands unless a target gives its own band:). Cash flows first (--cash: buy "
          + "what is most under target, or sell what is most over); then, for what is still outside its band, "
          + "trades to the band edge (hybrid, the default) or to the target (sell); cash-flow sells nothing. "
          + "Tax-advantaged accounts trade first, taxable sales take the lots of least tax, no money moves "
          + "between accounts and untradeable assets (rental property) are never traded. With --json, stdout "
          + "is one JSON document: {\"mode\", \"trades\", \"drift\": {\"before\", \"after\"}, \"cashLeft\", ...}.",
      ""
    })
final class RebalanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin AssumptionsOption assumptionsOption = new AssumptionsOption();

  @Parameters(index = "0", paramLabel = "FILE", description = "the plan file, with a targets: section")
  Path file;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid",
      description = "cash-flow, sell or hybrid (default: hybrid)")
  String mode;

  @Option(names = "--cash", paramLabel = "[ACCOUNT=]AMOUNT",
      description = "money into (+) or out of (-) an account before the trades; without ACCOUNT, the first taxable account (else the first). Repeatable.")
  List<String> cash = new ArrayList<>();

  @Option(names = "--long-term-rate", paramLabel = "RATE", defaultValue = "0.15",
      description = "the tax rate on long-term gains realized in taxable accounts, a fraction (default 0.15)")
  double longTermRate;

  @Option(names = "--short-term-rate", paramLabel = "RATE", defaultValue = "0.24",
      description = "the tax rate on short-term gains, a fraction (default 0.24)")
  double shortTermRate;

  @Option(names = "--json", description = "print one JSON document instead of tables")
  boolean json;

  @Option(names = "--store", paramLabel = "S",
      description = "take the accounts, holdings, lots and cash from this store (a SQLite file or a jdbc:postgresql:// URL) "
          + "on the plan's valuation date instead of the plan file (as plan --store does); the targets stay the plan file's")
  String store;

  @Override
  public Integer call() {
    MonitoredPlan read = CheckCommand.read(file, store, assumptionsOption.of(file));
    PlanDocument plan = read.plan();
    TargetPolicy policy = read.targets().orElseThrow(() -> new InputException(file.toString(),
        "the plan file has no targets:", "add a targets: list of {class: C} or {asset: A} entries with weight: w adding up to 1"));
    RebalanceRequest request = request(plan, policy);
    RebalanceResult result = Rebalancer.rebalance(request);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, document(result));
    } else {
      print(out, result);
    }
    return ExitCodes.OK;
  }

  private RebalanceRequest request(PlanDocument plan, TargetPolicy policy) {
    RebalanceMode chosen;
    try {
      chosen = Identified.parse(RebalanceMode.class, mode, "mode");
    } catch (InvalidInputException e) {
      throw new InputException("--mode", e.getMessage(), "give --mode cash-flow, sell or hybrid");
    }
    for (double rate : new double[] {longTermRate, shortTermRate}) {
      if (!(rate >= 0 && rate < 1)) {
        throw new InputException(rate == longTermRate ? "--long-term-rate" : "--short-term-rate",
            "a tax rate lies between 0 and 1, got " + rate, "give a fraction: 0.15 = 15 %");
      }
    }
    Map<AssetId, Money> prices = new HashMap<>(plan.prices());
    Map<AssetId, AssetClass> classes = new HashMap<>();
    Set<AssetId> untradeable = new HashSet<>();
    AssetId cashAsset = AssetId.of(PlanFile.CASH_ID);
    for (UniverseAsset candidate : plan.candidates()) {
      classes.put(candidate.asset().id(), candidate.asset().assetClass());
      if (!candidate.tradeable()) {
        untradeable.add(candidate.asset().id());
      }
      if (candidate.asset().assetClass() == AssetClass.CASH) {
        cashAsset = candidate.asset().id();
      }
    }
    classes.putIfAbsent(cashAsset, AssetClass.CASH);
    prices.putIfAbsent(cashAsset, Money.usd("1"));
    List<Account> accounts = plan.household().accounts();
    Map<String, List<AssetId>> menus = new LinkedHashMap<>();
    for (Account account : accounts) {
      if (!account.menu().isEmpty()) {
        menus.put(account.id(), account.menu());
      }
    }
    return new RebalanceRequest(plan.valuationDate(), accounts, prices, classes, cashAsset, policy, flows(accounts), chosen,
        menus, untradeable, new RebalanceRequest.GainRates(longTermRate, shortTermRate), Money.ZERO_USD);
  }

  /** The --cash options by account. */
  private Map<String, Money> flows(List<Account> accounts) {
    Map<String, Money> flows = new LinkedHashMap<>();
    String fallback = accounts.stream().filter(a -> a.type() == AccountType.TAXABLE).findFirst().orElse(accounts.get(0)).id();
    for (String given : cash) {
      int eq = given.indexOf('=');
      String account = eq < 0 ? fallback : given.substring(0, eq).strip();
      String amount = (eq < 0 ? given : given.substring(eq + 1)).strip().replace("_", "");
      if (accounts.stream().noneMatch(a -> a.id().equals(account))) {
        throw new InputException("--cash", "no account " + account + " in " + file, "name one of the plan's account ids");
      }
      Money money;
      try {
        money = Money.usd(new BigDecimal(amount));
      } catch (NumberFormatException e) {
        throw new InputException("--cash", "'" + amount + "' is not a number", "write dollars such as 10000 or -5000.50");
      }
      flows.merge(account, money, Money::plus);
    }
    return flows;
  }

  /** The JSON document: mode, trades, drift before and after, cash left, then method, shortfalls and tax. */
  static Map<String, Object> document(RebalanceResult result) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("mode", result.mode());
    List<Map<String, Object>> trades = new ArrayList<>();
    for (RebalanceTrade trade : result.trades()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("account", trade.account());
      t.put("asset", trade.asset());
      t.put("action", trade.action().name().toLowerCase(Locale.ROOT));
      t.put("quantity", trade.quantity());
      t.put("price", trade.price());
      t.put("amount", trade.amount());
      t.put("realizedGain", trade.realizedGain().orElse(null));
      t.put("term", trade.term().name().toLowerCase(Locale.ROOT));
      t.put("estimatedTax", trade.estimatedTax());
      trades.add(t);
    }
    doc.put("trades", trades);
    doc.put("drift", Map.of("before", drift(result.before()), "after", drift(result.after())));
    doc.put("cashLeft", new LinkedHashMap<>(result.cashLeft()));
    doc.put("method", result.method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    doc.put("shortfalls", new LinkedHashMap<>(result.shortfalls()));
    doc.put("estimatedTax", result.estimatedTax());
    return doc;
  }

  private static Map<String, Object> drift(Drift drift) {
    Map<String, Object> lines = new LinkedHashMap<>();
    for (Drift.TargetDrift line : drift.targets()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("target", line.target().weight());
      d.put("weight", line.weight());
      d.put("drift", line.drift());
      d.put("band", line.halfWidth());
      d.put("outside", line.outside());
      d.put("value", line.value());
      lines.put(line.target().label(), d);
    }
    return lines;
  }

  private static void print(PrintWriter out, RebalanceResult result) {
    out.printf(Locale.ROOT, "Rebalancing (%s mode, %s): %d trade%s, estimated tax %,.2f%n", result.mode().id(),
        result.method().name().toLowerCase(Locale.ROOT).replace('_', '-'), result.trades().size(),
        result.trades().size() == 1 ? "" : "s", result.estimatedTax().toDouble());
    for (RebalanceTrade trade : result.trades()) {
      out.printf(Locale.ROOT, "  %-10s %-4s %12s %-8s %,14.2f  gain %s (%s)%n", trade.account(),
          trade.action().name().toLowerCase(Locale.ROOT), trade.quantity().stripTrailingZeros().toPlainString(), trade.asset().value(),
          trade.amount().toDouble(), trade.realizedGain().map(g -> String.format(Locale.ROOT, "%,.2f", g.toDouble())).orElse("unknown"),
          trade.term().name().toLowerCase(Locale.ROOT));
    }
    out.println("Drift (weight - target, band):");
    for (int i = 0; i < result.before().targets().size(); i++) {
      Drift.TargetDrift before = result.before().targets().get(i);
      Drift.TargetDrift after = result.after().targets().get(i);
      out.printf(Locale.ROOT, "  %-28s target %6.2f %%  before %+6.2f%s  after %+6.2f%s  (band ±%.2f)%n", before.target().label(),
          100 * before.target().weight(), 100 * before.drift(), before.outside() ? " !" : "  ", 100 * after.drift(),
          after.outside() ? " !" : "  ", 100 * before.halfWidth());
    }
    result.cashLeft().forEach((account, money) -> out.printf(Locale.ROOT, "  cash left in %s: %,.2f%n", account, money.toDouble()));
    result.shortfalls().forEach((account, money) ->
        out.printf(Locale.ROOT, "  withdrawal from %s short by %,.2f (cash-flow mode sells nothing)%n", account, money.toDouble()));
    out.flush();
  }
}
