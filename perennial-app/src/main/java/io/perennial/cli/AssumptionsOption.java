package io.perennial.cli;

import io.perennial.io.PlanFile;
import io.perennial.market.CapitalMarketAssumptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --assumptions NAME} option of the commands that run a plan file: the capital-market
 * assumptions set, over the plan file's own {@code assumptions:} field and the default (the
 * forward-looking set).
 */
final class AssumptionsOption {

  @Option(names = "--assumptions", paramLabel = "NAME",
      description = "The capital-market assumptions: forward (the default: building blocks from today's yields and "
          + "valuations) or historical (long-run averages); overrides the plan file's 'assumptions:'. "
          + "'perennial assumptions --set NAME' prints a set.")
  String name;

  /** The set that {@code planFile} runs under with this option. */
  CapitalMarketAssumptions of(Path planFile) {
    return PlanFile.assumptions(planFile, name);
  }
}
