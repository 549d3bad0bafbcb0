package io.perennial.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.perennial.basics.WithProblems;
import io.perennial.html.PlanPage;
import io.perennial.html.ReportPage;
import io.perennial.market.CapitalMarketAssumptions;
import io.perennial.io.PlanDocument;
import io.perennial.plan.Planner;
import io.perennial.plan.PlanResult;
import io.perennial.project.RunOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perennial report PLAN [-o FILE]}: the plan's result (what {@code plan --json} prints) as one
 * self-contained HTML file with charts; see docs/report.md.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the plan's result as one self-contained HTML file: the answer first (what to do and what it "
          + "changes, key figures), then sections to open: holdings, taxes, projection, optimization, trades, "
          + "assumptions and method. Charts are inline SVG; the file fetches nothing and prints on A4.",
      "",
      "The figures are those of `perennial plan FILE --json`; see docs/report.md."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AssumptionsOption assumptionsOption = new AssumptionsOption();

  @Parameters(index = "0", paramLabel = "PLAN", description = "the plan file, e.g. examples/retiree.yaml")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the HTML file to write (default: PLAN-report.html beside the plan)")
  Path output;

  @Option(names = "--store", paramLabel = "S",
      description = "take the accounts, holdings, lots and cash from this store (a SQLite file or a jdbc:postgresql:// URL) "
          + "on the plan's valuation date, as plan --store does")
  String store;

  @Override
  public Integer call() {
    CapitalMarketAssumptions assumptions = assumptionsOption.of(file);
    WithProblems<PlanDocument> input = PlanCommand.read(file, store, assumptions);
    PlanDocument plan = input.value();
    PlanResult report = new Planner(RunOptions.defaults())
        .plan(plan.household(), plan.market(assumptions), plan.settings()).value().withNotes(input.problems());
    JsonNode doc = PlanJson.document(report);
    String html = ReportPage.render(PlanPage.of(doc, file.getFileName().toString()));
    Path target = output != null ? output : defaultOutput(file);
    try {
      Files.writeString(target, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("perennial: cannot write " + target + ": " + e.getMessage() + "; fix: choose a writable file with -o FILE");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + target);
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code examples/retiree.yaml} → {@code examples/retiree-report.html}. */
  static Path defaultOutput(Path plan) {
    String name = plan.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = plan.toAbsolutePath().getParent();
    return parent.resolve(stem + "-report.html");
  }
}
