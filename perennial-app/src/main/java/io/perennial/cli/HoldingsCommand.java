package io.perennial.cli;

import io.perennial.basics.AssetId;
import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Money;
import io.perennial.basics.Problem;
import io.perennial.domain.Lot;
import io.perennial.ledger.LedgerPosition;
import io.perennial.ledger.PositionDifference;
import io.perennial.ledger.ReportedPosition;
import io.perennial.storage.StoreHoldings;
import io.perennial.storage.StoreLedger;
import io.perennial.storage.StoredAsset;
import io.perennial.tax.LotReliefMethod;
import io.perennial.tax.RealizedGain;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code perennial holdings}: what each account holds, rebuilt from the imported transactions (lots,
 * cost basis, cash), and where that differs from the latest positions file. See docs/store.md.
 */
@Command(
    name = "holdings",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Holdings in the store: per account, each position with its quantity, cost basis and tax lots "
          + "(rebuilt from the transactions: buys, reinvestments, splits, sales by the account's lot method), "
          + "and cash.",
      "Differences from the latest positions file of each account are listed, not hidden."
    })
public final class HoldingsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Holdings at the end of this day (YYYY-MM-DD); default today.")
  LocalDate asOf;

  @Option(names = "--method", paramLabel = "M",
      description = "Relieve every sale by this method instead of the stored ones (what-if): fifo, highest-cost, lowest-cost, average-cost, minimum-tax.")
  String method;

  @Option(names = "--json", description = "Print one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() {
    StoreLedger ledger = new StoreLedger(store.open(false));
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    StoreHoldings holdings;
    if (method == null) {
      holdings = ledger.holdings(day);
    } else {
      LotReliefMethod chosen;
      try {
        chosen = LotReliefMethod.parse(method);
      } catch (InvalidInputException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--method: " + e.getMessage());
      }
      holdings = ledger.holdings(day, chosen);
    }
    Map<AssetId, StoredAsset> assets = ledger.storedAssets();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, toJson(holdings, assets));
    } else {
      print(out, holdings, assets);
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> toJson(StoreHoldings holdings, Map<AssetId, StoredAsset> assets) {
    List<Map<String, Object>> accounts = new ArrayList<>();
    for (StoreHoldings.AccountHoldings account : holdings.accounts()) {
      List<Map<String, Object>> positions = new ArrayList<>();
      for (LedgerPosition position : account.positions()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("asset", position.assetId());
        p.put("quantity", position.quantity());
        p.put("costBasis", position.costBasis());
        List<Map<String, Object>> lots = new ArrayList<>();
        for (Lot lot : position.lots()) {
          Map<String, Object> l = new LinkedHashMap<>();
          l.put("acquired", lot.acquired());
          l.put("quantity", lot.quantity());
          l.put("cost", lot.cost());
          lots.add(l);
        }
        p.put("lots", lots);
        p.put("method", method(assets, position.assetId(), account.account().lotMethod()));
        positions.add(p);
      }
      for (ReportedPosition position : account.reported()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("asset", position.assetId());
        p.put("quantity", position.quantity());
        p.put("costBasis", position.costBasis().orElse(null));
        p.put("lots", List.of());
        p.put("method", method(assets, position.assetId(), account.account().lotMethod()));
        positions.add(p);
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", account.account().id());
      a.put("name", account.account().name());
      a.put("type", account.account().type());
      a.put("source", account.positionsDate().map(d -> "positions file of " + d).orElse("transactions"));
      a.put("positions", positions);
      a.put("cash", account.cash());
      a.put("realized", realized(account.realized()));
      accounts.add(a);
    }
    List<Map<String, Object>> differences = new ArrayList<>();
    for (PositionDifference difference : holdings.differences()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("account", difference.accountId());
      d.put("asset", difference.assetId().orElse(null));
      d.put("field", difference.field());
      d.put("derived", difference.derived());
      d.put("reported", difference.reported());
      differences.add(d);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("asOf", holdings.asOf());
    json.put("accounts", accounts);
    json.put("differences", differences);
    json.put("problems", holdings.problems().stream().map(Problem::describe).toList());
    return json;
  }

  /** Realized gains: short- and long-term totals and each relieved part. */
  static Map<String, Object> realized(List<RealizedGain> gains) {
    Money shortTerm = Money.ZERO_USD;
    Money longTerm = Money.ZERO_USD;
    List<Map<String, Object>> parts = new ArrayList<>();
    for (RealizedGain gain : gains) {
      if (gain.term() == RealizedGain.Term.SHORT) {
        shortTerm = shortTerm.plus(gain.gain());
      } else {
        longTerm = longTerm.plus(gain.gain());
      }
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("asset", gain.assetId());
      part.put("acquired", gain.acquired());
      part.put("sold", gain.sold());
      part.put("quantity", gain.quantity());
      part.put("proceeds", gain.proceeds());
      part.put("cost", gain.cost());
      part.put("gain", gain.gain());
      part.put("term", gain.term());
      parts.add(part);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("shortTerm", shortTerm);
    json.put("longTerm", longTerm);
    json.put("sales", parts);
    return json;
  }

  private static String method(Map<AssetId, StoredAsset> assets, AssetId asset, LotReliefMethod accountMethod) {
    StoredAsset stored = assets.get(asset);
    return (stored == null ? accountMethod : stored.methodIn(accountMethod)).id();
  }

  private static void print(PrintWriter out, StoreHoldings holdings, Map<AssetId, StoredAsset> assets) {
    out.println("Holdings on " + holdings.asOf());
    if (holdings.accounts().isEmpty()) {
      out.println("  (the store holds no accounts yet: perennial import FILE)");
    }
    for (StoreHoldings.AccountHoldings account : holdings.accounts()) {
      out.println();
      out.printf(Locale.ROOT, "%s  %s (%s)%s%n", account.account().id(), account.account().name(), account.account().type().id(),
          account.positionsDate().map(d -> ", from the positions file of " + d).orElse(""));
      AlignedTable table = new AlignedTable("asset", ">quantity", ">cost basis", ">lots", "method");
      for (LedgerPosition p : account.positions()) {
        table.row(p.assetId().value(), p.quantity().toPlainString(), p.costBasis().amount().toPlainString(),
            String.valueOf(p.lots().size()), method(assets, p.assetId(), account.account().lotMethod()));
      }
      for (ReportedPosition p : account.reported()) {
        table.row(p.assetId().value(), p.quantity().toPlainString(), p.costBasis().map(m -> m.amount().toPlainString()).orElse("?"),
            "?", method(assets, p.assetId(), account.account().lotMethod()));
      }
      table.row("cash", account.cash().amount().toPlainString(), "", "", "");
      table.print(out, "  ", true);
      if (!account.realized().isEmpty()) {
        Map<String, Object> realized = realized(account.realized());
        out.println("  realized gains: short-term " + realized.get("shortTerm") + ", long-term " + realized.get("longTerm")
            + " (" + account.realized().size() + (account.realized().size() == 1 ? " lot" : " lots") + " or parts of lots sold)");
      }
    }
    if (!holdings.differences().isEmpty()) {
      out.println();
      out.println("Differences from the positions files:");
      holdings.differences().forEach(d -> out.println("  " + d.describe()));
    }
    if (!holdings.problems().isEmpty()) {
      out.println();
      out.println("Transactions that could not be applied:");
      holdings.problems().forEach(p -> out.println("  " + p.describe()));
    }
    out.flush();
  }
}
