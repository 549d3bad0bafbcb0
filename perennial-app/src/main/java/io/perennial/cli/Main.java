package io.perennial.cli;

import io.perennial.io.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code perennial} command line. Errors: bad input → exit 2 with a message naming the file,
 * line or field; infeasible → exit 3 naming the conflicting constraints; anything else → exit 1.
 * With {@code --json}, stdout carries exactly one JSON document; messages go to stderr.
 */
@Command(
    name = "perennial",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Portfolios for passive income: analyse, allocate, locate, rebalance and project.",
    subcommands = {
      CommandLine.HelpCommand.class,
      EstimateCommand.class,
      HoldingsCommand.class,
      ImportCommand.class,
      IncomeCommand.class,
      OptimizeCommand.class,
      PlanCommand.class,
      ProjectCommand.class,
      RmdCommand.class, SocialSecurityCommand.class,
      TaxCommand.class,
      PropertyCommand.class,
      ReportCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'perennial plan examples/retiree.yaml'");
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(Main::handle);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      PrintWriter errors = exception.getCommandLine().getErr();
      errors.println("perennial: " + exception.getMessage());
      errors.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      errors.flush();
      return ExitCodes.BAD_INPUT;
    });
    return commandLine.execute(args);
  }

  private static int handle(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    if (exception instanceof InputException) {
      err.println("perennial: " + exception.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else if (exception instanceof InfeasibleException) {
      err.println("perennial: infeasible: " + exception.getMessage());
      code = ExitCodes.INFEASIBLE;
    } else if (exception instanceof IllegalArgumentException) {
      err.println("perennial: " + exception.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else {
      err.println("perennial: internal error: " + exception);
      exception.printStackTrace(err);
      err.println("This is a bug in Perennial; please report it with the command you ran.");
      code = ExitCodes.INTERNAL;
    }
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /** The version from the jar's manifest, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"perennial " + (version == null ? "development" : version)};
    }
  }
}
