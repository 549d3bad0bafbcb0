package io.perennial.storage;

import io.perennial.basics.Checks;
import io.perennial.basics.Problem;
import io.perennial.io.broker.BrokerFile;
import java.util.List;

/**
 * What an import did.
 *
 * @param files one entry per file, in the order given
 * @param dryRun true when nothing was written
 * @param ledgerProblems what the lots rebuilt from all transactions could not apply (a sale of
 *     shares never bought, say)
 */
public record ImportReport(List<FileReport> files, boolean dryRun, List<Problem> ledgerProblems) {

  public ImportReport {
    files = List.copyOf(files);
    ledgerProblems = List.copyOf(ledgerProblems);
  }

  /**
   * One file's import.
   *
   * @param file what was read
   * @param imported transactions added
   * @param duplicates transactions already in the store (or earlier in this import)
   * @param positions positions stored
   */
  public record FileReport(BrokerFile file, int imported, int duplicates, int positions) {
    public FileReport {
      Checks.notNull(file, "file");
    }
  }
}
