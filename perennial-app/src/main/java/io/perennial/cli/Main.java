package io.perennial.cli;

import io.perennial.basics.InvalidInputException;
import io.perennial.io.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code perennial} command line. Errors: bad input → exit 2 with a message naming the file,
 * line or field; infeasible → exit 3 naming the conflicting constraints; anything else → exit 1.
 * With {@code --json}, stdout carries exactly one JSON document; messages go to stderr. An internal
 * error prints one line; {@code --debug} anywhere on the command line adds its stack trace.
 */
@Command(
    name = "perennial",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Portfolios for passive income: analyse, allocate, locate, rebalance and project.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AssumptionsCommand.class,
      EstimateCommand.class,
      HoldingsCommand.class,
      ImportCommand.class,
      IncomeCommand.class,
      OptimizeCommand.class,
      PlanCommand.class,
      ProjectCommand.class,
      CheckCommand.class,
      RebalanceCommand.class,
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

  /** The option, anywhere on the command line, that adds the stack trace to an internal error. */
  static final String DEBUG = "--debug";

  /**
   * Runs the command line and returns the exit code. Never throws: a failure of the JVM itself (out
   * of memory, a stack overflow) becomes one sentence and exit 2 (the input is too large or too
   * deeply nested for this heap), an unexpected exception one line and exit 1, with the stack trace
   * only under {@code --debug}.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(new Main(), out, err, args);
  }

  /** Runs {@code command} (the top-level command; a test may give its own) as {@link #execute}. */
  static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
    boolean debug = java.util.Arrays.asList(args).contains(DEBUG);
    String[] rest = java.util.Arrays.stream(args).filter(a -> !DEBUG.equals(a)).toArray(String[]::new);
    try {
      return run(command, out, err, debug, rest);
    } catch (OutOfMemoryError e) {
      return resourceLimit(err, debug, e,
          "out of memory: the input is too large for this Java heap; make it smaller or run with a larger"
              + " heap, e.g. PERENNIAL_JAVA_OPTS=-Xmx4g");
    } catch (StackOverflowError e) {
      return resourceLimit(err, debug, e, "the input is nested too deeply to be read; flatten it");
    } catch (RuntimeException e) {
      // picocli rethrows what escapes its handlers; report it as the handler would.
      return internal(err, debug, e);
    }
  }

  private static int resourceLimit(PrintWriter err, boolean debug, Throwable e, String sentence) {
    err.println("perennial: " + sentence);
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  private static int internal(PrintWriter err, boolean debug, Throwable exception) {
    String message = exception.getMessage() == null ? "" : ": " + clip(exception.getMessage());
    err.println("perennial: internal error (" + exception.getClass().getSimpleName() + message
        + "); this is a bug in Perennial, please report it with the command you ran"
        + (debug ? "" : " (add --debug for the stack trace)"));
    if (debug) {
      exception.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** A user-facing message of at most 4,000 characters, whatever input it quotes. */
  static String bounded(String message) {
    return message == null || message.length() <= 4000 ? message : message.substring(0, 4000) + "… (message cut)";
  }

  /** The first line of a message, at most 300 characters: never echo an unbounded input. */
  static String clip(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  private static int run(Object command, PrintWriter out, PrintWriter err, boolean debug, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(java.time.LocalDate.class, new OptionValues.DateConverter());
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> handle(exception, line, debug));
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      PrintWriter errors = exception.getCommandLine().getErr();
      errors.println("perennial: " + exception.getMessage());
      errors.println("Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      errors.flush();
      return ExitCodes.BAD_INPUT;
    });
    return commandLine.execute(args);
  }

  private static int handle(Exception exception, CommandLine commandLine, boolean debug) {
    PrintWriter err = commandLine.getErr();
    int code;
    if (exception instanceof InputException) {
      err.println("perennial: " + bounded(exception.getMessage()));
      code = ExitCodes.BAD_INPUT;
    } else if (exception instanceof InfeasibleException) {
      err.println("perennial: infeasible: " + exception.getMessage());
      code = ExitCodes.INFEASIBLE;
    } else if (exception instanceof InvalidInputException) {
      err.println("perennial: " + bounded(exception.getMessage()));
      code = ExitCodes.BAD_INPUT;
    } else {
      // A plain IllegalArgumentException (or any other) is a bug of ours, not the user's input:
      // every rule on user input throws InvalidInputException (engine) or InputException (files).
      code = internal(err, debug, exception);
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
