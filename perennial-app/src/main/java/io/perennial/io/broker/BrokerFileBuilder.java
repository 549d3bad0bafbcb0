package io.perennial.io.broker;

import io.perennial.basics.AssetId;
import io.perennial.basics.Money;
import io.perennial.domain.Transaction;
import io.perennial.io.InputException;
import io.perennial.ledger.DeclaredDividend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects what a reader finds in one file; {@link #build()} puts activity in date order. */
final class BrokerFileBuilder {

  private final Path file;
  private final BrokerFormat format;
  private final ReadOptions options;
  private final Map<String, ImportedAccount> accounts = new LinkedHashMap<>();
  private final Map<AssetId, ImportedAsset> assets = new LinkedHashMap<>();
  private final List<ImportedTransaction> transactions = new ArrayList<>();
  private final List<ImportedPosition> positions = new ArrayList<>();
  private final List<ImportedCash> cash = new ArrayList<>();
  private final List<DeclaredDividend> declared = new ArrayList<>();
  private final List<Rejection> rejected = new ArrayList<>();
  private final Set<String> fileAccounts = new LinkedHashSet<>();
  private int ignored;

  BrokerFileBuilder(Path file, BrokerFormat format, ReadOptions options) {
    this.file = file;
    this.format = format;
    this.options = options;
  }

  Path file() {
    return file;
  }

  ReadOptions options() {
    return options;
  }

  /**
   * The store id of the account the file calls {@code number} (blank when the file does not say):
   * {@code --account} when given (a file naming several accounts cannot take it), else the number.
   */
  String account(String number, String name) {
    String key = number == null ? "" : number.strip();
    if (options.account().isPresent()) {
      if (!key.isEmpty() && fileAccounts.add(key) && fileAccounts.size() > 1) {
        throw new InputException(file.toString(), "the file holds several accounts (" + String.join(", ", fileAccounts)
            + "), so --account cannot name them all", "leave out --account: the accounts keep their own numbers");
      }
      key = options.account().get();
    }
    if (key.isEmpty()) {
      throw new InputException(file.toString(), "the file does not name its account",
          "give the account's id with --account ID (e.g. --account schwab-1234)");
    }
    String id = key;
    accounts.computeIfAbsent(id, k -> new ImportedAccount(id, name, ImportedAccount.typeFromName(name), format));
    return id;
  }

  void asset(AssetId id, String name, AssetKind kind) {
    assets.putIfAbsent(id, new ImportedAsset(id, name, kind));
  }

  /** The asset, its kind guessed from its symbol and name, for the files that do not state it. */
  void asset(AssetId id, String name) {
    asset(id, name, AssetKind.guess(id.value(), name));
  }

  void transaction(long line, Transaction transaction, String description) {
    transactions.add(new ImportedTransaction(line, transaction, description));
  }

  void position(ImportedPosition position) {
    positions.add(position);
  }

  void cash(ImportedCash balance) {
    cash.add(balance);
  }

  /** The cash a positions row shows ({@code value}, in dollars); a row without a value holds none. */
  void cash(String account, LocalDate asOf, BigDecimal value) {
    cash(new ImportedCash(account, asOf, Money.usd(value == null ? BigDecimal.ZERO : value)));
  }

  void declared(DeclaredDividend dividend) {
    declared.add(dividend);
  }

  void reject(long line, String reason) {
    rejected.add(new Rejection(line, reason));
  }

  void ignore() {
    ignored++;
  }

  int rows() {
    return transactions.size() + positions.size() + rejected.size();
  }

  /**
   * The file; activity sorted by date. A file listed newest first (more steps back in time than forward) is
   * reversed first, so that the rows of one day keep the order in which they happened.
   */
  BrokerFile build() {
    List<ImportedTransaction> ordered = new ArrayList<>(transactions);
    int descents = 0;
    int ascents = 0;
    for (int i = 1; i < ordered.size(); i++) {
      int step = ordered.get(i).transaction().date().compareTo(ordered.get(i - 1).transaction().date());
      descents += step < 0 ? 1 : 0;
      ascents += step > 0 ? 1 : 0;
    }
    if (descents > ascents) {
      java.util.Collections.reverse(ordered);
    }
    ordered.sort(Comparator.comparing(t -> t.transaction().date()));
    Map<String, ImportedCash> lastCash = new LinkedHashMap<>();
    for (ImportedCash balance : cash) {
      lastCash.merge(balance.accountId() + "\u0000" + balance.asOf(), balance,
          (a, b) -> new ImportedCash(a.accountId(), a.asOf(), a.amount().plus(b.amount())));
    }
    rejected.sort(Comparator.comparingLong(Rejection::line));
    return new BrokerFile(file, format, new ArrayList<>(accounts.values()), new ArrayList<>(assets.values()), ordered,
        positions, new ArrayList<>(lastCash.values()), declared, rejected, ignored);
  }
}
