package io.perennial.cli;

import io.perennial.basics.InvalidInputException;
import io.perennial.basics.Problem;
import io.perennial.io.broker.BrokerFile;
import io.perennial.io.broker.BrokerFiles;
import io.perennial.io.broker.BrokerFormat;
import io.perennial.io.broker.ImportedAccount;
import io.perennial.io.broker.ReadOptions;
import io.perennial.io.broker.Rejection;
import io.perennial.storage.ImportProgress;
import io.perennial.storage.ImportReport;
import io.perennial.storage.StoreLedger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code perennial import FILE…}: broker exports into the store, in one database transaction. Rows
 * that cannot be read are listed with their line and why; the rest loads. See docs/store.md.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Broker files into the store: Fidelity (activity, positions), Schwab (transactions, positions), "
          + "Vanguard (OfxDownload.csv), OFX/QFX, Interactive Brokers Flex XML, or the generic CSV of "
          + "docs/store.md.",
      "The format is told from the content. A row already in the store (same account, type, date, "
          + "asset, quantity and amount) is a duplicate and is not added again. All files land in one "
          + "transaction, or none."
    })
public final class ImportCommand implements Callable<Integer> {

  /** Files with at least this many rows show their progress on stderr. */
  static final int PROGRESS_FROM_ROWS = 10_000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Broker files.")
  List<Path> files = new ArrayList<>();

  @Mixin StoreOption store;

  @Option(names = "--format", paramLabel = "F", defaultValue = "auto",
      description = "auto (default), fidelity, schwab, vanguard, ibkr-flex, ofx or csv.")
  String format;

  @Option(names = "--account", paramLabel = "ID",
      description = "Account id for files that do not name their account (Schwab CSV, generic CSV without Account).")
  String account;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date of a positions file that does not state it (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--dry-run", description = "Read and check everything, write nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() {
    Optional<BrokerFormat> chosen = format.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(parseFormat(format));
    ReadOptions options = new ReadOptions(Optional.ofNullable(account), Optional.ofNullable(asOf));
    PrintWriter err = spec.commandLine().getErr();
    List<BrokerFile> read = new ArrayList<>();
    for (Path file : files) {
      read.add(BrokerFiles.read(file, chosen, options));
    }
    StoreLedger ledger = new StoreLedger(store.open(true));
    ImportProgress progress = (file, done, total) -> {
      if (total >= PROGRESS_FROM_ROWS) {
        err.printf(Locale.ROOT, "perennial: %s %s: %,d of %,d rows (%d %%)%n", dryRun ? "checking" : "importing", file, done, total,
            total == 0 ? 100 : done * 100 / total);
        err.flush();
      }
    };
    ImportReport report = ledger.importFiles(read, dryRun, progress, Instant.now());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, toJson(report));
    } else {
      print(out, report, ledger.store().location());
    }
    return ExitCodes.OK;
  }

  private BrokerFormat parseFormat(String text) {
    try {
      return BrokerFormat.parse(text);
    } catch (InvalidInputException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage() + " (or auto)");
    }
  }

  static Map<String, Object> toJson(ImportReport report) {
    List<Map<String, Object>> files = new ArrayList<>();
    Set<String> formats = new LinkedHashSet<>();
    Set<String> accounts = new LinkedHashSet<>();
    List<Map<String, Object>> rejected = new ArrayList<>();
    int imported = 0;
    int duplicates = 0;
    int positions = 0;
    int ignored = 0;
    for (ImportReport.FileReport file : report.files()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("file", file.file().file().toString());
      one.put("format", file.file().format().id());
      one.put("imported", file.imported());
      one.put("duplicates", file.duplicates());
      List<Map<String, Object>> fileRejected = new ArrayList<>();
      for (Rejection rejection : file.file().rejected()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", rejection.line());
        row.put("reason", rejection.reason());
        fileRejected.add(row);
        Map<String, Object> withFile = new LinkedHashMap<>();
        withFile.put("file", file.file().file().toString());
        withFile.putAll(row);
        rejected.add(report.files().size() == 1 ? row : withFile);
      }
      one.put("rejected", fileRejected);
      List<String> fileAccounts = file.file().accounts().stream().map(ImportedAccount::id).toList();
      one.put("accounts", fileAccounts);
      one.put("positions", file.positions());
      one.put("ignored", file.file().ignored());
      files.add(one);
      formats.add(file.file().format().id());
      accounts.addAll(fileAccounts);
      imported += file.imported();
      duplicates += file.duplicates();
      positions += file.positions();
      ignored += file.file().ignored();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", formats.size() == 1 ? formats.iterator().next() : "mixed");
    json.put("imported", imported);
    json.put("duplicates", duplicates);
    json.put("rejected", rejected);
    json.put("accounts", new ArrayList<>(accounts));
    json.put("positions", positions);
    json.put("ignored", ignored);
    json.put("dryRun", report.dryRun());
    json.put("problems", report.ledgerProblems().stream().map(Problem::describe).toList());
    if (report.files().size() > 1) {
      json.put("files", files);
    }
    return json;
  }

  private static void print(PrintWriter out, ImportReport report, String location) {
    for (ImportReport.FileReport file : report.files()) {
      BrokerFile f = file.file();
      int loaded = file.imported() + file.duplicates();
      out.printf(Locale.ROOT, "%s (%s): %d rows loaded, %d rejected; %d new, %d already in the store%s%s%n", f.file(), f.format().id(),
          loaded, f.rejected().size(), file.imported(), file.duplicates(),
          file.positions() > 0 ? "; " + file.positions() + " positions" : "",
          f.ignored() > 0 ? "; " + f.ignored() + " sweeps of the core fund left out" : "");
      out.println("  accounts: " + String.join(", ", f.accounts().stream().map(a -> a.id() + " (" + a.type().id() + ")").toList()));
      for (Rejection rejection : f.rejected()) {
        out.println("  rejected: " + f.file() + " line " + rejection.line() + ": " + rejection.reason());
      }
    }
    for (Problem problem : report.ledgerProblems()) {
      out.println("  lots: " + problem.describe());
    }
    out.println(report.dryRun() ? "Dry run: nothing was written to " + location + "." : "Stored in " + location + ".");
    out.flush();
  }
}
