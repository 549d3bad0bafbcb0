package io.perennial.cli;

import io.perennial.basics.Problem;
import io.perennial.basics.WithProblems;
import io.perennial.domain.Account;
import io.perennial.io.PlanFile;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.domain.InvestorProfile;
import io.perennial.io.PlanDocument;
import io.perennial.plan.Planner;
import io.perennial.plan.PlanResult;
import io.perennial.project.RunOptions;
import io.perennial.storage.Store;
import io.perennial.storage.StoreLedger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perennial plan FILE [--store S] [--json]}: reads a plan file and reports on the current
 * holdings, their taxes and their projection. With {@code --store} the accounts, holdings, lots and
 * cash come from the store on the plan's valuation date (rebuilt from the imported transactions, as
 * {@code holdings} shows them)
 * and only the profile, universe, prices and settings from the plan file.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Reports on a plan: its current holdings, taxes and projection, then the recommended allocation and "
          + "location (the plan's optimization) and the trades that reach it.",
      "",
      "The recommendation: the optimizer's weights per asset and account, what they change in income, "
          + "tax and risk, and the trades per account (sales first, with the gain they realize); a plan with "
          + "'optimization: {enabled: false}' gets the report of its holdings only.",
      "",
      "The report of the holdings: value, income, risk, concentration, this year's taxes "
          + "(after-tax income, the tax the portfolio causes, marginal rates, tax-equivalent yields), income "
          + "coverage before and after tax, and a projection: will the income last? (a seeded Monte Carlo of "
          + "income and value after tax and inflation: success rate, income coverage and percentiles by year, "
          + "worst income drop, the goal year of a saver, safe and perpetual withdrawal rates).",
      "",
      "The plan file (YAML, or JSON when named .json) holds the profile, accounts and holdings, universe, "
          + "prices and constraints; see the plan file reference in README.md. The JSON output is described in docs/plan-json.md.",
      "",
      "With --store the accounts, holdings, tax lots and cash are the store's on the plan's valuation date (what 'perennial holdings' "
          + "shows) instead of the plan file's; the profile, universe, prices and settings stay the plan file's."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AssumptionsOption assumptionsOption = new AssumptionsOption();

  @Parameters(index = "0", paramLabel = "FILE", description = "the plan file, e.g. examples/retiree.yaml")
  Path file;

  @Option(names = "--json", description = "print one JSON document (camelCase keys, rates as fractions) instead of tables")
  boolean json;

  @Option(names = "--brief", description = "print only what to do: the headline and the holdings now beside the "
      + "recommendation (at most 25 lines)")
  boolean brief;

  @Option(names = "--store", paramLabel = "S",
      description = "take the accounts, holdings, lots and cash from this store (a SQLite file or a jdbc:postgresql:// URL) "
          + "instead of the plan file")
  String store;

  /**
   * The plan file read, with its notes; with {@code store} (may be null) its accounts, holdings,
   * lots and cash replaced by the store's on the plan's valuation date, the store's notes added.
   * Shared by {@code plan} and {@code report}, which run the same plan.
   */
  static WithProblems<PlanDocument> read(Path file, String store, CapitalMarketAssumptions assumptions) {
    return withStore(PlanFile.readWithNotes(file, assumptions, LocalDate.now()), store);
  }

  /**
   * {@code input} with, when {@code store} is given (else null), its accounts, holdings, lots and cash
   * replaced by the store's on the plan's valuation date, the store's notes added. Shared by every
   * command that takes a plan file and {@code --store}.
   */
  static WithProblems<PlanDocument> withStore(WithProblems<PlanDocument> input, String store) {
    if (store == null) {
      return input;
    }
    PlanDocument plan = input.value();
    WithProblems<List<Account>> stored = new StoreLedger(Store.open(store, false)).accounts(plan.valuationDate());
    List<Problem> notes = new ArrayList<>(input.problems());
    notes.addAll(stored.problems());
    return WithProblems.of(new PlanDocument(plan.household().withAccounts(stored.value()), plan.valuationDate(),
        plan.prices(), plan.candidates(), plan.settings()), notes);
  }

  @Override
  public Integer call() {
    CapitalMarketAssumptions assumptions = assumptionsOption.of(file);
    WithProblems<PlanDocument> input = read(file, store, assumptions);
    PlanDocument plan = input.value();
    List<Problem> notes = new ArrayList<>(input.problems());
    // A progress bar on stderr for long projections (as perennial project draws), never on stdout.
    InvestorProfile profile = plan.household().profile();
    long work = (long) plan.settings().projection().paths() * (profile.goal().yearsUntilStart() + profile.goal().horizonYears());
    RunOptions options = RunOptions.defaults();
    ProgressBar bar = null;
    if (ProgressBar.worthDrawing(work)) {
      bar = new ProgressBar(spec.commandLine().getErr(), "projection");
      options = options.withProgress(bar);
    }
    PlanResult report = new Planner(options).plan(plan.household(), plan.market(assumptions), plan.settings()).value()
        .withNotes(notes);
    if (bar != null) {
      bar.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, PlanJson.document(report));
    } else if (brief) {
      PlanText.printBrief(out, file, report);
      out.flush();
    } else {
      PlanText.print(out, file, report);
      out.flush();
    }
    if (report.optimization() != null && report.optimization().isInfeasible()) {
      // The report (the holdings analysis and the conflicting rules) is on stdout; exit 3 (DESIGN §5).
      PrintWriter err = spec.commandLine().getErr();
      err.println("perennial: infeasible: " + report.optimization().message());
      err.flush();
      return ExitCodes.INFEASIBLE;
    }
    return ExitCodes.OK;
  }
}
