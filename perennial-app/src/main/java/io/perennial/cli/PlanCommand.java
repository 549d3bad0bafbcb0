package io.perennial.cli;

import io.perennial.basics.WithProblems;
import io.perennial.io.PlanFile;
import io.perennial.market.BuiltInAssumptions;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.plan.PlanInput;
import io.perennial.plan.PlanReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perennial plan FILE [--json]}: reads a plan file and reports on the current holdings and their taxes. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Reports on a plan's current holdings: value, income, risk, concentration, this year's taxes "
          + "(after-tax income, the tax the portfolio causes, marginal rates, tax-equivalent yields) and income "
          + "coverage before and after tax.",
      "",
      "The plan file (YAML, or JSON when named .json) holds the profile, accounts and holdings, universe, "
          + "prices and constraints; see the plan file reference in README.md. The JSON output is described in docs/plan-json.md."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the plan file, e.g. examples/retiree.yaml")
  Path file;

  @Option(names = "--json", description = "print one JSON document (camelCase keys, rates as fractions) instead of tables")
  boolean json;

  @Override
  public Integer call() {
    CapitalMarketAssumptions assumptions = BuiltInAssumptions.SET;
    WithProblems<PlanInput> input = PlanFile.readWithNotes(file, assumptions, LocalDate.now());
    PlanReport report = PlanReport.of(input.value(), assumptions).withNotes(input.problems());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, report);
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
