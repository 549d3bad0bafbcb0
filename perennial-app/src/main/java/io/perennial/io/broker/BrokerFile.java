package io.perennial.io.broker;

import io.perennial.basics.Checks;
import io.perennial.ledger.DeclaredDividend;
import java.nio.file.Path;
import java.util.List;

/**
 * What one broker file holds, read but not yet stored.
 *
 * @param file the file
 * @param format its format
 * @param accounts the accounts it names
 * @param assets the assets it names
 * @param transactions the activity rows read, in the order they happened
 * @param positions the positions reported
 * @param cash the cash reported per account
 * @param declared declared dividends (generic CSV only)
 * @param rejected the rows that could not be read, and why
 * @param ignored rows read and deliberately left out (sweeps into the core or settlement fund, which is cash)
 */
public record BrokerFile(Path file, BrokerFormat format, List<ImportedAccount> accounts, List<ImportedAsset> assets,
    List<ImportedTransaction> transactions, List<ImportedPosition> positions, List<ImportedCash> cash,
    List<DeclaredDividend> declared, List<Rejection> rejected, int ignored) {

  public BrokerFile {
    Checks.notNull(file, "file");
    Checks.notNull(format, "format");
    accounts = List.copyOf(accounts);
    assets = List.copyOf(assets);
    transactions = List.copyOf(transactions);
    positions = List.copyOf(positions);
    cash = List.copyOf(cash);
    declared = List.copyOf(declared);
    rejected = List.copyOf(rejected);
  }
}
